package org.itagen.render.docx;

import org.itagen.doc.Align;
import org.itagen.doc.Layout;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Table;
import org.itagen.render.TableFlow;
import org.itagen.render.TableWidths;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tables as WordprocessingML text: fixed layout with the PDF writer's column widths (tables sized
 * by content are measured in the PDF's font by {@link TableWidths}, so Word and LibreOffice lay
 * them out as the PDF does), header rows that repeat on every page and stay with the first body
 * row, rows that do not split, rows joined by a row span kept on one page, spans as gridSpan and
 * vMerge. Borders and margins are set on the table as well as in its style: LibreOffice reads
 * table styles only partly, and direct properties look the same in both programs.
 */
final class DocxTables {
    static final String BORDERS = "<w:tblBorders>"
            + border("top") + border("left") + border("bottom") + border("right")
            + border("insideH") + border("insideV") + "</w:tblBorders>";
    /** The PDF's cell padding ({@link Layout#CELL_PAD_X_PT} either side, {@link Layout#CELL_PAD_Y_PT} above and below). */
    static final String CELL_MARGINS = "<w:tblCellMar>" + margin("top", Layout.CELL_PAD_Y_PT) + margin("left", Layout.CELL_PAD_X_PT)
            + margin("bottom", Layout.CELL_PAD_Y_PT) + margin("right", Layout.CELL_PAD_X_PT) + "</w:tblCellMar>";
    /** Cell paragraphs: direct spacing, because a table style's paragraph spacing loses to the Normal style in Word. */
    private static final String TIGHT_P = "<w:p><w:pPr><w:pStyle w:val=\"" + DocxStyles.NORMAL
            + "\"/><w:spacing w:after=\"0\" w:before=\"0\"/>";
    /** The same, kept with the next row: header rows, and rows joined to the next by a row span (as the PDF keeps them). */
    private static final String TIGHT_P_KEEP = "<w:p><w:pPr><w:pStyle w:val=\"" + DocxStyles.NORMAL
            + "\"/><w:keepNext/><w:spacing w:after=\"0\" w:before=\"0\"/>";

    private final DocxRuns runs;
    private final PageSetup page;
    private final int textWidthTwips;
    private final Supplier<TableWidths.Measure> measure;
    private final Consumer<String> log;
    private TableWidths.Measure measured;
    /** The opening of the current row's paragraphs (with or without keep-with-next). */
    private String cellP = TIGHT_P;

    /**
     * @param measure the PDF writer's text widths, asked for on the first table (documents without
     *                tables never resolve a font)
     */
    DocxTables(DocxRuns runs, PageSetup page, int textWidthTwips, Supplier<TableWidths.Measure> measure, Consumer<String> log) {
        this.runs = runs;
        this.page = page;
        this.textWidthTwips = textWidthTwips;
        this.measure = measure;
        this.log = log;
    }

    private static String border(String side) {
        // The PDF's rule width, in eighths of a point (0.6 pt: 5).
        return "<w:" + side + " w:val=\"single\" w:sz=\"" + Math.round(Layout.RULE_PT * 8) + "\" w:space=\"0\" w:color=\""
                + Layout.hex(Layout.RULE_RGB) + "\"/>";
    }

    private static String margin(String side, float pt) {
        return "<w:" + side + " w:w=\"" + DocxBody.twips(pt) + "\" w:type=\"dxa\"/>";
    }

