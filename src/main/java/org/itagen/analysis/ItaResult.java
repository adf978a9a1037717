package org.itagen.analysis;

import org.itagen.model.Direction;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * The ITA total and band per year.
 *
 * @param computed weighted sum of the tool totals with that year's weights, from unrounded means
 * @param declared the total the input states, if any
 * @param band     per year
 */
public record ItaResult(SortedMap<Integer, BigDecimal> computed, SortedMap<Integer, BigDecimal> declared,
                        SortedMap<Integer, Band> band, BigDecimal change, Direction direction) {
    public BigDecimal total(int fiscalYear) {
        BigDecimal c = computed.get(fiscalYear);
        return c != null ? c : declared.get(fiscalYear);
    }
}
