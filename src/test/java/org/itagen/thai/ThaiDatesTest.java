package org.itagen.thai;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThaiDatesTest {
    @Test
    void shortDatesUseTwoDigitBuddhistYears() {
        assertThat(ThaiDates.shortDate(LocalDate.of(2025, 12, 1))).isEqualTo("1 ธ.ค. 68");
        assertThat(ThaiDates.shortDate(LocalDate.of(2026, 6, 30))).isEqualTo("30 มิ.ย. 69");
        assertThat(ThaiDigits.localize(ThaiDates.shortDate(LocalDate.of(2025, 12, 1)))).isEqualTo("๑ ธ.ค. ๖๘");
        // BE 2600 would print "00", not "0".
        assertThat(ThaiDates.shortDate(LocalDate.of(2057, 1, 5))).isEqualTo("5 ม.ค. 00");
    }

    @Test
    void fullDate() {
        assertThat(ThaiDates.fullDate(LocalDate.of(2024, 11, 7))).isEqualTo("7 พฤศจิกายน 2567");
    }

    @Test
    void rangesDropTheFirstYearOnlyWhenBothEndsShareIt() {
        assertThat(ThaiDates.shortRange(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 6, 30)))
                .isEqualTo("1 ธ.ค. 68 – 30 มิ.ย. 69");
        assertThat(ThaiDates.shortRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
                .isEqualTo("1 เม.ย. – 30 มิ.ย. 69");
    }

    @Test
    void fiscalYearBoundsAndQuarters() {
        assertThat(ThaiDates.fiscalYearStart(2569)).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(ThaiDates.fiscalYearEnd(2569)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ThaiDates.fiscalYearOf(LocalDate.of(2025, 9, 30))).isEqualTo(2568);
        assertThat(ThaiDates.fiscalYearOf(LocalDate.of(2025, 10, 1))).isEqualTo(2569);
        assertThat(ThaiDates.quarterStart(2569, 2)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ThaiDates.quarterEnd(2569, 1)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ThaiDates.quarterEnd(2569, 4)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ThaiDates.quarters(1, 2)).isEqualTo("ไตรมาส 1-2");
        assertThat(ThaiDigits.localize(ThaiDates.quarters(1, 2))).isEqualTo("ไตรมาส ๑-๒");
        assertThat(ThaiDates.quarters(3, 3)).isEqualTo("ไตรมาส 3");
        assertThatThrownBy(() -> ThaiDates.quarters(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThaiDates.quarterStart(2569, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepTogetherJoinsShortDatesYearsAndScoreRangesWithNoBreakSpaces() {
        String nb = "\u00A0";
        assertThat(ThaiDates.keepTogether("๑ ธ.ค. ๖๘ – ๓๐ มิ.ย. ๖๙"))
                .isEqualTo("๑" + nb + "ธ.ค." + nb + "๖๘" + nb + "– ๓๐" + nb + "มิ.ย." + nb + "๖๙");
        assertThat(ThaiDates.keepTogether("1 เม.ย. – 30 มิ.ย. 69")).isEqualTo("1" + nb + "เม.ย." + nb + "– 30" + nb + "มิ.ย." + nb + "69");
        assertThat(ThaiDates.keepTogether("ภายใน ธ.ค. 68 นี้")).isEqualTo("ภายใน ธ.ค." + nb + "68 นี้");
        assertThat(ThaiDates.keepTogether("ปีงบประมาณ พ.ศ. ๒๕๖๙ และ ปี ๒๕๖๘")).isEqualTo("ปีงบประมาณ พ.ศ." + nb + "๒๕๖๙ และ ปี" + nb + "๒๕๖๘");
        // UAX #14 breaks after a dash even before a NO-BREAK SPACE: a WORD JOINER holds it.
        assertThat(ThaiDates.keepTogether("๙๕.๐๐ - ๑๐๐.๐๐ คะแนน")).isEqualTo("๙๕.๐๐" + nb + "-\u2060" + nb + "๑๐๐.๐๐ คะแนน");
        assertThat(WordBreaker.thai().lineBreaks(ThaiDates.keepTogether("คะแนน ๙๕.๐๐ - ๑๐๐.๐๐"))).containsExactly(6);
        // Nothing to hold: text, numbers and codes come back as they were (the same instance).
        String plain = "ตัวชี้วัดที่ ๑๐ ได้ ๙๐.๘๕ คะแนน ข้อ i10 ไตรมาส 1-4";
        assertThat(ThaiDates.keepTogether(plain)).isSameAs(plain);
        assertThat(ThaiDates.keepTogether("ทุก 12 เดือน")).isEqualTo("ทุก 12 เดือน");
        assertThat(ThaiDates.keepTogether("")).isEmpty();
    }
}
