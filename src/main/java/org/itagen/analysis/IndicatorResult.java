package org.itagen.analysis;

import org.itagen.model.Direction;
import org.itagen.model.Tool;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * One indicator over the analysed years. Scores are rounded half up to 2 decimals.
 *
 * @param name            the name in the latest year's framework
 * @param names           the name per year (indicator 8 was renamed)
 * @param scores          per fiscal year; a year without a score is absent
 * @param change          latest minus previous, or null with one year or a missing score
 * @param direction       of the change, or null
 * @param rank            1 = highest in the latest year; tied scores share a rank (1, 1, 3)
 * @param highestInTool   highest within its tool in the latest year (ties: all of them)
 * @param lowestInTool    lowest within its tool in the latest year (ties: all of them; false when
 *                        every indicator of the tool has the same score)
 * @param highestOverall  highest of all ten in the latest year
 * @param lowestOverall   lowest of all ten in the latest year
 */
public record IndicatorResult(int number, String name, SortedMap<Integer, String> names, Tool tool,
                              SortedMap<Integer, BigDecimal> scores, BigDecimal change, Direction direction,
                              Integer rank, boolean highestInTool, boolean lowestInTool,
                              boolean highestOverall, boolean lowestOverall) {
    public BigDecimal score(int fiscalYear) {
        return scores.get(fiscalYear);
    }
}
