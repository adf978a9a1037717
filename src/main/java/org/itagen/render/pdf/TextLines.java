package org.itagen.render.pdf;

import org.itagen.render.Stretches;

import org.itagen.doc.Align;
import org.itagen.thai.ThaiDates;
import org.itagen.thai.WordBreaker;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines between words (Thai by dictionary segmentation, see
 * {@link WordBreaker}), cutting a word only when it alone is longer than the line and then only
 * between grapheme clusters; and draws the lines, justified at word boundaries if asked.
 */
final class TextLines {
    /** How a stretch of text looks. */
    record Style(boolean bold, boolean italic, String link, Color color) {
        static final Style PLAIN = new Style(false, false, null, Color.BLACK);

        static Style of(boolean bold, boolean italic) {
            return new Style(bold, italic, null, Color.BLACK);
        }
    }

    /** Text with one style; digits already localized. */
    record Span(String text, Style style) {
    }

    /** A piece of a line: one style, within one word unit. */
    record Piece(String text, Style style, FontFace face, TextEngine.Shaped shaped, float width, boolean space, int unit) {
    }

    /** One laid-out line. */
    record Line(List<Piece> pieces, float width, float available, boolean last) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) sb.append(p.text());
            return sb.toString();
        }
    }

    private final TextEngine engine;
    private final WordBreaker breaker;

    TextLines(TextEngine engine, WordBreaker breaker) {
        this.engine = engine;
        this.breaker = breaker;
    }

    TextEngine engine() {
        return engine;
    }

    /** Lines of {@code spans} at {@code size} pt: the first {@code firstWidth} wide, the others {@code width}. */
    List<Line> layout(List<Span> spans, float size, float firstWidth, float width) {
        StringBuilder sb = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        for (Span s : spans) {
            ranges.add(new int[]{sb.length(), sb.length() + s.text().length()});
            sb.append(s.text());
        }
        String text = sb.toString();
        if (text.isEmpty()) return new ArrayList<>();
        return new Filler(text, spans, ranges, size, firstWidth, width).run();
    }

    /**
     * How far a line may fall short of the measure before a phrase (penalty {@link WordBreaker#PHRASE})
     * is split between its words to fill it; compounds are only cut when a line cannot be filled at all.
     */
    static final float PHRASE_FILL = 0.75f;
    /** Demerit of ending a line between words rather than at a space, in units of 100 × (slack / measure)²:
     *  a space up to ~7 % of the measure earlier wins. */
    static final float WORD_DEMERIT = 0.5f;
    private static final float EPS = 0.01f;

    /**
     * One paragraph's line filling. Units are the text between breaks of penalty at most
     * {@link WordBreaker#WORD}; a line ends after a unit (at a space if one is nearly as good), and
     * only when a line cannot be filled otherwise at a break inside a unit: between the words of a
     * phrase when the line would be less than {@link #PHRASE_FILL} full, inside a compound when
     * the unit alone is wider than a line, between grapheme clusters when nothing else fits.
     */
    private final class Filler {
        private final String text;
        private final List<Span> spans;
        private final List<int[]> ranges;
        private final float size, firstWidth, width;
        private final WordBreaker.Breaks breaks;
        private final int[] unitStart, unitEnd, endPenalty;
        private final List<Line> lines = new ArrayList<>();
        private List<Piece> current = new ArrayList<>();
        private float lineWidth;   // up to and including the trailing spaces of the last unit
        private float trailing;    // width of those trailing spaces
        /** Places the current line may end: after its units. */
        private final List<float[]> candidates = new ArrayList<>(); // {pieces, width, penalty, next unit}

        Filler(String text, List<Span> spans, List<int[]> ranges, float size, float firstWidth, float width) {
            this.text = text;
            this.spans = spans;
            this.ranges = ranges;
            this.size = size;
            this.firstWidth = firstWidth;
            this.width = width;
            this.breaks = breaker.breaks(text);
            int n = 0;
            for (int i = 0; i < breaks.size(); i++) if (breaks.penalty(i) <= WordBreaker.WORD) n++;
            unitStart = new int[n + 1];
            unitEnd = new int[n + 1];
            endPenalty = new int[n + 1];
            int u = 0;
            for (int i = 0; i < breaks.size(); i++) {
                if (breaks.penalty(i) > WordBreaker.WORD) continue;
                unitEnd[u] = breaks.at(i);
                endPenalty[u] = breaks.penalty(i);
                unitStart[u + 1] = breaks.at(i);
                u++;
            }
            unitEnd[n] = text.length();
            endPenalty[n] = WordBreaker.SPACE;
        }

        List<Line> run() {
            int units = unitStart.length;
            int u = 0;
            int from = 0;
            while (u < units) {
                int end = unitEnd[u];
                boolean forced = end > from && text.charAt(end - 1) == '\n';
                int coreEnd = end;
                while (coreEnd > from && Character.isWhitespace(text.charAt(coreEnd - 1))) coreEnd--;
                float avail = avail();
                List<Piece> core = pieces(from, coreEnd, u);
                List<Piece> tail = pieces(coreEnd, end, u);
                float coreW = sum(core);
                if (lineWidth + coreW > avail + EPS && coreEnd > from) {
                    if (!current.isEmpty()) {
                        int split = -1;
                        float room = avail - lineWidth;
                        if (coreW > width + EPS) {
                            // Cut anyway on the next line: fill this one at the unit's best inner break.
                            split = innerPrefix(from, coreEnd, room, Integer.MAX_VALUE, u);
                        } else if ((lineWidth - trailing) < PHRASE_FILL * avail) {
                            split = innerPrefix(from, coreEnd, room, WordBreaker.PHRASE, u);
                        }
                        if (split > from) {
                            append(pieces(from, split, u), 0);
                            endLine(current, lineWidth, avail, false);
                            from = split;
                            continue;
                        }
                        float[] c = choose(avail);
                        int pieces = (int) c[0];
                        List<Piece> kept = new ArrayList<>(current.subList(0, pieces));
                        endLine(kept, c[1], avail, false);
                        if ((int) c[3] != u) {
                            u = (int) c[3];
                            from = unitStart[u];
                        }
                        continue;
                    }
                    // A unit wider than a whole line: cut at its best inner break, else between clusters.
                    int split = innerPrefix(from, coreEnd, avail, Integer.MAX_VALUE, u);
                    if (split <= from) split = clusterPrefix(from, coreEnd, avail, u);
                    if (split > from && split < coreEnd) {
                        append(pieces(from, split, u), 0);
                        endLine(current, lineWidth, avail, false);
                        from = split;
                        continue;
                    }
                }
                append(core, 0);
                append(tail, sum(tail));
                candidates.add(new float[]{current.size(), lineWidth - trailing, endPenalty[u], u + 1});
                if (forced) endLine(current, lineWidth - trailing, avail, true);
                u++;
                if (u < units) from = unitStart[u];
            }
            if (!current.isEmpty()) endLine(current, lineWidth - trailing, avail(), true);
            return lines;
        }

        private float avail() {
            return lines.isEmpty() ? firstWidth : width;
        }

        private void append(List<Piece> ps, float trailingW) {
            current.addAll(ps);
            lineWidth += sum(ps);
            trailing = trailingW;
        }

        private void endLine(List<Piece> ps, float w, float avail, boolean last) {
            lines.add(new Line(ps, w, avail, last));
            current = new ArrayList<>();
            lineWidth = 0;
            trailing = 0;
            candidates.clear();
        }

        /** The best place to end the current line after one of its units: least slack, a space preferred. */
        private float[] choose(float avail) {
            float[] best = null;
            float bestDemerit = Float.MAX_VALUE;
            for (float[] c : candidates) {
                float slack = Math.max(0, avail - c[1]) / avail;
                float d = 100 * slack * slack + (c[2] <= WordBreaker.SPACE ? 0 : WORD_DEMERIT);
                if (d <= bestDemerit) {
                    bestDemerit = d;
                    best = c;
                }
            }
            return best;
        }

        /**
         * The end of the longest prefix of text[from, to) that fits {@code room}, ending at an inner
         * break (penalty above WORD, at most {@code maxPenalty}) of the lowest penalty; -1 if none.
         */
        private int innerPrefix(int from, int to, float room, int maxPenalty, int unit) {
            int best = -1;
            int bestPenalty = Integer.MAX_VALUE;
            for (int i = 0; i < breaks.size(); i++) {
                int at = breaks.at(i);
                if (at <= from) continue;
                if (at >= to) break;
                int pen = breaks.penalty(i);
                if (pen <= WordBreaker.WORD || pen > maxPenalty || pen > bestPenalty) continue;
                if (sum(pieces(from, at, unit)) > room + EPS) break;
                if (pen < bestPenalty || at > best) {
                    best = at;
                    bestPenalty = pen;
                }
            }
            return best;
        }

        /** The end of the longest run of whole grapheme clusters of text[from, to) that fits, at least one. */
        private int clusterPrefix(int from, int to, float room, int unit) {
            int first = -1, best = -1;
            for (int c : breaker.clusterBreaks(text.substring(from, to))) {
                int pos = from + c;
                if (first < 0) first = pos;
                if (sum(pieces(from, pos, unit)) > room + EPS) break;
                best = pos;
            }
            return best > 0 ? best : first;
        }

        private List<Piece> pieces(int from, int to, int unit) {
            return TextLines.this.pieces(text, spans, ranges, from, to, size, unit);
        }
    }

    private static float sum(List<Piece> ps) {
        float w = 0;
        for (Piece p : ps) w += p.width();
        return w;
    }

    /** Pieces for text[from, to): split by span and into word / whitespace stretches. */
    private List<Piece> pieces(String text, List<Span> spans, List<int[]> ranges, int from, int to, float size, int unit) {
        List<Piece> out = new ArrayList<>();
        for (int s = 0; s < spans.size() && from < to; s++) {
            int a = Math.max(from, ranges.get(s)[0]);
            int z = Math.min(to, ranges.get(s)[1]);
            if (a >= z) continue;
            Style style = spans.get(s).style();
            Stretches.each(text, a, z, (i, j, ws) -> {
                String part = text.substring(i, j);
                if (ws) part = part.replace('\n', ' ').replace('\t', ' ');
                if (ws && part.isBlank() && text.charAt(j - 1) == '\n' && j == to) {
                    // a forced line end: the newline itself takes no room
                    part = part.substring(0, part.length() - 1);
                }
                if (!part.isEmpty()) {
                    FontFace preferred = engine.face(style.bold(), style.italic());
                    FontFace face = ws ? preferred : engine.faceFor(preferred, part);
                    TextEngine.Shaped sh = engine.shape(face, part);
                    out.add(new Piece(part, style, face, sh, sh.advance() * size / FontFace.UNITS, ws, unit));
                }
            });
        }
        return out;
    }

    /**
     * Draws a line with its left edge at x and baseline at y. Trailing spaces are not drawn;
     * justified lines are spread to the measure as Word's Thai distributed alignment does
     * ({@link #justify}).
     */
    void draw(PdfContentByte cb, Line line, float size, float x, float y, Align align, boolean lastLineJustified) {
        List<Piece> ps = new ArrayList<>(line.pieces());
        while (!ps.isEmpty() && ps.get(ps.size() - 1).space()) ps.remove(ps.size() - 1);
        if (ps.isEmpty()) return;
        // Spans first: one ActualText span per stretch of words in one style up to a space, at
        // most MAX_SPAN chars. Gaps inside a span never become spaces in extracted text, real
        // spaces (left out of the text) become one; poppler 22 garbles -bbox-layout text of
        // spans longer than about 40 Thai chars, hence the limit.
        int[] spanStart = new int[ps.size()];
        int start = 0, chars = 0;
        for (int j = 0; j < ps.size(); j++) {
            Piece p = ps.get(j);
            boolean cut = j > 0 && (p.face() != ps.get(start).face() || !p.style().equals(ps.get(start).style())
                    || ps.get(j - 1).space()
                    || p.unit() != ps.get(j - 1).unit() && chars + unitLength(ps, j) > MAX_SPAN);
            if (cut) {
                start = j;
                chars = 0;
            }
            spanStart[j] = start;
            if (!p.space()) chars += p.text().length();
        }
        float free = line.available() - line.width();
        float startX = x;
        Spread spread = Spread.none(ps.size());
        switch (align) {
            case CENTER -> startX += free / 2;
            case RIGHT -> startX += free;
            case JUSTIFY -> {
                if ((!line.last() || lastLineJustified) && free > 0.01f) spread = justify(ps, spanStart, free, size);
            }
            case LEFT -> {
            }
        }
        float[] at = new float[ps.size()];
        float cx = startX;
        for (int j = 0; j < ps.size(); j++) {
            if (j > 0 && ps.get(j - 1).space()) cx += spread.space();
            else if (spread.seam()[j]) cx += spread.letter();
            at[j] = cx;
            cx += ps.get(j).width() + spread.letter() * spread.inner()[j].length;
        }
        int i = 0;
        while (i < ps.size()) {
            Piece first = ps.get(i);
            int j = i;
            List<Piece> run = new ArrayList<>();
            List<Float> offsets = new ArrayList<>();
            List<int[]> inner = new ArrayList<>();
            StringBuilder actual = new StringBuilder();
            while (j < ps.size() && spanStart[j] == i) {
                Piece p = ps.get(j);
                run.add(p);
                offsets.add(at[j] - at[i]);
                inner.add(spread.inner()[j]);
                // NO-BREAK SPACE and WORD JOINER only hold a date or a range together on the line
                // (ThaiDates.keepTogether); the text has a plain space there, or nothing.
                if (!p.space()) actual.append(actualText(p.text()));
                j++;
            }
            float end = at[j - 1] + ps.get(j - 1).width() + spread.letter() * spread.inner()[j - 1].length;
            drawRun(cb, first, run, offsets, inner, spread.letter(), size, at[i], y, actual.toString());
            if (first.style().link() != null) {
                cb.setAction(new PdfAction(first.style().link()), at[i], y - size * 0.3f, end, y + size * 0.8f);
            }
            i = j;
        }
    }

    /**
     * How a justified line is spread: {@code space} more at every real space, {@code letter}
     * more at every seam between pieces in {@code seam} and at every offset of {@code inner}
     * (per piece: offsets in its text where a gap may open).
     */
    private record Spread(float space, float letter, boolean[] seam, int[][] inner) {
        static Spread none(int pieces) {
            return new Spread(0, 0, new boolean[pieces], emptyCuts(pieces));
        }
    }

    /**
     * A real space grows by at most this (em) before the letters of the line are spaced too: Thai
     * readers take a wide space for the end of a phrase, so lines are filled mostly by even
     * letter spacing, as Word's Thai distributed alignment does.
     */
    static final float SPACE_STRETCH_EM = 0.06f;
    /**
     * Letters never move further apart than this (em): a Thai typist would rather leave a line
     * short than letter-space it visibly (at 0.2 em, lines that ended before a long phrase read
     * as spaced-out letters).
     */
    static final float LETTER_STRETCH_EM = 0.05f;
    private static final int[] NO_CUTS = new int[0];

    /**
     * Thai distributed justification ("กระจายแบบไทย"): the free width goes to the real spaces
     * first, each up to {@link #SPACE_STRETCH_EM}; what is left is spread evenly over every gap
     * between grapheme clusters of Thai letters (so between words as much as inside them, which
     * reads as even letter spacing, not as stray spaces), each up to {@link #LETTER_STRETCH_EM},
     * a space taking a letter gap more. What even that cannot take stays at the line's end: the
     * line is left short rather than spaced out. Never inside a cluster, after a leading vowel or
     * before a following vowel (ะ า ำ ๅ), ๆ or ฯ; never at a seam between two ActualText spans
     * without a space, where a gap would extract as an invented space.
     */
    private Spread justify(List<Piece> ps, int[] spanStart, float free, float size) {
        int n = ps.size();
        int spaces = 0, letters = 0;
        boolean[] seam = new boolean[n];
        int[][] inner = new int[n][];
        for (int j = 0; j < n; j++) {
            Piece p = ps.get(j);
            if (j > 0 && ps.get(j - 1).space()) spaces++;
            inner[j] = p.space() ? NO_CUTS : letterGaps(p.text());
            letters += inner[j].length;
            if (j > 0 && !p.space() && !ps.get(j - 1).space() && spanStart[j] == spanStart[j - 1]) {
                String a = ps.get(j - 1).text(), b = p.text();
                seam[j] = letterGap(a.charAt(a.length() - 1), b.charAt(0));
                if (seam[j]) letters++;
            }
        }
        float spaceCap = SPACE_STRETCH_EM * size, letterCap = LETTER_STRETCH_EM * size;
        if (spaces > 0 && free / spaces <= spaceCap) return new Spread(free / spaces, 0, new boolean[n], emptyCuts(n));
        if (letters == 0) {
            if (spaces == 0) return Spread.none(n);
            return new Spread(Math.min(free / spaces, spaceCap + letterCap), 0, new boolean[n], emptyCuts(n));
        }
        // Spaces and letter gaps share what the spaces alone cannot take; a space stays wider
        // than a letter gap so the words still read apart.
        float letter = Math.min(letterCap, (free - spaces * spaceCap) / (spaces + letters));
        return new Spread(spaces == 0 ? 0 : spaceCap + letter, letter, seam, inner);
    }

    private static int[][] emptyCuts(int n) {
        int[][] out = new int[n][];
        java.util.Arrays.fill(out, NO_CUTS);
        return out;
    }

    /** Offsets {@code 0 < i < text.length()} inside a piece where a justification gap may open. */
    static int[] letterGaps(String text) {
        int count = 0;
        for (int i = 1; i < text.length(); i++) if (letterGap(text.charAt(i - 1), text.charAt(i))) count++;
        if (count == 0) return NO_CUTS;
        int[] out = new int[count];
        int k = 0;
        for (int i = 1; i < text.length(); i++) if (letterGap(text.charAt(i - 1), text.charAt(i))) out[k++] = i;
        return out;
    }

    /**
     * Whether letter spacing may open between {@code a} and {@code b}: both Thai letters or marks,
     * {@code b} starts a new cluster and is not a following vowel, ๆ or ฯ, and {@code a} is not a
     * leading vowel (เ แ โ ใ ไ) that belongs to the consonant after it. Digits, Latin text and
     * punctuation keep their own spacing.
     */
    static boolean letterGap(char a, char b) {
        if (!thaiLetter(a) || !thaiLetter(b)) return false;
        if (b == '\u0E30' || b == '\u0E32' || b == '\u0E45' || b == '\u0E46' || b == '\u0E2F') return false;
        if (b == '\u0E31' || (b >= '\u0E33' && b <= '\u0E3A') || (b >= '\u0E47' && b <= '\u0E4E')) return false;
        return a < '\u0E40' || a > '\u0E44';
    }

    private static boolean thaiLetter(char c) {
        return c >= '\u0E01' && c <= '\u0E4E' && c != '\u0E3F';
    }

    private static final int MAX_SPAN = 30;

    /** The text a piece stands for when copied: line-holding characters read as what they hold. */
    static String actualText(String piece) {
        if (piece.indexOf(ThaiDates.NO_BREAK_SPACE) < 0 && piece.indexOf(ThaiDates.WORD_JOINER) < 0) return piece;
        return piece.replace(ThaiDates.NO_BREAK_SPACE, ' ').replace(String.valueOf(ThaiDates.WORD_JOINER), "");
    }

    /** The character each drawn glyph of a shaped text comes from (the glyphs TextEngine keeps, in order). */
    private static int[] glyphChars(TextEngine.Shaped s) {
        java.awt.font.GlyphVector gv = s.vector();
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        int[] out = new int[s.glyphs().length];
        int k = 0;
        for (int i = 0; i < n && k < out.length; i++) {
            // TextEngine drops the invisible glyphs HarfBuzz leaves for deleted characters.
            if (codes[i] == 0xFFFF || codes[i] == 0xFFFE) continue;
            out[k++] = gv.getGlyphCharIndex(i);
        }
        return out;
    }

    /** How many of the ascending offsets {@code cuts} are at or before {@code ch}. */
    private static int gapsUpTo(int[] cuts, int ch) {
        int c = 0;
        while (c < cuts.length && cuts[c] <= ch) c++;
        return c;
    }

    /** Characters of the word unit starting at piece {@code from}. */
    private static int unitLength(List<Piece> ps, int from) {
        int n = 0;
        for (int k = from; k < ps.size() && ps.get(k).unit() == ps.get(from).unit(); k++) {
            if (!ps.get(k).space()) n += ps.get(k).text().length();
        }
        return n;
    }

    private void drawRun(PdfContentByte cb, Piece first, List<Piece> run, List<Float> offsets, List<int[]> inner,
                         float letter, float size, float x, float y, String actual) {
        int n = 0;
        for (Piece p : run) if (!p.space()) n += p.shaped().glyphs().length;
        int[] glyphs = new int[n];
        float[] xs = new float[n];
        float[] ys = new float[n];
        int k = 0;
        float unitsPerPt = FontFace.UNITS / size;
        List<java.awt.font.GlyphVector> vectors = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < run.size(); r++) {
            Piece p = run.get(r);
            if (p.space()) continue;
            TextEngine.Shaped s = p.shaped();
            float off = offsets.get(r) * unitsPerPt;
            int[] cuts = inner.get(r);
            int[] charOf = cuts.length > 0 && letter > 0 ? glyphChars(s) : null;
            for (int g = 0; g < s.glyphs().length; g++) {
                glyphs[k] = s.glyphs()[g];
                // Letter spacing moves a glyph by one gap per gap opened before its character,
                // so marks move with their base.
                float spaced = charOf == null ? 0 : gapsUpTo(cuts, charOf[g]) * letter * unitsPerPt;
                xs[k] = s.xs()[g] + off + spaced;
                ys[k] = s.ys()[g];
                k++;
            }
            vectors.add(s.vector());
            texts.add(p.text());
        }
        if (first.style().color() != null && !Color.BLACK.equals(first.style().color())) {
            cb.setColorFill(first.style().color());
        }
        engine.drawGlyphs(cb, first.face(), size, glyphs, xs, ys, x, y, 0, actual, texts, vectors);
        if (first.style().color() != null && !Color.BLACK.equals(first.style().color())) {
            cb.setColorFill(Color.BLACK);
        }
    }
}
