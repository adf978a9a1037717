package org.itagen.render;

import org.itagen.doc.Digits;
import org.itagen.doc.Run;
import org.itagen.thai.BoundedCache;
import org.itagen.thai.ThaiDates;
import org.itagen.thai.ThaiDigits;

/**
 * The text a writer sets for a run: digits as the document wants them and short dates held
 * together ({@link ThaiDates#keepTogether}). Literal runs (codes, URLs) stay exactly as given.
 * Both writers and the table sizing use this, so what is measured is what is set.
 */
public final class RunText {
    private RunText() {
    }

    /** Texts set with Thai digits: every cell is set twice (measured, then laid out) and a batch repeats labels. */
    private static final BoundedCache<String, String> THAI = new BoundedCache<>(8192);
    private static final BoundedCache<String, String> ARABIC = new BoundedCache<>(8192);
    private static final int CACHE_MAX_CHARS = 1000;

    public static String of(Run run, Digits digits) {
        if (run.literal()) return run.text();
        return of(run.text(), digits);
    }

    /** Non-literal text as set. */
    public static String of(String text, Digits digits) {
        if (text.length() > CACHE_MAX_CHARS) return compute(text, digits);
        return (digits == Digits.THAI ? THAI : ARABIC).computeIfAbsent(text, t -> compute(t, digits));
    }

    private static String compute(String text, Digits digits) {
        return ThaiDates.keepTogether(digits == Digits.THAI ? ThaiDigits.localize(text) : text);
    }
}
