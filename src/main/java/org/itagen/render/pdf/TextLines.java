package org.itagen.render.pdf;

import org.itagen.doc.Align;
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
        List<Line> lines = new ArrayList<>();
        if (text.isEmpty()) return lines;
        int[] breaks = breaker.lineBreaks(text);
        List<Piece> current = new ArrayList<>();
        float lineWidth = 0;      // up to and including the trailing spaces of the last unit
        float trailing = 0;       // width of those trailing spaces
        int start = 0;
        for (int b = 0; b <= breaks.length; b++) {
            int end = b < breaks.length ? breaks[b] : text.length();
            boolean forced = end > start && text.charAt(end - 1) == '\n';
            int coreEnd = end;
            while (coreEnd > start && Character.isWhitespace(text.charAt(coreEnd - 1))) coreEnd--;
            float avail = lines.isEmpty() ? firstWidth : width;
            List<Piece> core = pieces(text, spans, ranges, start, coreEnd, size, b);
            List<Piece> tail = pieces(text, spans, ranges, coreEnd, end, size, b);
            float coreW = sum(core);
            if (!current.isEmpty() && lineWidth + coreW > avail + 0.01f) {
                lines.add(new Line(current, lineWidth - trailing, avail, false));
                current = new ArrayList<>();
                lineWidth = 0;
                trailing = 0;
                avail = width;
            }
            if (current.isEmpty() && coreW > avail + 0.01f) {
                // A word longer than the line: cut it between grapheme clusters.
                int from = start;
                int[] clusters = breaker.clusterBreaks(text.substring(start, coreEnd));
                while (true) {
                    int cut = -1;
                    List<Piece> best = null;
                    for (int c : clusters) {
                        int pos = start + c;
                        if (pos <= from) continue;
                        List<Piece> ps = pieces(text, spans, ranges, from, pos, size, b);
                        if (sum(ps) > avail + 0.01f) break;
                        cut = pos;
                        best = ps;
                    }
                    if (cut < 0) {
                        // Not even one cluster fits: take the first one anyway.
                        for (int c : clusters) {
                            if (start + c > from) {
                                cut = start + c;
                                break;
                            }
                        }
                        if (cut < 0) break;
                        best = pieces(text, spans, ranges, from, cut, size, b);
                    }
                    List<Piece> rest = pieces(text, spans, ranges, cut, coreEnd, size, b);
                    lines.add(new Line(best, sum(best), avail, false));
                    avail = width;
                    from = cut;
                    if (sum(rest) <= avail + 0.01f) {
                        core = rest;
                        coreW = sum(rest);
                        break;
                    }
                }
            }
            current.addAll(core);
            current.addAll(tail);
            lineWidth += coreW + sum(tail);
            trailing = sum(tail);
            if (forced) {
                lines.add(new Line(current, lineWidth - trailing, avail, true));
                current = new ArrayList<>();
                lineWidth = 0;
                trailing = 0;
            }
            start = end;
        }
        if (!current.isEmpty()) {
            lines.add(new Line(current, lineWidth - trailing, lines.isEmpty() ? firstWidth : width, true));
        }
        return lines;
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
            int i = a;
            while (i < z) {
                boolean ws = Character.isWhitespace(text.charAt(i));
                int j = i;
                while (j < z && Character.isWhitespace(text.charAt(j)) == ws) j++;
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
                i = j;
            }
        }
        return out;
    }

    /**
     * Draws a line with its left edge at x and baseline at y. Trailing spaces are not drawn;
     * justified lines spread the free space over the word boundaries.
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
        // Justification stretches word boundaries inside spans and at spaces; a seam between two
        // spans with no space there stays tight, or extraction would show a space in mid-text.
        boolean[] stretch = new boolean[ps.size()];
        int gaps = 0;
        for (int j = 1; j < ps.size(); j++) {
            if (ps.get(j).unit() == ps.get(j - 1).unit()) continue;
            stretch[j] = spanStart[j] == spanStart[j - 1] || ps.get(j - 1).space();
            if (stretch[j]) gaps++;
        }
        float free = line.available() - line.width();
        float startX = x;
        float extra = 0;
        switch (align) {
            case CENTER -> startX += free / 2;
            case RIGHT -> startX += free;
            case JUSTIFY -> {
                if ((!line.last() || lastLineJustified) && gaps > 0 && free > 0) extra = free / gaps;
            }
            case LEFT -> {
            }
        }
        float[] at = new float[ps.size()];
        float cx = startX;
        for (int j = 0; j < ps.size(); j++) {
            if (stretch[j]) cx += extra;
            at[j] = cx;
            cx += ps.get(j).width();
        }
        int i = 0;
        while (i < ps.size()) {
            Piece first = ps.get(i);
            int j = i;
            List<Piece> run = new ArrayList<>();
            List<Float> offsets = new ArrayList<>();
            StringBuilder actual = new StringBuilder();
            while (j < ps.size() && spanStart[j] == i) {
                Piece p = ps.get(j);
                run.add(p);
                offsets.add(at[j] - at[i]);
                if (!p.space()) actual.append(p.text());
                j++;
            }
            float end = at[j - 1] + ps.get(j - 1).width();
            drawRun(cb, first, run, offsets, size, at[i], y, actual.toString());
            if (first.style().link() != null) {
                cb.setAction(new PdfAction(first.style().link()), at[i], y - size * 0.3f, end, y + size * 0.8f);
            }
            i = j;
        }
    }

    private static final int MAX_SPAN = 30;

    /** Characters of the word unit starting at piece {@code from}. */
    private static int unitLength(List<Piece> ps, int from) {
        int n = 0;
        for (int k = from; k < ps.size() && ps.get(k).unit() == ps.get(from).unit(); k++) {
            if (!ps.get(k).space()) n += ps.get(k).text().length();
        }
        return n;
    }

    private void drawRun(PdfContentByte cb, Piece first, List<Piece> run, List<Float> offsets, float size,
                         float x, float y, String actual) {
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
            for (int g = 0; g < s.glyphs().length; g++) {
                glyphs[k] = s.glyphs()[g];
                xs[k] = s.xs()[g] + off;
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
