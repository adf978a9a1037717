package org.itagen.model;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything the input says about one agency, over any number of fiscal years.
 *
 * @param source the input file name, for messages
 */
public record AgencyScores(Agency agency, List<IndicatorScore> indicators, List<TotalScore> totals,
                           List<ItemScore> items, List<DeclaredBand> bands, String source) {
    public AgencyScores {
        indicators = List.copyOf(indicators);
        totals = List.copyOf(totals);
        items = List.copyOf(items);
        bands = List.copyOf(bands);
    }

    /** The same scores restricted to the given fiscal years (the analysis compares the last two it is given). */
    public AgencyScores onlyYears(java.util.Set<Integer> keep) {
        return new AgencyScores(agency,
                indicators.stream().filter(x -> keep.contains(x.fiscalYear())).toList(),
                totals.stream().filter(x -> keep.contains(x.fiscalYear())).toList(),
                items.stream().filter(x -> keep.contains(x.fiscalYear())).toList(),
                bands.stream().filter(x -> keep.contains(x.fiscalYear())).toList(),
                source);
    }

    /** Every fiscal year that has any score, ascending. */
    public SortedSet<Integer> years() {
        TreeSet<Integer> ys = new TreeSet<>();
        indicators.forEach(s -> ys.add(s.fiscalYear()));
        totals.forEach(s -> ys.add(s.fiscalYear()));
        items.forEach(s -> ys.add(s.fiscalYear()));
        return ys;
    }
}
