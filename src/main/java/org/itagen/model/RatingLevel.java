package org.itagen.model;

import java.math.BigDecimal;

/**
 * One level of a rating scheme, checked top-down: the first level whose conditions hold is the band.
 *
 * @param name     the official name: "AA", "ผ่าน", "ผ่านดีเยี่ยม" ...
 * @param min      the lowest ITA total of this level (inclusive, 2 decimals)
 * @param toolsMin when not null, IIT, EIT part 1, EIT part 2 and OIT must each be at least this
 *                 too (FY2568's all-tools rule)
 */
public record RatingLevel(String name, BigDecimal min, BigDecimal toolsMin) {
}
