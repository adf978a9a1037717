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
}
