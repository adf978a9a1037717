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
    public IndicatorDef {
        subIndicators = List.copyOf(subIndicators);
    }
}
