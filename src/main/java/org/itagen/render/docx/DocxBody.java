package org.itagen.render.docx;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.xmlbeans.XmlException;
import org.itagen.ItagenException;
import org.itagen.doc.Align;
import org.itagen.doc.BarChart;
import org.itagen.doc.Block;
import org.itagen.doc.Heading;
import org.itagen.doc.Image;
import org.itagen.doc.Layout;
import org.itagen.doc.ListBlock;
import org.itagen.doc.PageBreak;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Table;
import org.itagen.render.pdf.TextMeasure;
import org.itagen.thai.ThaiDates;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The document body as WordprocessingML text, built directly as pandoc's docx writer does: every
 * block has this one way of being written. POI only makes the parts the body points at (picture,
 * chart, hyperlink relationships, list definitions); {@link DocxBuild} puts the text into the
 * saved main part.
 */
final class DocxBody {
    private static final int EMU_PER_CM = 360_000;
    /** Space after a picture or chart paragraph, in twips (6 pt). */
    private static final int FIGURE_AFTER = 120;

    private final DocxBuild build;
    private final DocxRuns runs;
    private final DocxTables tables;
    private final Charts charts;
    private final PageSetup page;
    private final DocxWriter.Options opts;
    private final List<Block> blocks;
    private final StringBuilder b = new StringBuilder(64 * 1024);
    private boolean pendingPageBreak;
    private boolean tocWritten;
    /** Drawing ids, unique from 1 in document order (Word treats duplicates as unreadable content). */
    private int drawings;
    private int pictures;

    /** Makes a chart's parts and returns its relationship id ({@link DocxChart}; the test's POI reference). */
    interface Charts {
        String create(BarChart c, int cx, int cy) throws IOException, InvalidFormatException, XmlException;
    }

    DocxBody(DocxBuild build, DocxRuns runs, List<Block> blocks) {
        this.build = build;
        this.runs = runs;
        this.page = build.page();
        this.opts = build.options();
        this.blocks = blocks;
        this.tables = new DocxTables(runs, page, build.textWidthTwips(), () -> TextMeasure.forPage(page), opts.log());
        this.charts = build.charts(runs);
    }

    /** Writes every block and returns the body's XML (without the section properties). */
    String write() throws IOException, InvalidFormatException, XmlException {
        for (Block block : blocks) block(block);
        // A page break at the very end: a paragraph that holds it.
        if (pendingPageBreak) pageBreakParagraph();
        if (opts.tableOfContents() && !tocWritten) opts.log().accept("docx: no section heading, so no table of contents");
        return b.toString();
    }

    private void block(Block block) throws IOException, InvalidFormatException, XmlException {
        switch (block) {
            case Heading h -> heading(h);
            case Paragraph p -> paragraph(p);
            case ListBlock l -> list(l);
            case Table t -> {
                if (t.caption() != null && !t.caption().isBlank()) {
                    open(DocxStyles.CAPTION);
                    b.append("</w:pPr>");
                    // The caption is bold from its style and as large as the table's text.
                    runs.textRun(b, ThaiDates.keepTogether(runs.localize(t.caption())), t.sizePt());
                    b.append("</w:p>");
                } else if (pendingPageBreak) {
                    // A table cannot carry "page break before"; an empty paragraph holds the break.
                    pageBreakParagraph();
                }
                tables.write(b, t);
            }
            case BarChart c -> {
                // The full text width; as high as its rows of horizontal bars need.
                int cx = build.textWidthTwips() * 635; // 1 twip = 635 EMU
                int cy = DocxChart.heightEmu(c, EMU_PER_CM);
                String rel = charts.create(c, cx, cy);
                // Named as POI names charts: by the number of drawings before it.
                figure(Align.CENTER, cx, cy, "chart " + drawings, null,
                        "<a:graphicData uri=\"" + DocxXml.C_NS + "\"><c:chart r:id=\"" + rel + "\" xmlns:c=\"" + DocxXml.C_NS + "\"/></a:graphicData>");
            }
            case Image img -> image(img);
            case org.itagen.doc.Signature sig -> signature(sig);
            case PageBreak pb -> pendingPageBreak = true;
        }
    }

    /**
     * Opens a paragraph with its style; a preceding page break becomes its "page break before",
     * so that the new page does not start with an empty line. The caller closes w:pPr.
     */
    private void open(String style) {
        b.append("<w:p><w:pPr>");
        if (style != null) b.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        if (pendingPageBreak) {
            b.append("<w:pageBreakBefore w:val=\"on\"/>");
            pendingPageBreak = false;
        }
    }

    /** A paragraph holding only a page break (before a table without caption, or at the end). */
    private void pageBreakParagraph() {
        b.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        pendingPageBreak = false;
    }

