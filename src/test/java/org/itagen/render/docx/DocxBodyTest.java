package org.itagen.render.docx;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.itagen.doc.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itagen.render.docx.DocxPackage.all;
import static org.itagen.render.docx.DocxPackage.count;

/**
 * The body writer on every block, cell and run variant ({@link BodyVariants}), read back through
 * POI's reader and the raw XML: text that needs escaping comes back as it was, spans and padding
 * fill the grid, links resolve, page breaks are neither lost nor doubled.
 */
class DocxBodyTest {
    private static final List<String> log = new ArrayList<>();
    private static byte[] bytes;
    private static String xml;

    @BeforeAll
    static void render() {
        bytes = DocxWriter.render(BodyVariants.document(), DocxWriter.Options.defaults().withLog(log::add));
        xml = new DocxPackage(bytes).xml("word/document.xml");
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void textNeedingEscapingComesBackAsWritten() throws IOException {
        try (XWPFDocument doc = open(bytes)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("ตาราง " + BodyVariants.SPECIAL, "ปกติ " + BodyVariants.SPECIAL, "ก่อน & หลัง",
                    "บรรทัด\nใหม่", "บรรทัด\nสอง");
            XWPFTable escaped = doc.getTables().get(1);
            assertThat(escaped.getRow(0).getCell(0).getText()).isEqualTo(BodyVariants.SPECIAL);
            assertThat(escaped.getRow(0).getCell(1).getText()).isEqualTo("]]>");
            // Newline and tab are a line break and a tab in Word, not characters in w:t.
            assertThat(doc.getTables().get(2).getRow(0).getCell(0).getText()).isEqualTo("บรรทัด\nสอง\tแท็บ");
        }
        assertThat(xml).contains("<w:t xml:space=\"preserve\">บรรทัด</w:t><w:br/><w:t xml:space=\"preserve\">สอง</w:t><w:tab/>");
    }

    @Test
    void pictureAltTextAndLinksSurviveEscaping() throws IOException {
        try (XWPFDocument doc = open(bytes)) {
            XWPFRun picture = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow();
            assertThat(picture.getEmbeddedPictures().getFirst().getDescription()).isEqualTo(BodyVariants.ALT);
            assertThat(picture.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr()).isEqualTo(BodyVariants.ALT);
            assertThat(picture.getEmbeddedPictures().getFirst().getPictureData().getData()).isEqualTo(org.itagen.doc.SampleDocuments.logoPng());
            List<String> urls = new ArrayList<>();
            for (XWPFTable t : doc.getTables()) {
                for (var row : t.getRows()) {
                    for (XWPFTableCell c : row.getTableCells()) {
                        for (XWPFParagraph p : c.getParagraphs()) {
                            for (XWPFRun r : p.getRuns()) if (r instanceof XWPFHyperlinkRun h) urls.add(h.getHyperlink(doc).getURL());
                        }
                    }
                }
            }
            // The cell links of the table that is written twice, in order.
            assertThat(urls).containsExactly(BodyVariants.CELL_LINK, "https://www.example.go.th/manual",
                    BodyVariants.CELL_LINK, "https://www.example.go.th/manual");
        }
    }

    @Test
    void everyRowFillsTheGridAndSpansAreKept() throws IOException {
        List<String> tables = all("(<w:tbl>.*?</w:tbl>)", xml);
        assertThat(tables).hasSize(5);
        for (int t : new int[]{0, 4}) {
            String tbl = tables.get(t);
            assertThat(count("<w:gridSpan w:val=\"2\"/>", tbl)).as("table %d", t).isEqualTo(3);
            assertThat(count("<w:vMerge w:val=\"restart\"/>", tbl)).isEqualTo(1);
            assertThat(count("<w:vMerge/>", tbl)).isEqualTo(2);
            assertThat(tbl).contains("w:fill=\"ABCDEF\"", "<w:vAlign w:val=\"center\"/>", "<w:vAlign w:val=\"bottom\"/>");
            for (String tr : all("(<w:tr>.*?</w:tr>)", tbl)) {
                int cols = 0;
                for (String tc : all("(<w:tc>.*?</w:tc>)", tr)) {
                    List<String> span = all("<w:gridSpan w:val=\"(\\d+)\"/>", tc);
                    cols += span.isEmpty() ? 1 : Integer.parseInt(span.getFirst());
                }
                assertThat(cols).isEqualTo(4);
            }
        }
        assertThat(log).contains("docx: a table row has more cells than columns; extra cells dropped");
        try (XWPFDocument doc = open(bytes)) {
            XWPFTable spans = doc.getTables().getFirst();
            // Two paragraphs (POI joins cell paragraphs without a separator); the literal run keeps its digits.
            assertThat(spans.getRow(1).getCell(1).getText()).isEqualTo("ตัวหนาตัวเอียงO25 2568ทั้งหนาและเอียง ๑๒ย่อหน้าที่สอง \"อัญประกาศ\" 'เดี่ยว'");
            assertThat(spans.getRow(3).getCell(3).getText()).isEqualTo("x");
        }
    }

    @Test
    void pageBreaksAreNeitherLostNorDoubled() {
        List<String> ps = all("(<w:p>.*?</w:p>)", xml);
        int before = count("<w:pageBreakBefore w:val=\"on\"/>", xml);
        int typed = count("<w:br w:type=\"page\"/>", xml);
        assertThat(before + typed).isEqualTo(BodyVariants.PAGE_BREAKS);
        // A paragraph that both starts a page and breaks one would leave a blank page.
        assertThat(ps).noneMatch(p -> p.contains("pageBreakBefore") && p.contains("w:type=\"page\""));
        // The table after a break: an empty paragraph holds the break, right before the table.
        assertThat(xml).contains("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p><w:tbl>");
    }

    @Test
    void negativeFirstLineIndentIsAHangingIndent() {
        // -0.75 cm and -0.5 cm: 425 and 283 twips; ST_TwipsMeasure has no negative values.
        assertThat(xml).contains("<w:ind w:hanging=\"425\"/>", "<w:ind w:hanging=\"283\"/>", "<w:ind w:firstLine=\"567\"/>")
                .doesNotContain("w:firstLine=\"-");
    }

    @Test
    void fontNameNeedingEscapingReachesStylesAndRuns() throws IOException {
        String font = "Sarabun \"&\" <Co>";
        Document d = BodyVariants.document();
        byte[] out = DocxWriter.render(new Document(d.metadata(), d.page().withFont(font, null), d.blocks()));
        try (XWPFDocument doc = open(out)) {
            XWPFRun run = doc.getParagraphs().stream().filter(p -> p.getText().equals("ก่อน & หลัง")).findFirst().orElseThrow().getRuns().getLast();
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.cs)).isEqualTo(font);
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo(font);
            assertThat(doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getCs()).isEqualTo(font);
        }
    }

    @Test
    void bodyElementsComeInDocumentOrder() throws IOException {
        try (XWPFDocument doc = open(bytes)) {
            List<String> kinds = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) kinds.add(e instanceof XWPFTable ? "table" : "p");
            // heading, caption, table, 2 untitled tables, link paragraph, picture, break paragraph, table, caption, table.
            assertThat(String.join(" ", kinds)).endsWith("p p table table table p p p table p table");
        }
    }

    @Test
    void pictureThatCannotBeDecodedIsAnInputError() {
        byte[] broken = java.util.Arrays.copyOf(org.itagen.doc.SampleDocuments.logoPng(), 40); // PNG signature, cut short
        Document d = new Document(BodyVariants.document().metadata(), BodyVariants.document().page(),
                List.of(new org.itagen.doc.Image(broken, 2.0, org.itagen.doc.Align.CENTER, "ตราเสีย")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocxWriter.render(d))
                .isInstanceOf(org.itagen.ItagenException.class)
                .satisfies(e -> assertThat(((org.itagen.ItagenException) e).kind()).isEqualTo(org.itagen.ItagenException.Kind.INPUT))
                .satisfies(e -> assertThat(((org.itagen.ItagenException) e).where()).contains("ตราเสีย"));
    }
}
