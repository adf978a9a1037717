package org.itagen.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Thai data words: read as written, lists split on bars, an escaped bar kept, a missing key named. */
class ThaiTermsTest {

    @Test
    void aTermReadsAsTheFileWritesIt() {
        // The words official documents print (seed documents: "ปี 2568", "ไตรมาส").
        assertThat(ThaiTerms.get("dates.year")).isEqualTo("ปี");
        assertThat(ThaiTerms.get("quarter")).isEqualTo("ไตรมาส");
    }

    @Test
    void aListSplitsOnBarsInFileOrder() {
        // Twelve months, January first, as Thai calendars abbreviate them.
        assertThat(ThaiTerms.list("months.short")).hasSize(12).startsWith("ม.ค.", "ก.พ.").endsWith("ธ.ค.");
        assertThat(ThaiTerms.list("dates.eras")).containsExactly("พ.ศ.", "ค.ศ.");
    }

    @Test
    void anEscapedBarStaysInsideItsValue() {
        // The workbook's evidence heading shows the officer the "name | link" form: the bar written \| is
        // part of that value, not a separator.
        assertThat(ThaiTerms.list("workbook.measure_headings"))
                .last().asString().endsWith("ชื่อ | ลิงก์)").doesNotContain("\\");
    }

    @Test
    void aMissingTermIsABuildProblemNamingTheKey() {
        assertThatThrownBy(() -> ThaiTerms.get("no.such.term"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no.such.term");
    }
}