    private void heading(Heading h) {
        if (h.level() >= 1 && opts.tableOfContents() && !tocWritten) tableOfContents();
        open(DocxStyles.headingId(h.level()));
        b.append("</w:pPr>");
        // Size and font come from the heading style so that restyling Heading 1 restyles every heading.
        runs.runs(b, h.runs(), 0, false);
        b.append("</w:p>");
    }

    private void paragraph(Paragraph p) {
        open(DocxStyles.NORMAL);
        float size = p.sizePt() > 0 ? p.sizePt() : page.bodySizePt();
        b.append("<w:spacing w:after=\"").append(twips(Layout.paragraphGapAfterPt(size))).append("\"/>");
        firstLineIndent(b, p.firstIndentCm());
        b.append("<w:jc w:val=\"").append(jc(p.align())).append("\"/></w:pPr>");
        runs.runs(b, p.runs(), p.sizePt());
        b.append("</w:p>");
    }

    /** A first-line indent; a negative one (the first line further left) is a hanging indent in Word. */
    static void firstLineIndent(StringBuilder b, double cm) {
        if (cm > 0) b.append("<w:ind w:firstLine=\"").append(DocxStyles.twips(cm)).append("\"/>");
        else if (cm < 0) b.append("<w:ind w:hanging=\"").append(DocxStyles.twips(-cm)).append("\"/>");
    }

    /** Points to twips, rounded as Word stores them. */
    static int twips(float pt) {
        return Math.round(pt * 20);
    }

