package org.itagen.render.pdf;

import org.itagen.doc.Align;
import org.itagen.doc.Layout;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.render.TableWidths;
import org.itagen.thai.ThaiDates;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables: cells placed on a grid (row and column spans), each cell's paragraphs broken into
 * lines by words like body text; rows joined by a row span form one group that moves to the
 * next page whole; the header rows form one group repeated at the top of every page.
 */
final class TableLayout {
    static final float PAD_X = Layout.CELL_PAD_X_PT, PAD_Y = Layout.CELL_PAD_Y_PT, BORDER = Layout.RULE_PT;
    private static final Color RULE_COLOR = new Color(Layout.RULE_RGB);

    private TableLayout() {
    }

    /** A cell with its grid position and laid-out lines. */
    static final class PlacedCell {
        final Table.Cell cell;
        final int row, col;
        final int rowSpan, colSpan;
        final List<CellLine> lines;

        PlacedCell(Table.Cell cell, int row, int col, int rowSpan, int colSpan, List<CellLine> lines) {
            this.cell = cell;
            this.row = row;
            this.col = col;
            this.rowSpan = rowSpan;
            this.colSpan = colSpan;
            this.lines = lines;
        }

        float contentHeight() {
            float h = 0;
            for (CellLine l : lines) h += l.height;
            return h;
        }
    }

    /** One line in a cell. */
    record CellLine(TextLines.Line line, float size, Align align, float height, float baseline) {
    }

    static void addTable(Renderer r, List<Renderer.Item> items, Table t) {
        float size = t.sizePt() > 0 ? t.sizePt() : r.body;
        // The widths the DOCX writer gives Word too (render.TableWidths).
        TableWidths.Columns columns = TableWidths.of(t, r.body, r.page().digits(), r.width, r.tableMeasure, r.breaker);
        double[] widths = columns.widths();
        float[] colX = new float[t.columnCount() + 1];
        double x = 0;
        for (int i = 0; i < t.columnCount(); i++) {
            x += widths[i];
            colX[i + 1] = (float) x;
        }

        if (t.caption() != null && !t.caption().isBlank()) {
            List<TextLines.Span> cap = List.of(new TextLines.Span(ThaiDates.keepTogether(r.localize(t.caption())), TextLines.Style.of(true, false)));
            for (TextLines.Line l : r.text.layout(cap, size, r.width, r.width)) {
                items.add(new Renderer.LineItem(l, size, 0, Align.LEFT, r.lineHeight(size), r.baseline(size), true));
            }
        }
        GroupItem header = null;
        if (!t.headerRows().isEmpty()) {
            List<GroupItem> hs = groups(r, t.headerRows(), colX, size, null, !columns.wordsFit());
            // All header rows repeat together, so they are one group.
            header = merge(hs, colX);
            header.keep = true;
            header.isHeader = true;
            items.add(header);
        }
        for (GroupItem g : groups(r, t.bodyRows(), colX, size, header, !columns.wordsFit())) items.add(g);
    }

    private static GroupItem merge(List<GroupItem> gs, float[] colX) {
        if (gs.size() == 1) return gs.get(0);
        List<PlacedCell> cells = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        int offset = 0;
        for (GroupItem g : gs) {
            for (PlacedCell c : g.cells) {
                cells.add(new PlacedCell(c.cell, c.row + offset, c.col, c.rowSpan, c.colSpan, c.lines));
            }
            for (float h : g.rowHeights) heights.add(h);
            offset += g.rowHeights.length;
        }
        float[] rh = new float[heights.size()];
        for (int i = 0; i < rh.length; i++) rh[i] = heights.get(i);
        return new GroupItem(cells, rh, colX, null);
    }

