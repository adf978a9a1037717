package org.itagen.analysis;

import org.itagen.model.Direction;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * The ITA total and band per year.
 *
 * @param computed weighted sum of the tool totals with that year's weights, from unrounded means
 * @param declared the total the input states, if any
 * @param printed  the total documents print: declared where stated (unless {@code --totals computed}), else computed
 * @param band     per year
 */
public record ItaResult(SortedMap<Integer, BigDecimal> computed, SortedMap<Integer, BigDecimal> declared,
                        SortedMap<Integer, BigDecimal> printed,
                        SortedMap<Integer, Band> band, BigDecimal change, Direction direction) {
    public BigDecimal total(int fiscalYear) {
        return printed.get(fiscalYear);
    }
}
