package org.itagen.render.docx;

import org.itagen.doc.Digits;
import org.itagen.doc.Layout;
import org.itagen.doc.ListBlock;
import org.itagen.doc.PageSetup;

import java.util.List;

/**
 * The style sheet and list definitions as WordprocessingML text. Written as XML rather than
 * through POI's typed setters because the order of elements is fixed by the schema and Word
 * refuses files that break it; text keeps that order visible in one place.
 *
 * <p>Every style that carries run properties sets the Thai font for all four font slots and
 * the complex-script size and language too: Word shapes Thai with the cs font and szCs size, so
 * a style that sets only the Latin ones shows Thai in a fallback font at 11 pt.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String NORMAL = "Normal";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String CAPTION = "Caption";
    static final String TABLE = "ItagenTable";
    static final String HYPERLINK = "Hyperlink";
    static final String TOC_HEADING = "TOCHeading";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";

    /**
     * Parse options for a type's XML given with its own element around it: without them XmlBeans
     * keeps that element as a child, nesting e.g. w:styles inside w:styles.
     */
    static final org.apache.xmlbeans.XmlOptions INNER = new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null);

    /** Twips per centimetre (1440 per inch). */
    static final double TWIPS_PER_CM = 1440 / 2.54;

    private final PageSetup page;
    private final DocxRunProps runProps;

    DocxStyles(PageSetup page, String language) {
        this.page = page;
        this.runProps = new DocxRunProps(page.fontFamily(), language);
    }

    static String headingId(int level) {
        return level == 0 ? TITLE : "Heading" + level;
    }

    /** Half-points, the unit of w:sz. */
    static int halfPoints(float pt) {
        return Math.round(pt * 2);
    }

    static int twips(double cm) {
        return (int) Math.round(cm * TWIPS_PER_CM);
    }

    float headingSize(int level) {
        return Layout.headingSizePt(page.bodySizePt(), level);
    }

    /**
     * Line spacing in 240ths of a line. The model's line spacing is a multiple of the font size
     * and its default 1.25 is what a Thai font's own line height already is, so Word's "single"
     * (which follows the font's ascent and descent and so never clips stacked marks) matches it.
     */
    int lineTwips() {
        return (int) Math.round(240 * page.lineSpacing() / 1.25);
    }

    /** Run properties with the Thai font in all slots, size in both w:sz and w:szCs, and the language. */
    String rPr(boolean bold, boolean italic, float sizePt) {
        StringBuilder b = new StringBuilder(320);
        runProps.append(b, bold, italic, sizePt, false, true);
        return b.toString();
    }

    /** The whole styles part. */
    String stylesXml() {
        StringBuilder sb = new StringBuilder();
        sb.append("<w:styles xmlns:w=\"").append(DocxXml.W_NS).append("\">");
        sb.append("<w:docDefaults><w:rPrDefault>").append(rPr(false, false, page.bodySizePt()))
                .append("</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"")
                .append(lineTwips()).append("\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        for (String style : styleList()) sb.append(style);
        sb.append("</w:styles>");
        return sb.toString();
    }

    /** Each style as one w:style element, for a new style sheet or to add to a reference's. */
    List<String> styleList() {
        String ns = " xmlns:w=\"" + DocxXml.W_NS + "\"";
        float body = page.bodySizePt();
        return List.of(
                "<w:style" + ns + " w:type=\"paragraph\" w:default=\"1\" w:styleId=\"" + NORMAL + "\"><w:name w:val=\"Normal\"/><w:qFormat/>"
                        + "<w:pPr><w:spacing w:after=\"0\" w:line=\"" + lineTwips() + "\" w:lineRule=\"auto\"/></w:pPr>"
                        + rPr(false, false, body) + "</w:style>",
                "<w:style" + ns + " w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                        + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>",
                heading(0), heading(1), heading(2), heading(3),
                "<w:style" + ns + " w:type=\"paragraph\" w:styleId=\"" + LIST_PARAGRAPH + "\"><w:name w:val=\"List Paragraph\"/>"
                        + "<w:basedOn w:val=\"" + NORMAL + "\"/><w:uiPriority w:val=\"34\"/><w:qFormat/>"
                        + "<w:pPr><w:ind w:left=\"720\"/><w:contextualSpacing/></w:pPr>" + rPr(false, false, body) + "</w:style>",
                "<w:style" + ns + " w:type=\"paragraph\" w:styleId=\"" + CAPTION + "\"><w:name w:val=\"caption\"/>"
                        + "<w:basedOn w:val=\"" + NORMAL + "\"/><w:next w:val=\"" + NORMAL + "\"/><w:uiPriority w:val=\"35\"/><w:qFormat/>"
                        + "<w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/></w:pPr>"
                        + rPr(true, false, body) + "</w:style>",
                "<w:style" + ns + " w:type=\"paragraph\" w:styleId=\"" + HEADER + "\"><w:name w:val=\"header\"/>"
                        + "<w:basedOn w:val=\"" + NORMAL + "\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
                        + "<w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4513\"/><w:tab w:val=\"right\" w:pos=\"9026\"/></w:tabs></w:pPr>"
                        + rPr(false, false, body) + "</w:style>",
                "<w:style" + ns + " w:type=\"paragraph\" w:styleId=\"" + FOOTER + "\"><w:name w:val=\"footer\"/>"
                        + "<w:basedOn w:val=\"" + NORMAL + "\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
                        + rPr(false, false, body) + "</w:style>",
                "<w:style" + ns + " w:type=\"character\" w:styleId=\"" + HYPERLINK + "\"><w:name w:val=\"Hyperlink\"/>"
                        + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
                        + "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>",
                "<w:style" + ns + " w:type=\"paragraph\" w:styleId=\"" + TOC_HEADING + "\"><w:name w:val=\"TOC Heading\"/>"
                        + "<w:basedOn w:val=\"" + NORMAL + "\"/><w:next w:val=\"" + NORMAL + "\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/><w:qFormat/>"
                        + "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/></w:pPr>"
                        + rPr(true, false, headingSize(1)) + "</w:style>",
                toc(1), toc(2), toc(3),
                "<w:style" + ns + " w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                        + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
                        + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                        + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
                        + "</w:tblCellMar></w:tblPr></w:style>",
                "<w:style" + ns + " w:type=\"table\" w:styleId=\"" + TABLE + "\"><w:name w:val=\"itagen Table\"/>"
                        + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>"
                        + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
                        + "<w:tblPr>" + DocxTables.BORDERS + DocxTables.CELL_MARGINS + "</w:tblPr></w:style>");
    }

    private String heading(int level) {
        String ns = " xmlns:w=\"" + DocxXml.W_NS + "\"";
        String name = level == 0 ? "Title" : "heading " + level;
        // outlineLvl puts headings into Word's navigation pane and the TOC; the Title stays out.
        String outline = level == 0 ? "" : "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>";
        // The PDF writer's gaps before and after.
        float size = headingSize(level);
        int before = DocxBody.twips(Layout.headingGapBeforePt(size, level));
        int after = DocxBody.twips(Layout.headingGapAfterPt(size));
        String spacing = "<w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\"/>";
        String jc = level == 0 ? "<w:jc w:val=\"center\"/>" : "";
        return "<w:style" + ns + " w:type=\"paragraph\" w:styleId=\"" + headingId(level) + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"" + NORMAL + "\"/><w:next w:val=\"" + NORMAL + "\"/>"
                + "<w:uiPriority w:val=\"" + (level == 0 ? 10 : 9) + "\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/>" + spacing + jc + outline + "</w:pPr>"
                + rPr(true, Layout.headingItalic(level), headingSize(level)) + "</w:style>";
    }

    private String toc(int level) {
        String ns = " xmlns:w=\"" + DocxXml.W_NS + "\"";
        return "<w:style" + ns + " w:type=\"paragraph\" w:styleId=\"TOC" + level + "\"><w:name w:val=\"toc " + level + "\"/>"
                + "<w:basedOn w:val=\"" + NORMAL + "\"/><w:next w:val=\"" + NORMAL + "\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/>"
                + "<w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + twips(page.textWidthCm()) + "\"/></w:tabs>"
                + "<w:ind w:left=\"" + (level - 1) * 440 + "\"/></w:pPr>"
                + rPr(false, false, page.bodySizePt()) + "</w:style>";
    }

    /**
     * One list definition. Each level takes its kind from the list at that depth; numbers are
     * Thai digits through the numbering format when the document uses Thai digits, so Word and
     * LibreOffice count in ๑ ๒ ๓ themselves.
     */
    String abstractNumXml(int abstractId, List<ListBlock.Kind> kindsByLevel) {
        StringBuilder sb = new StringBuilder();
        sb.append("<w:abstractNum xmlns:w=\"").append(DocxXml.W_NS).append("\" w:abstractNumId=\"").append(abstractId).append("\">")
                .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
        int step = twips(Layout.LIST_INDENT_CM);
        for (int lvl = 0; lvl < 9; lvl++) {
            ListBlock.Kind kind = kindsByLevel.get(Math.min(lvl, kindsByLevel.size() - 1));
            // Marker one indent step per level, text one step further, as in the PDF.
            int left = step * (lvl + 1);
            sb.append("<w:lvl w:ilvl=\"").append(lvl).append("\"><w:start w:val=\"1\"/>");
            if (kind == ListBlock.Kind.BULLET) {
                sb.append("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"").append(Layout.bullet(lvl)).append("\"/>");
            } else {
                String fmt = page.digits() == Digits.THAI ? "thaiNumbers" : "decimal";
                sb.append("<w:numFmt w:val=\"").append(fmt).append("\"/><w:lvlText w:val=\"%").append(lvl + 1).append(".\"/>");
            }
            sb.append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(left).append("\" w:hanging=\"").append(step).append("\"/></w:pPr>")
                    .append(rPr(false, false, page.bodySizePt())).append("</w:lvl>");
        }
        sb.append("</w:abstractNum>");
        return sb.toString();
    }
}
