package org.itagen.input;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.model.AgencyScores;
import org.itagen.testing.Golden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The score files of {@code cli.ScoreInputCliTest} (issues 13, 14, 15), read by the score reader
 * itself rather than through analyze and o25: each bad file stops with the location and words that
 * test expects on the command line, each forgiving one reads as the plain sample does. Without the
 * commands around the reader these run fast enough for PIT's test set (docs/testing.md).
 */
class ScoreFileMistakesTest {
    static final Path SAMPLE = Golden.projectDir().resolve("samples/municipality");

    @TempDir
    Path tmp;
    String plain;
    Locale before;

    @BeforeEach
    void load() throws IOException {
        plain = Files.readString(SAMPLE.resolve("scores.csv"));
        before = Messages.current();
        Messages.use(Messages.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    /** The sample with line {@code n} (1-based) rewritten. */
    private String withLine(int n, UnaryOperator<String> edit) {
        List<String> lines = new ArrayList<>(plain.lines().toList());
        lines.set(n - 1, edit.apply(lines.get(n - 1)));
        return String.join("\n", lines) + "\n";
    }

    /** Reading {@code scores} stops at {@code where} with one line holding every fragment. */
    private static void refused(Path scores, String where, String... fragments) {
        refused(scores, ReadOptions.defaults(), where, fragments);
    }

    private static void refused(Path scores, ReadOptions options, String where, String... fragments) {
        ItagenException e = null;
        try {
            ScoreReader.read(scores, options);
        } catch (ItagenException x) {
            e = x;
        }
        assertThat(e).as("no error for " + scores).isNotNull();
        assertThat(e.where()).isEqualTo(where);
        assertThat(e.oneLine()).startsWith(where + ": ").contains(fragments).doesNotContain("\n")
                .doesNotContain("Exception");
    }

    /** What the scores say, without where each came from (which names the file). */
    static List<String> values(AgencyScores s) {
        List<String> out = new ArrayList<>();
        out.add(s.agency().id() + " " + s.agency().name());
        s.indicators().forEach(i -> out.add(i.fiscalYear() + " " + i.tool() + " " + i.indicator() + " "
                + i.score().stripTrailingZeros().toPlainString()));
        s.totals().forEach(t -> out.add(t.fiscalYear() + " " + t.tool() + " " + t.part() + " " + t.score().stripTrailingZeros().toPlainString()));
        s.items().forEach(i -> out.add(i.fiscalYear() + " " + i.tool() + " " + i.indicator() + " " + i.item() + " " + i.part() + " "
                + i.score().stripTrailingZeros().toPlainString()));
        s.bands().forEach(b -> out.add(b.fiscalYear() + " " + b.name()));
        return out;
    }

    private List<String> plainValues() {
        return values(ScoreReader.read(SAMPLE.resolve("scores.csv"), ReadOptions.defaults()));
    }

    // ---- rows whose cell count differs from the header's ----

    @Test
    void anUnquotedDecimalCommaInALongRowIsRefusedNamingTheLine() throws IOException {
        Path p = write("scores.csv", withLine(3, l -> l.replace("80.12", "80,12")));
        refused(p, "scores.csv:3", "9 cells separated by commas (,)", "header (scores.csv:1) has 8", "93,08");
    }

    @Test
    void anUnquotedDecimalCommaInAWideRowIsRefusedNamingTheLine() throws IOException {
        String wide = Files.readString(Golden.projectDir().resolve("samples/scores-wide.csv")).replace("93.08", "93,08");
        refused(write("wide.csv", wide), "wide.csv:4", "4 cells", "has 3", "decimal comma");
    }

    @Test
    void aRowWithACellMissingIsRefusedNamingTheLine() throws IOException {
        Path p = write("scores.csv", withLine(5, l -> l.replace(",,,", ",,")));
        refused(p, "scores.csv:5", "7 cells", "has 8", "a cell is missing");
    }

    // ---- delimiters, quotes, what the file really is ----

    @Test
    void aSemicolonFileWithDecimalCommasReadsAsTheCommaFileDoes() throws IOException {
        String semi = plain.lines().map(l -> l.replace(',', ';').replaceAll("(\\d+)\\.(\\d+)$", "$1,$2"))
                .reduce("", (a, b) -> a + b + "\r\n");
        assertThat(semi).contains(";85,30");
        assertThat(values(ScoreReader.read(write("semi.csv", semi), ReadOptions.defaults()))).isEqualTo(plainValues());
    }

    @Test
    void windows874TextReadsAsTheUtf8FileDoes() throws IOException {
        Path thai = write("thai.csv", plain.getBytes(Charset.forName("windows-874")));
        assertThat(values(ScoreReader.read(thai, new ReadOptions(null, null, Charset.forName("windows-874"))))).isEqualTo(plainValues());
        assertThat(values(ScoreReader.read(thai, ReadOptions.defaults()))).as("detected").isEqualTo(plainValues());
    }

    @Test
    void anUnclosedQuoteIsNamedByTheLineItOpenedOn() throws IOException {
        Path p = write("scores.csv", withLine(6, l -> l.replace("เทศบาล", "\"เทศบาล")));
        refused(p, "scores.csv:6", "opened on line 6 is never closed");
    }

    @Test
    void textAfterAClosingQuoteIsNamedInWords() throws IOException {
        Path p = write("scores.csv", withLine(4, l -> l.replace("90.45", "\"90\".45")));
        refused(p, "scores.csv:4", "the quoted value \"90\" is followed by more text");
    }

    @ParameterizedTest
    @CsvSource({"0, NUL (U+0000)", "7, BEL (U+0007)", "27, ESC (U+001B)", "11, VT (U+000B)"})
    void controlCharactersAreRefusedNamingTheCharacter(int code, String name) throws IOException {
        Path p = write("scores.csv", withLine(7, l -> l.replace("ห้วยทราย", "ห้วย" + (char) code + "ทราย")));
        refused(p, "scores.csv:7", "control character " + name, "<" + name.substring(0, name.indexOf(' ')) + ">");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamed() throws IOException {
        refused(write("scores.csv", plain.getBytes(StandardCharsets.UTF_16LE)), "scores.csv",
                "UTF-16 text without a byte order mark", "CSV UTF-8");
    }

    @Test
    void aPdfRenamedCsvIsNamed() throws IOException {
        refused(write("scores.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)), "scores.csv",
                "is a PDF document", "Excel");
    }

    @Test
    void aZipRenamedCsvIsNamed() throws IOException {
        Path p = tmp.resolve("scores.csv");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(p))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("scores.csv"));
            zip.write(plain.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        refused(p, "scores.csv", "is a compressed archive", "extract it");
    }

    @Test
    void aWebPageSavedAsXlsIsNamed() throws IOException {
        refused(write("scores.xls", "<html><body><table><tr><td>fiscal_year</td></tr></table></body></html>"),
                "scores.xls", "is a web page or XML", "save it as .xlsx");
    }

    @Test
    void aWordDocumentRenamedXlsxIsNamed() throws IOException {
        Path p = tmp.resolve("scores.xlsx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); OutputStream o = Files.newOutputStream(p)) {
            doc.createParagraph().createRun().setText("คะแนน");
            doc.write(o);
        }
        refused(p, "scores.xlsx", "is a Word document");
    }

    @Test
    void anEchoedValueIsCutToASaneLength() throws IOException {
        Path p = write("scores.csv", withLine(2, l -> l.replace("85.30", "9".repeat(5000) + "x")));
        refused(p, "scores.csv:2", "is not a number", "…");
        try {
            ScoreReader.read(p, ReadOptions.defaults());
        } catch (ItagenException e) {
            assertThat(e.oneLine().length()).isLessThan(400);
        }
    }

    @Test
    void aDateWhereAScoreBelongsIsNamedAsTheDate() throws IOException {
        Path p = write("scores.csv", withLine(8, l -> l.replace("84.50", "10/1/2025")));
        refused(p, "scores.csv:8", "score holds the date 10/1/2025, not a number");
    }

    // ---- input caps ----

    @Test
    void aFolderIsRefusedAtOnce() {
        refused(tmp, tmp.toString(), "is a folder");
    }

    @Test
    void aFileFarBeyondANationalFileIsRefusedBeforeReading() throws IOException {
        Path big = tmp.resolve("scores.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength((1L << 30) + (64L << 20)); // sparse: costs no disk
        }
        refused(big, "scores.csv", "is 1088 MB, far beyond a national score file");
    }

    // ---- XLSX ----

    private Path workbook(String name, Consumer<XSSFWorkbook> fill) throws IOException {
        Path p = tmp.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(p)) {
            fill.accept(wb);
            wb.write(o);
        }
        return p;
    }

    /** The sample's rows as a sheet, numbers as numbers. */
    private void sampleSheet(XSSFSheet sh) {
        List<String> lines = plain.lines().toList();
        for (int r = 0; r < lines.size(); r++) {
            Row row = sh.createRow(r);
            String[] cells = lines.get(r).split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].isEmpty()) continue;
                if (r > 0 && cells[c].matches("[0-9.]+")) row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                else row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    @Test
    void theSampleAsASheetReadsAsTheCsv() throws IOException {
        Path p = workbook("scores.xlsx", wb -> sampleSheet(wb.createSheet("Scores")));
        assertThat(values(ScoreReader.read(p, ReadOptions.defaults()))).isEqualTo(plainValues());
    }

    @Test
    void aFormulaWithoutASavedResultIsRefusedNamingTheCell() throws IOException {
        Path p = workbook("scores.xlsx", wb -> {
            XSSFSheet sh = wb.createSheet("Scores");
            sampleSheet(sh);
            XSSFCell c = sh.getRow(3).getCell(7);
            c.setCellFormula("AVERAGE(H2:H3)");
            if (c.getCTCell().isSetV()) c.getCTCell().unsetV();
        });
        refused(p, "scores.xlsx:Scores!H4", "the formula =AVERAGE(H2:H3) but no saved result");
    }

    @Test
    void anExcelErrorValueIsRefusedNamingTheCell() throws IOException {
        Path p = workbook("scores.xlsx", wb -> {
            XSSFSheet sh = wb.createSheet("Scores");
            sampleSheet(sh);
            sh.getRow(9).getCell(7).setCellErrorValue(FormulaError.DIV0.getCode());
        });
        refused(p, "scores.xlsx:Scores!H10", "Excel error #DIV/0!");
    }

    @Test
    void aPercentFormattedCellReadsAsTheShownPercentage() throws IOException {
        Path p = workbook("scores.xlsx", wb -> {
            XSSFSheet sh = wb.createSheet("Scores");
            sampleSheet(sh);
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            for (int r = 1; r <= sh.getLastRowNum(); r++) {
                XSSFCell c = sh.getRow(r).getCell(7);
                c.setCellValue(c.getNumericCellValue() / 100);
                c.setCellStyle(pct);
            }
        });
        assertThat(values(ScoreReader.read(p, ReadOptions.defaults()))).isEqualTo(plainValues());
    }

    @Test
    void anExcelDateWhereAScoreBelongsIsNamedAsTheDate() throws IOException {
        Path p = workbook("scores.xlsx", wb -> {
            XSSFSheet sh = wb.createSheet("Scores");
            sampleSheet(sh);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("d/m/yyyy"));
            XSSFCell c = sh.getRow(4).getCell(7);
            c.setCellValue(LocalDate.of(2025, 1, 10));
            c.setCellStyle(date);
        });
        refused(p, "scores.xlsx:Scores!H5", "score holds the date 2025-01-10, not a number");
    }

    @Test
    void aCoverSheetFirstListsTheSheetsAndSuggestsSheet() throws IOException {
        Path p = workbook("scores.xlsx", wb -> {
            wb.createSheet("ปก").createRow(2).createCell(1).setCellValue("รายงานผลการประเมิน ITA");
            wb.createSheet("หมายเหตุ");
            sampleSheet(wb.createSheet("คะแนน"));
        });
        refused(p, "scores.xlsx", "the first sheet \"ปก\" holds no score table", "sheets are ปก, หมายเหตุ, คะแนน",
                "add --sheet \"คะแนน\"");
        assertThat(values(ScoreReader.read(p, new ReadOptions(null, "คะแนน", null)))).isEqualTo(plainValues());
    }

    @Test
    void aValueUnderAColumnWithoutAYearIsRefusedNamingTheCell() throws IOException {
        Path p = workbook("wide.xlsx", wb -> {
            XSSFSheet sh = wb.createSheet("Wide");
            List<String> lines = List.of("indicator,2567,2568,", "1,80,85,90");
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                Row row = sh.createRow(r);
                for (int c = 0; c < cells.length; c++) if (!cells[c].isEmpty()) row.createCell(c).setCellValue(cells[c]);
            }
        });
        refused(p, "wide.xlsx:Wide!D2", "holds \"90\" but its column has no fiscal-year heading");
    }

