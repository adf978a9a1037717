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
 * Instances are thread-safe: every call works on its own iterator clone, and line breaks are
 * remembered per text in a bounded cache shared by all threads.
 */
public final class WordBreaker {
    /** Which segmentation library to use. */
    public enum Engine { ICU, JDK }

    private static final WordBreaker THAI = new WordBreaker(Engine.ICU);
    private static final List<String> COMPOUNDS = loadCompounds();
    private static final java.util.regex.Pattern ADDRESS =
            java.util.regex.Pattern.compile("(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\\.)[^\\s]+|[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    /** Distinct texts remembered per breaker: a batch repeats template sentences and labels. */
    static final int CACHE_ENTRIES = 4096;
    /** Longer texts are rare (whole paragraphs of one agency) and not worth their memory. */
    static final int CACHE_MAX_CHARS = 1000;

    private final Engine engine;
    private final BreakIterator icuLine;
    private final BreakIterator icuChar;
    /** Line breaks per text: the same cells and sentences are broken once per document by the
     *  table sizing, again by the layout, and again in every other agency's document. */
    private final BoundedCache<String, int[]> breakCache = new BoundedCache<>(CACHE_ENTRIES);

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
        if (text.length() > CACHE_MAX_CHARS) return computeLineBreaks(text);
        // Cached arrays are shared: hand out copies so a caller cannot change another's breaks.
        return breakCache.computeIfAbsent(text, this::computeLineBreaks).clone();
    }

    /** Breaks remembered now (for tests of the bound). */
    int cachedTexts() {
        return breakCache.size();
    }

    /** Without the cache (tests compare the two). */
    int[] computeLineBreaks(String text) {
        List<Integer> out = new ArrayList<>();
        if (engine == Engine.ICU) {
            BreakIterator it = icuLine.clone();
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
        return keepCompounds(text, out).stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Drops breaks inside the compounds of compounds.txt (งบ|ประมาณ) where the compound stands
     * between two breaks itself, so a line never ends in the middle of one.
     */
    private static List<Integer> keepCompounds(String text, List<Integer> breaks) {
        if (breaks.isEmpty()) return breaks;
        // Offsets index arrays (0..length) instead of boxed sets: this runs for every text.
        boolean[] set = new boolean[text.length() + 1];
        for (int p : breaks) set[p] = true;
        boolean[] drop = new boolean[text.length() + 1];
        boolean dropping = false;
        // An address (URL, e-mail) stays whole: a line ending after "/" reads as the address's end.
        // Every match needs "://", "www." or "@"; checking that first skips the regex scan,
        // which tries the pattern at every offset, for the usual text without addresses.
        if (text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.")) {
            java.util.regex.Matcher m = ADDRESS.matcher(text);
            while (m.find()) for (int p = m.start() + 1; p < m.end(); p++) { drop[p] = true; dropping = true; }
        }
        for (String c : COMPOUNDS) {
            for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
                int end = at + c.length();
                boolean starts = at == 0 || set[at];
                boolean ends = end == text.length() || set[end] || Character.isWhitespace(text.charAt(end));
                if (starts && ends) for (int p = at + 1; p < end; p++) { drop[p] = true; dropping = true; }
            }
        }
        if (!dropping) return breaks;
        List<Integer> out = new ArrayList<>();
        for (int p : breaks) if (!drop[p]) out.add(p);
        return out;
    }

    private static List<String> loadCompounds() {
        try (var in = WordBreaker.class.getResourceAsStream("compounds.txt")) {
            if (in == null) return List.of();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        BreakIterator it = icuChar.clone();
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
