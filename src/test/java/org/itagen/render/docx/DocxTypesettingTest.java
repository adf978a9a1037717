package org.itagen.render.docx;

import org.itagen.doc.Align;
import org.itagen.doc.Paragraph;
import org.itagen.doc.SampleDocuments;
import org.itagen.doc.Table;
import org.itagen.doc.Table.Cell;
import org.itagen.doc.Table.Row;
import org.itagen.render.pdf.PdfWriter;
import org.itagen.testing.ExternalTools;
import org.itagen.testing.FontWidths;
import org.itagen.testing.PdfBoxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.itagen.render.docx.DocxPackage.all;

/**
 * Issue 11 §1, §3 and §6 in the DOCX: table widths as the PDF's (tblGrid and tcW), Thai
 * distributed justification, Word 2013 compatibility, rows kept with the next as the PDF keeps
 * them; and LibreOffice's rendering of the measures table.
 */
class DocxTypesettingTest {
    /** 16 cm of A4 text width in twips. */
    private static final int TEXT_WIDTH = 9071;

    @TempDir
    static Path dir;
    private static String measuresBody, longBody, settings;

    @BeforeAll
    static void render() throws Exception {
        byte[] measures = DocxWriter.render(SampleDocuments.measuresTable(12));
        Files.write(dir.resolve("measures.docx"), measures);
        measuresBody = new DocxPackage(measures).xml("word/document.xml");
        DocxPackage longPkg = new DocxPackage(DocxWriter.render(SampleDocuments.longSample()));
        longBody = longPkg.xml("word/document.xml");
        settings = longPkg.xml("word/settings.xml");
    }

    private static List<Integer> grid(String tbl) {
        return all("<w:gridCol w:w=\"(\\d+)\"/>", tbl).stream().map(Integer::parseInt).toList();
    }

    @Test
    void everyCellIsAsWideAsTheGridColumnsItSpansAndTheGridFillsTheTextWidth() {
        int tables = 0;
        for (String body : List.of(measuresBody, longBody)) {
            for (String tbl : all("(<w:tbl>.*?</w:tbl>)", body)) {
                tables++;
                List<Integer> grid = grid(tbl);
                assertThat(grid.stream().mapToInt(Integer::intValue).sum()).isEqualTo(TEXT_WIDTH);
                assertThat(grid).allMatch(w -> w > 0);
                for (String tr : all("(<w:tr>.*?</w:tr>)", tbl)) {
                    int col = 0;
                    for (String tc : all("(<w:tc>.*?</w:tc>)", tr)) {
                        int w = Integer.parseInt(all("<w:tcW w:w=\"(\\d+)\" w:type=\"dxa\"/>", tc).getFirst());
                        List<String> span = all("<w:gridSpan w:val=\"(\\d+)\"/>", tc);
                        int s = span.isEmpty() ? 1 : Integer.parseInt(span.getFirst());
                        assertThat(w).isEqualTo(grid.subList(col, col + s).stream().mapToInt(Integer::intValue).sum());
                        col += s;
                    }
                    assertThat(col).isEqualTo(grid.size());
                }
            }
        }
        assertThat(tables).isEqualTo(3);
    }

    @Test
    void theNumberColumnHoldsTwoDigitsAndTheColumnsLineUpWithThePdf() throws Exception {
        List<Integer> grid = grid(all("(<w:tbl>.*?</w:tbl>)", measuresBody).getFirst());
        // The widest row number, as AWT sets it in the PDF's font, plus the cell padding either side.
        assertThat(grid.getFirst() / 20.0).isGreaterThanOrEqualTo(FontWidths.of("๑๐", false, 14) + 2 * 4);
        // The PDF's second column (left-aligned text) starts where the DOCX grid says: margin,
        // first column, padding.
        Path pdf = dir.resolve("measures.pdf");
        Files.write(pdf, PdfWriter.render(SampleDocuments.measuresTable(12)));
        List<Double> starts = PdfBoxes.lines(pdf).stream().flatMap(l -> l.words().stream())
                .filter(w -> w.text().equals("มาตรการที่")).map(PdfBoxes.Word::xMin).toList();
        assertThat(starts).hasSize(12);
        double expected = 3 * 72 / 2.54 + grid.getFirst() / 20.0 + 4;
        for (double x : starts) assertThat(x).isCloseTo(expected, within(0.2));
    }

