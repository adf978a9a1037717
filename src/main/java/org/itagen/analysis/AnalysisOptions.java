package org.itagen.analysis;

import java.math.BigDecimal;

/**
 * Settings of one analysis.
 *
 * @param threshold questions scoring below this are weak (default 90)
 * @param totals    which totals a document prints where the scores declare one (default declared)
 */
public record AnalysisOptions(BigDecimal threshold, Totals totals) {
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("90");

    /**
     * Which figure is printed. NACC's published total is the official one even where our
     * knowledge of a year's rule does not reproduce it (seed 002: FY2567 ITA 86.05 published,
     * 87.99 recomputed), so declared wins unless the officer asks for the recomputation.
     */
    public enum Totals { DECLARED, COMPUTED }

    public AnalysisOptions {
        if (totals == null) totals = Totals.DECLARED;
    }

    public AnalysisOptions(BigDecimal threshold) {
        this(threshold, Totals.DECLARED);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(DEFAULT_THRESHOLD);
    }
}
