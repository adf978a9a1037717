package org.itagen.render;

import org.itagen.doc.Digits;
import org.itagen.doc.Run;
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

    public static String of(Run run, Digits digits) {
        if (run.literal()) return run.text();
        String t = digits == Digits.THAI ? ThaiDigits.localize(run.text()) : run.text();
        return ThaiDates.keepTogether(t);
    }
}
