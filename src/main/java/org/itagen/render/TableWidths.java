package org.itagen.render;

import org.itagen.doc.Digits;
import org.itagen.doc.Layout;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.thai.BoundedCache;
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
 * to set its text on one line (a cell of several paragraphs, such as a measure's steps, needs
 * room for all of them, not only for its longest), no column beyond its longest line; when every
 * column fits unwrapped, the spare width goes in proportion to the maxima. Then width a column
 * cannot use at its share goes to the columns that can ({@link #reclaim}). So "๑๐" never stacks, a header wraps only between words, and the room goes to the
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

        /**
         * What the widths depend on (the fonts), when two measures of equal fonts give equal widths
         * for equal text: cells are then measured once per process for both writers and every
         * document of a batch. Null: measured every time.
         */
        default Object fonts() {
            return null;
        }
    }

    private record CellKey(Table.Cell cell, float size, Digits digits, Object fonts, WordBreaker breaker) {
    }

    /** Measured cells: the PDF and the DOCX writer measure the same cells, a batch repeats headers and labels. */
    private static final BoundedCache<CellKey, Units> CELLS = new BoundedCache<>(16384);

    /**
     * One cell's demand, padding included, in points.
     *
     * @param col   its first column
     * @param span  the columns it covers
     * @param min   its widest unbreakable unit
     * @param max   its widest line unwrapped
     * @param units its text as the line filler sees it (to find the widest line it sets at a
     *              width), or null when only min and max are known
     */
    public record Extent(int col, int span, double min, double max, Units units) {
        public Extent(int col, int span, double min, double max) {
            this(col, span, min, max, null);
        }

        /**
         * All its text set on one line, padding included: what its column needs to set it in as
         * few lines as its width allows. More than {@code max} when the cell has several
         * paragraphs (the steps of a measure), which all take lines of the column.
         */
        public double length() {
            return units == null ? max : Math.max(max, units.length() + AROUND);
        }
    }

    /**
     * A cell's text as a line filler sees it, in points: per unit (text between two break
     * opportunities between words or phrases) its width, the width of its widest word (a fixed
     * phrase may be cut between its words when nothing else fits, a word never), the width of the
     * spaces after it, the first-line indent before it when it starts a paragraph, and whether it
     * starts a paragraph or ends a line by force.
     */
    public record Units(double[] word, double[] least, double[] space, double[] indent, boolean[] paragraph, boolean[] forced) {
        /** The widest line when lines are filled greedily to {@code width}; a unit wider than it sits alone. */
        public double widestLine(double width) {
            double widest = 0, line = 0, pending = 0;
            boolean empty = true;
            for (int i = 0; i < word.length; i++) {
                if (paragraph[i]) {
                    if (!empty) widest = Math.max(widest, line);
                    line = indent[i];
                    empty = true;
                }
                double need = (empty ? 0 : pending) + word[i];
                if (!empty && line + need > width + 0.01) {
                    widest = Math.max(widest, line);
                    line = 0;
                    need = word[i];
                }
                line += need;
                empty = false;
                pending = space[i];
                if (forced[i]) {
                    widest = Math.max(widest, line);
                    line = 0;
                    empty = true;
                }
            }
            return empty ? widest : Math.max(widest, line);
        }

        double min() {
            double min = 0;
            for (int i = 0; i < word.length; i++) min = Math.max(min, least[i] + (paragraph[i] ? indent[i] : 0));
            return min;
        }

        double max() {
            return widestLine(Double.MAX_VALUE);
        }

        double length() {
            double sum = 0;
            for (int i = 0; i < word.length; i++) sum += word[i] + space[i] + (paragraph[i] ? indent[i] : 0);
            return sum;
        }
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
    public static Columns of(Table t, float bodyPt, Digits digits, double available, Measure measure) {
        return of(t, bodyPt, digits, available, measure, WordBreaker.thai());
    }

    /**
     * Column widths in points, summing to the width available.
     *
     * @param wordsFit every cell is at least as wide as its widest word (false only when even the
     *                 minima do not fit the page: a writer then sets the widest words smaller)
     */
    public record Columns(double[] widths, boolean wordsFit) {
    }

    /** As {@link #of(Table, float, Digits, double, Measure)} with another segmenter (measurement builds). */
    public static Columns of(Table t, float bodyPt, Digits digits, double available, Measure measure, WordBreaker breaker) {
        float size = t.sizePt() > 0 ? t.sizePt() : bodyPt;
        List<Extent> extents = new ArrayList<>();
        extents(t.headerRows(), t.columnCount(), size, digits, measure, breaker, extents);
        extents(t.bodyRows(), t.columnCount(), size, digits, measure, breaker, extents);
        double sumMin = 0;
        for (double m : columnExtents(t.columnCount(), extents)[0]) sumMin += m;
        boolean fit = sumMin <= available + 1e-6;
        if (!t.sizedByContent()) return new Columns(atLeastMinima(fixed(t.columnWidths(), available), extents, available), fit);
        return new Columns(reclaim(distribute(t.columnCount(), extents, available), extents), fit);
    }

    /** Relative widths scaled to {@code available}. */
    public static double[] fixed(List<Double> relative, double available) {
        double sum = 0;
        for (double w : relative) sum += w;
        double[] out = new double[relative.size()];
        for (int i = 0; i < out.length; i++) out[i] = available * relative.get(i) / sum;
        return out;
    }

    /** Padding and slack around a cell's text. */
    private static final double AROUND = 2 * Layout.CELL_PAD_X_PT + SLACK_PT;

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
                Object fonts = measure.fonts();
                Units u = fonts == null ? units(cell, size, digits, measure, breaker)
                        : CELLS.computeIfAbsent(new CellKey(cell, size, digits, fonts, breaker),
                                k -> units(cell, size, digits, measure, breaker));
                out.add(new Extent(c, cs, u.min() + AROUND, u.max() + AROUND, u));
                c += cs;
            }
        }
    }

    /**
     * A cell's units, paragraph after paragraph. Units are measured in the same pieces the PDF
     * writer sets them in (by run, words apart from the spaces after them), so its lines fit the
     * widths computed here.
     */
    static Units units(Table.Cell cell, float tableSize, Digits digits, Measure measure, WordBreaker breaker) {
        List<double[]> list = new ArrayList<>(); // {word, least, space, indent, paragraph, forced}
        for (Paragraph p : cell.paragraphs()) {
            float size = p.sizePt() > 0 ? p.sizePt() : tableSize;
            double indent = Math.max(0, p.firstIndentCm()) * PT_PER_CM;
            List<Run> runs = p.runs();
            StringBuilder sb = new StringBuilder();
            int[] ends = new int[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                sb.append(RunText.of(runs.get(i), digits));
                ends[i] = sb.length();
            }
            String text = sb.toString();
            if (text.isEmpty()) continue;
            WordBreaker.Breaks br = breaker.breaks(text);
            int[] breaks = br.offsets(WordBreaker.WORD);
            int[] phrases = br.offsets(WordBreaker.PHRASE);
            int start = 0, ph = 0;
            for (int b = 0; b <= breaks.length; b++) {
                int end = b < breaks.length ? breaks[b] : text.length();
                int core = coreEnd(text, start, end);
                double word = width(text, runs, ends, start, core, size, measure);
                // The words of a fixed phrase, each the most a column must hold.
                double least = word;
                while (ph < phrases.length && phrases[ph] <= start) ph++;
                if (ph < phrases.length && phrases[ph] < core) {
                    least = 0;
                    int a = start;
                    for (; ph < phrases.length && phrases[ph] < core; ph++) {
                        least = Math.max(least, width(text, runs, ends, a, coreEnd(text, a, phrases[ph]), size, measure));
                        a = phrases[ph];
                    }
                    least = Math.max(least, width(text, runs, ends, a, core, size, measure));
                }
                list.add(new double[]{word, least, width(text, runs, ends, core, end, size, measure), b == 0 ? indent : 0,
                        b == 0 ? 1 : 0, end > start && text.charAt(end - 1) == '\n' ? 1 : 0});
                start = end;
            }
        }
        int n = list.size();
        double[] word = new double[n], least = new double[n], space = new double[n], indent = new double[n];
        boolean[] paragraph = new boolean[n], forced = new boolean[n];
        for (int i = 0; i < n; i++) {
            double[] u = list.get(i);
            word[i] = u[0];
            least[i] = u[1];
            space[i] = u[2];
            indent[i] = u[3];
            paragraph[i] = u[4] > 0;
            forced[i] = u[5] > 0;
        }
        return new Units(word, least, space, indent, paragraph, forced);
    }

    /** The end of text[start, end) without its trailing whitespace. */
    private static int coreEnd(String text, int start, int end) {
        int core = end;
        while (core > start && Character.isWhitespace(text.charAt(core - 1))) core--;
        return core;
    }

    /** Width of text[from, to): one measurement per run and per stretch of letters or of spaces. */
    private static double width(String text, List<Run> runs, int[] ends, int from, int to, float size, Measure measure) {
        double[] w = {0};
        int runStart = 0;
        for (int r = 0; r < runs.size() && from < to; r++) {
            int a = Math.max(from, runStart), z = Math.min(to, ends[r]);
            runStart = ends[r];
            Run run = runs.get(r);
            Stretches.each(text, a, z, (i, j, ws) -> {
                String part = text.substring(i, j);
                if (ws) part = part.replace("\n", "").replace('\t', ' ');
                if (!part.isEmpty()) w[0] += measure.width(part, run.bold(), run.italic(), size);
            });
        }
        return w[0];
    }

    /**
     * The pure part: column widths from the cells' extents. Single-column cells set their
     * column's minimum, maximum and length; a spanning cell (narrowest spans first) spreads what
     * its columns lack over them in proportion to their maxima. Then every column gets its
     * minimum and the rest of {@code available} goes in proportion to what each still needs to
     * set its text on one line ({@link Extent#length()} less its width), none beyond its
     * longest line (what a column cannot take goes to the others); when all
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
            double[] length = mm[2];
            System.arraycopy(min, 0, out, 0, columns);
            fill(out, available - sumMin, length, max);
        }
        return out;
    }

    /**
     * Shares {@code spare} among the columns in proportion to what each still needs to set all
     * its text on one line ({@code length - w}), none beyond {@code cap} (its longest line: more
     * would stay empty); what a capped column cannot take goes to the others. Returns what is left.
     */
    private static double fill(double[] w, double spare, double[] length, double[] cap) {
        int columns = w.length;
        boolean[] open = new boolean[columns];
        for (int c = 0; c < columns; c++) open[c] = cap[c] > w[c] + 1e-9;
        while (spare > 1e-9) {
            double need = 0;
            for (int c = 0; c < columns; c++) if (open[c]) need += Math.max(0, length[c] - w[c]);
            if (need <= 1e-9) break;
            boolean capped = false;
            for (int c = 0; c < columns; c++) {
                if (open[c] && w[c] + spare * Math.max(0, length[c] - w[c]) / need >= cap[c]) {
                    spare -= cap[c] - w[c];
                    w[c] = cap[c];
                    open[c] = false;
                    capped = true;
                }
            }
            if (capped) continue;
            double given = 0;
            double[] add = new double[columns];
            for (int c = 0; c < columns; c++) if (open[c]) add[c] = spare * Math.max(0, length[c] - w[c]) / need;
            for (int c = 0; c < columns; c++) {
                w[c] += add[c];
                given += add[c];
            }
            spare -= given;
            break;
        }
        return Math.max(0, spare);
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
        double[] min = new double[columns], max = new double[columns], length = new double[columns];
        List<Extent> spanning = new ArrayList<>();
        for (Extent e : cells) {
            if (e.span() <= 1) {
                min[e.col()] = Math.max(min[e.col()], e.min());
                max[e.col()] = Math.max(max[e.col()], e.max());
                length[e.col()] = Math.max(length[e.col()], e.length());
            } else {
                spanning.add(e);
            }
        }
        spanning.sort(Comparator.comparingInt(Extent::span));
        for (Extent e : spanning) {
            spread(min, max, e.col(), e.span(), e.min());
            spread(length, max, e.col(), e.span(), e.length());
            spread(max, max, e.col(), e.span(), e.max());
        }
        for (int i = 0; i < columns; i++) {
            max[i] = Math.max(max[i], min[i]);
            length[i] = Math.max(length[i], max[i]);
        }
        return new double[][]{min, max, length};
    }

    /**
     * Gives back width a column cannot use: at its share a column often sets no line as wide as
     * the share (a date range that breaks into two lines either way, an owner's name in three),
     * so each column shrinks to the widest line its cells set there (never below its minimum;
     * a cell spanning columns keeps room for the lines it set), and what is freed goes to the
     * columns whose text fills their width, in proportion to what they still need. Repeated
     * while it frees anything worth a point.
     */
    public static double[] reclaim(double[] widths, List<Extent> cells) {
        int columns = widths.length;
        double[] w = widths.clone();
        double[][] mm = columnExtents(columns, cells);
        double[] max = mm[1], length = mm[2];
        for (int round = 0; round < 4; round++) {
            double[] used = new double[columns];
            boolean[] known = new boolean[columns];
            java.util.Arrays.fill(known, true);
            for (Extent e : cells) {
                if (e.span() > 1) continue;
                if (e.units() == null) {
                    known[e.col()] = false;
                    continue;
                }
                used[e.col()] = Math.max(used[e.col()], Math.max(e.min(), e.units().widestLine(w[e.col()] - AROUND) + AROUND));
            }
            for (int c = 0; c < columns; c++) if (!known[c]) used[c] = w[c];
            for (int c = 0; c < columns; c++) used[c] = Math.min(used[c], w[c]);
            for (Extent e : cells) {
                if (e.span() <= 1) continue;
                double have = 0, keep = 0, slack = 0;
                for (int c = e.col(); c < e.col() + e.span(); c++) {
                    have += w[c];
                    keep += used[c];
                    slack += w[c] - used[c];
                }
                double need = e.units() == null ? have : Math.max(e.min(), e.units().widestLine(have - AROUND) + AROUND);
                if (keep >= need || slack <= 0) continue;
                for (int c = e.col(); c < e.col() + e.span(); c++) used[c] += (need - keep) * (w[c] - used[c]) / slack;
            }
            double freed = 0;
            boolean[] full = new boolean[columns];
            double[] cap = new double[columns];
            for (int c = 0; c < columns; c++) {
                full[c] = w[c] - used[c] < 0.5 && max[c] > w[c] + 0.5;
                if (!full[c]) freed += w[c] - used[c];
            }
            if (freed < 1 || !anyTrue(full)) break;
            for (int c = 0; c < columns; c++) {
                if (!full[c]) w[c] = used[c];
                cap[c] = full[c] ? max[c] : w[c];
            }
            double left = fill(w, freed, length, cap);
            if (left > 1e-9) {
                // Every column that wraps now sets its text unwrapped: the rest goes to all, by width.
                double total = 0;
                for (double v : w) total += v;
                for (int c = 0; c < columns; c++) w[c] += left * w[c] / total;
                break;
            }
        }
        return w;
    }

    private static boolean anyTrue(boolean[] b) {
        for (boolean v : b) if (v) return true;
        return false;
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
