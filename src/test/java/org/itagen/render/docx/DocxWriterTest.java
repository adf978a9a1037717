package org.itagen.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.itagen.ItagenException;
import org.itagen.doc.Align;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.ListBlock;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageBreak;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.SampleDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itagen.render.docx.DocxPackage.all;
import static org.itagen.render.docx.DocxPackage.count;

/** Reads the DOCX back (POI and raw XML) and checks what Word will see. */
class DocxWriterTest {
    private static final String FONT = "TH Sarabun New";
    private static byte[] longBytes;
    private static DocxPackage longPkg;
    private static String body;

    @BeforeAll
    static void writeLongSample() {
        longBytes = DocxWriter.render(SampleDocuments.longSample());
        longPkg = new DocxPackage(longBytes);
        body = longPkg.xml("word/document.xml");
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** Paragraph XML (w:p elements only, not w:pPr). */
    private static List<String> paragraphs(String xml) {
        return all("(<w:p(?:\\s[^>]*)?>.*?</w:p>)", xml);
    }

    private static List<String> runs(String paragraphXml) {
        return all("(<w:r(?:\\s[^>]*)?>.*?</w:r>)", paragraphXml);
    }

    private static String styleXml(String styles, String id) {
        List<String> found = all("(<w:style [^>]*w:styleId=\"" + id + "\".*?</w:style>)", styles);
        assertThat(found).as("style " + id).hasSize(1);
        return found.getFirst();
    }

    @Test
    void stylesCarryThaiAsComplexScript() throws IOException {
        String styles = longPkg.xml("word/styles.xml");
        String defaults = all("(<w:docDefaults>.*?</w:docDefaults>)", styles).getFirst();
        for (String xml : List.of(defaults, styleXml(styles, "Normal"), styleXml(styles, "Title"),
                styleXml(styles, "Heading1"), styleXml(styles, "Heading2"), styleXml(styles, "Heading3"),
                styleXml(styles, "ListParagraph"), styleXml(styles, "Caption"))) {
            assertThat(xml).contains("w:ascii=\"" + FONT + "\"", "w:hAnsi=\"" + FONT + "\"",
                    "w:cs=\"" + FONT + "\"", "w:eastAsia=\"" + FONT + "\"", "w:bidi=\"th-TH\"", "<w:szCs w:val=");
            assertThat(all("<w:sz w:val=\"(\\d+)\"/>", xml)).isEqualTo(all("<w:szCs w:val=\"(\\d+)\"/>", xml));
        }
        assertThat(defaults).contains("<w:sz w:val=\"32\"/>", "<w:szCs w:val=\"32\"/>");
        assertThat(styleXml(styles, "Heading1")).contains("<w:b/><w:bCs/>", "<w:outlineLvl w:val=\"0\"/>", "<w:keepNext/>");
        assertThat(styleXml(styles, "Heading2")).contains("<w:outlineLvl w:val=\"1\"/>");
        assertThat(styleXml(styles, "Heading3")).contains("<w:outlineLvl w:val=\"2\"/>");
        assertThat(styleXml(styles, "Title")).contains("<w:jc w:val=\"center\"/>").doesNotContain("outlineLvl");
        assertThat(styleXml(styles, "ItagenTable")).contains("w:type=\"table\"", "<w:tblBorders>", "<w:tblCellMar>");
        assertThat(styleXml(styles, "Hyperlink")).contains("<w:u w:val=\"single\"/>");

        try (XWPFDocument doc = open(longBytes)) {
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            List<String> headingStyles = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) if (p.getStyle() != null && p.getStyle().startsWith("Heading")) headingStyles.add(p.getStyle());
            assertThat(headingStyles).containsExactly("Heading1", "Heading2", "Heading3", "Heading1", "Heading1");
            // The year is held to its era by a NO-BREAK SPACE (render.RunText).
            assertThat(doc.getParagraphs()).anyMatch(p -> "Title".equals(p.getStyle())
                    && p.getText().equals("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ประจำปีงบประมาณ พ.ศ.\u00A0๒๕๖๙"));
        }
    }

