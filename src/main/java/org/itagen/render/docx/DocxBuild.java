package org.itagen.render.docx;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.itagen.ItagenException;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Layout;
import org.itagen.doc.ListBlock;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import javax.xml.namespace.QName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One DOCX being written: all state of one {@link DocxWriter#render} call.
 *
 * <p>POI makes the package: parts, relationships, styles, numbering, settings, section
 * properties, headers, pictures and the chart, and a reference DOCX's contents. The body is
 * WordprocessingML text ({@link DocxBody}); the POI document's body holds only the section
 * properties, and the text goes in front of them when the package is written ({@link #finishPart}).
 * Building the body as POI objects and saving them again was half of a batch's DOCX time.
 */
final class DocxBuild {
    private final Document doc;
    private final DocxWriter.Options opts;
    private final Instant time;
    private final PageSetup page;
    private final DocxStyles styles;
    private final String lang;

    private XWPFDocument x;
    private XWPFNumbering numbering;
    private int nextAbstractNumId;
    private int nextNumId;
    private int textWidthTwips;
    /** With a reference DOCX, runs leave font and size to its styles. */
    private boolean directFonts = true;
    /** The main document part's zip entry name (a reference DOCX may name it otherwise). */
    private String mainPartName;
    /** The settings part's zip entry name. */
    private String settingsPartName;
    private String bodyXml;
    /**
     * Prefixes the body text uses besides w ("r", "wp"), in the order of first use: declared on
     * the root where POI did not, in that order, as xmlbeans would have.
     */
    private final List<String> bodyPrefixes = new ArrayList<>(2);

    /** Who writes the charts: {@link DocxChart}, or in a test the POI reference it must equal. */
    private final java.util.function.BiFunction<DocxBuild, DocxRuns, DocxBody.Charts> charts;

    DocxBuild(Document doc, DocxWriter.Options opts, Instant time) {
        this(doc, opts, time, DocxChart::new);
    }

    DocxBuild(Document doc, DocxWriter.Options opts, Instant time,
              java.util.function.BiFunction<DocxBuild, DocxRuns, DocxBody.Charts> charts) {
        this.charts = charts;
        this.doc = doc;
        this.opts = opts;
        this.time = time;
        this.page = doc.page();
        this.lang = doc.metadata().language();
        this.styles = new DocxStyles(page, lang);
    }

    /**
     * Builds the package and returns its parts as POI saves them (zip entry name to bytes, in
     * POI's order), not yet zipped: {@link ReproducibleZip} zips them once. POI's own save would
     * deflate every part only for the rewrite to inflate it again.
     */
    Map<String, byte[]> build() {
        try {
            x = opts.referenceDocx() == null ? new XWPFDocument() : openReference();
            try {
                setUpStyles();
                setUpNumbering();
                DocxRuns runs = new DocxRuns(page, lang, directFonts, this::linkRelationship);
                setUpSection(runs);
                setUpSettings();
                mainPartName = x.getPackagePart().getPartName().getName().substring(1);
                settingsPartName = x.getSettings().getPackagePart().getPartName().getName().substring(1);
                bodyXml = new DocxBody(this, runs, doc.blocks()).write();
                coreProperties();
                try (PartCapture parts = new PartCapture()) {
                    x.write(parts);
                    return parts.parts();
                }
            } finally {
                // Not close(): a new XWPFDocument's package was created over an in-memory stream,
                // and close() would save the whole package a second time into it. revert() only
                // releases it (nothing here is backed by a file).
                x.getPackage().revert();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException | InvalidFormatException e) {
            // Our own XML and parts: a failure here is a bug, not a user error.
            throw new IllegalStateException("DOCX writer produced invalid XML: " + e.getMessage(), e);
        }
    }

    // ----- what the body needs from the package -----

    XWPFDocument xwpf() {
        return x;
    }

    DocxBody.Charts charts(DocxRuns runs) {
        return charts.apply(this, runs);
    }

    PageSetup page() {
        return page;
    }

    String font() {
        return page.fontFamily();
    }

    int textWidthTwips() {
        return textWidthTwips;
    }

    DocxWriter.Options options() {
        return opts;
    }

    /** The one instant the package is stamped with. */
    Instant time() {
        return time;
    }

    /** A hyperlink relationship to {@code uri}; returns its id. */
    String linkRelationship(String uri) {
        usePrefix("r");
        return x.getPackagePart().addExternalRelationship(uri, XWPFRelation.HYPERLINK.getRelation()).getId();
    }

    /** The picture as a part of the package (one part per distinct picture); returns its relationship id. */
    String addPicture(byte[] data, PictureType type) throws InvalidFormatException {
        return x.addPictureData(data, type);
    }

    /** The body holds a drawing (picture or chart): wp:inline, then r:embed or r:id inside it. */
    void usesDrawings() {
        usePrefix("wp");
        usePrefix("r");
    }

    private void usePrefix(String prefix) {
        if (!bodyPrefixes.contains(prefix)) bodyPrefixes.add(prefix);
    }

    /**
     * A list definition for a list whose levels have these kinds, and its own w:num (so that
     * every list counts from 1 again); returns the num id.
     */
    int newList(List<ListBlock.Kind> kindsByLevel) throws XmlException {
        int abstractId = nextAbstractNumId++;
        CTAbstractNum abs = ParsedXml.parse(CTAbstractNum.Factory, styles.abstractNumXml(abstractId, kindsByLevel));
        numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        int numId = nextNumId++;
        numbering.addNum(BigInteger.valueOf(abstractId), BigInteger.valueOf(numId));
        return numId;
    }

    /** Asks Word to update fields (the table of contents) when it opens the file. */
    void updateFieldsOnOpen() {
        x.enforceUpdateFields();
    }

    // ----- the body into the main part -----

    /** Puts the body text into the saved main part and Word 2013 compatibility into the settings; other parts pass unchanged. */
    byte[] finishPart(String zipName, byte[] data) {
        if (zipName.equals(mainPartName)) return splice(data);
        if (zipName.equals(settingsPartName)) return DocxCompat.modern(data);
        return data;
    }

    /**
     * The saved main part with the body text at the start of w:body (which holds only the section
     * properties), and the namespaces the text uses declared on the root where POI did not.
     */
    private byte[] splice(byte[] documentXml) {
        // Latin-1 maps bytes 1:1 to chars, so offsets found in the string are byte offsets.
        String s = new String(documentXml, StandardCharsets.ISO_8859_1);
        int root = s.indexOf("<w:document");
        int rootEnd = root < 0 ? -1 : s.indexOf('>', root);
        int body = s.indexOf("<w:body>", Math.max(rootEnd, 0));
        if (rootEnd < 0 || body < 0) throw unusualMainPart();
        StringBuilder rootTag = new StringBuilder(s.substring(root, rootEnd));
        // Where xmlbeans would have declared them: after the one used before (w first) in a new
        // document, after a reference's own declarations in one read from a file.
        int after = declarationEnd(rootTag, "w", DocxXml.W_NS);
        for (String prefix : bodyPrefixes) {
            String uri = prefix.equals("r") ? DocxXml.R_NS : DocxXml.WP_NS;
            int end = declarationEnd(rootTag, prefix, uri);
            if (end < 0) {
                int at = opts.referenceDocx() != null ? rootTag.length() : after;
                String decl = " xmlns:" + prefix + "=\"" + uri + "\"";
                rootTag.insert(at, decl);
                end = at + decl.length();
            }
            after = end;
        }
        int bodyStart = body + "<w:body>".length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(documentXml.length + bodyXml.length() * 3);
        out.write(documentXml, 0, root);
        out.writeBytes(rootTag.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(documentXml, rootEnd, bodyStart - rootEnd);
        out.writeBytes(bodyXml.getBytes(StandardCharsets.UTF_8));
        out.write(documentXml, bodyStart, documentXml.length - bodyStart);
        return out.toByteArray();
    }

    /** Where the declaration of {@code prefix} ends in the root tag, or -1 when there is none. */
    private int declarationEnd(StringBuilder rootTag, String prefix, String uri) {
        String decl = " xmlns:" + prefix + "=\"";
        int at = rootTag.indexOf(decl);
        if (at < 0) {
            if (prefix.equals("w")) throw unusualMainPart();
            return -1;
        }
        int valueEnd = rootTag.indexOf("\"", at + decl.length());
        if (!rootTag.substring(at + decl.length(), valueEnd).equals(uri)) throw unusualMainPart();
        return valueEnd + 1;
    }

    /**
     * The saved main part does not use the usual prefixes (w for WordprocessingML, r, wp). POI
     * writes them so; only a reference DOCX from an unusual program could bring others.
     */
    private RuntimeException unusualMainPart() {
        if (opts.referenceDocx() == null) return new IllegalStateException("DOCX writer: unexpected prefixes in " + mainPartName);
        return ItagenException.input(opts.referenceDocx().toString(), org.itagen.Msg.of("error.REFERENCE_UNUSUAL_XML"));
    }

    // ----- document set-up -----

    private XWPFDocument openReference() {
        String where = opts.referenceDocx().toString();
        XWPFDocument ref;
        // Only styles, numbering, settings, theme, headers/footers and their pictures: never its
        // macros or embedded objects; read within size limits, once per run (ReferenceDocx).
        ReferenceDocx.Cleaned cleaned = ReferenceDocx.cleaned(opts.referenceDocx());
        for (String d : cleaned.dropped()) opts.log().accept("docx: left out of the reference: " + d);
        try (InputStream in = new java.io.ByteArrayInputStream(cleaned.bytes())) {
            ref = new XWPFDocument(in);
        } catch (IOException | POIXMLException | IllegalArgumentException e) {
            // NotOfficeXmlFileException (a Word 97 .doc, a renamed file) is an IllegalArgumentException.
            throw ItagenException.input(where, org.itagen.Msg.of("error.REFERENCE_UNREADABLE", String.valueOf(e.getMessage())));
        }
        // Keep styles, section (page size, margins, header/footer references) and parts; drop the body text.
        while (!ref.getBodyElements().isEmpty()) ref.removeBodyElement(0);
        CTBody body = ref.getDocument().getBody();
        try (XmlCursor c = body.newCursor()) {
            if (c.toFirstChild()) {
                QName sect = new QName(DocxXml.W_NS, "sectPr");
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

    private void setUpSection(DocxRuns runs) throws XmlException {
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
            // The page number sits as far into the top (or bottom) margin as in the PDF.
            m.setHeader(BigInteger.valueOf(DocxStyles.twips(page.marginTopCm() * Layout.PAGE_NUMBER_IN_MARGIN)));
            m.setFooter(BigInteger.valueOf(DocxStyles.twips(page.marginBottomCm() * Layout.PAGE_NUMBER_IN_MARGIN)));
            m.setGutter(BigInteger.ZERO);
        }
        textWidthTwips = textWidth(sect);
        boolean referenceHasHeaders = opts.referenceDocx() != null
                && (sect.sizeOfHeaderReferenceArray() > 0 || sect.sizeOfFooterReferenceArray() > 0);
        if (referenceHasHeaders) {
            opts.log().accept("docx: header and footer (and page numbers, if any) come from the reference");
        } else {
            pageNumbers(sect, runs);
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
    private void pageNumbers(CTSectPr sect, DocxRuns runs) throws XmlException {
        PageNumbers pn = page.pageNumbers();
        boolean top = pn.position() == PageNumbers.Position.TOP_CENTER || pn.position() == PageNumbers.Position.TOP_RIGHT;
        String number = pn.enabled() ? pageNumberParagraph(sect, runs, pn, top) : null;
        if (opts.letterheadDocx() != null) {
            // --docx-letterhead: the officer's headers and footers, our page number joined to them.
            Letterhead.apply(opts.letterheadDocx(), x, sect, number, top, pn.fromPage() <= 1, opts.log());
            return;
        }
        if (number == null) return;
        headerFooter(top, HeaderFooterType.DEFAULT, number);
        if (pn.fromPage() >= 2) {
            // A different first page with an empty header: the Thai convention of no number on page 1.
            headerFooter(top, HeaderFooterType.FIRST, "<w:p><w:pPr><w:pStyle w:val=\"" + (top ? DocxStyles.HEADER : DocxStyles.FOOTER)
                    + "\"/></w:pPr></w:p>");
            if (!sect.isSetTitlePg()) sect.addNewTitlePg();
        }
    }

    /** The page-number paragraph ("- PAGE -" around a field); sets the section's Thai number format. */
    private String pageNumberParagraph(CTSectPr sect, DocxRuns runs, PageNumbers pn, boolean top) {
        boolean right = pn.position() == PageNumbers.Position.TOP_RIGHT || pn.position() == PageNumbers.Position.BOTTOM_RIGHT;
        if (page.digits() == Digits.THAI) {
            (sect.isSetPgNumType() ? sect.getPgNumType() : sect.addNewPgNumType()).setFmt(STNumberFormat.THAI_NUMBERS);
        }
        StringBuilder b = new StringBuilder(2048);
        b.append("<w:p><w:pPr><w:pStyle w:val=\"").append(top ? DocxStyles.HEADER : DocxStyles.FOOTER).append("\"/><w:jc w:val=\"")
                .append(right ? "right" : "center").append("\"/></w:pPr>");
        String pattern = pn.pattern();
        int at = pattern.indexOf("{n}");
        String before = runs.localize(pattern.substring(0, at));
        String after = runs.localize(pattern.substring(at + 3));
        if (!before.isEmpty()) runs.textRun(b, before, 0);
        runs.fieldChar(b, "begin");
        runs.instr(b, " PAGE ");
        runs.fieldChar(b, "separate");
        runs.textRun(b, runs.localize(Integer.toString(Math.max(2, pn.fromPage()))), 0);
        runs.fieldChar(b, "end");
        if (!after.isEmpty()) runs.textRun(b, after, 0);
        b.append("</w:p>");
        if (pn.fromPage() > 2) {
            opts.log().accept("docx: Word can hide the page number on the first page only; pages 2-"
                    + (pn.fromPage() - 1) + " show theirs");
        }
        return b.toString();
    }

    /** A header (or footer) part with the given paragraphs, referenced from the section. */
    private void headerFooter(boolean header, HeaderFooterType type, String paragraphs) throws XmlException {
        XWPFHeaderFooter hf = header ? x.createHeader(type) : x.createFooter(type);
        String root = header ? "w:hdr" : "w:ftr";
        hf.setHeaderFooter(ParsedXml.parse(CTHdrFtr.Factory,
                "<" + root + " xmlns:w=\"" + DocxXml.W_NS + "\">" + paragraphs + "</" + root + ">"));
    }

    private void setUpSettings() {
        CTSettings s = x.getSettings().getCTSettings();
        // Tells Word the complex-script language of the theme fonts.
        CTLanguage tl = s.isSetThemeFontLang() ? s.getThemeFontLang() : s.addNewThemeFontLang();
        tl.setBidi(lang);
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
}
