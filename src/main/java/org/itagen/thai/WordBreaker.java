package org.itagen.thai;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where text may be broken into lines, and how good each place is. Thai writes no spaces
 * between words, so its breaks come from dictionary segmentation; every break opportunity
 * carries a penalty, and a line filler takes the lowest it can:
 *
 * <ol start="0">
 *   <li>{@link #SPACE}: after a space;</li>
 *   <li>{@link #WORD}: between words and phrase-level units, and where UAX #14 allows a break in
 *       other scripts (after "/" or "-" in Latin text);</li>
 *   <li>{@link #PHRASE}: between the words of a fixed phrase of the lexicon
 *       (อย่าง|สุด|ความสามารถ);</li>
 *   <li>{@link #COMPOUND} and up: inside a compound (หน่วย|งาน, ความ|ต้องการ, ผู้|รับผิดชอบ),
 *       one more for each compound nested in another (การ|ปฏิบัติหน้าที่ 3, ปฏิบัติ|หน้าที่ 4).</li>
 * </ol>
 *
 * <p>Thai is segmented by dynamic programming over the lexicon ({@link ThaiLexicon}: the NECTEC
 * word list of the Thai hunspell dictionary plus the ITA vocabulary of compounds.txt): the
 * fewest words, then the longest ones. ICU4J's line BreakIterator (UAX #14 plus ICU's Thai
 * dictionary) decides everything outside Thai letters (spaces, punctuation, Latin, digits, the
 * officer's WORD JOINER and NO-BREAK SPACE) and supplies fallback words the lexicon lacks. Text
 * neither knows stays one unit: a break is only ever placed next to a known word, so an unknown
 * word (อินโฟกราฟิก before it entered the list) is never cut into nonsense syllables (เผยแพ|ร่).
 * No break ever comes before a mark, a following vowel (ะ า ำ ๅ), ๆ or ฯ, or after a leading
 * vowel (เ แ โ ใ ไ).
 *
 * <p>Instances are thread-safe: every call works on its own iterator clone, and results are
 * remembered per text in a bounded cache shared by all threads.
 */
public final class WordBreaker {
    /** Which library finds the breaks outside Thai letters (and the fallback Thai words). */
    public enum Engine { ICU, JDK }

    /** Penalty of a break after whitespace. */
    public static final int SPACE = 0;
    /** Penalty of a break between words or phrase-level units. */
    public static final int WORD = 1;
    /** Penalty of a break between the words of a fixed phrase. */
    public static final int PHRASE = 2;
    /** Penalty of a break inside a compound (more when nested). */
    public static final int COMPOUND = 3;

    /** Break opportunities of one text: ascending offsets {@code 0 < at < length} and their penalties. Immutable. */
    public static final class Breaks {
        private final int[] at;
        private final byte[] penalty;

        Breaks(int[] at, byte[] penalty) {
            this.at = at;
            this.penalty = penalty;
        }

        public int size() {
            return at.length;
        }

        public int at(int i) {
            return at[i];
        }

        public int penalty(int i) {
            return penalty[i];
        }

        /** Offsets whose penalty is at most {@code maxPenalty}, ascending. */
        public int[] offsets(int maxPenalty) {
            int n = 0;
            for (byte p : penalty) if (p <= maxPenalty) n++;
            int[] out = new int[n];
            n = 0;
            for (int i = 0; i < at.length; i++) if (penalty[i] <= maxPenalty) out[n++] = at[i];
            return out;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < at.length; i++) sb.append(i == 0 ? "" : ", ").append(at[i]).append(':').append(penalty[i]);
            return sb.append(']').toString();
        }
    }

    private static final WordBreaker THAI = new WordBreaker(Engine.ICU);
    private static final java.util.regex.Pattern ADDRESS =
            java.util.regex.Pattern.compile("(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\\.)[^\\s]+|[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    /**
     * Bound prefixes: การ, ความ, ผู้ followed by a word make one noun (ความ|โปร่งใส is a compound
     * cut). The first two (NOMINALIZERS) make the nouns the lexicon lists whole. Thai terms wordbreak.*.
     */
    private static final String[] PREFIXES = ThaiTerms.list("wordbreak.prefixes").toArray(String[]::new);
    private static final String NOMINALIZER_1 = PREFIXES[0];
    private static final String NOMINALIZER_2 = PREFIXES[1];
    /** Titles a line does not end after when a name follows (นาย|สมชาย reads as two people). */
    private static final String[] TITLES = ThaiTerms.list("wordbreak.titles").toArray(String[]::new);

    /** Distinct texts remembered per breaker: a batch repeats template sentences and labels. */
    static final int CACHE_ENTRIES = 4096;
    /** Longer texts are rare (whole paragraphs of one agency) and not worth their memory. */
    static final int CACHE_MAX_CHARS = 1000;

    // Segmentation costs. A stretch the lexicon does not know costs more than a word, and each of
    // its clusters almost half a word: so a known word of three clusters or more is taken out of
    // unknown text, one of one or two is not (นางสาว|อภิญห์พร, not นาง|สา|วอภิญห์พร). Of two
    // segmentations with as many words, one through a boundary compounds.txt prefers wins
    // (ช่องทาง|การ, which ช่อง|ทางการ would misread), then the one with the more even word
    // lengths (ติดตาม|เรื่อง, not ติด|ตามเรื่อง; แต่ละ, not ว่าแต่|ละ): every word adds its squared
    // length. Inside a compound, a bound prefix standing alone wins ties (ผู้|รับผิดชอบ, not
    // ผู้รับผิด|ชอบ).
    private static final long LEXICON_WORD = 1_000_000;
    private static final long UNKNOWN_STRETCH = 300_000;
    private static final long UNKNOWN_STEP = 1_100_000;
    private static final long PREFERRED = 100_000;
    private static final long RARE = 20_000;
    private static final long PREFIX_BONUS = 20_000;
    /** Shortest lexicon entry taken for a phrase rather than a compound word. */
    private static final int PHRASE_CHARS = 15;
    /** Shortest word of a two-word entry taken for a phrase. */
    private static final int PHRASE_PART = 6;
    /** Penalty of ICU's boundaries inside text the lexicon does not know: cut there only before cutting between clusters. */
    public static final int UNKNOWN_INNER = 6;

    private final Engine engine;
    private final ThaiLexicon lexicon;
    private final BreakIterator icuLine;
    private final BreakIterator icuChar;
    /** Breaks per text: the same cells and sentences are broken once per document by the table
     *  sizing, again by the layout, and again in every other agency's document. */
    private final BoundedCache<String, Breaks> breakCache = new BoundedCache<>(CACHE_ENTRIES);

    private WordBreaker(Engine engine) {
        this(engine, ThaiLexicon.get());
    }

    WordBreaker(Engine engine, ThaiLexicon lexicon) {
        this.engine = engine;
        this.lexicon = lexicon;
        ULocale th = new ULocale("th_TH");
        this.icuLine = BreakIterator.getLineInstance(th);
        this.icuChar = BreakIterator.getCharacterInstance(th);
    }

    /** The breaker the writers use (ICU4J for non-Thai text). */
    public static WordBreaker thai() {
        return THAI;
    }

    public static WordBreaker of(Engine engine) {
        return engine == Engine.ICU ? THAI : new WordBreaker(engine);
    }

    public Engine engine() {
        return engine;
    }

    /** Every break opportunity of {@code text} with its penalty. */
    public Breaks breaks(String text) {
        if (text.isEmpty()) return new Breaks(new int[0], new byte[0]);
        if (text.length() > CACHE_MAX_CHARS) return computeBreaks(text);
        return breakCache.computeIfAbsent(text, this::computeBreaks);
    }

    /**
     * Offsets {@code 0 < p < text.length()} where a line may end without cutting a word or
     * phrase-level unit (penalty at most {@link #WORD}), ascending.
     */
    public int[] lineBreaks(String text) {
        return breaks(text).offsets(WORD);
    }

    /** The pieces between breaks of penalty at most {@link #WORD}, spaces kept with the word before them. */
    public List<String> segments(String text) {
        return units(text, WORD);
    }

    /**
     * The pieces of {@code text} a line filler that accepts penalties up to {@code maxPenalty}
     * never cuts, spaces kept with the word before them: with {@link #WORD} the words and
     * phrase-level units (the minimum width of a table column is its widest unit), with
     * {@link #PHRASE} fixed phrases fall apart into their words too.
     */
    public List<String> units(String text, int maxPenalty) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int p : breaks(text).offsets(maxPenalty)) {
            out.add(text.substring(start, p));
            start = p;
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    /** Breaks remembered now (for tests of the bound). */
    int cachedTexts() {
        return breakCache.size();
    }

    /** Without the cache (tests compare the two). */
    Breaks computeBreaks(String text) {
        int n = text.length();
        boolean[] base = new boolean[n + 1];
        if (engine == Engine.ICU) {
            BreakIterator it = icuLine.clone();
            it.setText(text);
            for (int p = it.next(); p != BreakIterator.DONE; p = it.next()) base[p] = true;
        } else {
            java.text.BreakIterator it = java.text.BreakIterator.getLineInstance(Locale.of("th", "TH"));
            it.setText(text);
            for (int p = it.next(); p != java.text.BreakIterator.DONE; p = it.next()) base[p] = true;
        }
        // -1: no break; else the penalty.
        byte[] pen = new byte[n + 1];
        Arrays.fill(pen, (byte) -1);
        for (int p = 1; p < n; p++) {
            if (base[p]) pen[p] = Character.isWhitespace(text.charAt(p - 1)) ? (byte) SPACE : (byte) WORD;
        }
        Scratch scratch = null;
        for (int s = 0; s < n; ) {
            if (!isThaiLetter(text.charAt(s))) {
                s++;
                continue;
            }
            int e = s;
            while (e < n && isThaiLetter(text.charAt(e))) e++;
            if (e - s > 1) {
                if (scratch == null) scratch = new Scratch(lexicon.maxLength());
                segmentThai(text, s, e, base, pen, scratch);
            }
            s = e;
        }
        // An address (URL, e-mail) stays whole: a line ending after "/" reads as the address's end.
        // Every match needs "://", "www." or "@"; checking that first skips the regex scan,
        // which tries the pattern at every offset, for the usual text without addresses.
        if (text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.")) {
            java.util.regex.Matcher m = ADDRESS.matcher(text);
            while (m.find()) for (int p = m.start() + 1; p < m.end(); p++) pen[p] = -1;
        }
        int count = 0;
        for (int p = 1; p < n; p++) {
            // The officer's own glue (WORD JOINER, NO-BREAK SPACE, ...) holds whatever the
            // segmentation says; ICU already honours it, this is the guarantee.
            if (pen[p] >= 0 && (isGlue(text.charAt(p - 1)) || isGlue(text.charAt(p)) || !legalCut(text, p))) pen[p] = -1;
            if (pen[p] >= 0) count++;
        }
        int[] at = new int[count];
        byte[] penalty = new byte[count];
        count = 0;
        for (int p = 1; p < n; p++) {
            if (pen[p] >= 0) {
                at[count] = p;
                penalty[count++] = pen[p];
            }
        }
        return new Breaks(at, penalty);
    }

    /** Work arrays of one {@link #computeBreaks} call, grown as needed (one set per text, not per word). */
    private static final class Scratch {
        long[] cost0 = new long[0], cost1 = cost0, subCost = cost0;
        int[] from0 = new int[0], from1 = from0, state0 = from0, state1 = from0, ends = from0, subFrom = from0, subWords = from0;
        boolean[] legal = new boolean[0], known = legal, pieceEdge = legal;
        /** The lexicon words starting at each offset of the current run: {@code pool[first[i] .. first[i + 1])}. */
        int[] first = from0, pool = new int[256];
        final int[] lengths;

        Scratch(int maxWord) {
            lengths = new int[maxWord + 1];
        }

        void ensure(int n) {
            if (cost0.length >= n + 1) return;
            int m = Math.max(n + 1, 64);
            cost0 = new long[m];
            cost1 = new long[m];
            subCost = new long[m];
            from0 = new int[m];
            from1 = new int[m];
            state0 = new int[m];
            state1 = new int[m];
            ends = new int[m];
            subFrom = new int[m];
            subWords = new int[m];
            legal = new boolean[m];
            known = new boolean[m];
            pieceEdge = new boolean[m];
            first = new int[m + 1];
        }
    }

    /**
     * Segments the Thai letters text[s, e) into words and sets the penalties of the offsets
     * strictly inside. Least cost wins: every lexicon word costs {@link #LEXICON_WORD}, every
     * stretch of text the lexicon does not know {@link #UNKNOWN_STRETCH} plus
     * {@link #UNKNOWN_STEP} per cluster, so known words cover all they can. An unknown stretch is
     * one unit; inside it only ICU's boundaries are kept, as a last resort ({@link #UNKNOWN_INNER}).
     */
    private void segmentThai(String text, int s, int e, boolean[] base, byte[] pen, Scratch w) {
        int n = e - s;
        w.ensure(n);
        for (int p = s + 1; p < e; p++) pen[p] = -1;
        boolean[] legal = w.legal;
        for (int i = 0; i <= n; i++) legal[i] = i == 0 || i == n || legalCut(text, s + i);
        // State 0: the piece ending here is a lexicon word; state 1: it is unknown text.
        long[] cost0 = w.cost0, cost1 = w.cost1;
        int[] from0 = w.from0, from1 = w.from1, state0 = w.state0, state1 = w.state1;
        Arrays.fill(cost0, 0, n + 1, Long.MAX_VALUE);
        Arrays.fill(cost1, 0, n + 1, Long.MAX_VALUE);
        cost0[0] = 0;
        // The lexicon words at every offset, once: the inner breaks of units reuse them.
        int[] lengths = w.lengths;
        int[] first = w.first;
        int pooled = 0;
        for (int i = 0; i < n; i++) {
            first[i] = pooled;
            if (!legal[i]) continue;
            int found = lexicon.matches(text, s + i, e, lengths);
            if (pooled + found > w.pool.length) w.pool = Arrays.copyOf(w.pool, Math.max(w.pool.length * 2, pooled + found));
            System.arraycopy(lengths, 0, w.pool, pooled, found);
            pooled += found;
        }
        first[n] = pooled;
        int[] pool = w.pool;
        for (int i = 0; i < n; i++) {
            if (!legal[i]) continue;
            long c0 = cost0[i], c1 = cost1[i];
            if (c0 == Long.MAX_VALUE && c1 == Long.MAX_VALUE) continue;
            // Enter from the cheaper state (ties: from a lexicon word).
            long best = Math.min(c0, c1);
            int bestState = c0 <= c1 ? 0 : 1;
            int found = first[i + 1] - first[i];
            int nominal = found > 0 && (text.startsWith(NOMINALIZER_1, s + i) || text.startsWith(NOMINALIZER_2, s + i)) ? prefixLength(text, s + i, e) : 0;
            for (int k = first[i]; k < first[i + 1]; k++) {
                int len = pool[k] & (ThaiLexicon.COMMON - 1);
                boolean common = (pool[k] & ThaiLexicon.COMMON) != 0;
                // การยืม, ความเห็น: the lexicon lists many nouns made with การ/ความ; taking them as
                // prefix + word (joined again below) keeps รายการ|ยืม from reading ราย|การยืม.
                if (nominal > 0 && nominal < len && legal[i + nominal]) continue;
                int j = extendOverRepeat(text, s + i + len, e) - s;
                if (!legal[j]) continue;
                long c = best + LEXICON_WORD + (common ? 0 : RARE) + (long) (j - i) * (j - i)
                        - (j < n && lexicon.preferredBoundary(text, s + j) ? PREFERRED : 0);
                if (c < cost0[j] || c == cost0[j] && i > from0[j]) {
                    cost0[j] = c;
                    from0[j] = i;
                    state0[j] = bestState;
                }
            }
            int j = i + 1;
            while (!legal[j]) j++;
            // Continuing an unknown stretch costs a step; starting one costs more.
            long fromKnown = c0 == Long.MAX_VALUE ? Long.MAX_VALUE : c0 + UNKNOWN_STEP + UNKNOWN_STRETCH;
            long fromUnknown = c1 == Long.MAX_VALUE ? Long.MAX_VALUE : c1 + UNKNOWN_STEP;
            long c = Math.min(fromKnown, fromUnknown);
            if (c < cost1[j] || c == cost1[j] && i > from1[j]) {
                cost1[j] = c;
                from1[j] = i;
                state1[j] = fromKnown <= fromUnknown ? 0 : 1;
            }
        }
        // Walk back, collecting piece ends and their kinds.
        int[] ends = w.ends;
        boolean[] known = w.known;
        int count = 0;
        for (int j = n, st = cost0[n] <= cost1[n] ? 0 : 1; j > 0; ) {
            ends[count] = j;
            known[count++] = st == 0;
            int i = st == 0 ? from0[j] : from1[j];
            st = st == 0 ? state0[j] : state1[j];
            j = i;
        }
        // Offsets where a piece of this segmentation starts, or ICU breaks inside unknown text:
        // the only places a unit that mixes known and unknown text may be cut, as a last resort.
        boolean[] edge = w.pieceEdge;
        for (int k = count - 1; k >= 0; k--) {
            int start = k + 1 < count ? ends[k + 1] : 0;
            edge[start] = true;
            for (int p = start + 1; p < ends[k]; p++) edge[p] = !known[k] && base[s + p];
        }
        int unitStart = 0;
        int unitLevel = WORD;  // penalty of the break before the current unit
        boolean unitKnown = false;
        for (int k = count - 1; k >= 0; k--) {
            int end = ends[k];
            int start = k + 1 < count ? ends[k + 1] : 0;
            boolean isKnown = known[k];
            // A lexicon word is a unit of its own; unknown clusters next to each other make one
            // unit, and so does a lone unknown consonant with the unit before it: it is the final
            // of a syllable (ณัฐวัชร), not one of its own.
            boolean loneFinal = !isKnown && end - start == 1 && isThaiConsonant(text.charAt(s + start))
                    && (k == 0 || known[k - 1]);
            boolean boundary = start > 0 && (isKnown || unitKnown) && !loneFinal
                    // Next to unknown text a known word may be a misreading (โฮ|สติ้ง for
                    // โฮส|ติ้ง): the boundary holds only where ICU's dictionary sees one too.
                    && (isKnown && unitKnown || base[s + start]);
            if (boundary) {
                closeUnit(text, s, unitStart, start, unitKnown, unitLevel, base, pen, w);
                unitLevel = unitKnown && (isKnown && isPrefix(text, s + unitStart, s + start) || isTitle(text, s + unitStart, s + start))
                        ? COMPOUND : WORD;
                pen[s + start] = (byte) unitLevel;
                unitStart = start;
                unitKnown = isKnown;
            } else {
                unitKnown = start == 0 && isKnown;
            }
        }
        closeUnit(text, s, unitStart, n, unitKnown, unitLevel, base, pen, w);
        // A boundary the lexicon had to choose (ช่องทาง|การ against ช่อง|ทางการ, "official") is a
        // poor line end: the next line invites the other reading. The two words are kept together
        // as a compound is, this boundary its best cut and every other cut inside them worse.
        for (int p = s + 1; p < e; p++) {
            if (pen[p] != WORD) continue;
            String[] entry = lexicon.preferredEntry(text, p);
            if (entry == null) continue;
            for (int q = Math.max(s + 1, p - entry[0].length() + 1); q < Math.min(e, p + entry[1].length()); q++) {
                if (q != p && pen[q] >= 0 && pen[q] <= COMPOUND) pen[q] = COMPOUND + 1;
            }
            pen[p] = COMPOUND;
        }
    }

    /** Inner breaks of a finished unit: its sub-words if it is a lexicon word, else ICU's boundaries. */
    private void closeUnit(String text, int s, int a, int b, boolean known, int level, boolean[] base, byte[] pen, Scratch w) {
        if (known) {
            innerBreaks(text, s, a, b, level, pen, 0, w);
        } else {
            for (int p = a + 1; p < b; p++) if (w.pieceEdge[p] && w.legal[p]) pen[s + p] = UNKNOWN_INNER;
        }
    }

    /** ๆ and ฯ belong to the word before them (ต่างๆ, แผนแม่บทฯ). */
    private static int extendOverRepeat(String text, int j, int e) {
        while (j < e && (text.charAt(j) == '\u0E46' || text.charAt(j) == '\u0E2F')) j++;
        return j;
    }

    /** A title (นาย, นาง, นางสาว): kept with the name after it. */
    private static boolean isTitle(String text, int a, int b) {
        for (String t : TITLES) if (b - a == t.length() && text.startsWith(t, a)) return true;
        return false;
    }

    private static boolean isPrefix(String text, int a, int b) {
        return prefixLength(text, a, b) == b - a;
    }

    /** Length of the bound prefix (การ, ความ, ผู้) text[a, b) starts with, 0 if none. */
    private static int prefixLength(String text, int a, int b) {
        for (String p : PREFIXES) if (b - a >= p.length() && text.startsWith(p, a)) return p.length();
        return 0;
    }

    /**
     * Breaks inside the lexicon word text[a, b): its own segmentation into shorter lexicon words
     * (not the word itself), a compound unless it is long and of three words or more (a phrase);
     * recursively.
     */
    private void innerBreaks(String text, int s, int ra, int rb, int parent, byte[] pen, int depth, Scratch w) {
        int n = rb - ra;
        int a = s + ra, b = s + rb;
        if (n < 4 || depth > 2) return;
        // The scratch arrays are shared by the recursion: the sub-words are collected first.
        long[] cost = w.subCost;
        int[] from = w.subFrom;
        int[] words = w.subWords;
        Arrays.fill(cost, 0, n + 1, Long.MAX_VALUE);
        cost[0] = 0;
        int[] first = w.first, pool = w.pool;
        for (int i = 0; i < n; i++) {
            if (cost[i] == Long.MAX_VALUE) continue;
            for (int k = first[ra + i]; k < first[ra + i + 1]; k++) {
                int len = pool[k] & (ThaiLexicon.COMMON - 1);
                if (i + len > n) break;
                int j = extendOverRepeat(text, a + i + len, b) - a;
                if (i == 0 && j == n) continue;
                if (j < n && !w.legal[ra + j]) continue;
                long c = cost[i] + LEXICON_WORD + (long) (j - i) * (j - i) - (isPrefix(text, a + i, a + j) ? PREFIX_BONUS : 0);
                if (c < cost[j]) {
                    cost[j] = c;
                    from[j] = i;
                    words[j] = words[i] + 1;
                }
            }
        }
        if (cost[n] == Long.MAX_VALUE) return;
        // ประ|สิทธิ|ภาพ is one word in three pieces; a long entry of three words or more is a
        // fixed phrase (อย่าง|สุด|ความสามารถ), and so is one of two long words
        // (ประโยชน์|ส่วนตัว): a line may end between their words when it would be short
        // otherwise. The ITA vocabulary (ผลประโยชน์ทับซ้อน) stays a compound.
        boolean phrase = depth == 0
                && (words[n] >= 3 && n >= PHRASE_CHARS || words[n] == 2 && Math.min(from[n], n - from[n]) >= PHRASE_PART)
                && lexicon.kind(text, a, b) != ThaiLexicon.ITA_WORD;
        int level = Math.max(parent + 1, phrase ? PHRASE : COMPOUND);
        int parts = words[n];
        int[] cuts = new int[parts + 1];
        for (int j = n, k = parts; j > 0; j = from[j]) cuts[k--] = j;
        for (int k = 1; k < parts; k++) pen[a + cuts[k]] = (byte) level;
        for (int k = 0; k < parts; k++) innerBreaks(text, s, ra + cuts[k], ra + cuts[k + 1], level, pen, depth + 1, w);
    }

    /**
     * Grapheme cluster boundaries {@code 0 < p < text.length()} where a line may end: the only
     * places where an over-long unit may be cut, so no mark, following vowel, ๆ or ฯ is ever
     * separated from what comes before it, nor a leading vowel from what comes after.
     */
    public int[] clusterBreaks(String text) {
        if (text.isEmpty()) return new int[0];
        BreakIterator it = icuChar.clone();
        it.setText(text);
        int[] out = new int[text.length()];
        int n = 0;
        for (int p = it.next(); p != BreakIterator.DONE; p = it.next()) {
            if (p > 0 && p < text.length() && legalCut(text, p)) out[n++] = p;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Whether a line may end at {@code p} as far as Thai spelling goes: not before a mark, a
     * following vowel, ๆ or ฯ, not after a leading vowel, and not before letters silenced by a
     * karan (ร์ in การ์ตูน, ทร์ in จันทร์, ธิ์ in ฤทธิ์), which belong to the syllable before them.
     */
    public static boolean legalCut(CharSequence text, int p) {
        if (p <= 0 || p >= text.length()) return true;
        if (noBreakBefore(text.charAt(p)) || isLeadingVowel(text.charAt(p - 1))) return false;
        for (int k = p + 1; k < Math.min(text.length(), p + 3); k++) {
            char c = text.charAt(k);
            if (c == '\u0E4C') return false;
            if (!isThaiConsonant(c) && !isThaiCombining(c)) break;
        }
        return true;
    }

    static boolean isThaiConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    /** Thai above/below vowels, tone marks and sara am: never the first char of a piece. */
    static boolean isThaiCombining(char c) {
        return c == '\u0E31' || (c >= '\u0E33' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** Marks, following vowels ะ า ำ ๅ, ๆ and ฯ: never the first char of a line. */
    static boolean noBreakBefore(char c) {
        return (c >= '\u0E30' && c <= '\u0E3A') || (c >= '\u0E45' && c <= '\u0E4E') || c == '\u0E2F';
    }

    /** เ แ โ ใ ไ: written before the consonant they follow in speech, never the last char of a line. */
    static boolean isLeadingVowel(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /** Thai letters, vowels and marks (not digits, ฿ or the paragraph signs). */
    static boolean isThaiLetter(char c) {
        return (c >= '\u0E01' && c <= '\u0E3A') || (c >= '\u0E40' && c <= '\u0E4E');
    }

    /** The officer's non-breaking characters. */
    private static boolean isGlue(char c) {
        return c == '\u2060' || c == '\u00A0' || c == '\u202F' || c == '\uFEFF' || c == '\u2007';
    }
}
