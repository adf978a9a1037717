package org.itagen.render.docx;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.itagen.ItagenException;
import org.itagen.Msg;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code --docx-letterhead}: the headers and footers of an officer's DOCX (the letterhead on the
 * first page, a running header, an address in the footer), with their pictures and web links,
 * put into itagen's own document. Unlike {@code --docx-reference} nothing else is taken: itagen's
 * styles, page set-up, page numbers and tables stay; a style the letterhead's paragraphs use and
 * itagen lacks is copied so the letterhead looks as it did.
 *
 * <p>The file is read as the reference is ({@link ReferenceDocx}: size, entry and inflation
 * limits, macros and embedded objects left out). Page numbers join the letterhead: the number's
 * paragraph is added under the letterhead's default header (or footer), and the first page keeps
 * the letterhead's first-page header when it has one ({@code w:titlePg}), else its default one.
 */
final class Letterhead {
    private static final Map<String, PictureType> PICTURES = Map.of("png", PictureType.PNG, "jpeg", PictureType.JPEG,
            "jpg", PictureType.JPEG, "gif", PictureType.GIF, "bmp", PictureType.BMP, "emf", PictureType.EMF,
            "wmf", PictureType.WMF, "tif", PictureType.TIFF, "tiff", PictureType.TIFF);

    private Letterhead() {
    }

    /** Reads and checks the file once, before any document: missing, unreadable, oversized or without a header is exit 2. */
    static void check(Path file) {
        open(file).close();
    }

    /** The letterhead's document and what it holds, for one render. */
    private record Source(XWPFDocument doc, XWPFHeaderFooterPolicy policy, boolean titlePg) implements AutoCloseable {
        @Override
        public void close() {
            try {
                doc.close();
            } catch (IOException ignored) {
                // read from memory
            }
        }
    }

    private static Source open(Path file) {
        String where = file.toString();
        if (!Files.isRegularFile(file)) throw ItagenException.input(where, Msg.of("error.LETTERHEAD_NOT_FOUND"));
        ReferenceDocx.Cleaned cleaned = ReferenceDocx.cleaned(file);
        XWPFDocument lh;
        try (InputStream in = new ByteArrayInputStream(cleaned.bytes())) {
            lh = new XWPFDocument(in);
        } catch (IOException | POIXMLException | IllegalArgumentException e) {
            throw ItagenException.input(where, Msg.of("error.REFERENCE_UNREADABLE", String.valueOf(e.getMessage())));
        }
        XWPFHeaderFooterPolicy policy = lh.getHeaderFooterPolicy();
        CTSectPr sect = lh.getDocument().getBody() == null ? null : lh.getDocument().getBody().getSectPr();
        boolean titlePg = sect != null && sect.isSetTitlePg();
        Source s = new Source(lh, policy, titlePg);
        if (policy == null || (policy.getDefaultHeader() == null && policy.getDefaultFooter() == null
                && policy.getFirstPageHeader() == null && policy.getFirstPageFooter() == null)) {
            s.close();
            throw ItagenException.input(where, Msg.of("error.LETTERHEAD_NO_HEADER"));
        }
        return s;
    }

    /**
     * Puts the letterhead's headers and footers into {@code x}, with the page-number paragraph
     * (or null) in the header ({@code top}) or footer.
     *
     * @param numberOnFirst whether the first page shows its number too
     */
    static void apply(Path file, XWPFDocument x, CTSectPr sect, String pageNumber, boolean top, boolean numberOnFirst,
                      Consumer<String> log) throws XmlException {
        try (Source src = open(file)) {
            XWPFHeaderFooter lhDefaultHeader = src.policy().getDefaultHeader();
            XWPFHeaderFooter lhDefaultFooter = src.policy().getDefaultFooter();
            // Without a different first page, the letterhead's default header is what its first page showed.
            XWPFHeaderFooter lhFirstHeader = src.titlePg() ? src.policy().getFirstPageHeader() : lhDefaultHeader;
            XWPFHeaderFooter lhFirstFooter = src.titlePg() ? src.policy().getFirstPageFooter() : lhDefaultFooter;
            boolean firstDiffers = src.titlePg() || (pageNumber != null && !numberOnFirst);

            copy(src.doc(), lhDefaultHeader, x, true, HeaderFooterType.DEFAULT, top ? pageNumber : null);
            copy(src.doc(), lhDefaultFooter, x, false, HeaderFooterType.DEFAULT, top ? null : pageNumber);
            if (firstDiffers) {
                String first = numberOnFirst ? pageNumber : null;
                copy(src.doc(), lhFirstHeader, x, true, HeaderFooterType.FIRST, top ? first : null);
                copy(src.doc(), lhFirstFooter, x, false, HeaderFooterType.FIRST, top ? null : first);
                if (!sect.isSetTitlePg()) sect.addNewTitlePg();
            }
            log.accept("docx: header and footer from the letterhead " + file + (src.titlePg() ? " (its own first page)" : ""));
        } catch (InvalidFormatException | IOException e) {
            throw ItagenException.input(file.toString(), Msg.of("error.REFERENCE_UNREADABLE", String.valueOf(e.getMessage())));
        }
    }

