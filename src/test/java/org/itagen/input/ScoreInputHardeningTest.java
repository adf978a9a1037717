package org.itagen.input;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.model.AgencyScores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The score readers' own contract: stable codes, locations, isolation between agencies, forgiving headers. */
class ScoreInputHardeningTest {
    static final String HEADER = "agency_id,agency_name,fiscal_year,tool,indicator,item,part,score\n";
    static final String TWO = HEADER
            + "A1,กรมหนึ่ง,2568,IIT,1,,,91.62\n"
            + "B2,กรมสอง,2568,IIT,1,,,1O1\n"
            + "A1,กรมหนึ่ง,2568,IIT,2,,,88.00\n"
            + "C3,กรมสาม,2568,IIT,1,,,70\n";

    @TempDir
    Path tmp;
    Locale before;

    @BeforeEach
    void english() {
        before = Messages.current();
        Messages.use(Messages.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static ItagenException thrown(Runnable r) {
        try {
            r.run();
        } catch (ItagenException e) {
            return e;
        }
        throw new AssertionError("no ItagenException");
    }

    @Test
    void anotherAgencysBrokenRowNeverStopsThisAgency() throws IOException {
        Path p = write("all.csv", TWO);
        AgencyScores a = ScoreReader.read(p, new ReadOptions("A1", null, null));
        assertThat(a.indicators()).hasSize(2);
        assertThat(ScoreReader.read(p, ReadOptions.defaults(), "C3").agency().id()).isEqualTo("C3");
        ItagenException b = thrown(() -> ScoreReader.read(p, new ReadOptions("B2", null, null)));
        assertThat(b.code()).isEqualTo("error.SCORE_NOT_NUMBER");
        assertThat(b.oneLine()).isEqualTo("all.csv:3: score \"1O1\" is not a number (0-100); use digits with a dot for decimals, e.g. 91.62");
        // Without a choice the file's many agencies are the problem, not B2's row.
        assertThat(thrown(() -> ScoreReader.read(p, ReadOptions.defaults())).code()).isEqualTo("error.MANY_AGENCIES");
        assertThat(thrown(() -> ScoreReader.readAll(p, ReadOptions.defaults())).where()).isEqualTo("all.csv:3");
        // check's row list with --agency: only that agency's rows.
        assertThat(ScoreStream.rowProblems(p, new ReadOptions("A1", null, null))).isEmpty();
        assertThat(ScoreStream.rowProblems(p, new ReadOptions("B2", null, null))).singleElement()
                .satisfies(e -> assertThat(e.where()).isEqualTo("all.csv:3"));
    }

    @Test
    void aControlCharacterInAnIdFailsTheAgencyItBelongsTo() throws IOException {
        // Not a new agency "A1<NUL>" (which would leave A1 a row short), but A1 itself.
        Path p = write("all.csv", TWO.replace("A1,กรมหนึ่ง,2568,IIT,2", "A1\u0000,กรมหนึ่ง,2568,IIT,2"));
        assertThat(ScoreStream.index(p, ReadOptions.defaults()).agencyIds()).containsExactly("A1", "B2", "C3");
        ItagenException e = thrown(() -> ScoreReader.read(p, new ReadOptions("A1", null, null)));
        assertThat(e.code()).isEqualTo("error.CONTROL_CHARACTER");
        assertThat(e.oneLine()).startsWith("all.csv:4: the text holds the control character NUL (U+0000) (in \"A1<NUL>\")");
        assertThat(ScoreReader.read(p, new ReadOptions("C3", null, null)).indicators()).hasSize(1);
    }

    @Test
    void aShiftedRowWhoseIdMayHaveMovedIsTheWholeFilesProblem() throws IOException {
        // agency_id last: an extra cell before it moves it, so the row belongs to no agency for sure.
        Path p = write("all.csv", "fiscal_year,tool,indicator,score,agency_id\n2568,IIT,1,91,62,A1\n2568,IIT,1,80,B2\n");
        ItagenException e = thrown(() -> ScoreReader.read(p, new ReadOptions("B2", null, null)));
        assertThat(e.code()).isEqualTo("error.CSV_TOO_MANY_CELLS");
        assertThat(e.where()).isEqualTo("all.csv:2");
    }

    @Test
    void theDelimiterIsGuessedFromTheHeaderBelowTitleRows() {
        assertThat(CsvTable.guessDelimiter("รายงาน, ปี 2568\n\nagency_id;fiscal_year;tool;score\nA;2568;IIT;91,5\n")).isEqualTo(';');
        assertThat(CsvTable.guessDelimiter("indicator\t2567\t2568\n1\t90\t91\n")).isEqualTo('\t');
        assertThat(CsvTable.guessDelimiter("fiscal_year,tool,score\n2568,IIT,\"91,5\"\n")).isEqualTo(',');
        // No header: the delimiter that splits the most lines alike.
        assertThat(CsvTable.guessDelimiter("a;b;c\nd;e;f\ng,h\n")).isEqualTo(';');
    }

    @Test
    void echoedValuesAreVisibleAndShort() {
        assertThat(Texts.echo("a\u0000b\u001Bc")).isEqualTo("a<NUL>b<ESC>c");
        assertThat(Texts.echo("x".repeat(1000))).hasSize(Texts.ECHO_MAX + 1).endsWith("…");
        assertThat(Texts.describe(0x0B)).isEqualTo("VT (U+000B)");
    }

    @Test
    void aWorkbookWithTitleRowsAndThaiHeadingsIsRead() throws IOException {
        Path x = tmp.resolve("itas.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(x)) {
            XSSFSheet sh = wb.createSheet("ITAS");
            sh.createRow(0).createCell(0).setCellValue("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568");
            String[][] rows = {{"รหัสหน่วยงาน", "ปีงบประมาณ", "เครื่องมือ", "ตัวชี้วัด", "คะแนน (เต็ม 100)"},
                    {"A1", "2568", "IIT", "1", "91.62"}, {"A1", "2568", "IIT", "2", "abc"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sh.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            wb.write(o);
        }
        ItagenException e = thrown(() -> ScoreReader.read(x, ReadOptions.defaults()));
        assertThat(e.code()).isEqualTo("error.SCORE_NOT_NUMBER");
        assertThat(e.where()).isEqualTo("itas.xlsx:ITAS!E5");
    }

    @Test
    void noHeaderInTheFirstRowsIsNamedWithTheFirstRow() throws IOException {
        Path p = write("notes.csv", "hello,world\n1,2\n");
        ItagenException e = thrown(() -> ScoreReader.read(p, ReadOptions.defaults()));
        assertThat(e.code()).isEqualTo("error.NO_HEADER");
        assertThat(e.oneLine()).startsWith("notes.csv:1: missing column: no header row in the first 30 rows")
                .endsWith("the first row reads: hello, world");
    }

    @Test
    void aCsvSavedUnderAnXlsxNameIsReadAsWhatItIs() throws IOException {
        Path p = write("scores.xlsx", HEADER + "A1,กรมหนึ่ง,2568,IIT,1,,,91.62\n");
        assertThat(ScoreReader.read(p, ReadOptions.defaults()).indicators()).singleElement()
                .satisfies(i -> assertThat(i.score()).isEqualByComparingTo("91.62"));
    }

    @Test
    void aDecimalCommaInsideQuotesIsAScoreButAThousandsLookingOneIsRefused() throws IOException {
        Path ok = write("q.csv", HEADER + "A1,กรม,2568,IIT,1,,,\"93,08\"\n");
        assertThat(ScoreReader.read(ok, ReadOptions.defaults()).indicators().getFirst().score()).isEqualByComparingTo("93.08");
        Path unclear = write("u.csv", HEADER + "A1,กรม,2568,IIT,1,,,\"1,000\"\n");
        ItagenException e = thrown(() -> ScoreReader.read(unclear, ReadOptions.defaults()));
        assertThat(e.code()).isEqualTo("error.SCORE_COMMA_UNCLEAR");
        assertThat(e.where()).isEqualTo("u.csv:2");
    }

    @Test
    void aRunawayQuoteIsBoundedAndNamedByItsLine() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append("A1,\"กรม,2568,IIT,1,,,91\n");
        for (int i = 0; i < 60_000; i++) sb.append("A1,กรม,2568,IIT,1,,,91\n");
        Path r = write("r.csv", sb.toString());
        ItagenException e = thrown(() -> ScoreReader.read(r, ReadOptions.defaults()));
        assertThat(e.code()).isEqualTo("error.CSV_UNCLOSED_QUOTE");
        assertThat(e.where()).isEqualTo("r.csv:2");
    }
}