    // ---- forgiving score input ----

    @Test
    void titleRowsAboveTheHeaderAndThaiHeadingsReadAsThePlainFile() throws IOException {
        String thai = "ผลการประเมินคุณธรรมและความโปร่งใส (ITA),,,,,,,\nส่งออกจากระบบ ITAS,,,,,,,\n\n"
                + plain.replaceFirst("agency_id,agency_name,fiscal_year,tool,indicator,item,part,score",
                "รหัสหน่วยงาน,ชื่อหน่วยงาน,ปีงบประมาณ,เครื่องมือ,ตัวชี้วัด,ข้อคำถาม,ส่วน,คะแนน");
        assertThat(values(ScoreReader.read(write("itas.csv", thai), ReadOptions.defaults()))).isEqualTo(plainValues());
        // Errors still name the file's own line numbers, title rows counted.
        refused(write("itas-bad.csv", thai.replace("85.30", "1O1")), "itas-bad.csv:5", "score \"1O1\" is not a number");
    }

    @Test
    void theLabelsItagenPrintsAreReadBack() throws IOException {
        // "e1 (EIT Public)" is how analyze prints a question; "EIT Survey" how reports name a part.
        String printed = plain.replace(",EIT,6,e1,public,", ",EIT,6,e1 (EIT Public),,")
                .replace(",EIT,6,e1,survey,", ",EIT Survey,6,e1,,").replace(",EIT,,,public,", ",EIT,,,ส่วนที่ ๑,");
        assertThat(printed).isNotEqualTo(plain).doesNotContain(",e1,public,").contains("e1 (EIT Public)");
        assertThat(values(ScoreReader.read(write("printed.csv", printed), ReadOptions.defaults()))).isEqualTo(plainValues());
    }
}
