package org.itagen.model;

import java.math.BigDecimal;

/**
 * One indicator's score in one fiscal year, as given in the input.
 *
 * @param fiscalYear Buddhist Era fiscal year, e.g. 2568
 * @param indicator  1-10
 * @param tool       the tool the input put it under (checked against the framework), or null when the
 *                   input does not say (wide tables): the framework decides
 * @param score      0-100, as given (not rounded)
 * @param where      where it came from, for messages: "scores.csv:12" or "scores.xlsx:Sheet1!D5"
 */
public record IndicatorScore(int fiscalYear, int indicator, Tool tool, BigDecimal score, String where) {
}
