package org.itagen.analysis;

import java.math.BigDecimal;

/**
 * Settings of one analysis.
 *
 * @param threshold questions scoring below this are weak (default 90)
 */
public record AnalysisOptions(BigDecimal threshold) {
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("90");

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(DEFAULT_THRESHOLD);
    }
}