    @Test
    void everyBodyRunWithThaiSetsFontSizeAndLanguageForComplexScript() {
        int checked = 0;
        for (String p : paragraphs(body)) {
            if (p.matches("(?s).*<w:pStyle w:val=\"(Heading\\d|Title|TOC\\d|TOCHeading)\"/>.*")) continue;
            for (String r : runs(p)) {
                String text = String.join("", all("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>", r));
                if (!text.matches("(?s).*[\\u0E01-\\u0E5B].*")) continue;
                checked++;
                // A number in Thai digits is a run of its own whose complex-script language keeps
                // LibreOffice from breaking inside it (issue 11); Thai words are th-TH.
                boolean number = !text.matches("(?s).*[\\u0E01-\\u0E4F].*") && text.strip().length() >= 2;
                assertThat(r).as(text).contains("w:cs=\"" + FONT + "\"", "w:ascii=\"" + FONT + "\"",
                        number ? "w:bidi=\"en-US\"" : "w:bidi=\"th-TH\"", "<w:szCs w:val=");
                assertThat(all("<w:sz w:val=\"(\\d+)\"/>", r)).as(text).isEqualTo(all("<w:szCs w:val=\"(\\d+)\"/>", r));
            }
        }
        assertThat(checked).isGreaterThan(300);
        String boldRun = runs(body).stream().filter(r -> r.contains(">ตัวหนาที่ผู้ใหญ่ใช้<")).findFirst().orElseThrow();
        assertThat(boldRun).contains("<w:b/><w:bCs/>", "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>");
        String italicRun = runs(body).stream().filter(r -> r.contains(">ตัวเอียงของคำว่าปี่และลิ้น<")).findFirst().orElseThrow();
        assertThat(italicRun).contains("<w:i/><w:iCs/>");
        // The measures table is 14 pt: 28 half-points on its Thai runs.
        String cellRun = runs(body).stream().filter(r -> r.contains(">ศูนย์ปฏิบัติการต่อต้านการทุจริต<")).findFirst().orElseThrow();
        assertThat(cellRun).contains("<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>");
    }

    @Test
    void digitsAreThaiExceptLiteralRunsAndLinks() throws IOException {
        try (XWPFDocument doc = open(longBytes)) {
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("พ.ศ.\u00A0๒๕๖๘");
            all = all.replace('\u00A0', ' ');
            assertThat(all).contains("พ.ศ. ๒๕๖๘", "๙๒.๖๑ คะแนน", "ทั้ง ๑๐ ตัวชี้วัด", "i10", "O25",
                    "https://www.example.go.th/ita/2568", "ita@example.go.th");
            assertThat(all).doesNotContain("2568 หน่วยงาน", "92.61");
        }
        String linkRun = all("(<w:hyperlink [^>]*>.*?</w:hyperlink>)", body).getFirst();
        assertThat(linkRun).contains(">เว็บไซต์หน่วยงาน<", "<w:rStyle w:val=\"Hyperlink\"/>");
        String rid = all("<w:hyperlink r:id=\"(rId\\d+)\"", body).getFirst();
        assertThat(longPkg.xml("word/_rels/document.xml.rels"))
                .containsPattern("Id=\"" + rid + "\" Target=\"https://www.example.go.th/\" TargetMode=\"External\"");
    }