    /** Places the rows' cells on the grid, sizes rows, and cuts them into row groups. */
    static List<GroupItem> groups(Renderer r, List<Table.Row> rows, float[] colX, float size, GroupItem header, boolean shrink) {
        int cols = colX.length - 1;
        int n = rows.size();
        boolean[][] taken = new boolean[n][cols];
        List<PlacedCell> placed = new ArrayList<>();
        for (int ri = 0; ri < n; ri++) {
            int c = 0;
            for (Table.Cell cell : rows.get(ri).cells()) {
                while (c < cols && taken[ri][c]) c++;
                if (c >= cols) break; // more cells than columns: the extra ones have no place
                int cs = Math.min(cell.colSpan(), cols - c);
                int rs = Math.min(cell.rowSpan(), n - ri);
                for (int a = ri; a < ri + rs; a++) for (int b = c; b < c + cs; b++) taken[a][b] = true;
                float inner = colX[c + cs] - colX[c] - 2 * PAD_X;
                placed.add(new PlacedCell(cell, ri, c, rs, cs, cellLines(r, cell, size, inner, shrink)));
                c += cs;
            }
        }
        float minRow = r.lineHeight(size) + 2 * PAD_Y;
        float[] rh = new float[n];
        for (int i = 0; i < n; i++) rh[i] = minRow;
        for (PlacedCell pc : placed) {
            if (pc.rowSpan == 1) rh[pc.row] = Math.max(rh[pc.row], pc.contentHeight() + 2 * PAD_Y);
        }
        for (PlacedCell pc : placed) {
            if (pc.rowSpan > 1) {
                float have = 0;
                for (int i = pc.row; i < pc.row + pc.rowSpan; i++) have += rh[i];
                float need = pc.contentHeight() + 2 * PAD_Y;
                if (need > have) rh[pc.row + pc.rowSpan - 1] += need - have;
            }
        }
        // Groups: a row group ends where no row span reaches further down.
        List<GroupItem> out = new ArrayList<>();
        int start = 0;
        while (start < n) {
            int end = start;
            for (int i = start; i <= end; i++) {
                for (PlacedCell pc : placed) if (pc.row == i) end = Math.max(end, pc.row + pc.rowSpan - 1);
            }
            List<PlacedCell> cells = new ArrayList<>();
            for (PlacedCell pc : placed) {
                if (pc.row >= start && pc.row <= end) {
                    cells.add(new PlacedCell(pc.cell, pc.row - start, pc.col, pc.rowSpan, pc.colSpan, pc.lines));
                }
            }
            float[] gh = new float[end - start + 1];
            System.arraycopy(rh, start, gh, 0, gh.length);
            out.add(new GroupItem(cells, gh, colX, header));
            start = end + 1;
        }
        return out;
    }

    /** {@code shrink}: some word may be wider than its column (the minima did not fit the page). */
    private static List<CellLine> cellLines(Renderer r, Table.Cell cell, float size, float inner, boolean shrink) {
        List<CellLine> out = new ArrayList<>();
        for (Paragraph p : cell.paragraphs()) {
            float s = p.sizePt() > 0 ? p.sizePt() : size;
            Align a = p.align() == Align.LEFT && cell.align() != Align.LEFT ? cell.align() : p.align();
            List<Run> runs = p.runs();
            // Columns hold their widest word (TableWidths); where even the minima did not fit the
            // page, a word wider than its column is set a little smaller, down to 70 %, before it is cut.
            if (shrink) {
                float widest = widestWord(r, r.spans(runs));
                if (widest * s > inner && widest > 0) s = Math.max(s * 0.7f, inner / widest * 0.995f);
            }
            for (TextLines.Line l : r.text.layout(r.spans(runs), s, inner - (float) p.firstIndentCm() * Renderer.PT_PER_CM, inner)) {
                out.add(new CellLine(l, s, a, r.lineHeight(s), r.baseline(s)));
            }
        }
        return out;
    }

    /** Width at 1 pt of the widest word of the spans (a fixed phrase may be cut between its words, as TableWidths assumes). */
    private static float widestWord(Renderer r, List<TextLines.Span> spans) {
        float widest = 0;
        for (TextLines.Span sp : spans) {
            FontFace face = r.engine.face(sp.style().bold(), sp.style().italic());
            for (String w : r.breaker.units(sp.text(), org.itagen.thai.WordBreaker.PHRASE)) {
                String t = w.strip();
                if (!t.isEmpty()) widest = Math.max(widest, r.engine.width(r.engine.faceFor(face, t), t, 1f));
            }
        }
        return widest;
    }