    @Test
    void justifiedParagraphsAreThaiDistributedAndOthersKeepTheirAlignment() {
        String justified = all("(<w:p>(?:(?!</w:p>).)*?ผู้บริหารจึงมอบหมาย.*?</w:p>)", longBody).getFirst();
        assertThat(justified).contains("<w:jc w:val=\"thaiDistribute\"/>");
        String left = all("(<w:p>(?:(?!</w:p>).)*?ที่ต้องคงเลขอารบิก.*?</w:p>)", longBody).getFirst();
        assertThat(left).contains("<w:jc w:val=\"left\"/>");
        assertThat(longBody).doesNotContain("w:val=\"both\"");
        assertThat(DocxBody.jc(Align.JUSTIFY)).isEqualTo("thaiDistribute");
    }

    @Test
    void wordOpensItAsAWord2013Document() {
        String compat = all("(<w:compat>.*?</w:compat>)", settings).getFirst();
        assertThat(compat).contains("<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>");
        // CT_Settings order: w:compat before w:themeFontLang.
        assertThat(settings.indexOf("<w:compat>")).isLessThan(settings.indexOf("<w:themeFontLang"));
    }

    @Test
    void aReferenceDocumentsCompatibilityIsRaisedAndItsOtherSettingsKept() {
        String old = "<w:settings xmlns:w=\"x\"><w:zoom w:percent=\"100\"/><w:compat><w:useFELayout/>"
                + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"14\"/>"
                + "</w:compat><w:rsids><w:rsidRoot w:val=\"00A1\"/></w:rsids></w:settings>";
        assertThat(modern(old)).isEqualTo(old.replace("w:val=\"14\"", "w:val=\"15\""));
        String current = old.replace("w:val=\"14\"", "w:val=\"15\"");
        assertThat(modern(current)).isEqualTo(current);
        String noMode = "<w:settings xmlns:w=\"x\"><w:compat><w:useFELayout/></w:compat></w:settings>";
        assertThat(modern(noMode)).isEqualTo("<w:settings xmlns:w=\"x\"><w:compat><w:useFELayout/>"
                + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
                + "</w:compat></w:settings>");
        String none = "<w:settings xmlns:w=\"x\"><w:zoom w:percent=\"100\"/><w:rsids/></w:settings>";
        assertThat(modern(none)).isEqualTo("<w:settings xmlns:w=\"x\"><w:zoom w:percent=\"100\"/>" + DocxCompat.COMPAT
                + "<w:rsids/></w:settings>");
    }

