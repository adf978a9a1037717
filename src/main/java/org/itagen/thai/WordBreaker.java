package org.itagen.thai;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where Thai text may be broken into lines. Thai writes no spaces between words, so line
 * breaks come from dictionary segmentation; a long word is only cut at grapheme cluster
 * boundaries, never between a consonant and its vowel or tone marks.
 *
 * <p>The default engine is ICU4J's line BreakIterator (UAX #14 rules plus ICU's Thai
 * dictionary): its dictionary is far larger than the JDK's and it knows the rules around
 * spaces, punctuation, ๆ and ฯ. The JDK engine exists for comparison (docs/notes/pdf.md).
 * Instances are immutable and thread-safe: every call works on its own iterator clone.
 */
public final class WordBreaker {
    /** Which segmentation library to use. */
    public enum Engine { ICU, JDK }

    private static final WordBreaker THAI = new WordBreaker(Engine.ICU);

    private final Engine engine;
    private final BreakIterator icuLine;
    private final BreakIterator icuChar;

    private WordBreaker(Engine engine) {
        this.engine = engine;
        ULocale th = new ULocale("th_TH");
        this.icuLine = BreakIterator.getLineInstance(th);
        this.icuChar = BreakIterator.getCharacterInstance(th);
    }

    /** The breaker the writers use (ICU4J). */
    public static WordBreaker thai() {
        return THAI;
    }

    public static WordBreaker of(Engine engine) {
        return engine == Engine.ICU ? THAI : new WordBreaker(engine);
    }

    public Engine engine() {
        return engine;
    }

    /**
     * Offsets {@code 0 < p < text.length()} where a line may end, ascending: between Thai
     * words, after spaces, and where UAX #14 allows it in Latin text and numbers.
     */
    public int[] lineBreaks(String text) {
        if (text.isEmpty()) return new int[0];
        List<Integer> out = new ArrayList<>();
        if (engine == Engine.ICU) {
            BreakIterator it = (BreakIterator) icuLine.clone();
            it.setText(text);
            for (int p = it.next(); p != BreakIterator.DONE; p = it.next()) {
                if (p > 0 && p < text.length()) out.add(p);
            }
        } else {
            java.text.BreakIterator it = java.text.BreakIterator.getLineInstance(Locale.of("th", "TH"));
            it.setText(text);
            for (int p = it.next(); p != java.text.BreakIterator.DONE; p = it.next()) {
                if (p > 0 && p < text.length()) out.add(p);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The pieces between line-break opportunities, spaces kept with the word before them. */
    public List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int p : lineBreaks(text)) {
            out.add(text.substring(start, p));
            start = p;
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    /**
     * Grapheme cluster boundaries {@code 0 < p < text.length()}: the only places where an
     * over-long word may be cut, so no mark is ever separated from its base.
     */
    public int[] clusterBreaks(String text) {
        if (text.isEmpty()) return new int[0];
        BreakIterator it = (BreakIterator) icuChar.clone();
        it.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int p = it.next(); p != BreakIterator.DONE; p = it.next()) {
            if (p > 0 && p < text.length() && !isThaiCombining(text.charAt(p))) out.add(p);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Thai above/below vowels, tone marks and sara am: never the first char of a piece. */
    static boolean isThaiCombining(char c) {
        return c == '\u0E31' || (c >= '\u0E33' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }
}
