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
 * @param parts      EIT only: declared part totals per year (FY2568 on), possibly empty
 * @param change     latest minus previous of the total used (computed, else declared), or null
 * @param extremes   highest and lowest indicator of this tool in the latest year
 * @param indicators its indicator numbers
 */
public record ToolResult(Tool tool, SortedMap<Integer, BigDecimal> computed, SortedMap<Integer, BigDecimal> declared,
                         SortedMap<Integer, Map<EitPart, BigDecimal>> parts, BigDecimal change, Direction direction,
                         Extremes extremes, List<Integer> indicators) {
    /** The total to print for a year: computed when possible, else declared, else null. */
    public BigDecimal total(int fiscalYear) {
        BigDecimal c = computed.get(fiscalYear);
        return c != null ? c : declared.get(fiscalYear);
    }
}
