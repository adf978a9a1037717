package org.itagen.analysis;

import org.itagen.model.Direction;
import org.itagen.model.EitPart;
import org.itagen.model.Tool;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One tool (IIT, EIT, OIT) over the analysed years.
 *
 * @param computed   mean of its indicators, rounded half up; absent for a year with missing indicators
 * @param declared   the total the input states, if any
 * @param printed    the total documents print per year: declared where the input states one
 *                   (unless {@code --totals computed}), else computed
 * @param parts      EIT only: declared part totals per year (FY2568 on), possibly empty
 * @param change     latest minus previous of the printed totals, or null
 * @param extremes   highest and lowest indicator of this tool in the latest year
 * @param indicators its indicator numbers
 */
public record ToolResult(Tool tool, SortedMap<Integer, BigDecimal> computed, SortedMap<Integer, BigDecimal> declared,
                         SortedMap<Integer, BigDecimal> printed,
                         SortedMap<Integer, Map<EitPart, BigDecimal>> parts, BigDecimal change, Direction direction,
                         Extremes extremes, List<Integer> indicators) {
    /** The total to print for a year (see {@code printed}), or null. */
    public BigDecimal total(int fiscalYear) {
        return printed.get(fiscalYear);
    }
}
