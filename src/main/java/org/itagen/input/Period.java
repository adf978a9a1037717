package org.itagen.input;

import org.itagen.thai.ThaiDates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a measure runs: two dates, or a range of fiscal quarters of the plan year. Either way
 * {@link #start()} and {@link #end()} hold the dates so that checks need not care.
 *
 * @param fromQuarter first quarter (1-4) when given as quarters, else 0
 * @param toQuarter   last quarter when given as quarters, else 0
 */
public record Period(LocalDate start, LocalDate end, int fromQuarter, int toQuarter) {
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end, 0, 0);
    }

    /** Quarters {@code from}-{@code to} of fiscal year {@code fiscalYearBe}. */
    public static Period quarters(int fiscalYearBe, int from, int to) {
        return new Period(ThaiDates.quarterStart(fiscalYearBe, from), ThaiDates.quarterEnd(fiscalYearBe, to), from, to);
    }

    public boolean isQuarters() {
        return fromQuarter > 0;
    }

    /**
     * "1 ธ.ค. 68 – 30 มิ.ย. 69", or quarters with their months and year, "ไตรมาส 2 (ม.ค. – มี.ค. 69)":
     * a quarter number alone does not say which year it is (Arabic digits; writers localize them).
     */
    public String label() {
        return isQuarters() ? ThaiDates.quarters(fromQuarter, toQuarter) + " (" + ThaiDates.monthRange(start, end) + ")"
                : ThaiDates.shortRange(start, end);
    }
}