    /** Rows that must stay together (joined by row spans), or the header rows. */
    static final class GroupItem implements Renderer.Item {
        final List<PlacedCell> cells;
        final float[] rowHeights;
        final float[] colX;
        final GroupItem header;
        boolean keep;

        GroupItem(List<PlacedCell> cells, float[] rowHeights, float[] colX, GroupItem header) {
            this.cells = cells;
            this.rowHeights = rowHeights;
            this.colX = colX;
            this.header = header;
        }

        public float height() {
            float h = 0;
            for (float v : rowHeights) h += v;
            return h;
        }

        public boolean keepWithNext() {
            return keep;
        }

        public Renderer.Item header() {
            return header;
        }

        public void draw(Renderer r, float x, float yTop) {
            float[] rowY = new float[rowHeights.length + 1];
            rowY[0] = yTop;
            for (int i = 0; i < rowHeights.length; i++) rowY[i + 1] = rowY[i] - rowHeights[i];
            var cb = r.cb;
            for (PlacedCell pc : cells) {
                float cx = x + colX[pc.col], cw = colX[pc.col + pc.colSpan] - colX[pc.col];
                float top = rowY[pc.row], bot = rowY[Math.min(pc.row + pc.rowSpan, rowHeights.length)];
                if (pc.cell.shade() != null) {
                    cb.setColorFill(new Color(Integer.parseInt(pc.cell.shade(), 16)));
                    cb.rectangle(cx, bot, cw, top - bot);
                    cb.fill();
                    cb.setColorFill(Color.BLACK);
                }
                float content = pc.contentHeight();
                float ly = switch (pc.cell.vAlign()) {
                    case TOP -> top - PAD_Y;
                    case MIDDLE -> top - (top - bot - content) / 2;
                    case BOTTOM -> bot + PAD_Y + content;
                };
                for (CellLine cl : pc.lines) {
                    r.text.draw(cb, cl.line(), cl.size(), cx + PAD_X, ly - cl.baseline(), cl.align(), false);
                    ly -= cl.height();
                }
            }
            cb.setLineWidth(BORDER);
            cb.setColorStroke(RULE_COLOR);
            for (PlacedCell pc : cells) {
                float cx = x + colX[pc.col], cw = colX[pc.col + pc.colSpan] - colX[pc.col];
                float top = rowY[pc.row], bot = rowY[Math.min(pc.row + pc.rowSpan, rowHeights.length)];
                cb.rectangle(cx, bot, cw, top - bot);
                cb.stroke();
            }
        }

        /** First and last body group of its table: a page must not hold a single row of it there. */
        boolean first, last;
        /** The header rows (never cut). */
        boolean isHeader;

