package org.itagen.render;

import org.itagen.doc.Digits;
import org.itagen.doc.Layout;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.thai.WordBreaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Column widths of a table, the one computation both writers use (the PDF draws with them, the
 * DOCX writes them as tblGrid and tcW), so Word and LibreOffice lay a table out as the PDF does.
 *
 * <p>A table sized by content follows CSS automatic table layout: a cell's minimum is its widest
 * unbreakable unit (a word, a number, a code, a short date held together by
 * {@link RunText}), its maximum its text unwrapped; a column's minimum and maximum are those of
 * its cells (cells spanning columns spread what their columns lack over them). Every column gets
 * its minimum, and the rest of the width is shared in proportion to what each column still needs
 * to reach its maximum; when every column fits unwrapped, the spare width goes in proportion to
 * the maxima. So "๑๐" never stacks, a header wraps only between words, and the room goes to the
 * columns whose text wraps. A table with fixed relative widths keeps them, except that no column
 * is narrower than its widest unit ({@link #atLeastMinima}).
 */
public final class TableWidths {
    private TableWidths() {
    }

    /** Width in points of text in the document's font (the PDF writer's metrics, for both writers). */
    @FunctionalInterface
    public interface Measure {
        float width(String text, boolean bold, boolean italic, float sizePt);
    }

    /**
     * One cell's demand, padding included, in points.
     *
     * @param col  its first column
     * @param span the columns it covers
     * @param min  its widest unbreakable unit
     * @param max  its widest line unwrapped
     */
    public record Extent(int col, int span, double min, double max) {
    }

    private static final double PT_PER_CM = 72 / 2.54;
    /**
     * Added to every cell's minimum: Word and LibreOffice measure with their own rounding (and
     * the DOCX widths are whole twips), so an exact fit could still wrap "๑๐" there.
     */
    static final double SLACK_PT = 1.0;

    /**
     * Column widths in points summing to {@code available}.
     *
     * @param bodyPt  the document's body size (a table without its own size uses it)
     * @param digits  the document's digits, as the writers set them
     * @param measure text widths in the writers' font
     */
    public static double[] of(Table t, float bodyPt, Digits digits, double available, Measure measure) {
        return of(t, bodyPt, digits, available, measure, WordBreaker.thai());
    }

    /** As {@link #of(Table, float, Digits, double, Measure)} with another segmenter (measurement builds). */
    public static double[] of(Table t, float bodyPt, Digits digits, double available, Measure measure, WordBreaker breaker) {
        float size = t.sizePt() > 0 ? t.sizePt() : bodyPt;
        List<Extent> extents = new ArrayList<>();
        extents(t.headerRows(), t.columnCount(), size, digits, measure, breaker, extents);
        extents(t.bodyRows(), t.columnCount(), size, digits, measure, breaker, extents);
        if (!t.sizedByContent()) return atLeastMinima(fixed(t.columnWidths(), available), extents, available);
        return distribute(t.columnCount(), extents, available);
    }

    /** Relative widths scaled to {@code available}. */
    public static double[] fixed(List<Double> relative, double available) {
        double sum = 0;
        for (double w : relative) sum += w;
        double[] out = new double[relative.size()];
        for (int i = 0; i < out.length; i++) out[i] = available * relative.get(i) / sum;
        return out;
    }

    /**
     * Places the rows' cells on the grid as the writers do (a cell takes the next column not
     * covered by a row span from above; cells beyond the last column are dropped) and measures them.
     */
    private static void extents(List<Table.Row> rows, int cols, float size, Digits digits, Measure measure,
                                WordBreaker breaker, List<Extent> out) {
        int n = rows.size();
        boolean[][] taken = new boolean[n][cols];
        for (int ri = 0; ri < n; ri++) {
            int c = 0;
            for (Table.Cell cell : rows.get(ri).cells()) {
                while (c < cols && taken[ri][c]) c++;
                if (c >= cols) break;
                int cs = Math.min(cell.colSpan(), cols - c);
                int rs = Math.min(cell.rowSpan(), n - ri);
                for (int a = ri; a < ri + rs; a++) for (int b = c; b < c + cs; b++) taken[a][b] = true;
                double[] mm = cell(cell, size, digits, measure, breaker);
                double pad = 2 * Layout.CELL_PAD_X_PT;
                out.add(new Extent(c, cs, mm[0] + pad + SLACK_PT, mm[1] + pad + SLACK_PT));
                c += cs;
            }
        }
    }

    /** A cell's {min, max} content width in points. */
    static double[] cell(Table.Cell cell, float tableSize, Digits digits, Measure measure, WordBreaker breaker) {
        double min = 0, max = 0;
        for (Paragraph p : cell.paragraphs()) {
            float s = p.sizePt() > 0 ? p.sizePt() : tableSize;
            double[] mm = paragraph(p.runs(), s, Math.max(0, p.firstIndentCm()) * PT_PER_CM, digits, measure, breaker);
            min = Math.max(min, mm[0]);
            max = Math.max(max, mm[1]);
        }
        return new double[]{min, max};
    }

    /**
     * {min, max} of one paragraph: its widest unit between line-break opportunities (the first
     * one after the first-line indent) and its widest line when only forced breaks end lines.
     * Units are measured in the same pieces the PDF writer sets them in (by run, words apart
     * from the spaces after them), so its lines fit the widths computed here.
     */
    static double[] paragraph(List<Run> runs, float size, double indent, Digits digits, Measure measure, WordBreaker breaker) {
        StringBuilder sb = new StringBuilder();
        int[] ends = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            sb.append(RunText.of(runs.get(i), digits));
            ends[i] = sb.length();
        }
        String text = sb.toString();
        if (text.isEmpty()) return new double[]{0, 0};
        double min = 0, max = 0, line = indent;
        boolean first = true;
        int start = 0;
        int[] breaks = breaker.lineBreaks(text);
        for (int b = 0; b <= breaks.length; b++) {
            int end = b < breaks.length ? breaks[b] : text.length();
            int core = end;
            while (core > start && Character.isWhitespace(text.charAt(core - 1))) core--;
            double word = width(text, runs, ends, start, core, size, measure);
            double tail = width(text, runs, ends, core, end, size, measure);
            min = Math.max(min, word + (first ? indent : 0));
            first = false;
            line += word;
            max = Math.max(max, line);
            line += tail;
            if (end > start && text.charAt(end - 1) == '\n') line = 0;
            start = end;
        }
        return new double[]{min, max};
    }

    /** Width of text[from, to): one measurement per run and per stretch of letters or of spaces. */
    private static double width(String text, List<Run> runs, int[] ends, int from, int to, float size, Measure measure) {
        double w = 0;
        int runStart = 0;
        for (int r = 0; r < runs.size() && from < to; r++) {
            int a = Math.max(from, runStart), z = Math.min(to, ends[r]);
            runStart = ends[r];
            int i = a;
            while (i < z) {
                boolean ws = Character.isWhitespace(text.charAt(i));
                int j = i;
                while (j < z && Character.isWhitespace(text.charAt(j)) == ws) j++;
                String part = text.substring(i, j);
                if (ws) part = part.replace("\n", "").replace('\t', ' ');
                if (!part.isEmpty()) w += measure.width(part, runs.get(r).bold(), runs.get(r).italic(), size);
                i = j;
            }
        }
        return w;
    }

    /**
     * The pure part: column widths from the cells' extents. Single-column cells set their
     * column's minimum and maximum; a spanning cell (narrowest spans first) spreads what its
     * columns lack over them in proportion to their maxima. Then every column gets its minimum
     * and the rest of {@code available} goes in proportion to what each still needs; when all
     * fit unwrapped, the spare width goes in proportion to the maxima; when even the minima do
     * not fit, the minima are scaled down to fit (a writer then sets the widest words smaller).
     */
    public static double[] distribute(int columns, List<Extent> cells, double available) {
        double[][] mm = columnExtents(columns, cells);
        double[] min = mm[0], max = mm[1];
        double sumMin = 0, sumMax = 0;
        for (int i = 0; i < columns; i++) {
            sumMin += min[i];
            sumMax += max[i];
        }
        double[] out = new double[columns];
        if (sumMin <= 0) {
            for (int i = 0; i < columns; i++) out[i] = available / columns;
        } else if (sumMin >= available) {
            for (int i = 0; i < columns; i++) out[i] = min[i] * available / sumMin;
        } else if (sumMax <= available) {
            for (int i = 0; i < columns; i++) out[i] = max[i] + (available - sumMax) * max[i] / sumMax;
        } else {
            double need = sumMax - sumMin;
            for (int i = 0; i < columns; i++) out[i] = min[i] + (available - sumMin) * (max[i] - min[i]) / need;
        }
        return out;
    }

    /**
     * Fixed widths, but none below its column's minimum: a column too narrow for its widest word
     * gets it, and the width comes from the columns wider than their own minima, in proportion to
     * what they can spare. A form's label column keeps its width in every table of a document.
     */
    public static double[] atLeastMinima(double[] preferred, List<Extent> cells, double available) {
        int columns = preferred.length;
        double[] min = columnExtents(columns, cells)[0];
        double sumMin = 0, deficit = 0, spare = 0;
        for (int i = 0; i < columns; i++) {
            sumMin += min[i];
            if (preferred[i] < min[i]) deficit += min[i] - preferred[i];
            else spare += preferred[i] - min[i];
        }
        double[] out = preferred.clone();
        if (deficit <= 0) return out;
        if (sumMin >= available) {
            for (int i = 0; i < columns; i++) out[i] = min[i] * available / sumMin;
            return out;
        }
        for (int i = 0; i < columns; i++) {
            out[i] = preferred[i] < min[i] ? min[i] : preferred[i] - deficit * (preferred[i] - min[i]) / spare;
        }
        return out;
    }

    /** {min[], max[]} per column: single-column cells first, then spanning cells spread over their columns. */
    private static double[][] columnExtents(int columns, List<Extent> cells) {
        double[] min = new double[columns], max = new double[columns];
        List<Extent> spanning = new ArrayList<>();
        for (Extent e : cells) {
            if (e.span() <= 1) {
                min[e.col()] = Math.max(min[e.col()], e.min());
                max[e.col()] = Math.max(max[e.col()], e.max());
            } else {
                spanning.add(e);
            }
        }
        spanning.sort(Comparator.comparingInt(Extent::span));
        for (Extent e : spanning) {
            spread(min, max, e.col(), e.span(), e.min());
            spread(max, max, e.col(), e.span(), e.max());
        }
        for (int i = 0; i < columns; i++) max[i] = Math.max(max[i], min[i]);
        return new double[][]{min, max};
    }

    /** Raises target[col, col+span) so that it sums to at least {@code want}, in proportion to {@code weight}. */
    private static void spread(double[] target, double[] weight, int col, int span, double want) {
        double have = 0, w = 0;
        for (int i = col; i < col + span; i++) {
            have += target[i];
            w += weight[i];
        }
        if (want <= have) return;
        for (int i = col; i < col + span; i++) {
            target[i] += (want - have) * (w > 0 ? weight[i] / w : 1.0 / span);
        }
    }
}
