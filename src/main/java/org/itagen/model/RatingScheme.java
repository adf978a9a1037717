package org.itagen.model;

import java.util.List;

/**
 * How a fiscal year's ITA total becomes a band.
 *
 * @param kind   "letter" (AA-F, FY2561-2565), "pass_fail" (FY2566-2567), "five_level" (FY2568 on)
 * @param levels highest first; the last must start at 0
 */
public record RatingScheme(String kind, List<RatingLevel> levels) {
    public RatingScheme {
        levels = List.copyOf(levels);
    }
}