    void write(StringBuilder b, Table t) {
        int[] widths = columnTwips(t);
        int total = 0;
        for (int w : widths) total += w;
        b.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(DocxStyles.TABLE).append("\"/>")
                .append("<w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/>")
                .append("<w:tblInd w:w=\"0\" w:type=\"dxa\"/>").append(BORDERS)
                .append("<w:tblLayout w:type=\"fixed\"/>").append(CELL_MARGINS)
                .append("<w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) b.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        b.append("</w:tblGrid>");
        float size = t.sizePt() > 0 ? t.sizePt() : 0;
        rows(b, t.headerRows(), true, widths, size, false);
        rows(b, t.bodyRows(), false, widths, size, TableFlow.closesWithTotals(t));
        b.append("</w:tbl>");
    }

    /** The table's column widths in twips, summing exactly to the text width. */
    int[] columnTwips(Table t) {
        if (measured == null) measured = measure.get();
        double[] pt = TableWidths.of(t, page.bodySizePt(), page.digits(), textWidthTwips / 20.0, measured).widths();
        return twips(pt, textWidthTwips);
    }

    /**
     * Widths in points to whole twips summing exactly to {@code textWidth}: each column rounded
     * from the running total, so no column is off by more than one twip.
     */
    static int[] twips(double[] pt, int textWidth) {
        double sum = 0;
        for (double w : pt) sum += w;
        int[] out = new int[pt.length];
        double acc = 0;
        int used = 0;
        for (int i = 0; i < out.length; i++) {
            acc += pt[i];
            int edge = i == out.length - 1 ? textWidth : (int) Math.round(textWidth * acc / sum);
            out[i] = edge - used;
            used = edge;
        }
        return out;
    }

    /**
     * One group of rows (header or body; spans stay inside a group). Cells covered by a row
     * span from above are written as vMerge continuation cells with the origin's width; short
     * rows are padded so that every row fills the grid, which Word requires.
     */
    private void rows(StringBuilder b, List<Table.Row> rows, boolean header, int[] widths, float size, boolean totals) {
        int n = widths.length;
        int[] remaining = new int[n];
        Table.Cell[] origin = new Table.Cell[n];
        int[] originSpan = new int[n];
        boolean[] keep = keepWithNext(rows, header, totals);
        for (int ri = 0; ri < rows.size(); ri++) {
            Table.Row row = rows.get(ri);
            cellP = keep[ri] ? TIGHT_P_KEEP : TIGHT_P;
            b.append("<w:tr><w:trPr><w:cantSplit w:val=\"on\"/>");
            if (header) b.append("<w:tblHeader w:val=\"on\"/>");
            b.append("</w:trPr>");
            int col = 0;
            for (Table.Cell cell : row.cells()) {
                col = continuations(b, col, remaining, origin, originSpan, widths);
                if (col >= n) {
                    log.accept("docx: a table row has more cells than columns; extra cells dropped");
                    break;
                }
                int span = Math.min(cell.colSpan(), n - col);
                cellPr(b, cell, col, span, widths, cell.rowSpan() > 1 ? "<w:vMerge w:val=\"restart\"/>" : "");
                if (cell.rowSpan() > 1) {
                    remaining[col] = cell.rowSpan() - 1;
                    origin[col] = cell;
                    originSpan[col] = span;
                }
                content(b, cell, size);
                col += span;
            }
            col = continuations(b, col, remaining, origin, originSpan, widths);
            while (col < n) {
                cellPr(b, Table.Cell.empty(), col, 1, widths, "");
                content(b, Table.Cell.empty(), size);
                col = continuations(b, col + 1, remaining, origin, originSpan, widths);
            }
            b.append("</w:tr>");
        }
    }

    /**
     * Which rows keep with the next, as the PDF pages them ({@link TableFlow}): every header row
     * (the header stays with the first body rows), every row a row span joins to the next (the
     * group moves whole), and the last row of each group {@link TableFlow#keepGroups} keeps with
     * the next group (header and two rows, the last two rows, totals with the two rows before).
     */
    static boolean[] keepWithNext(List<Table.Row> rows, boolean header, boolean totals) {
        int n = rows.size();
        boolean[] keep = new boolean[n];
        if (header) {
            java.util.Arrays.fill(keep, true);
            return keep;
        }
        int[] group = TableFlow.groupOfRow(rows);
        boolean[] groups = TableFlow.keepGroups(TableFlow.rowsPerGroup(group), totals);
        for (int ri = 0; ri < n; ri++) keep[ri] = ri + 1 < n && group[ri + 1] == group[ri] || groups[group[ri]];
        return keep;
    }

    private int continuations(StringBuilder b, int col, int[] remaining, Table.Cell[] origin, int[] originSpan, int[] widths) {
        while (col < widths.length && remaining[col] > 0) {
            cellPr(b, origin[col], col, originSpan[col], widths, "<w:vMerge/>"); // no value: continue the merge above
            remaining[col]--;
            b.append(cellP).append("</w:pPr></w:p></w:tc>");
            col += originSpan[col];
        }
        return col;
    }

    /** Opens a cell and writes its properties in schema order. */
    private static void cellPr(StringBuilder b, Table.Cell cell, int col, int span, int[] widths, String vMerge) {
        int w = 0;
        for (int i = col; i < col + span; i++) w += widths[i];
        b.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(w).append("\" w:type=\"dxa\"/>");
        if (span > 1) b.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        b.append(vMerge);
        if (cell.shade() != null) {
            DocxXml.attr(b.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""), cell.shade().toUpperCase(Locale.ROOT)).append("\"/>");
        }
        b.append("<w:vAlign w:val=\"").append(switch (cell.vAlign()) {
            case TOP -> "top";
            case MIDDLE -> "center";
            case BOTTOM -> "bottom";
        }).append("\"/></w:tcPr>");
    }

    /** Cell paragraphs and the closing tag. */
    private void content(StringBuilder b, Table.Cell cell, float tableSize) {
        List<Paragraph> paras = cell.paragraphs();
        if (paras.isEmpty()) {
            b.append(cellP).append("</w:pPr></w:p></w:tc>");
            return;
        }
        for (Paragraph para : paras) {
            b.append(cellP);
            DocxBody.firstLineIndent(b, para.firstIndentCm());
            // The cell's alignment applies unless the paragraph asks for its own.
            Align a = para.align() != Align.LEFT ? para.align() : cell.align();
            b.append("<w:jc w:val=\"").append(DocxBody.jc(a)).append("\"/></w:pPr>");
            runs.runs(b, para.runs(), para.sizePt() > 0 ? para.sizePt() : tableSize);
            b.append("</w:p>");
        }
        b.append("</w:tc>");
    }
}