    /**
     * One header or footer of ours: the letterhead's content (or an empty paragraph), its
     * pictures and web links under new relationship ids, then the page number.
     */
    private static void copy(XWPFDocument lh, XWPFHeaderFooter from, XWPFDocument x, boolean header, HeaderFooterType type,
                             String pageNumber) throws XmlException, InvalidFormatException, IOException {
        if (from == null && pageNumber == null && type == HeaderFooterType.DEFAULT) return;
        XWPFHeaderFooter to = header ? x.createHeader(type) : x.createFooter(type);
        CTHdrFtr ct;
        if (from == null) {
            ct = CTHdrFtr.Factory.newInstance();
        } else {
            ct = (CTHdrFtr) from._getHdrFtr().copy();
            Map<String, String> ids = new HashMap<>();
            PackagePart part = from.getPackagePart();
            for (PackageRelationship rel : part.getRelationships()) {
                String type2 = rel.getRelationshipType();
                if (type2.equals(XWPFRelation.IMAGES.getRelation()) && rel.getTargetMode() == TargetMode.INTERNAL) {
                    PackagePart pic = part.getRelatedPart(rel);
                    String name = pic.getPartName().getName();
                    PictureType pt = PICTURES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
                    if (pt == null) continue;
                    byte[] data;
                    try (InputStream in = pic.getInputStream()) {
                        data = in.readAllBytes();
                    }
                    ids.put(rel.getId(), to.addPictureData(data, pt));
                } else if (rel.getTargetMode() == TargetMode.EXTERNAL && type2.equals(XWPFRelation.HYPERLINK.getRelation())) {
                    ids.put(rel.getId(), to.getPackagePart().addExternalRelationship(rel.getTargetURI().toString(), type2).getId());
                }
            }
            renumber(ct, ids);
            copyStyles(lh, x, ct);
        }
        if (pageNumber != null) {
            CTP p = ParsedXml.parse(CTP.Factory, pageNumber.replaceFirst("^<w:p>", "<w:p xmlns:w=\"" + DocxXml.W_NS + "\">"));
            ct.addNewP().set(p);
        }
        // A header must hold a paragraph (Word reports an empty w:hdr as unreadable content).
        if (ct.sizeOfPArray() == 0 && ct.sizeOfTblArray() == 0 && ct.sizeOfSdtArray() == 0) ct.addNewP();
        to.setHeaderFooter(ct);
    }

    /** Relationship ids (r:embed, r:id, r:link ...) pointed at the new ones; an id not carried over is left (Word ignores it). */
    private static void renumber(CTHdrFtr ct, Map<String, String> ids) {
        if (ids.isEmpty()) return;
        try (XmlCursor c = ct.newCursor()) {
            while (c.hasNextToken()) {
                XmlCursor.TokenType t = c.toNextToken();
                if (t.isAttr() && DocxXml.R_NS.equals(c.getName().getNamespaceURI())) {
                    String v = c.getTextValue();
                    String n = ids.get(v);
                    if (n != null) c.setTextValue(n);
                }
            }
        }
    }

    /** Styles the letterhead's paragraphs name that itagen lacks, with the styles they are based on; ours are never replaced. */
    private static void copyStyles(XWPFDocument lh, XWPFDocument x, CTHdrFtr ct) {
        XWPFStyles from = lh.getStyles(), to = x.getStyles();
        if (from == null || to == null) return;
        Set<String> wanted = new LinkedHashSet<>();
        javax.xml.namespace.QName val = new javax.xml.namespace.QName(DocxXml.W_NS, "val");
        try (XmlCursor c = ct.newCursor()) {
            while (c.hasNextToken()) {
                if (!c.toNextToken().isStart()) continue;
                javax.xml.namespace.QName n = c.getName();
                if (DocxXml.W_NS.equals(n.getNamespaceURI()) && (n.getLocalPart().equals("pStyle") || n.getLocalPart().equals("rStyle"))) {
                    String v = c.getAttributeText(val);
                    if (v != null) wanted.add(v);
                }
            }
        }
        for (String id : wanted) {
            String cur = id;
            for (int depth = 0; cur != null && depth < 10 && !to.styleExist(cur); depth++) {
                XWPFStyle s = from.getStyle(cur);
                if (s == null) break;
                to.addStyle(new XWPFStyle((CTStyle) s.getCTStyle().copy(), to));
                cur = s.getCTStyle().isSetBasedOn() ? s.getCTStyle().getBasedOn().getVal() : null;
            }
        }
    }
}
