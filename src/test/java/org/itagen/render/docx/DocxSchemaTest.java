package org.itagen.render.docx;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.itagen.doc.Align;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Image;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts the writer makes, against the OOXML schema compiled into POI: catches unknown
 * elements, misordered properties and bad values (e.g. a negative twips measure), which Word
 * reports as unreadable content, and undeclared prefixes (the part does not parse).
 *
 * <p>poi-ooxml-lite lacks the compiled types of table-style properties (CTTblPrBase) and of
 * w:multiLevelType, so styles.xml and numbering.xml are checked piece by piece: every w:style
 * (a table style's w:tblPr as the table properties it extends), the docDefaults, every list
 * level and every w:num. It lacks w:compat too ({@link #compat}).
 */
class DocxSchemaTest {
    private static final String W = " xmlns:w=\"" + DocxXml.W_NS + "\"";
    private static final XmlOptions INNER = DocxStyles.INNER;

    private static void assertValid(String what, XmlObject part) {
        List<XmlError> errors = new ArrayList<>();
        boolean valid = part.validate(new XmlOptions().setErrorListener(errors));
        assertThat(errors).as(what).isEmpty();
        assertThat(valid).as(what).isTrue();
    }

    private static final java.util.regex.Pattern POINT_LABEL = java.util.regex.Pattern.compile("<c:dLbl\\b[^>]*>.*?</c:dLbl>", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern POINT_LABEL_SHAPE = java.util.regex.Pattern.compile(
            "<c:dLbl\\b[^>]*><c:idx val=\"\\d+\"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>.*</a:p></c:rich></c:tx>"
                    + "<c:dLblPos val=\"outEnd\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"
                    + "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbl>", java.util.regex.Pattern.DOTALL);

    /**
     * poi-ooxml-lite has no compiled CT_DLbl, so the per-point value labels (Thai digits, issue 11
     * §5) are checked by hand against the schema's element order (CT_DLbl: idx, tx, dLblPos,
     * showLegendKey, showVal, showCatName, showSerName, showPercent, showBubbleSize) and left out
     * of the chart part the validator sees.
     */
    private static String chartWithoutPointLabels(String what, String xml) {
        java.util.regex.Matcher m = POINT_LABEL.matcher(xml);
        while (m.find()) assertThat(POINT_LABEL_SHAPE.matcher(m.group()).matches()).as(what + ": " + m.group()).isTrue();
        return POINT_LABEL.matcher(xml).replaceAll("");
    }

    /** Validates every part of the package; returns how many pieces were checked. */
    private static int assertPackageValid(String name, byte[] docx) throws XmlException {
        DocxPackage pkg = new DocxPackage(docx);
        int checked = 0;
        for (String n : pkg.names()) {
            String xml = n.endsWith(".xml") ? pkg.xml(n) : null;
            String what = name + ": " + n;
            if (n.equals("word/document.xml")) assertValid(what, DocumentDocument.Factory.parse(xml));
            else if (n.equals("word/settings.xml")) assertValid(what, SettingsDocument.Factory.parse(compat(what, xml)));
            else if (n.matches("word/header\\d+\\.xml")) assertValid(what, HdrDocument.Factory.parse(xml));
            else if (n.matches("word/footer\\d+\\.xml")) assertValid(what, FtrDocument.Factory.parse(xml));
            else if (n.matches("word/charts/chart\\d+\\.xml")) assertValid(what, ChartSpaceDocument.Factory.parse(chartWithoutPointLabels(what, xml)));
            else if (n.equals("word/styles.xml")) checked += styles(what, xml) - 1;
            else if (n.equals("word/numbering.xml")) checked += numbering(what, xml) - 1;
            else continue;
            checked++;
        }
        return checked;
    }

    /**
     * poi-ooxml-lite lacks the compiled type of w:compat: its content is checked here against
     * CT_Compat as ECMA-376 defines it (any w:compatSetting after the legacy switches, each with
     * w:name, w:uri and w:val) and the settings are validated without it.
     */
    private static String compat(String what, String xml) {
        String compat = first("<w:compat>.*?</w:compat>", xml);
        assertThat(compat).as(what + " has w:compat").isNotNull();
        String inner = compat.substring("<w:compat>".length(), compat.length() - "</w:compat>".length());
        assertThat(inner).as(what + " w:compat").matches("(<w:[A-Za-z]+/>)*(<w:compatSetting w:name=\"[A-Za-z]+\" "
                + "w:uri=\"http://schemas\\.microsoft\\.com/office/word\" w:val=\"\\d+\"/>)+");
        return xml.replace(compat, "");
    }

    private static int styles(String what, String xml) throws XmlException {
        int n = 0;
        for (String style : all("<w:style .*?</w:style>", xml)) {
            String tblPr = first("<w:tblPr>.*?</w:tblPr>", style);
            if (tblPr != null) {
                assertValid(what + " tblPr", CTTblPr.Factory.parse(tblPr.replaceFirst("<w:tblPr>", "<w:tblPr" + W + ">"), INNER));
                style = style.replace(tblPr, "");
            }
            assertValid(what + " " + style.substring(0, Math.min(120, style.length())),
                    CTStyle.Factory.parse(style.replaceFirst("<w:style ", "<w:style" + W + " "), INNER));
            n++;
        }
        String defaults = first("<w:docDefaults>.*?</w:docDefaults>", xml);
        if (defaults != null) {
            assertValid(what + " docDefaults", CTDocDefaults.Factory.parse(defaults.replaceFirst("<w:docDefaults>", "<w:docDefaults" + W + ">"), INNER));
            n++;
        }
        return n;
    }

    private static int numbering(String what, String xml) throws XmlException {
        int n = 0;
        for (String lvl : all("<w:lvl .*?</w:lvl>", xml)) {
            assertValid(what + " lvl", CTLvl.Factory.parse(lvl.replaceFirst("<w:lvl ", "<w:lvl" + W + " "), INNER));
            n++;
        }
        for (String num : all("<w:num .*?</w:num>", xml)) {
            assertValid(what + " num", CTNum.Factory.parse(num.replaceFirst("<w:num ", "<w:num" + W + " "), INNER));
            n++;
        }
        return n;
    }

    private static List<String> all(String regex, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String first(String regex, String s) {
        List<String> found = all(regex, s);
        return found.isEmpty() ? null : found.getFirst();
    }

    @Test
    void longSampleWithAndWithoutTableOfContents() throws XmlException {
        // document, settings, 2 headers, chart; 17 styles, docDefaults; 18 list levels and 2 nums.
        int n = assertPackageValid("long", DocxWriter.render(SampleDocuments.longSample()));
        assertThat(n).isEqualTo(5 + 17 + 1 + 18 + 2);
        assertPackageValid("long+toc", DocxWriter.render(SampleDocuments.longSample(), DocxWriter.Options.defaults().withTableOfContents(true)));
    }

    @Test
    void everyBodyVariantAndAFooter() throws XmlException {
        Document d = BodyVariants.document();
        assertPackageValid("variants", DocxWriter.render(d));
        Document footer = new Document(d.metadata(), d.page().withDigits(Digits.ARABIC)
                .withPageNumbers(new PageNumbers(true, 1, "หน้า {n} & <ต่อ>", PageNumbers.Position.BOTTOM_RIGHT)), d.blocks());
        byte[] out = DocxWriter.render(footer);
        assertThat(new DocxPackage(out).names()).anyMatch(n -> n.matches("word/footer\\d+\\.xml"));
        assertPackageValid("variants+footer", out);
    }

    @Test
    void pictureWithoutPageNumbersDeclaresItsOwnNamespaces() throws XmlException {
        // No header: nothing but the body uses r, so the root gets r and wp from the body writer.
        Document d = new Document(Metadata.of("ภาพ", "หน่วยงาน", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4().withPageNumbers(PageNumbers.none()),
                List.of(new Image(SampleDocuments.logoPng(), 2.0, Align.CENTER, "ตรา"), Paragraph.of("ข้อความ")));
        byte[] out = DocxWriter.render(d);
        assertPackageValid("picture", out);
        String root = first("<w:document[^>]*>", new DocxPackage(out).xml("word/document.xml"));
        assertThat(root).contains("xmlns:wp=\"" + DocxXml.WP_NS + "\"", "xmlns:r=\"" + DocxXml.R_NS + "\"");
        Document plain = new Document(d.metadata(), d.page(), List.of(Paragraph.of("ข้อความ")));
        assertPackageValid("plain", DocxWriter.render(plain));
    }

    @Test
    void referenceDocx(@TempDir Path dir) throws Exception {
        Path ref = dir.resolve("letterhead.docx");
        Files.write(ref, ReferenceDocs.letterhead());
        DocxWriter.Options opts = DocxWriter.Options.defaults().withReference(ref);
        assertPackageValid("reference", DocxWriter.render(SampleDocuments.longSample(), opts));
        assertPackageValid("reference+toc", DocxWriter.render(BodyVariants.document(), opts.withTableOfContents(true)));
    }

    @Test
    void logoSignatureAndLetterhead(@TempDir Path dir) throws Exception {
        // Issue 13 §4: the signature paragraphs (ind, keepNext, spacing) and copied headers are schema-valid.
        org.itagen.doc.Document look = org.itagen.report.LookFixture.create(dir).document("o28");
        assertPackageValid("look", DocxWriter.render(look));
        Path lh = DocxLetterheadTest.letterhead(dir.resolve("letterhead-first.docx"), true);
        assertPackageValid("letterhead", DocxWriter.render(look, DocxWriter.Options.defaults().withLetterhead(lh)));
        Path every = DocxLetterheadTest.letterhead(dir.resolve("letterhead-every.docx"), false);
        assertPackageValid("letterhead-every", DocxWriter.render(look, DocxWriter.Options.defaults().withLetterhead(every)));
    }
}
