package org.itagen.render.docx;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.itagen.ItagenException;
import org.itagen.doc.Align;
import org.itagen.doc.BarChart;
import org.itagen.doc.Block;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Image;
import org.itagen.doc.ListBlock;
import org.itagen.doc.PageBreak;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.thai.ThaiDigits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** One DOCX being written: all state of one {@link DocxWriter#render} call. */
final class DocxBuild {
    private static final int EMU_PER_CM = 360_000;

    private final Document doc;
    private final DocxWriter.Options opts;
    private final Instant time;
    private final PageSetup page;
    private final DocxStyles styles;
    private final String font;
    private final String lang;

    private XWPFDocument x;
    private XWPFNumbering numbering;
    private int nextAbstractNumId;
    private int nextNumId;
    private int textWidthTwips;
    /** With a reference DOCX, runs leave font and size to its styles. */
    private boolean directFonts = true;
    private boolean pendingPageBreak;
    private XWPFParagraph lastListParagraph;
    private boolean tocWritten;
    private int imageCount;
    private DocxTables tables;
    private DocxChart charts;
    private final List<org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps> drawings = new ArrayList<>();

    DocxBuild(Document doc, DocxWriter.Options opts, Instant time) {
        this.doc = doc;
        this.opts = opts;
        this.time = time;
        this.page = doc.page();
        this.lang = doc.metadata().language();
        this.styles = new DocxStyles(page, lang);
        this.font = page.fontFamily();
        this.rFontsXml = "<w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:eastAsia=\"" + font + "\" w:cs=\"" + font + "\"/>";
        this.langXml = "<w:lang w:val=\"" + lang + "\" w:bidi=\"" + lang + "\"/>";
    }

    private final String rFontsXml;
    private final String langXml;

    Instant fixedTime() {
        return time;
    }

    /** Puts the tables written as text into the saved main part (see {@link DocxTables#write}). */
    byte[] finishPart(String zipName, byte[] data) {
        return zipName.equals(mainPartName) ? splice(data) : data;
    }

    private boolean throughPoi;

    /** Tables written as XML text by the last {@link #build} (tests). */
    int tablesWrittenAsText() {
        return tables.writtenAsText();
    }

    /** Tests: build everything through POI, to compare with the text path. */
    DocxBuild throughPoi() {
        throughPoi = true;
        return this;
    }

    /** The main document part's zip entry name (a reference DOCX may name it otherwise). */
    private String mainPartName;

    byte[] build() {
        try {
            x = opts.referenceDocx() == null ? new XWPFDocument() : openReference();
            try (XWPFDocument closing = x) {
                setUpStyles();
                setUpNumbering();
                setUpSection();
                setUpSettings();
                tables = new DocxTables(this);
                if (throughPoi) tables.fast = false;
                textPath = !throughPoi && plainNames();
                mainPartName = x.getPackagePart().getPartName().getName().substring(1);
                charts = new DocxChart(this);
                for (Block b : doc.blocks()) block(b);
                if (pendingPageBreak) newParagraph().createRun().addBreak(BreakType.PAGE);
                flushBodyXml();
                if (opts.tableOfContents() && !tocWritten) opts.log().accept("docx: no section heading, so no table of contents");
                numberDrawings();
                coreProperties();
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                closing.write(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException | InvalidFormatException e) {
            // Our own XML and parts: a failure here is a bug, not a user error.
            throw new IllegalStateException("DOCX writer produced invalid XML: " + e.getMessage(), e);
        }
    }

    // ----- accessors for the table and chart helpers -----

    XWPFDocument xwpf() {
        return x;
    }

    PageSetup page() {
        return page;
    }

    String font() {
        return font;
    }

    int textWidthTwips() {
        return textWidthTwips;
    }

    DocxWriter.Options options() {
        return opts;
    }

    /** Document text with digits as the document wants them. */
    String localize(String s) {
        return page.digits() == Digits.THAI ? ThaiDigits.localize(s) : s;
    }

    // ----- blocks -----

    private void block(Block b) throws IOException, InvalidFormatException, XmlException {
        switch (b) {
            case Heading h -> heading(h);
            case Paragraph p -> paragraph(p);
            case ListBlock l -> list(l);
            case Table t -> {
                if (t.caption() != null && !t.caption().isBlank()) {
                    XWPFParagraph cap = newParagraph();
                    cap.setStyle(DocxStyles.CAPTION);
                    XWPFRun r = cap.createRun();
                    // The caption is bold from its style and as large as the table's text.
                    runProps(r, false, false, t.sizePt(), false);
                    setText(r, localize(t.caption()));
                } else if (pendingPageBreak) {
                    // A table cannot carry "page break before"; an empty paragraph holds the break.
                    newParagraph().createRun().addBreak(BreakType.PAGE);
                }
                tables.write(t);
            }
            case BarChart c -> charts.write(c);
            case Image img -> image(img);
            case PageBreak pb -> pendingPageBreak = true;
        }
    }

    /**
     * A new body paragraph; a preceding page break becomes its "page break before" so that the
     * new page does not start with an empty line.
     */
    XWPFParagraph newParagraph() {
        flushBodyXml();
        XWPFParagraph p = x.createParagraph();
        if (pendingPageBreak) {
            p.setPageBreak(true);
            pendingPageBreak = false;
        }
        return p;
    }

    private void heading(Heading h) {
        if (h.level() >= 1 && opts.tableOfContents() && !tocWritten) tableOfContents();
        String[] texts = plainTexts(h.runs());
        if (texts != null) {
            StringBuilder b = new StringBuilder(256);
            b.append("<w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.headingId(h.level())).append("\"/>");
            pageBreakXml(b);
            b.append("</w:pPr>");
            runsXml(b, h.runs(), texts, 0, false);
            appendBodyXml(b.append("</w:p>"));
            return;
        }
        XWPFParagraph p = newParagraph();
        p.setStyle(DocxStyles.headingId(h.level()));
        // Size and font come from the heading style so that restyling Heading 1 restyles every heading.
        for (Run r : h.runs()) run(p, r, 0, false);
    }

    private void paragraph(Paragraph para) {
        String[] texts = plainTexts(para.runs());
        if (texts != null) {
            StringBuilder b = new StringBuilder(512);
            b.append("<w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.NORMAL).append("\"/>");
            pageBreakXml(b);
            b.append("<w:spacing w:after=\"").append(Math.round(size(para.sizePt(), page.bodySizePt()) * 0.35f * 20)).append("\"/>");
            if (para.firstIndentCm() != 0) b.append("<w:ind w:firstLine=\"").append(DocxStyles.twips(para.firstIndentCm())).append("\"/>");
            b.append("<w:jc w:val=\"").append(jcValue(para.align())).append("\"/></w:pPr>");
            runsXml(b, para.runs(), texts, size(para.sizePt(), 0), directFonts);
            appendBodyXml(b.append("</w:p>"));
            return;
        }
        XWPFParagraph p = newParagraph();
        p.setStyle(DocxStyles.NORMAL);
        p.setAlignment(alignment(para.align()));
        if (para.firstIndentCm() != 0) p.setIndentationFirstLine(DocxStyles.twips(para.firstIndentCm()));
        // The PDF writer's gap after a paragraph: 0.35 of its size.
        p.setSpacingAfter(Math.round(size(para.sizePt(), page.bodySizePt()) * 0.35f * 20));
        runs(p, para.runs(), size(para.sizePt(), 0));
    }

    /** Fills a paragraph with runs at a size (0: the style's). */
    void runs(XWPFParagraph p, List<Run> runs, float sizePt) {
        for (Run r : runs) run(p, r, sizePt, directFonts);
    }

    private void run(XWPFParagraph p, Run r, float sizePt, boolean fonts) {
        XWPFRun xr = r.link() != null ? p.createHyperlinkRun(r.link()) : p.createRun();
        runProps(xr, r.bold(), r.italic(), sizePt, r.link() != null, fonts);
        setText(xr, r.literal() ? r.text() : localize(r.text()));
    }

    void runProps(XWPFRun xr, boolean bold, boolean italic, float sizePt, boolean link) {
        runProps(xr, bold, italic, sizePt, link, directFonts);
    }

    /**
     * Run properties. Thai is a complex script for Word: bold, italic and size need their cs
     * twins (bCs, iCs, szCs) and the font its cs slot, or Thai text ignores them.
     */
    private void runProps(XWPFRun xr, boolean bold, boolean italic, float sizePt, boolean link, boolean fonts) {
        CTRPr rpr = xr.getCTR().isSetRPr() ? xr.getCTR().getRPr() : xr.getCTR().addNewRPr();
        if (link) rpr.addNewRStyle().setVal(DocxStyles.HYPERLINK);
        if (fonts) {
            CTFonts f = rpr.addNewRFonts();
            f.setAscii(font);
            f.setHAnsi(font);
            f.setEastAsia(font);
            f.setCs(font);
        }
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (italic) {
            rpr.addNewI();
            rpr.addNewICs();
        }
        float size = sizePt > 0 ? sizePt : fonts ? page.bodySizePt() : 0;
        if (size > 0) {
            BigInteger hp = BigInteger.valueOf(DocxStyles.halfPoints(size));
            rpr.addNewSz().setVal(hp);
            rpr.addNewSzCs().setVal(hp);
        }
        if (fonts) {
            CTLanguage l = rpr.addNewLang();
            l.setVal(lang);
            l.setBidi(lang);
        }
        if (rpr.getDomNode().getChildNodes().getLength() == 0) xr.getCTR().unsetRPr();
    }

    // ----- body text as XML -----
    //
    // Headings, paragraphs, lists and tables whose text xmlbeans would save as it is are written
    // as XML text, exactly as xmlbeans saves the same POI objects (same elements in schema order,
    // same attributes in the order POI sets them). Building them through POI and saving them again
    // was half of a batch's DOCX time. Consecutive text blocks share one placeholder paragraph in
    // the POI document, swapped for the text when the package is written (finishPart). Anything
    // else (images, charts, captions, the TOC, odd text) still goes through POI, in order.

    /** Private-use characters around a placeholder's number: plain() refuses text containing them. */
    static final String MARK = "\uE000\uE001";
    private final StringBuilder bodyXml = new StringBuilder();
    private String bodyFirstLinkRel;
    private final List<String> placed = new ArrayList<>();
    /** False in tests that build everything through POI, and for fonts/languages that need escaping. */
    private boolean textPath;

    void appendBodyXml(CharSequence xml) {
        bodyXml.append(xml);
    }

    /** A hyperlink relationship made now, as POI's createHyperlinkRun makes it (same ids, same order). */
    String linkRelationship(String uri) {
        String id = x.getPackagePart().addExternalRelationship(uri,
                org.apache.poi.xwpf.usermodel.XWPFRelation.HYPERLINK.getRelation()).getId();
        if (bodyFirstLinkRel == null) bodyFirstLinkRel = id;
        return id;
    }

    /** Puts the pending XML text in the POI body as one placeholder paragraph. */
    void flushBodyXml() {
        if (bodyXml.isEmpty()) return;
        String marker = MARK + placed.size() + MARK;
        var ph = x.createParagraph().getCTP();
        // Links carry r:id: the placeholder uses that namespace where the text would, so xmlbeans
        // declares the root's namespaces in the same order as for the real paragraphs.
        if (bodyFirstLinkRel != null) {
            var link = ph.addNewHyperlink();
            link.setId(bodyFirstLinkRel);
            link.addNewR().addNewT().setStringValue(marker);
        } else {
            ph.addNewR().addNewT().setStringValue(marker);
        }
        placed.add(bodyXml.toString());
        bodyXml.setLength(0);
        bodyFirstLinkRel = null;
    }

    /** The saved main part with every placeholder paragraph replaced by its XML. */
    private byte[] splice(byte[] documentXml) {
        if (placed.isEmpty()) return documentXml;
        // Latin-1 maps bytes 1:1 to chars, so offsets found in the string are byte offsets.
        String s = new String(documentXml, java.nio.charset.StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(documentXml.length * 3);
        int from = 0;
        for (int i = 0; i < placed.size(); i++) {
            String marker = new String((MARK + i + MARK).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            int at = s.indexOf(marker, from);
            int start = at < 0 ? -1 : s.lastIndexOf("<w:p>", at);
            int end = at < 0 ? -1 : s.indexOf("</w:p>", at);
            if (start < from || end < 0) throw new IllegalStateException("DOCX writer lost text placeholder " + i);
            out.write(documentXml, from, start - from);
            out.writeBytes(placed.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            from = end + "</w:p>".length();
        }
        out.write(documentXml, from, documentXml.length - from);
        return out.toByteArray();
    }

    /** Pieces of XML text written so far (tests). */
    int placeholders() {
        return placed.size();
    }

    /** The runs' texts as written, or null when the text path cannot take them. */
    private String[] plainTexts(List<Run> runs) {
        if (!textPath) return null;
        String[] out = new String[runs.size()];
        for (int i = 0; i < out.length; i++) {
            Run r = runs.get(i);
            out[i] = r.literal() ? r.text() : localize(r.text());
            if (!DocxTables.plain(out[i])) return null;
        }
        return out;
    }

    private void pageBreakXml(StringBuilder b) {
        if (pendingPageBreak) {
            b.append("<w:pageBreakBefore w:val=\"on\"/>");
            pendingPageBreak = false;
        }
    }

    private void runsXml(StringBuilder b, List<Run> runs, String[] texts, float sizePt, boolean fonts) {
        for (int i = 0; i < texts.length; i++) {
            Run r = runs.get(i);
            if (r.link() != null) b.append("<w:hyperlink r:id=\"").append(linkRelationship(r.link())).append("\">");
            b.append("<w:r>");
            runPropsXml(b, r.bold(), r.italic(), sizePt, r.link() != null, fonts);
            // xmlbeans saves an empty text as an empty element.
            if (texts[i].isEmpty()) b.append("<w:t xml:space=\"preserve\"/></w:r>");
            else b.append("<w:t xml:space=\"preserve\">").append(texts[i]).append("</w:t></w:r>");
            if (r.link() != null) b.append("</w:hyperlink>");
        }
    }

    static String jcValue(Align a) {
        return switch (a) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "both";
        };
    }

    /**
     * The run properties {@link #runProps} gives a run, as xmlbeans saves them (schema order), for
     * the text path; nothing when they would be empty (runProps then removes the element).
     */
    void runPropsXml(StringBuilder b, boolean bold, boolean italic, float sizePt, boolean link) {
        runPropsXml(b, bold, italic, sizePt, link, directFonts);
    }

    private void runPropsXml(StringBuilder b, boolean bold, boolean italic, float sizePt, boolean link, boolean fonts) {
        float size = sizePt > 0 ? sizePt : fonts ? page.bodySizePt() : 0;
        if (!link && !fonts && !bold && !italic && size <= 0) return;
        b.append("<w:rPr>");
        if (link) b.append("<w:rStyle w:val=\"").append(DocxStyles.HYPERLINK).append("\"/>");
        if (fonts) b.append(rFontsXml);
        if (bold) b.append("<w:b/><w:bCs/>");
        if (italic) b.append("<w:i/><w:iCs/>");
        if (size > 0) {
            int hp = DocxStyles.halfPoints(size);
            b.append("<w:sz w:val=\"").append(hp).append("\"/><w:szCs w:val=\"").append(hp).append("\"/>");
        }
        if (fonts) b.append(langXml);
        b.append("</w:rPr>");
    }

    /** Whether font and language names can go into XML text as they are. */
    boolean plainNames() {
        return DocxTables.plain(font) && DocxTables.plain(lang) && font.indexOf('"') < 0 && lang.indexOf('"') < 0;
    }

    /**
     * Text with w:br for newlines and w:tab for tabs (Word ignores both inside w:t); spaces kept
     * (Thai separates phrases with them).
     */
    static void setText(XWPFRun r, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) r.addBreak();
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) r.addTab();
                if (cells[j].isEmpty() && (lines.length > 1 || cells.length > 1)) continue;
                CTText t = r.getCTR().addNewT();
                t.setStringValue(cells[j]);
                t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            }
        }
    }

    float size(float own, float inherited) {
        return own > 0 ? own : inherited;
    }

    static ParagraphAlignment alignment(Align a) {
        return switch (a) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            // "both": Word and LibreOffice justify Thai at their own word breaks.
            case JUSTIFY -> ParagraphAlignment.BOTH;
        };
    }

    // ----- lists -----

    private void list(ListBlock l) throws XmlException {
        List<ListBlock.Kind> kinds = new ArrayList<>();
        kindsByLevel(l, 0, kinds);
        int abstractId = nextAbstractNumId++;
        CTAbstractNum abs = ParsedXml.parse(CTAbstractNum.Factory, styles.abstractNumXml(abstractId, kinds));
        numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        int numId = nextNumId++;
        // One w:num per list so that every list counts from 1 again.
        numbering.addNum(BigInteger.valueOf(abstractId), BigInteger.valueOf(numId));
        lastListParagraph = null;
        if (plainList(l)) {
            StringBuilder b = new StringBuilder(1024);
            int lastPPrEnd = itemsXml(b, l, numId, 0, -1);
            // The gap after a whole list, as below: into the last item's properties.
            if (lastPPrEnd >= 0) b.insert(lastPPrEnd, "<w:spacing w:after=\"" + Math.round(page.bodySizePt() * 0.35f * 20) + "\"/>");
            appendBodyXml(b);
            return;
        }
        items(l, numId, 0);
        // The gap after a whole list (items themselves sit tight, as in the PDF).
        if (lastListParagraph != null) lastListParagraph.setSpacingAfter(Math.round(page.bodySizePt() * 0.35f * 20));
    }

    private boolean plainList(ListBlock l) {
        for (ListBlock.ListItem item : l.items()) {
            if (plainTexts(item.runs()) == null) return false;
            if (item.children() != null && !plainList(item.children())) return false;
        }
        return true;
    }

    /** List items as XML; returns where the last item's properties end (for its spacing). */
    private int itemsXml(StringBuilder b, ListBlock l, int numId, int level, int lastPPrEnd) {
        for (ListBlock.ListItem item : l.items()) {
            b.append("<w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.LIST_PARAGRAPH).append("\"/>");
            pageBreakXml(b);
            b.append("<w:numPr><w:ilvl w:val=\"").append(level).append("\"/><w:numId w:val=\"").append(numId).append("\"/></w:numPr>");
            lastPPrEnd = b.length();
            b.append("</w:pPr>");
            runsXml(b, item.runs(), plainTexts(item.runs()), 0, directFonts);
            b.append("</w:p>");
            if (item.children() != null) lastPPrEnd = itemsXml(b, item.children(), numId, level + 1, lastPPrEnd);
        }
        return lastPPrEnd;
    }

    private static void kindsByLevel(ListBlock l, int level, List<ListBlock.Kind> kinds) {
        if (kinds.size() == level) kinds.add(l.kind());
        for (ListBlock.ListItem item : l.items()) {
            if (item.children() != null) kindsByLevel(item.children(), level + 1, kinds);
        }
    }

    private void items(ListBlock l, int numId, int level) {
        for (ListBlock.ListItem item : l.items()) {
            XWPFParagraph p = newParagraph();
            p.setStyle(DocxStyles.LIST_PARAGRAPH);
            p.setNumID(BigInteger.valueOf(numId));
            p.setNumILvl(BigInteger.valueOf(level));
            runs(p, item.runs(), 0);
            lastListParagraph = p;
            if (item.children() != null) items(item.children(), numId, level + 1);
        }
    }

    // ----- image -----

    private void image(Image img) throws IOException, InvalidFormatException {
        byte[] data = img.data();
        PictureType type = pictureType(data);
        BufferedImage bi = ImageIO.read(new ByteArrayInputStream(data));
        if (type == null || bi == null) {
            throw ItagenException.input("image \"" + img.altText() + "\"", "is not a PNG or JPEG picture; convert it to PNG");
        }
        XWPFParagraph p = newParagraph();
        p.setAlignment(alignment(img.align()));
        p.setSpacingAfter(120);
        int cx = (int) Math.round(img.widthCm() * EMU_PER_CM);
        int cy = (int) Math.round((double) cx * bi.getHeight() / bi.getWidth());
        XWPFRun r = p.createRun();
        String name = "image" + (++imageCount) + (type == PictureType.PNG ? ".png" : ".jpeg");
        r.addPicture(new ByteArrayInputStream(data), type, name, cx, cy);
        registerDrawings(r);
        var inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(img.altText());
        inline.getDocPr().setName("Picture " + imageCount);
        try (XmlCursor c = inline.newCursor()) {
            // The picture's own description, which POI fills with the file name.
            c.selectPath("declare namespace pic='http://schemas.openxmlformats.org/drawingml/2006/picture' .//pic:cNvPr");
            if (c.toNextSelection()) {
                ((org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps) c.getObject()).setDescr(img.altText());
            }
        }
    }

    private static PictureType pictureType(byte[] d) {
        if (d.length > 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') return PictureType.PNG;
        if (d.length > 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8) return PictureType.JPEG;
        return null;
    }

    // ----- table of contents -----

    /**
     * A TOC field. Its cached result already lists the headings (without page numbers) so the
     * document reads right before anyone updates fields; Word is asked to update on open.
     */
    private void tableOfContents() {
        tocWritten = true;
        XWPFParagraph title = newParagraph();
        title.setStyle(DocxStyles.TOC_HEADING);
        XWPFRun tr = title.createRun();
        runProps(tr, true, false, 0, false, false);
        setText(tr, localize(opts.tocTitle()));
        List<Heading> entries = new ArrayList<>();
        for (Block b : doc.blocks()) if (b instanceof Heading h && h.level() >= 1) entries.add(h);
        XWPFParagraph first = x.createParagraph();
        first.setStyle(entries.isEmpty() ? DocxStyles.NORMAL : "TOC" + entries.getFirst().level());
        fieldChar(first, STFldCharType.BEGIN);
        instr(first, " TOC \\o \"1-3\" \\h \\z \\u ");
        fieldChar(first, STFldCharType.SEPARATE);
        XWPFParagraph last = first;
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph p = i == 0 ? first : x.createParagraph();
            if (i > 0) p.setStyle("TOC" + entries.get(i).level());
            XWPFRun r = p.createRun();
            runProps(r, false, false, 0, false);
            setText(r, localize(entries.get(i).text()));
            last = p;
        }
        fieldChar(last, STFldCharType.END);
        x.enforceUpdateFields();
    }

    void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        XWPFRun r = p.createRun();
        runProps(r, false, false, 0, false);
        CTFldChar fc = r.getCTR().addNewFldChar();
        fc.setFldCharType(type);
    }

    void instr(XWPFParagraph p, String instruction) {
        XWPFRun r = p.createRun();
        runProps(r, false, false, 0, false);
        CTText t = r.getCTR().addNewInstrText();
        t.setStringValue(instruction);
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    // ----- document set-up -----

    private XWPFDocument openReference() {
        String where = opts.referenceDocx().toString();
        XWPFDocument ref;
        try (InputStream in = Files.newInputStream(opts.referenceDocx())) {
            ref = new XWPFDocument(in);
        } catch (NoSuchFileException e) {
            throw ItagenException.input(where, "reference DOCX not found; check the path given to --docx-reference");
        } catch (IOException | POIXMLException | IllegalArgumentException e) {
            // NotOfficeXmlFileException (a Word 97 .doc, a renamed file) is an IllegalArgumentException.
            throw ItagenException.input(where, "cannot read it as a DOCX (" + e.getMessage()
                    + "); open it in Word and save it as \"Word Document (*.docx)\"");
        }
        // Keep styles, section (page size, margins, header/footer references) and parts; drop the body text.
        while (!ref.getBodyElements().isEmpty()) ref.removeBodyElement(0);
        CTBody body = ref.getDocument().getBody();
        try (XmlCursor c = body.newCursor()) {
            if (c.toFirstChild()) {
                QName sect = new QName(DocxStyles.W_NS, "sectPr");
                while (true) {
                    if (!c.getName().equals(sect)) {
                        if (!c.removeXml()) break;
                        if (!c.isStart()) break;
                    } else if (!c.toNextSibling()) {
                        break;
                    }
                }
            }
        }
        directFonts = false;
        opts.log().accept("docx: styles, page set-up and letterhead from " + where);
        return ref;
    }

    private void setUpStyles() throws XmlException {
        XWPFStyles st = x.getStyles();
        if (st == null || opts.referenceDocx() == null) {
            if (st == null) st = x.createStyles();
            st.setStyles(ParsedXml.parse(CTStyles.Factory, styles.stylesXml()));
            return;
        }
        // Reference styles win, as pandoc's reference-doc; ours fill the gaps.
        for (String xml : styles.styleList()) {
            CTStyle s = ParsedXml.parse(CTStyle.Factory, xml);
            if (!st.styleExist(s.getStyleId())) st.addStyle(new XWPFStyle(s, st));
        }
    }

    private void setUpNumbering() {
        numbering = x.getNumbering() != null ? x.getNumbering() : x.createNumbering();
        int maxAbs = -1;
        int maxNum = 0;
        for (var a : numbering.getAbstractNums()) maxAbs = Math.max(maxAbs, a.getCTAbstractNum().getAbstractNumId().intValue());
        for (var n : numbering.getNums()) maxNum = Math.max(maxNum, n.getCTNum().getNumId().intValue());
        nextAbstractNumId = maxAbs + 1;
        nextNumId = maxNum + 1;
    }

    private void setUpSection() {
        CTBody body = x.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        boolean referencePage = opts.referenceDocx() != null && sect.isSetPgSz() && sect.isSetPgMar();
        if (!referencePage) {
            if (sect.isSetPgSz()) sect.unsetPgSz();
            if (sect.isSetPgMar()) sect.unsetPgMar();
            CTPageSz sz = sect.addNewPgSz();
            sz.setW(BigInteger.valueOf(DocxStyles.twips(page.paperWidthCm())));
            sz.setH(BigInteger.valueOf(DocxStyles.twips(page.paperHeightCm())));
            CTPageMar m = sect.addNewPgMar();
            m.setTop(BigInteger.valueOf(DocxStyles.twips(page.marginTopCm())));
            m.setBottom(BigInteger.valueOf(DocxStyles.twips(page.marginBottomCm())));
            m.setLeft(BigInteger.valueOf(DocxStyles.twips(page.marginLeftCm())));
            m.setRight(BigInteger.valueOf(DocxStyles.twips(page.marginRightCm())));
            // The number sits halfway into the top (or bottom) margin, as on Thai official letters.
            m.setHeader(BigInteger.valueOf(DocxStyles.twips(page.marginTopCm() / 2)));
            m.setFooter(BigInteger.valueOf(DocxStyles.twips(page.marginBottomCm() / 2)));
            m.setGutter(BigInteger.ZERO);
        }
        textWidthTwips = textWidth(sect);
        boolean referenceHasHeaders = opts.referenceDocx() != null
                && (sect.sizeOfHeaderReferenceArray() > 0 || sect.sizeOfFooterReferenceArray() > 0);
        if (referenceHasHeaders) {
            opts.log().accept("docx: header and footer (and page numbers, if any) come from the reference");
        } else {
            pageNumbers(sect);
        }
    }

    private int textWidth(CTSectPr sect) {
        try {
            long w = ((BigInteger) sect.getPgSz().getW()).longValue();
            long l = ((BigInteger) sect.getPgMar().getLeft()).longValue();
            long r = ((BigInteger) sect.getPgMar().getRight()).longValue();
            if (w - l - r > 1000) return (int) (w - l - r);
        } catch (RuntimeException e) {
            // unusual units in a reference file: fall back to our page set-up
        }
        return DocxStyles.twips(page.textWidthCm());
    }

    /**
     * "- ๒ -" as text around a PAGE field. Thai digits come from the section's page-number
     * format (w:pgNumType w:fmt="thaiNumbers"), which Word and LibreOffice both apply to PAGE,
     * so the number stays a live field rather than typed text.
     */
    private void pageNumbers(CTSectPr sect) {
        PageNumbers pn = page.pageNumbers();
        if (!pn.enabled()) return;
        boolean top = pn.position() == PageNumbers.Position.TOP_CENTER || pn.position() == PageNumbers.Position.TOP_RIGHT;
        boolean right = pn.position() == PageNumbers.Position.TOP_RIGHT || pn.position() == PageNumbers.Position.BOTTOM_RIGHT;
        if (page.digits() == Digits.THAI) {
            (sect.isSetPgNumType() ? sect.getPgNumType() : sect.addNewPgNumType()).setFmt(STNumberFormat.THAI_NUMBERS);
        }
        XWPFHeaderFooter hf = top ? x.createHeader(HeaderFooterType.DEFAULT) : x.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = hf.getParagraphs().isEmpty() ? hf.createParagraph() : hf.getParagraphs().getFirst();
        p.setStyle(top ? DocxStyles.HEADER : DocxStyles.FOOTER);
        p.setAlignment(right ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER);
        String pattern = pn.pattern();
        int at = pattern.indexOf("{n}");
        String before = localize(pattern.substring(0, at));
        String after = localize(pattern.substring(at + 3));
        if (!before.isEmpty()) textRun(p, before);
        fieldChar(p, STFldCharType.BEGIN);
        instr(p, " PAGE ");
        fieldChar(p, STFldCharType.SEPARATE);
        textRun(p, localize(Integer.toString(Math.max(2, pn.fromPage()))));
        fieldChar(p, STFldCharType.END);
        if (!after.isEmpty()) textRun(p, after);
        if (pn.fromPage() >= 2) {
            // A different first page with an empty header: the Thai convention of no number on page 1.
            XWPFHeaderFooter first = top ? x.createHeader(HeaderFooterType.FIRST) : x.createFooter(HeaderFooterType.FIRST);
            XWPFParagraph fp = first.getParagraphs().isEmpty() ? first.createParagraph() : first.getParagraphs().getFirst();
            fp.setStyle(top ? DocxStyles.HEADER : DocxStyles.FOOTER);
            if (!sect.isSetTitlePg()) sect.addNewTitlePg();
            if (pn.fromPage() > 2) {
                opts.log().accept("docx: Word can hide the page number on the first page only; pages 2-"
                        + (pn.fromPage() - 1) + " show theirs");
            }
        }
    }

    private void textRun(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        runProps(r, false, false, 0, false);
        setText(r, text);
    }

    private void setUpSettings() {
        CTSettings s = x.getSettings().getCTSettings();
        // Tells Word the complex-script language of the theme fonts.
        CTLanguage tl = s.isSetThemeFontLang() ? s.getThemeFontLang() : s.addNewThemeFontLang();
        tl.setBidi(lang);
    }

    /**
     * Unique drawing ids from 1: POI numbers pictures and charts separately (both can get 0),
     * and Word reports duplicate ids as unreadable content.
     */
    private void numberDrawings() {
        // Registered as created, which is document order: blocks are only ever appended, and
        // the TOC (inserted before the first heading) holds no drawing. Cheaper than an XPath
        // search of the whole body.
        int id = 0;
        for (var docPr : drawings) docPr.setId(++id);
    }

    /** Remembers the drawing(s) just added to {@code r} for {@link #numberDrawings}. */
    void registerDrawings(XWPFRun r) {
        for (var d : r.getCTR().getDrawingList()) {
            for (var inline : d.getInlineList()) drawings.add(inline.getDocPr());
            for (var anchor : d.getAnchorList()) drawings.add(anchor.getDocPr());
        }
    }

    private void coreProperties() {
        POIXMLProperties.CoreProperties cp = x.getProperties().getCoreProperties();
        var md = doc.metadata();
        cp.setTitle(md.title());
        cp.setCreator(md.author());
        cp.setLastModifiedByUser(md.author());
        if (!md.subject().isEmpty()) cp.setSubjectProperty(md.subject());
        if (!md.keywords().isEmpty()) cp.setKeywords(String.join(", ", md.keywords()));
        Date d = Date.from(time);
        cp.setCreated(Optional.of(d));
        cp.setModified(Optional.of(d));
        cp.setLastPrinted(Optional.empty());
        cp.getUnderlyingProperties().setLanguageProperty(md.language());
        POIXMLProperties.ExtendedProperties ep = x.getProperties().getExtendedProperties();
        ep.setApplication("itagen");
        if (!md.author().isEmpty()) ep.setCompany(md.author());
    }

    Instant time() {
        return time;
    }
}
