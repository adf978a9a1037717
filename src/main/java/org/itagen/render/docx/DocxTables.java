package org.itagen.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.itagen.doc.Align;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.math.BigInteger;
import java.util.List;

/**
 * Tables: fixed layout with the model's column widths scaled to the text width, header rows
 * that repeat on every page, rows that do not split, spans as gridSpan and vMerge.
 */
final class DocxTables {
    static final String BORDERS = "<w:tblBorders>"
            + border("top") + border("left") + border("bottom") + border("right")
            + border("insideH") + border("insideV") + "</w:tblBorders>";
    /** The PDF writer's cell padding: 4 pt either side, 2.5 pt above and below (in twips). */
    static final String CELL_MARGINS = "<w:tblCellMar><w:top w:w=\"50\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"50\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>";

    private final DocxBuild build;

    DocxTables(DocxBuild build) {
        this.build = build;
    }

    private static String border(String side) {
        // 5/8 pt, the PDF's 0.6 pt rule.
        return "<w:" + side + " w:val=\"single\" w:sz=\"5\" w:space=\"0\" w:color=\"000000\"/>";
    }

    void write(Table t) throws XmlException {
        int[] widths = columnTwips(t.columnWidths(), build.textWidthTwips());
        int total = 0;
        for (int w : widths) total += w;
        XWPFTable xt = build.xwpf().createTable();
        xt.removeRow(0);
        // Borders and margins are set on the table as well as in its style: LibreOffice reads
        // table styles only partly, and direct properties look the same in both programs.
        xt.getCTTbl().setTblPr(CTTblPr.Factory.parse("<w:tblPr xmlns:w=\"" + DocxStyles.W_NS + "\">"
                + "<w:tblStyle w:val=\"" + DocxStyles.TABLE + "\"/>"
                + "<w:tblW w:w=\"" + total + "\" w:type=\"dxa\"/>"
                + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/>" + BORDERS
                + "<w:tblLayout w:type=\"fixed\"/>" + CELL_MARGINS
                + "<w:tblLook w:val=\"04A0\"/></w:tblPr>", DocxStyles.INNER));
        StringBuilder grid = new StringBuilder("<w:tblGrid xmlns:w=\"" + DocxStyles.W_NS + "\">");
        for (int w : widths) grid.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        xt.getCTTbl().setTblGrid(CTTblGrid.Factory.parse(grid.append("</w:tblGrid>").toString(), DocxStyles.INNER));

        float size = t.sizePt() > 0 ? t.sizePt() : 0;
        rows(xt, t.headerRows(), true, widths, size);
        rows(xt, t.bodyRows(), false, widths, size);
    }

    /** Relative widths to twips summing exactly to the text width. */
    static int[] columnTwips(List<Double> rel, int textWidth) {
        double sum = 0;
        for (double w : rel) sum += w;
        int[] out = new int[rel.size()];
        int used = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Math.round(textWidth * rel.get(i) / sum);
            used += out[i];
        }
        out[out.length - 1] += textWidth - used;
        return out;
    }

    /**
     * One group of rows (header or body; spans stay inside a group). Cells covered by a row
     * span from above are written as vMerge continuation cells with the origin's width.
     */
    private void rows(XWPFTable xt, List<Table.Row> rows, boolean header, int[] widths, float size) {
        int n = widths.length;
        int[] remaining = new int[n];
        Table.Cell[] origin = new Table.Cell[n];
        int[] originSpan = new int[n];
        for (Table.Row row : rows) {
            XWPFTableRow xr = xt.insertNewTableRow(xt.getNumberOfRows());
            xr.setCantSplitRow(true);
            if (header) xr.setRepeatHeader(true);
            int col = 0;
            for (Table.Cell cell : row.cells()) {
                col = continuations(xr, col, remaining, origin, originSpan, widths);
                if (col >= n) {
                    build.options().log().accept("docx: a table row has more cells than columns; extra cells dropped");
                    break;
                }
                int span = Math.min(cell.colSpan(), n - col);
                XWPFTableCell xc = cell(xr, cell, col, span, widths);
                if (cell.rowSpan() > 1) {
                    xc.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                    remaining[col] = cell.rowSpan() - 1;
                    origin[col] = cell;
                    originSpan[col] = span;
                }
                content(xc, cell, size);
                col += span;
            }
            col = continuations(xr, col, remaining, origin, originSpan, widths);
            while (col < n) {
                // A short row: pad so that every row fills the grid, which Word requires.
                XWPFTableCell pad = cell(xr, Table.Cell.empty(), col, 1, widths);
                content(pad, Table.Cell.empty(), size);
                col = continuations(xr, col + 1, remaining, origin, originSpan, widths);
            }
        }
    }

    private int continuations(XWPFTableRow xr, int col, int[] remaining, Table.Cell[] origin, int[] originSpan, int[] widths) {
        while (col < widths.length && remaining[col] > 0) {
            XWPFTableCell xc = cell(xr, origin[col], col, originSpan[col], widths);
            xc.getCTTc().getTcPr().addNewVMerge(); // no value: continue the merge above
            remaining[col]--;
            emptyParagraph(xc);
            col += originSpan[col];
        }
        return col;
    }

    private XWPFTableCell cell(XWPFTableRow xr, Table.Cell cell, int col, int span, int[] widths) {
        XWPFTableCell xc = xr.createCell();
        CTTcPr pr = xc.getCTTc().isSetTcPr() ? xc.getCTTc().getTcPr() : xc.getCTTc().addNewTcPr();
        int w = 0;
        for (int i = col; i < col + span; i++) w += widths[i];
        CTTblWidth tcW = pr.addNewTcW();
        tcW.setW(BigInteger.valueOf(w));
        tcW.setType(STTblWidth.DXA);
        if (span > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        if (cell.shade() != null) {
            CTShd shd = pr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(cell.shade().toUpperCase(java.util.Locale.ROOT));
        }
        pr.addNewVAlign().setVal(switch (cell.vAlign()) {
            case TOP -> STVerticalJc.TOP;
            case MIDDLE -> STVerticalJc.CENTER;
            case BOTTOM -> STVerticalJc.BOTTOM;
        });
        return xc;
    }

    private void content(XWPFTableCell xc, Table.Cell cell, float tableSize) {
        List<Paragraph> paras = cell.paragraphs();
        if (paras.isEmpty()) {
            emptyParagraph(xc);
            return;
        }
        for (int i = 0; i < paras.size(); i++) {
            Paragraph para = paras.get(i);
            XWPFParagraph p = i == 0 ? xc.getParagraphs().getFirst() : xc.addParagraph();
            tight(p);
            // The cell's alignment applies unless the paragraph asks for its own.
            Align a = para.align() != Align.LEFT ? para.align() : cell.align();
            p.setAlignment(DocxBuild.alignment(a));
            if (para.firstIndentCm() != 0) p.setIndentationFirstLine(DocxStyles.twips(para.firstIndentCm()));
            build.runs(p, para.runs(), build.size(para.sizePt(), tableSize));
        }
    }

    private static void emptyParagraph(XWPFTableCell xc) {
        tight(xc.getParagraphs().getFirst());
    }

    /** Direct spacing: a table style's paragraph spacing loses to the Normal style in Word. */
    private static void tight(XWPFParagraph p) {
        p.setStyle(DocxStyles.NORMAL);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
    }
}