    @Test
    void tablesRepeatHeadersKeepRowsWholeAndUseFixedGrid() throws IOException {
        try (XWPFDocument doc = open(longBytes)) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(2);
            assertThat(tables.get(0).getRows()).hasSize(2 + 11);
            assertThat(tables.get(1).getRows()).hasSize(1 + 60);
            for (int t = 0; t < 2; t++) {
                int headerRows = t == 0 ? 2 : 1;
                List<XWPFTableRow> rows = tables.get(t).getRows();
                for (int i = 0; i < rows.size(); i++) {
                    assertThat(rows.get(i).isRepeatHeader()).as("table %d row %d", t, i).isEqualTo(i < headerRows);
                    assertThat(rows.get(i).isCantSplitRow()).as("table %d row %d", t, i).isTrue();
                }
            }
            assertThat(tables.get(1).getRow(0).getCell(1).getText()).isEqualTo("มาตรการ");
            assertThat(tables.get(1).getRow(60).getCell(0).getText()).isEqualTo("๖๐");
        }
        List<String> tbls = all("(<w:tbl>.*?</w:tbl>)", body);
        assertThat(tbls).hasSize(2);
        int textWidth = DocxStyles.twips(21.0 - 3.0 - 2.0);
        for (String tbl : tbls) {
            assertThat(tbl).contains("<w:tblLayout w:type=\"fixed\"/>", "<w:tblStyle w:val=\"ItagenTable\"/>", "<w:tblCellMar>");
            int sum = all("<w:gridCol w:w=\"(\\d+)\"/>", tbl).stream().mapToInt(Integer::parseInt).sum();
            assertThat(sum).isEqualTo(textWidth);
        }
        // Sized by content: the tool column holds its bold header word (AWT's width, plus padding).
        assertThat(Integer.parseInt(all("<w:gridCol w:w=\"(\\d+)\"/>", tbls.get(0)).getFirst()) / 20.0)
                .isGreaterThanOrEqualTo(org.itagen.testing.FontWidths.of("แบบวัด", true, 16) + 2 * 4);
        String cmp = tbls.get(0);
        // Header: "แบบวัด", "ตัวชี้วัด" and "เพิ่ม/ลด" span two rows; "คะแนน" spans two columns.
        assertThat(count("<w:vMerge w:val=\"restart\"/>", cmp)).isEqualTo(3 + 3);
        // Continuations: 3 in the second header row, 4 + 2 + 1 in the tool column of the body.
        assertThat(count("<w:vMerge/>", cmp)).isEqualTo(3 + 4 + 2 + 1);
        assertThat(count("<w:gridSpan w:val=\"2\"/>", cmp)).isEqualTo(2);
        assertThat(cmp).contains("w:fill=\"D9E2F3\"", "w:fill=\"F2F2F2\"", "<w:vAlign w:val=\"center\"/>");
        // Every row fills the five grid columns.
        for (String tr : all("(<w:tr>.*?</w:tr>)", cmp)) {
            int cols = 0;
            for (String tc : all("(<w:tc>.*?</w:tc>)", tr)) {
                List<String> span = all("<w:gridSpan w:val=\"(\\d+)\"/>", tc);
                cols += span.isEmpty() ? 1 : Integer.parseInt(span.getFirst());
            }
            assertThat(cols).isEqualTo(5);
        }
        assertThat(body).contains(">ตารางที่ ๑ เปรียบเทียบผลคะแนนรายตัวชี้วัด<");
    }

    @Test
    void pageNumberIsAPageFieldInTheHeaderWithThaiFormatAndNoneOnPageOne() {
        String sect = all("(<w:sectPr>.*?</w:sectPr>)", body).getLast();
        assertThat(sect).contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", "<w:pgNumType w:fmt=\"thaiNumbers\"/>", "<w:titlePg");
        assertThat(sect).contains("w:top=\"1417\"", "w:bottom=\"1134\"", "w:left=\"1701\"", "w:right=\"1134\"");
        String defaultRel = all("<w:headerReference w:type=\"default\" r:id=\"(rId\\d+)\"/>", sect).getFirst();
        String firstRel = all("<w:headerReference w:type=\"first\" r:id=\"(rId\\d+)\"/>", sect).getFirst();
        String rels = longPkg.xml("word/_rels/document.xml.rels");
        String defaultPart = "word/" + all("Id=\"" + defaultRel + "\" Target=\"([^\"]+)\"", rels).getFirst();
        String firstPart = "word/" + all("Id=\"" + firstRel + "\" Target=\"([^\"]+)\"", rels).getFirst();
        String header = longPkg.xml(defaultPart);
        assertThat(header).containsPattern("<w:t xml:space=\"preserve\">- </w:t>.*<w:fldChar w:fldCharType=\"begin\"/>.*"
                + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>.*<w:fldChar w:fldCharType=\"separate\"/>.*"
                + "<w:fldChar w:fldCharType=\"end\"/>.*<w:t xml:space=\"preserve\"> -</w:t>");
        assertThat(header).contains("<w:jc w:val=\"center\"/>", "w:cs=\"" + FONT + "\"");
        assertThat(longPkg.xml(firstPart)).doesNotContain("<w:t", "PAGE");
    }

    @Test
    void listsUseNumberingDefinitionsWithThaiDigits() throws IOException {
        String numbering = longPkg.xml("word/numbering.xml");
        List<String> abstracts = all("(<w:abstractNum .*?</w:abstractNum>)", numbering);
        assertThat(abstracts).hasSize(2);
        // The bullet list with a nested numbered list, then a numbered list.
        assertThat(abstracts.get(0)).containsPattern("<w:lvl w:ilvl=\"0\">.*?<w:numFmt w:val=\"bullet\"/>")
                .containsPattern("<w:lvl w:ilvl=\"1\">.*?<w:numFmt w:val=\"thaiNumbers\"/><w:lvlText w:val=\"%2.\"/>");
        assertThat(abstracts.get(1)).containsPattern("<w:lvl w:ilvl=\"0\">.*?<w:numFmt w:val=\"thaiNumbers\"/><w:lvlText w:val=\"%1.\"/>");
        assertThat(count("<w:num w:numId=", numbering)).isEqualTo(2);
        try (XWPFDocument doc = open(longBytes)) {
            List<XWPFParagraph> items = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertThat(items).hasSize(2 + 5 + 3);
            assertThat(items).allMatch(p -> "ListParagraph".equals(p.getStyle()));
            assertThat(items.get(2).getNumIlvl().intValue()).isEqualTo(1);
            assertThat(items.get(2).getText()).isEqualTo("มาตรการ โครงการ หรือกิจกรรม");
            assertThat(items.get(7).getNumID()).isNotEqualTo(items.get(0).getNumID());
            // No typed numbers: the text starts with the item itself.
            assertThat(items.get(7).getText()).isEqualTo("รวบรวมผลการดำเนินงานทุกสิ้นไตรมาส");
        }
    }

    @Test
    void chartIsANativeHorizontalClusteredBarChartWithTheSameData() {
        assertThat(longPkg.names()).contains("word/charts/chart1.xml");
        assertThat(longPkg.names()).anyMatch(n -> n.startsWith("word/embeddings/") && n.endsWith(".xlsx"));
        String chart = longPkg.xml("word/charts/chart1.xml");
        assertThat(chart).contains("<c:barDir val=\"bar\"/>", "<c:grouping val=\"clustered\"/>", "<c:legend>",
                "<c:showVal val=\"1\"/>", "typeface=\"" + FONT + "\"", "<a:cs typeface=\"" + FONT + "\"/>",
                "<c:max val=\"100.0\"/>");
        assertThat(count("<c:ser>", chart)).isEqualTo(2);
        assertThat(chart).contains("ปี ๒๕๖๗", "ปี ๒๕๖๘", "คะแนนรายตัวชี้วัด ปี ๒๕๖๗ และ ๒๕๖๘", ">คะแนน<");
        // Category labels carry zero-width spaces at Thai word boundaries so that they wrap between
        // words, not after the prefix การ (issue 11: the PDF's breaks).
        assertThat(chart.replace("\u200B", "")).contains("<c:v>การป้องกันการทุจริต</c:v>");
        assertThat(chart).contains("<c:v>การป้องกัน\u200Bการทุจริต</c:v>").doesNotContain("การ\u200Bป้องกัน");
        assertThat(count("<c:cat>", chart)).isEqualTo(2);
        assertThat(count("<c:ptCount val=\"10\"/>", chart)).isEqualTo(2 * 2);
        assertThat(count("<c:v>ประสิทธิภาพการสื่อสาร</c:v>", chart.replace("\u200B", ""))).isEqualTo(2);
        assertThat(chart).contains("<c:v>91.62</c:v>", "<c:v>64.84</c:v>");
        assertThat(body).contains("<c:chart ");
    }

    @Test
    void imageIsEmbeddedAtItsWidth() {
        assertThat(longPkg.names()).contains("word/media/image1.png");
        assertThat(longPkg.parts.get("word/media/image1.png")).isEqualTo(SampleDocuments.logoPng());
        // 2.5 cm, square logo.
        assertThat(body).contains("<wp:extent cx=\"900000\" cy=\"900000\"/>", "descr=\"ตราสัญลักษณ์หน่วยงานตัวอย่าง\"");
        assertThat(body).doesNotContain("descr=\"image1.png\"");
        // Picture and chart have distinct drawing ids from 1.
        assertThat(all("<wp:docPr id=\"(\\d+)\"", body)).containsExactly("1", "2");
    }

    @Test
    void pageBreakStartsTheNextHeadingOnANewPage() {
        List<String> ps = paragraphs(body);
        String heading3 = ps.stream().filter(p -> p.contains(">๓. มาตรการและผลการดำเนินงาน<")).findFirst().orElseThrow();
        assertThat(heading3).contains("<w:pageBreakBefore");
        assertThat(count("<w:pageBreakBefore", body)).isEqualTo(1);
        assertThat(body).doesNotContain("w:type=\"page\"");
    }

    @Test
    void corePropertiesAreFixed() throws IOException {
        String core = longPkg.xml("docProps/core.xml");
        assertThat(core).contains("<dc:title>เอกสารตัวอย่างภาษาไทย</dc:title>", "<dc:creator>สำนักงานตัวอย่าง</dc:creator>",
                "2025-11-07T00:00:00Z", "<dc:language>th-TH</dc:language>", "<cp:keywords>ITA, O25</cp:keywords>");
        assertThat(count("2025-11-07T00:00:00Z", core)).isEqualTo(2);
        try (XWPFDocument doc = open(longBytes)) {
            var cp = doc.getProperties().getCoreProperties();
            assertThat(cp.getCreated().toInstant()).isEqualTo(Instant.parse("2025-11-07T00:00:00Z"));
            assertThat(cp.getModified().toInstant()).isEqualTo(Instant.parse("2025-11-07T00:00:00Z"));
            assertThat(cp.getSubject()).isEqualTo("ทดสอบ");
        }
    }

    @Test
    void sameInputGivesSameBytesWithFixedZipTimesAndOrder() throws Exception {
        assertThat(DocxWriter.render(SampleDocuments.longSample())).isEqualTo(longBytes);
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 3; i++) futures.add(pool.submit(() -> DocxWriter.render(SampleDocuments.longSample())));
            for (Future<byte[]> f : futures) assertThat(f.get()).isEqualTo(longBytes);
        }
        assertThat(longPkg.names().getFirst()).isEqualTo("[Content_Types].xml");
        assertThat(longPkg.times.values()).allMatch(t -> t.equals(LocalDateTime.of(2025, 11, 7, 0, 0)));
        // The chart's workbook is a zip inside the zip: fixed too.
        String xlsx = longPkg.names().stream().filter(n -> n.endsWith(".xlsx")).findFirst().orElseThrow();
        DocxPackage inner = new DocxPackage(longPkg.parts.get(xlsx));
        assertThat(inner.times.values()).allMatch(t -> t.equals(LocalDateTime.of(2025, 11, 7, 0, 0)));
        assertThat(inner.xml("docProps/core.xml")).contains("2025-11-07T00:00:00Z");
    }

    @Test
    void sourceDateEpochWinsOverTheDocumentDate() {
        LocalDate date = LocalDate.of(2025, 11, 7);
        assertThat(Timestamps.fixedInstant(date, "1735689600")).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(Timestamps.fixedInstant(date, null)).isEqualTo(Instant.parse("2025-11-07T00:00:00Z"));
        assertThatThrownBy(() -> Timestamps.fixedInstant(date, "yesterday"))
                .isInstanceOf(ItagenException.class).hasMessageContaining("not a number");
        byte[] zip = ReproducibleZip.normalize(longBytes, Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(new DocxPackage(zip).times.values()).allMatch(t -> t.equals(LocalDateTime.of(2025, 1, 1, 0, 0)));
    }

    @Test
    void writingPrintsNothingAndLogsToTheGivenSink() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> log = new ArrayList<>();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            DocxWriter.render(SampleDocuments.longSample(), DocxWriter.Options.defaults().withLog(log::add));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(log).anyMatch(l -> l.startsWith("docx: 17 blocks"));
    }

    @Test
    void arabicDigitsDocumentUsesDecimalNumberingAndNoThaiDigits() throws IOException {
        Document d = SampleDocuments.longSample();
        Document arabic = new Document(d.metadata(), d.page().withDigits(Digits.ARABIC)
                .withPageNumbers(new PageNumbers(true, 1, "หน้า {n}", PageNumbers.Position.BOTTOM_RIGHT)), d.blocks());
        DocxPackage pkg = new DocxPackage(DocxWriter.render(arabic));
        String xml = pkg.xml("word/document.xml");
        String text = String.join("", all("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>", xml));
        assertThat(text).contains("92.61", "2568").doesNotContainPattern("[\\u0E50-\\u0E59]");
        assertThat(pkg.xml("word/numbering.xml")).contains("<w:numFmt w:val=\"decimal\"/>").doesNotContain("thaiNumbers");
        String sect = all("(<w:sectPr>.*?</w:sectPr>)", xml).getLast();
        assertThat(sect).contains("<w:footerReference w:type=\"default\"").doesNotContain("pgNumType", "titlePg", "headerReference");
        String footer = pkg.names().stream().filter(n -> n.matches("word/footer\\d+\\.xml")).map(pkg::xml).findFirst().orElseThrow();
        assertThat(footer).contains(">หน้า </w:t>", " PAGE ", "<w:jc w:val=\"right\"/>");
    }

    @Test
    void tableOfContentsIsATocFieldListingTheHeadings() {
        DocxPackage pkg = new DocxPackage(DocxWriter.render(SampleDocuments.longSample(),
                DocxWriter.Options.defaults().withTableOfContents(true)));
        String xml = pkg.xml("word/document.xml");
        assertThat(xml).contains("<w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText>",
                "<w:pStyle w:val=\"TOCHeading\"/>", ">สารบัญ<", "<w:pStyle w:val=\"TOC2\"/>");
        // After the title block, before the first section heading.
        assertThat(xml.indexOf(">สารบัญ<")).isGreaterThan(xml.indexOf("สำนักงานตัวอย่างเพื่อการทดสอบ"))
                .isLessThan(xml.indexOf("<w:pStyle w:val=\"Heading1\"/>"));
        assertThat(count("w:fldCharType=\"begin\"", xml)).isEqualTo(count("w:fldCharType=\"end\"", xml)).isEqualTo(1);
        assertThat(pkg.xml("word/settings.xml")).contains("<w:updateFields w:val=\"on\"/>");
        assertThat(longPkg.xml("word/settings.xml")).doesNotContain("updateFields");
    }

    @Test
    void referenceDocxGivesStylesPageAndLetterhead(@TempDir Path dir) throws IOException {
        Path ref = dir.resolve("letterhead.docx");
        Files.write(ref, ReferenceDocs.letterhead());
        List<String> log = new ArrayList<>();
        byte[] out = DocxWriter.render(SampleDocuments.shortSample(), DocxWriter.Options.defaults().withReference(ref).withLog(log::add));
        DocxPackage pkg = new DocxPackage(out);
        String xml = pkg.xml("word/document.xml");
        assertThat(xml).doesNotContain(ReferenceDocs.BODY_TEXT).contains(">ผลการประเมิน<", ">การใช้ทรัพย์สินของราชการ<");
        String styles = pkg.xml("word/styles.xml");
        // The officer's Normal is kept; our missing styles are added.
        assertThat(styleXml(styles, "Normal")).contains(ReferenceDocs.FONT).doesNotContain(FONT);
        assertThat(styleXml(styles, "Heading1")).contains("<w:outlineLvl w:val=\"0\"/>");
        assertThat(styleXml(styles, "ItagenTable")).contains("<w:tblBorders>");
        String sect = all("(<w:sectPr>.*?</w:sectPr>)", xml).getLast();
        assertThat(sect).contains("w:left=\"2000\"").doesNotContain("pgNumType");
        String headers = String.join("", pkg.names().stream().filter(n -> n.matches("word/header\\d+\\.xml")).map(pkg::xml).toList());
        assertThat(headers).contains(ReferenceDocs.LETTERHEAD).doesNotContain(" PAGE ");
        // Runs leave font and size to the reference's styles.
        String cellRun = runs(xml).stream().filter(r -> r.contains(">การใช้ทรัพย์สินของราชการ<")).findFirst().orElseThrow();
        assertThat(cellRun).doesNotContain("w:rFonts", "w:sz");
        // Table width follows the reference's page: 11906 - 2000 - 1000.
        int sum = all("<w:gridCol w:w=\"(\\d+)\"/>", xml).stream().mapToInt(Integer::parseInt).sum();
        assertThat(sum).isEqualTo(11906 - 2000 - 1000);
        assertThat(log).anyMatch(l -> l.contains("letterhead.docx"));
        try (XWPFDocument doc = open(out)) {
            assertThat(doc.getTables()).hasSize(1);
        }
    }

    @Test
    void unreadableReferenceIsAnInputError(@TempDir Path dir) throws IOException {
        Path notDocx = dir.resolve("notes.docx");
        Files.writeString(notDocx, "plain text, not a Word file");
        assertThatThrownBy(() -> DocxWriter.render(SampleDocuments.shortSample(), DocxWriter.Options.defaults().withReference(notDocx)))
                .isInstanceOf(ItagenException.class)
                .satisfies(e -> assertThat(((ItagenException) e).kind()).isEqualTo(ItagenException.Kind.INPUT))
                .hasMessageContaining("cannot read it as a DOCX");
        assertThatThrownBy(() -> DocxWriter.render(SampleDocuments.shortSample(), DocxWriter.Options.defaults().withReference(dir.resolve("missing.docx"))))
                .isInstanceOf(ItagenException.class).hasMessageContaining("not found");
    }

    @Test
    void pageBreakAtTheEndAndTextWithNewlinesAreKept() {
        Document d = new Document(Metadata.of("t", "a", LocalDate.of(2025, 1, 2)), PageSetup.thaiOfficialA4().withPageNumbers(PageNumbers.none()),
                List.of(Heading.of(1, "หัวข้อ"), new Paragraph(List.of(Run.plain("บรรทัดแรก\nบรรทัดสอง\tท้าย")), Align.RIGHT, 0, 18f),
                        ListBlock.bullets(List.of("หนึ่ง")), new PageBreak()));
        String xml = new DocxPackage(DocxWriter.render(d)).xml("word/document.xml");
        assertThat(xml).contains(">บรรทัดแรก</w:t><w:br/><w:t xml:space=\"preserve\">บรรทัดสอง<", "บรรทัดสอง</w:t><w:tab/><w:t xml:space=\"preserve\">ท้าย<", "<w:jc w:val=\"right\"/>",
                "<w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>", "<w:br w:type=\"page\"/>").doesNotContain("headerReference");
    }

    @Test
    void libreOfficeTextCheckRejectsMissingOrScatteredWords() {
        String text = DocxLibreOfficeTest.comparable("ที่ มาตรการ ขั้นตอนการดำเนินการ ๑ มาตรการที่ ๑ ส่ง ๑) ทบทวน เสริมความโปร่งใส");
        assertThat(DocxLibreOfficeTest.inOrderNearby(text, DocxLibreOfficeTest.words("มาตรการที่ ๑ ส่งเสริมความโปร่งใส"))).isTrue();
        assertThat(DocxLibreOfficeTest.inOrderNearby(text, DocxLibreOfficeTest.words("มาตรการที่ ๒ ส่งเสริมความโปร่งใส"))).isFalse();
        assertThat(DocxLibreOfficeTest.inOrderNearby(text, DocxLibreOfficeTest.words("ส่งเสริมความโปร่งใส มาตรการที่ ๑"))).isFalse();
        assertThat(DocxLibreOfficeTest.comparable("ขัน\n\u0E49 ตอน")).isEqualTo(DocxLibreOfficeTest.comparable("ขั้นตอน"));
    }

    /**
     * The PDF's layout in Word's units (org.itagen.doc.Layout, worked out by hand): body 16 pt,
     * Heading 1 18 pt with 0.6 and 0.15 of its size around it, Heading 2 0.35; paragraphs 0.35
     * after; cell padding 4 / 2.5 pt; 0.6 pt rules; list levels 0.75 cm apart; • then –.
     */
    @Test
    void spacingPaddingAndIndentsAreThePdfs() {
        String styles = longPkg.xml("word/styles.xml");
        assertThat(styleXml(styles, "Heading1")).contains("<w:spacing w:before=\"216\" w:after=\"54\"/>"); // 10.8 pt, 2.7 pt
        assertThat(styleXml(styles, "Heading2")).contains("<w:spacing w:before=\"112\" w:after=\"48\"/>"); // 5.6 pt, 2.4 pt
        assertThat(styleXml(styles, "Title")).contains("<w:spacing w:before=\"240\" w:after=\"60\"/>"); // 20 pt title: 12 pt, 3 pt
        assertThat(styleXml(styles, "Heading3")).contains("<w:i/><w:iCs/>");
        assertThat(body).contains("<w:pStyle w:val=\"Normal\"/><w:spacing w:after=\"112\"/>"); // 0.35 × 16 pt
        String margins = "<w:tblCellMar><w:top w:w=\"50\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"50\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>";
        assertThat(styleXml(styles, "ItagenTable")).contains(margins, "w:sz=\"5\" w:space=\"0\" w:color=\"000000\"");
        assertThat(all("(<w:tbl>.*?</w:tblPr>)", body)).allMatch(t -> t.contains(margins));
        String numbering = longPkg.xml("word/numbering.xml");
        assertThat(numbering).contains("<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2022\"/>",
                "<w:ind w:left=\"425\" w:hanging=\"425\"/>", "<w:ind w:left=\"850\" w:hanging=\"425\"/>");
        // A bullet list one level down (under a numbered item): the dash.
        assertThat(new DocxPackage(DocxWriter.render(BodyVariants.document())).xml("word/numbering.xml"))
                .contains("<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2013\"/>");
        // The page number halfway into the 2.5 cm top margin.
        assertThat(body).contains("w:header=\"709\"");
    }
}