    private static String modern(String xml) {
        return new String(DocxCompat.modern(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void rowsKeepWithTheNextAsThePdfPagesThem() {
        // Groups: rows 0-2 (a span of three), 3, 4, 5, 6-7 (a span of two), 8, 9.
        List<Row> rows = List.of(Row.of(Cell.of("a").span(1, 3), Cell.of("x")), Row.of(Cell.of("x")),
                Row.of(Cell.of("x")), Row.of(Cell.of("b"), Cell.of("x")), Row.of(Cell.of("b"), Cell.of("x")),
                Row.of(Cell.of("b"), Cell.of("x")), Row.of(Cell.of("c").span(1, 2), Cell.of("x")), Row.of(Cell.of("x")),
                Row.of(Cell.of("d"), Cell.of("x")), Row.of(Cell.of("e"), Cell.of("x")));
        // Inside a group; the first group only while the header has fewer than two rows with it
        // (0-2 already holds three); the second to last group (no lone last row).
        assertThat(DocxTables.keepWithNext(rows, false, false))
                .containsExactly(true, true, false, false, false, false, true, false, true, false);
        // Closing with totals (8, 9): the groups before them until two rows go along (6-7).
        assertThat(DocxTables.keepWithNext(rows, false, true))
                .containsExactly(true, true, false, false, false, false, true, true, true, false);
        // Single-row groups chain until two rows: header + a + b; e, f (totals) with c and d before them.
        List<Row> single = List.of(Row.of(Cell.of("a")), Row.of(Cell.of("b")), Row.of(Cell.of("c")), Row.of(Cell.of("d")),
                Row.of(Cell.of("e")), Row.of(Cell.of("f")));
        assertThat(DocxTables.keepWithNext(single, false, false)).containsExactly(true, false, false, false, true, false);
        assertThat(DocxTables.keepWithNext(single, false, true)).containsExactly(true, false, true, true, true, false);
        assertThat(DocxTables.keepWithNext(rows.subList(3, 4), true, false)).containsExactly(true);
        // In the document: header paragraphs keep with the next, and so do the first and the second to last rows.
        String tbl = all("(<w:tbl>.*?</w:tbl>)", measuresBody).getFirst();
        List<String> rowsXml = all("(<w:tr>.*?</w:tr>)", tbl);
        assertThat(rowsXml).hasSize(13);
        assertThat(all("(<w:p>)", rowsXml.getFirst())).hasSize(5);
        assertThat(DocxPackage.count("<w:keepNext/>", rowsXml.getFirst())).isEqualTo(5);
        for (int r = 1; r < rowsXml.size(); r++) {
            assertThat(rowsXml.get(r).contains("<w:keepNext/>")).as("row " + r).isEqualTo(r == 1 || r == 11);
        }
    }

    @Test
    void libreOfficeKeepsRowNumbersDatesAndHeaderWordsWhole() {
        Path pdf = ExternalTools.sofficeToPdf(dir.resolve("measures.docx"), dir);
        List<PdfBoxes.Line> lines = PdfBoxes.lines(pdf);
        List<PdfBoxes.Word> words = lines.stream().flatMap(l -> l.words().stream()).toList();
        List<String> texts = words.stream().map(PdfBoxes.Word::text).toList();
        assertThat(texts).contains("๑๐", "๑๑", "๑๒", "ผู้รับผิดชอบ", "ระยะเวลา");
        // A date end on one line: its day, month and year side by side (LibreOffice splits words at
        // the NO-BREAK SPACEs, so they are three words at one height).
        int dates = 0;
        for (PdfBoxes.Word month : words) {
            if (!month.text().equals("ธ.ค.") && !month.text().equals("มิ.ย.")) continue;
            dates++;
            String day = month.text().equals("ธ.ค.") ? "๑" : "๓๐", year = month.text().equals("ธ.ค.") ? "๖๘" : "๖๙";
            assertThat(words).as("day before " + month).anyMatch(w -> w.text().equals(day)
                    && Math.abs(w.yMin() - month.yMin()) < 1 && w.xMax() <= month.xMin() && month.xMin() - w.xMax() < 12);
            assertThat(words).as("year after " + month).anyMatch(w -> w.text().startsWith(year)
                    && Math.abs(w.yMin() - month.yMin()) < 1 && w.xMin() >= month.xMax() && w.xMin() - month.xMax() < 12);
        }
        assertThat(dates).isEqualTo(24);
    }

    @Test
    void libreOfficeKeepsThaiDigitNumbersWhole() throws Exception {
        // Scores in brackets in a narrow column, shifted a word further on every row so line ends
        // fall at different places. LibreOffice's Thai dictionary breaker cut "(๘|๕.๒๐)" and
        // "(๘๔.|๗๐)" while the run was th-TH, even with WORD JOINERs between the digits.
        String[] scores = {"(89.40)", "(88.10)", "(85.20)", "(84.70)", "(100.00)"};
        List<org.itagen.doc.Table.Row> body = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String lead = "และ ".repeat(i) + "ข้อคำถาม i1 " + scores[0] + ", e1 " + scores[1] + ", e2 " + scores[2] + ", e3 " + scores[3]
                    + ", o1 " + scores[4];
            body.add(org.itagen.doc.Table.Row.of(org.itagen.doc.Table.Cell.of(lead),
                    org.itagen.doc.Table.Cell.of("มาตรการส่งเสริมความโปร่งใสในการใช้ทรัพย์สินของราชการและการเปิดเผยข้อมูลต่อสาธารณะทุกไตรมาส")));
        }
        org.itagen.doc.Document d = new org.itagen.doc.Document(
                org.itagen.doc.Metadata.of("ตัวเลข", "หน่วยงานทดสอบ", java.time.LocalDate.of(2025, 10, 1)),
                org.itagen.doc.PageSetup.thaiOfficialA4().withPageNumbers(org.itagen.doc.PageNumbers.none()),
                List.of(new org.itagen.doc.Table(List.of(1.0, 4.0), List.of(), body, null, 0)));
        Path docx = dir.resolve("numbers.docx");
        Files.write(docx, DocxWriter.render(d));
        List<String> lines = PdfBoxes.lines(ExternalTools.sofficeToPdf(docx, dir)).stream().map(PdfBoxes.Line::text).toList();
        for (String score : scores) {
            String thai = org.itagen.thai.ThaiDigits.localize(score);
            assertThat(lines.stream().filter(l -> l.contains(thai)).count()).as(thai + " whole on a line in every row: " + lines)
                    .isEqualTo(8);
        }
    }

    @Test
    void libreOfficeWrapsAHeaderAfterItsSlashNotInsideAWord() throws Exception {
        // The comparison tables' headers เพิ่ม/ลด and สูงสุด/ต่ำสุด in columns as narrow as their
        // widest part: the PDF wraps after "/", LibreOffice cut "เพิ่|ม/ลด" (UAX #14 has no break
        // after "/") until the DOCX gave it a zero-width space there.
        var header = org.itagen.doc.Table.Row.of(org.itagen.doc.Table.Cell.of("ตัวชี้วัด"),
                org.itagen.doc.Table.Cell.of("เพิ่ม/ลด"), org.itagen.doc.Table.Cell.of("สูงสุด/ต่ำสุด"));
        var row = org.itagen.doc.Table.Row.of(org.itagen.doc.Table.Cell.of("การปฏิบัติหน้าที่"),
                org.itagen.doc.Table.Cell.of("เพิ่ม"), org.itagen.doc.Table.Cell.of("สูงสุด"));
        org.itagen.doc.Document d = new org.itagen.doc.Document(
                org.itagen.doc.Metadata.of("หัวตาราง", "หน่วยงานทดสอบ", java.time.LocalDate.of(2025, 10, 1)),
                org.itagen.doc.PageSetup.thaiOfficialA4().withPageNumbers(org.itagen.doc.PageNumbers.none()),
                List.of(new org.itagen.doc.Table(List.of(40.0, 1.0, 1.0), List.of(header), List.of(row), null, 0)));
        byte[] bytes = DocxWriter.render(d);
        assertThat(new DocxPackage(bytes).xml("word/document.xml")).contains("เพิ่ม/\u200Bลด", "สูงสุด/\u200Bต่ำสุด");
        Path docx = dir.resolve("slash.docx");
        Files.write(docx, bytes);
        List<String> words = PdfBoxes.lines(ExternalTools.sofficeToPdf(docx, dir)).stream()
                .flatMap(l -> l.words().stream()).map(w -> w.text().replace("\u200B", "")).toList();
        assertThat(words).as("header words: " + words).contains("ลด", "ต่ำสุด")
                .anyMatch(w -> w.startsWith("เพิ่ม")).anyMatch(w -> w.startsWith("สูงสุด"))
                .noneMatch(w -> w.equals("เพิ่") || w.startsWith("ม/") || w.equals("สูง") || w.startsWith("สุด/"));
    }

    @Test
    void aFixedTableKeepsItsSharesUnlessAColumnIsNarrowerThanItsWidestWord() {
        // 1 : 30 would leave the first column 0.5 cm, narrower than "ประชาสัมพันธ์" (one word, bold header).
        Table t = new Table(List.of(1.0, 30.0), List.of(Row.of(Cell.header("ประชาสัมพันธ์"), Cell.header("รายละเอียด"))),
                List.of(Row.of(Cell.of("ก"), new Cell(List.of(Paragraph.of("ข้อความ")), 1, 1, Align.LEFT, Cell.VAlign.TOP, null))),
                null, 0);
        String body = new DocxPackage(DocxWriter.render(new org.itagen.doc.Document(
                org.itagen.doc.Metadata.of("ตาราง", "หน่วยงาน", java.time.LocalDate.of(2025, 10, 1)),
                org.itagen.doc.PageSetup.thaiOfficialA4(), List.of(t)))).xml("word/document.xml");
        List<Integer> grid = grid(body);
        assertThat(grid.getFirst() / 20.0).isGreaterThanOrEqualTo(FontWidths.of("ประชาสัมพันธ์", true, 16) + 2 * 4);
        assertThat(grid.get(0) + grid.get(1)).isEqualTo(TEXT_WIDTH);
    }
}
