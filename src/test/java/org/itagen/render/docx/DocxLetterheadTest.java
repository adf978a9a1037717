package org.itagen.render.docx;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.util.Units;
import org.itagen.ItagenException;
import org.itagen.doc.Document;
import org.itagen.report.SampleReports;
import org.itagen.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * --docx-letterhead (issue 13 §4): an officer's DOCX made here with POI, its first-page header
 * holding a logo and the agency's address in its own style, an Arial Normal and a footer; only the
 * headers and footers are taken, itagen's styles, page numbers and body stay.
 */
class DocxLetterheadTest {
    static final String ADDRESS = "กรมพัฒนาระบบน้ำชุมชน ถนนพระรามที่ 6 กรุงเทพฯ 10400";
    static final String FOOTER = "โทร 0 2123 4567 www.example.go.th";

    @TempDir
    Path tmp;

    /** The officer's letterhead: a different first page whose header has a picture and the address. */
    static Path letterhead(Path file, boolean titlePg) throws Exception {
        try (XWPFDocument d = new XWPFDocument()) {
            var styles = d.createStyles();
            CTStyle normal = CTStyle.Factory.newInstance();
            normal.setStyleId("Normal");
            normal.setType(STStyleType.PARAGRAPH);
            normal.addNewName().setVal("Normal");
            normal.addNewRPr().addNewRFonts().setAscii("Arial");
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(normal, styles));
            CTStyle own = CTStyle.Factory.newInstance();
            own.setStyleId("AgencyAddress");
            own.setType(STStyleType.PARAGRAPH);
            own.addNewName().setVal("Agency Address");
            own.addNewRPr().addNewRFonts().setCs("Angsana New");
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(own, styles));
            d.createParagraph().createRun().setText("เนื้อหาของหัวจดหมาย ซึ่งต้องไม่ปรากฏ");
            XWPFHeader h = d.createHeader(titlePg ? HeaderFooterType.FIRST : HeaderFooterType.DEFAULT);
            XWPFParagraph logo = h.createParagraph();
            XWPFRun r = logo.createRun();
            byte[] png = TestPictures.png(TestPictures.logo(120));
            r.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "logo.png", Units.toEMU(50), Units.toEMU(50));
            XWPFParagraph addr = h.createParagraph();
            addr.setStyle("AgencyAddress");
            addr.createRun().setText(ADDRESS);
            XWPFFooter f = d.createFooter(HeaderFooterType.DEFAULT);
            f.createParagraph().createRun().setText(FOOTER);
            if (titlePg) d.getDocument().getBody().getSectPr().addNewTitlePg();
            try (OutputStream out = Files.newOutputStream(file)) {
                d.write(out);
            }
        }
        return file;
    }

    static String headerText(DocxPackage p, String part) {
        return String.join("", DocxPackage.all("<w:t(?: [^>]*)?>([^<]*)</w:t>", p.xml(part)));
    }

    @Test
    void takesHeadersAndFootersKeepsOurStylesNumbersAndBody() throws Exception {
        Path lh = letterhead(tmp.resolve("letterhead.docx"), true);
        Document doc = SampleReports.document("o25", "department");
        byte[] plain = DocxWriter.render(doc);
        byte[] with = DocxWriter.render(doc, DocxWriter.Options.defaults().withLetterhead(lh));
        if (System.getProperty("look.out") != null) Files.write(Path.of(System.getProperty("look.out"), "letterhead.docx"), with);
        DocxPackage p = new DocxPackage(with);
        String main = p.xml("word/document.xml");
        String rels = p.xml("word/_rels/document.xml.rels");

        // The section: first page different, a first and a default header, a default footer.
        String sect = main.substring(main.lastIndexOf("<w:sectPr"));
        assertThat(sect).containsPattern("<w:titlePg(?: w:val=\"on\")?/>");
        String firstId = DocxPackage.all("<w:headerReference[^>]*w:type=\"first\"[^>]*r:id=\"([^\"]+)\"", sect).getFirst();
        String defaultId = DocxPackage.all("<w:headerReference[^>]*w:type=\"default\"[^>]*r:id=\"([^\"]+)\"", sect).getFirst();
        String footerId = DocxPackage.all("<w:footerReference[^>]*w:type=\"default\"[^>]*r:id=\"([^\"]+)\"", sect).getFirst();
        String first = "word/" + DocxPackage.all("Id=\"" + firstId + "\"[^>]*Target=\"([^\"]+)\"", rels).getFirst();
        String dflt = "word/" + DocxPackage.all("Id=\"" + defaultId + "\"[^>]*Target=\"([^\"]+)\"", rels).getFirst();
        String footer = "word/" + DocxPackage.all("Id=\"" + footerId + "\"[^>]*Target=\"([^\"]+)\"", rels).getFirst();

        // Page 1: the letterhead, its picture pointing at a media part of this package, no page number.
        assertThat(headerText(p, first)).contains(ADDRESS);
        assertThat(p.xml(first)).contains("<w:drawing>").doesNotContain("PAGE");
        String embed = DocxPackage.all("r:embed=\"([^\"]+)\"", p.xml(first)).getFirst();
        String firstRels = first.replace("word/", "word/_rels/") + ".rels";
        String media = DocxPackage.all("Id=\"" + embed + "\"[^>]*Target=\"([^\"]+)\"", p.xml(firstRels)).getFirst();
        assertThat(p.parts).containsKey("word/" + media.replace("../", ""));
        // Later pages: itagen's page number (the letterhead had no default header).
        assertThat(p.xml(dflt)).contains(" PAGE ").doesNotContain(ADDRESS);
        assertThat(headerText(p, footer)).isEqualTo(FOOTER);

        // itagen's styles stay (Normal in TH Sarabun New, not Arial); the letterhead's own style is added.
        String styles = p.xml("word/styles.xml");
        String normal = DocxPackage.all("(<w:style [^>]*w:styleId=\"Normal\".*?</w:style>)", styles).getFirst();
        assertThat(normal).contains("TH Sarabun New").doesNotContain("Arial");
        assertThat(styles).contains("w:styleId=\"AgencyAddress\"");
        // The body is itagen's, unchanged; nothing of the letterhead's body.
        // (Relationship ids differ: the headers take some.)
        String body = main.substring(main.indexOf("<w:body>"), main.lastIndexOf("<w:sectPr")).replaceAll("r:(id|embed)=\"rId\\d+\"", "r:$1");
        String plainMain = new DocxPackage(plain).xml("word/document.xml");
        String plainBody = plainMain.substring(plainMain.indexOf("<w:body>"), plainMain.lastIndexOf("<w:sectPr"))
                .replaceAll("r:(id|embed)=\"rId\\d+\"", "r:$1");
        int at = 0;
        while (at < Math.min(body.length(), plainBody.length()) && body.charAt(at) == plainBody.charAt(at)) at++;
        assertThat(body.substring(Math.max(0, at - 80), Math.min(body.length(), at + 80))).as("the body differs at %d", at)
                .isEqualTo(plainBody.substring(Math.max(0, at - 80), Math.min(plainBody.length(), at + 80)));
        assertThat(main).doesNotContain("ซึ่งต้องไม่ปรากฏ");
        // Same bytes twice.
        assertThat(DocxWriter.render(doc, DocxWriter.Options.defaults().withLetterhead(lh))).isEqualTo(with);
    }

    @Test
    void letterheadOnEveryPageJoinsThePageNumber() throws Exception {
        Path lh = letterhead(tmp.resolve("every.docx"), false);
        DocxPackage p = new DocxPackage(DocxWriter.render(SampleReports.document("o25", "department"),
                DocxWriter.Options.defaults().withLetterhead(lh)));
        List<String> headers = p.names().stream().filter(n -> n.matches("word/header\\d+\\.xml")).toList();
        assertThat(headers).hasSize(2);
        // The default header: the letterhead then the number; the first page: the letterhead alone.
        long withNumber = headers.stream().filter(h -> p.xml(h).contains(" PAGE ")).count();
        assertThat(withNumber).isEqualTo(1);
        assertThat(headers).allMatch(h -> headerText(p, h).contains(ADDRESS));
    }

    @Test
    void badLetterheadsAreOneInputError() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.docx"), "not a zip");
        assertThatThrownBy(() -> DocxWriter.checkLetterhead(text)).isInstanceOfSatisfying(ItagenException.class,
                e -> assertThat(e.code()).endsWith("REFERENCE_UNREADABLE"));
        assertThatThrownBy(() -> DocxWriter.checkLetterhead(tmp.resolve("missing.docx"))).isInstanceOfSatisfying(ItagenException.class,
                e -> assertThat(e.code()).endsWith("LETTERHEAD_NOT_FOUND"));
        Path bare = tmp.resolve("bare.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(bare)) {
            d.createParagraph().createRun().setText("ไม่มีหัวกระดาษ");
            d.write(out);
        }
        assertThatThrownBy(() -> DocxWriter.checkLetterhead(bare)).isInstanceOfSatisfying(ItagenException.class,
                e -> assertThat(e.code()).endsWith("LETTERHEAD_NO_HEADER"));
    }
}
