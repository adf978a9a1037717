package org.itagen.model;

import java.util.List;

/**
 * An indicator as the framework of one fiscal year defines it.
 *
 * @param number        1-10
 * @param name          the official Thai name that year (indicator 8 had an older name: see the YAML)
 * @param tool          IIT, EIT or OIT
 * @param subIndicators sub-indicators (9.1 ... 10.2 from FY2568), empty when none
 */
public record IndicatorDef(int number, String name, Tool tool, List<SubIndicatorDef> subIndicators) {
    /** ITA has ten indicators, numbered 1-10 in every fiscal year so far. */
    public static final int FIRST = 1;
    public static final int LAST = 10;

    /** Whether {@code n} is an ITA indicator number. */
    public static boolean exists(int n) {
        return n >= FIRST && n <= LAST;
    }

    public IndicatorDef {
        subIndicators = List.copyOf(subIndicators);
    }
}