        /**
         * Rows joined by a row span, cut between rows so the first part fits {@code room}
         * (issue 11 §4: moving a tall group whole left pages half empty). No page gets a single
         * row of the table: at least two rows stay before the cut in the table's first group and
         * after it in its last. A cell spanning the cut keeps the lines that fit above it and
         * continues below; one whose lines all fit above (an indicator's name) is repeated below,
         * so a continuation page still says what its rows belong to. Null when no cut fits.
         */
        Renderer.Item[] splitRows(float room) {
            int n = rowHeights.length;
            int k = 0;
            float h = 0;
            while (k < n && h + rowHeights[k] <= room + 0.01f) h += rowHeights[k++];
            k = Math.min(k, n - (last ? 2 : 1));
            if (k < (first ? 2 : 1)) return null;
            float[] ha = java.util.Arrays.copyOfRange(rowHeights, 0, k), hb = java.util.Arrays.copyOfRange(rowHeights, k, n);
            List<PlacedCell> a = new ArrayList<>(), b = new ArrayList<>();
            for (PlacedCell pc : cells) {
                if (pc.row >= k) {
                    b.add(new PlacedCell(pc.cell, pc.row - k, pc.col, pc.rowSpan, pc.colSpan, pc.lines));
                } else if (pc.row + pc.rowSpan <= k) {
                    a.add(pc);
                } else {
                    float avail = -2 * PAD_Y, used = 0;
                    for (int i = pc.row; i < k; i++) avail += rowHeights[i];
                    int m = 0;
                    while (m < pc.lines.size() && used + pc.lines.get(m).height() <= avail + 0.01f) used += pc.lines.get(m++).height();
                    List<CellLine> rest = m == pc.lines.size() ? pc.lines : pc.lines.subList(m, pc.lines.size());
                    a.add(new PlacedCell(pc.cell, pc.row, pc.col, k - pc.row, pc.colSpan, List.copyOf(pc.lines.subList(0, m))));
                    PlacedCell below = new PlacedCell(pc.cell, 0, pc.col, pc.row + pc.rowSpan - k, pc.colSpan, List.copyOf(rest));
                    b.add(below);
                    float have = 0;
                    for (int i = 0; i < below.rowSpan; i++) have += hb[i];
                    float need = below.contentHeight() + 2 * PAD_Y;
                    if (need > have) hb[below.rowSpan - 1] += need - have;
                }
            }
            GroupItem top = new GroupItem(a, ha, colX, header), bottom = new GroupItem(b, hb, colX, header);
            top.first = first;
            bottom.last = last;
            bottom.keep = keep;
            return new Renderer.Item[]{top, bottom};
        }

        /**
         * A single row cut between lines to fill a page: null unless both parts hold at least two
         * lines of the row's tallest cell (no line left alone at a page foot or head).
         */
        Renderer.Item[] splitLines(float room) {
            if (rowHeights.length != 1) return null;
            PlacedCell tallest = null;
            for (PlacedCell pc : cells) if (tallest == null || pc.contentHeight() > tallest.contentHeight()) tallest = pc;
            if (tallest == null || tallest.lines.size() < 4) return null;
            // A last line alone on the next page: cut one or two lines earlier.
            float lineH = tallest.lines.get(0).height();
            for (int earlier = 0; earlier <= 2; earlier++) {
                Renderer.Item[] parts = cutLines(room - earlier * lineH);
                if (parts == null) return null;
                if (holdsTwo(parts[0], tallest) && holdsTwo(parts[1], tallest)) return parts;
            }
            return null;
        }

        private static boolean holdsTwo(Renderer.Item part, PlacedCell tallest) {
            for (PlacedCell pc : ((GroupItem) part).cells) {
                if (pc.col == tallest.col && pc.lines.size() < 2) return false;
            }
            return true;
        }

        /** A one-row group taller than the room is cut between lines of its cells; a taller group between rows. */
        public Renderer.Item[] split(float room) {
            if (rowHeights.length > 1) return splitRows(room);
            Renderer.Item[] nice = splitLines(room);
            return nice != null ? nice : cutLines(room);
        }

        private Renderer.Item[] cutLines(float room) {
            float avail = room - 2 * PAD_Y;
            List<PlacedCell> a = new ArrayList<>(), b = new ArrayList<>();
            float ha = 0, hb = 0;
            boolean any = false;
            for (PlacedCell pc : cells) {
                float h = 0;
                int k = 0;
                while (k < pc.lines.size() && h + pc.lines.get(k).height() <= avail) h += pc.lines.get(k++).height();
                if (k > 0) any = true;
                List<CellLine> first = pc.lines.subList(0, k), rest = pc.lines.subList(k, pc.lines.size());
                a.add(new PlacedCell(pc.cell, 0, pc.col, 1, pc.colSpan, List.copyOf(first)));
                b.add(new PlacedCell(pc.cell, 0, pc.col, 1, pc.colSpan, List.copyOf(rest)));
                ha = Math.max(ha, h);
                float hr = 0;
                for (CellLine cl : rest) hr += cl.height();
                hb = Math.max(hb, hr);
            }
            if (!any) return null;
            return new Renderer.Item[]{
                    new GroupItem(a, new float[]{Math.min(room, ha + 2 * PAD_Y)}, colX, header),
                    new GroupItem(b, new float[]{hb + 2 * PAD_Y}, colX, header)};
        }
    }
}
