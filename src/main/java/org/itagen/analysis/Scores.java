package org.itagen.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Score arithmetic: NACC rounds half up to two decimals; means keep more digits until the end. */
public final class Scores {
    /** Declared totals within this of the computed one are rounding, not errors. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    private static final int WORK_SCALE = 10;

    private Scores() {
    }

    /** Half up to 2 decimals: 84.285 -> 84.29. */
    public static BigDecimal round2(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    /** Unrounded mean (10 decimals), so totals are computed before rounding. */
    public static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) sum = sum.add(v);
        return sum.divide(BigDecimal.valueOf(values.size()), WORK_SCALE, RoundingMode.HALF_UP);
    }

    /** True when two 2-decimal totals differ by more than {@link #TOLERANCE}. */
    public static boolean differ(BigDecimal declared, BigDecimal computed) {
        return declared.subtract(computed).abs().compareTo(TOLERANCE) > 0;
    }

    /** "91.62" (always two decimals), for messages. */
    public static String format(BigDecimal v) {
        return v == null ? "-" : round2(v).toPlainString();
    }
}