    /**
     * w:jc values. Justified text is Word's Thai distributed alignment ("กระจายแบบไทย"), as the
     * PDF sets it: full lines spread between words and letters, the last line flush left.
     */
    static String jc(Align a) {
        return switch (a) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "thaiDistribute";
        };
    }

    // ----- lists -----

    private void list(ListBlock l) throws XmlException {
        List<ListBlock.Kind> kinds = new ArrayList<>();
        kindsByLevel(l, 0, kinds);
        int numId = build.newList(kinds);
        int lastPPrEnd = items(l, numId, 0, -1);
        // The gap after a whole list (items themselves sit tight, as in the PDF): into the last item's properties.
        if (lastPPrEnd >= 0) {
            b.insert(lastPPrEnd, "<w:spacing w:after=\"" + twips(Layout.listGapAfterPt(page.bodySizePt())) + "\"/>");
        }
    }

    private static void kindsByLevel(ListBlock l, int level, List<ListBlock.Kind> kinds) {
        if (kinds.size() == level) kinds.add(l.kind());
        for (ListBlock.ListItem item : l.items()) {
            if (item.children() != null) kindsByLevel(item.children(), level + 1, kinds);
        }
    }

    /** List items; returns where the last item's properties end (for its spacing). */
    private int items(ListBlock l, int numId, int level, int lastPPrEnd) {
        for (ListBlock.ListItem item : l.items()) {
            open(DocxStyles.LIST_PARAGRAPH);
            b.append("<w:numPr><w:ilvl w:val=\"").append(level).append("\"/><w:numId w:val=\"").append(numId).append("\"/></w:numPr>");
            lastPPrEnd = b.length();
            b.append("</w:pPr>");
            runs.runs(b, item.runs(), 0);
            b.append("</w:p>");
            if (item.children() != null) lastPPrEnd = items(item.children(), numId, level + 1, lastPPrEnd);
        }
        return lastPPrEnd;
    }

    // ----- pictures and charts -----

    /**
     * The signature block: every paragraph indented to the right half of the text width and
     * centred there (as the PDF sets it), each kept with the next so the block stays on one page.
     */
    private void signature(org.itagen.doc.Signature sig) throws InvalidFormatException {
        int left = (int) Math.round(build.textWidthTwips() * org.itagen.doc.Signature.COLUMN_START);
        int before = twips(Layout.signatureGapBeforePt(page.bodySizePt()));
        if (sig.image() != null) {
            image(sig.image().withAlign(Align.CENTER), left, true, before);
            before = 0;
        }
        for (int i = 0; i < sig.lines().size(); i++) {
            boolean last = i == sig.lines().size() - 1;
            b.append("<w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.NORMAL).append("\"/>");
            if (!last) b.append("<w:keepNext/>");
            if (pendingPageBreak) {
                b.append("<w:pageBreakBefore w:val=\"on\"/>");
                pendingPageBreak = false;
            }
            b.append("<w:spacing w:before=\"").append(before).append("\" w:after=\"0\"/>")
                    .append("<w:ind w:left=\"").append(left).append("\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr>");
            runs.runs(b, List.of(org.itagen.doc.Run.plain(sig.lines().get(i))), 0);
            b.append("</w:p>");
            before = 0;
        }
    }

    private void image(Image img) throws InvalidFormatException {
        image(img, 0, false, -1);
    }

    private void image(Image img, int indentLeft, boolean keepNext, int spaceBefore) throws InvalidFormatException {
        byte[] data = img.data();
        PictureType type = pictureType(data);
        BufferedImage bi;
        try {
            bi = ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException e) {
            bi = null;
        }
        if (type == null || bi == null) {
            throw ItagenException.input("\"" + img.altText() + "\"", org.itagen.Msg.of("error.IMAGE_NOT_PICTURE"));
        }
        String rel = build.addPicture(data, type);
        // Never wider than the text (or the signature's half of it), as the PDF writer draws it.
        long cx = Math.min(Math.round(img.widthCm() * EMU_PER_CM), (long) (build.textWidthTwips() - indentLeft) * 635);
        long cy = Math.round((double) cx * bi.getHeight() / bi.getWidth());
        StringBuilder g = new StringBuilder(1024);
        g.append("<a:graphicData uri=\"").append(DocxXml.PIC_NS).append("\"><pic:pic xmlns:pic=\"").append(DocxXml.PIC_NS).append("\">")
                .append("<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Picture 0\" descr=\"");
        // The alt text in the picture's own description too: screen readers read either.
        DocxXml.attr(g, img.altText()).append("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr>")
                .append("<pic:blipFill><a:blip r:embed=\"").append(rel).append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
                .append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(cx).append("\" cy=\"").append(cy).append("\"/></a:xfrm>")
                .append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>");
        figure(img.align(), cx, cy, "Picture " + (++pictures), img.altText(), g.toString(), indentLeft, keepNext, spaceBefore);
    }

    private static PictureType pictureType(byte[] d) {
        if (d.length > 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') return PictureType.PNG;
        if (d.length > 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8) return PictureType.JPEG;
        return null;
    }

    /** A paragraph holding one inline drawing of cx by cy EMU. */
    private void figure(Align align, long cx, long cy, String name, String descr, String graphicData) {
        figure(align, cx, cy, name, descr, graphicData, 0, false, -1);
    }

    /** As above, indented {@code indentLeft} twips, kept with the next paragraph, with space before (-1: none given). */
    private void figure(Align align, long cx, long cy, String name, String descr, String graphicData,
                        int indentLeft, boolean keepNext, int spaceBefore) {
        build.usesDrawings();
        b.append("<w:p><w:pPr>");
        if (keepNext) b.append("<w:keepNext/>");
        if (pendingPageBreak) {
            b.append("<w:pageBreakBefore w:val=\"on\"/>");
            pendingPageBreak = false;
        }
        b.append("<w:spacing");
        if (spaceBefore >= 0) b.append(" w:before=\"").append(spaceBefore).append('"');
        b.append(" w:after=\"").append(keepNext ? FIGURE_AFTER / 2 : FIGURE_AFTER).append("\"/>");
        if (indentLeft > 0) b.append("<w:ind w:left=\"").append(indentLeft).append("\" w:firstLine=\"0\"/>");
        b.append("<w:jc w:val=\"").append(jc(align)).append("\"/></w:pPr>")
                .append("<w:r><w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\">")
                .append("<wp:extent cx=\"").append(cx).append("\" cy=\"").append(cy).append("\"/>")
                .append("<wp:docPr id=\"").append(++drawings).append("\" name=\"");
        DocxXml.attr(b, name).append('"');
        if (descr != null) DocxXml.attr(b.append(" descr=\""), descr).append('"');
        b.append("/><a:graphic xmlns:a=\"").append(DocxXml.A_NS).append("\">").append(graphicData)
                .append("</a:graphic></wp:inline></w:drawing></w:r></w:p>");
    }

    // ----- table of contents -----

    /**
     * A TOC field. Its cached result already lists the headings (without page numbers) so the
     * document reads right before anyone updates fields; Word is asked to update on open.
     */
    private void tableOfContents() {
        tocWritten = true;
        open(DocxStyles.TOC_HEADING);
        b.append("</w:pPr>");
        runs.textRun(b, runs.localize(opts.tocTitle()), true, 0, false);
        b.append("</w:p>");
        List<Heading> entries = new ArrayList<>();
        for (Block block : blocks) if (block instanceof Heading h && h.level() >= 1) entries.add(h);
        b.append("<w:p><w:pPr><w:pStyle w:val=\"").append(entries.isEmpty() ? DocxStyles.NORMAL : "TOC" + entries.getFirst().level())
                .append("\"/></w:pPr>");
        runs.fieldChar(b, "begin");
        runs.instr(b, " TOC \\o \"1-3\" \\h \\z \\u ");
        runs.fieldChar(b, "separate");
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) b.append("</w:p><w:p><w:pPr><w:pStyle w:val=\"TOC").append(entries.get(i).level()).append("\"/></w:pPr>");
            runs.textRun(b, runs.localize(entries.get(i).text()), 0);
        }
        runs.fieldChar(b, "end");
        b.append("</w:p>");
        build.updateFieldsOnOpen();
    }
}
