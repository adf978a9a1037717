package org.itagen.thai;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10 §3: quarter periods carry their months and year. */
class ThaiDatesMonthRangeTest {
    @Test
    void monthsWithTheYearOnce() {
        // FY2567 quarter 2 is January-March 2024 (BE 2567).
        assertThat(ThaiDates.monthRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31))).isEqualTo("ม.ค. – มี.ค. 67");
        assertThat(ThaiDates.monthRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30))).isEqualTo("ต.ค. 68 – ก.ย. 69");
        assertThat(ThaiDates.monthRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))).isEqualTo("ก.ค. 69");
    }
}
