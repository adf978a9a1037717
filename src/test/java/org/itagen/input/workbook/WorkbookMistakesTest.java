package org.itagen.input.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.Measure;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresDraft;
import org.itagen.input.MeasuresReader;
import org.itagen.input.Problem;
import org.itagen.input.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The workbook as an officer fills it: the init workbook, changed cell by cell with POI the way
 * people get spreadsheets wrong, each mistake giving a Thai message that names sheet!cell.
 */
class WorkbookMistakesTest {
    static final String M = WorkbookLayout.MEASURES;
    static final String A = WorkbookLayout.AGENCY;
    static final String W = WorkbookLayout.WORDINGS;

    /**
     * The department sample as init writes it: written once for the whole class (each test opens
     * its own copy of the bytes, which nothing changes). Not shared across PIT's mutants: this class
     * and {@link WorkbookLookTest} are outside PIT's test set, where a copy kept from one mutant's
     * writer would hide the next one's (docs/testing.md).
     */
    static byte[] sample() {
        return Sample.BYTES.clone();
    }

    private static final class Sample {
        static final byte[] BYTES = write();

        private static byte[] write() {
            try {
                return writeSample();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static byte[] writeSample() throws IOException {
        MeasurePlan plan = MeasuresReader.read(resource("org/itagen/samples/department/measures.yaml"), "measures.yaml");
        List<List<String>> rows = new ArrayList<>();
        for (String line : resource("org/itagen/samples/department/scores.csv").split("\\r?\\n")) {
            if (!line.isBlank()) rows.add(Arrays.asList(line.split(",", -1)));
        }
        return WorkbookWriter.write(plan, rows, FrameworkLoader.bundled().forYear(2568).orElseThrow().questions().keySet());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = WorkbookMistakesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The sample with {@code change} applied, saved as ITA.xlsx in {@code dir}. */
    static Path filled(Path dir, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sample()))) {
            change.accept(wb);
            Path p = dir.resolve("ITA.xlsx");
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
            return p;
        }
    }

    static Consumer<XSSFWorkbook> set(String sheet, String ref, String value) {
        return wb -> cell(wb, sheet, ref).setCellValue(value);
    }

    static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
        var r = new org.apache.poi.ss.util.CellReference(ref);
        Sheet s = wb.getSheet(sheet);
        Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
    }

    static Consumer<XSSFWorkbook> clear(String sheet, String ref) {
        return wb -> {
            Cell c = cell(wb, sheet, ref);
            c.getRow().removeCell(c);
        };
    }

    record Mistake(String what, Consumer<XSSFWorkbook> change, String where, String code) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Test
    void theCorpusHasAtLeastTwentyFive() {
        assertThat(mistakes().count()).isGreaterThanOrEqualTo(25);
    }

    static Stream<Mistake> mistakes() {
        return Stream.of(
                new Mistake("title left empty", clear(M, "B2"), M + "!B2", "O25_MISSING_TITLE"),
                new Mistake("indicator 11", set(M, "C2", "1, 11"), M + "!C2", "UNKNOWN_LINK"),
                new Mistake("indicator as a word", set(M, "C2", "หนึ่ง"), M + "!C2", Problem.REJECTED),
                new Mistake("question code typed as a name", set(M, "D2", "ข้อ1"), M + "!D2", Problem.REJECTED),
                new Mistake("no indicator and no question", wb -> {
                    clear(M, "C2").accept(wb);
                    clear(M, "D2").accept(wb);
                }, M + "!A2", "O25_MISSING_ANALYSIS"),
                new Mistake("steps left empty", clear(M, "F2"), M + "!F2", "O25_MISSING_STEPS"),
                new Mistake("31 February", set(M, "G2", "31/2/2569"), M + "!G2", "PERIOD_INVALID"),
                new Mistake("a date in words", set(M, "G2", "ต้นปีงบประมาณ"), M + "!G2", "PERIOD_INVALID"),
                new Mistake("end before start", set(M, "H2", "1/10/2568"), M + "!H2", "PERIOD_INVALID"),
                new Mistake("end after the plan year", set(M, "H2", "30/11/2569"), M + "!H2", "PERIOD_OUTSIDE_PLAN_YEAR"),
                new Mistake("start before the plan year", set(M, "G2", "1/9/2568"), M + "!G2", "PERIOD_OUTSIDE_PLAN_YEAR"),
                new Mistake("end date missing", clear(M, "H2"), M + "!H2", "PERIOD_INVALID"),
                new Mistake("no period at all", wb -> {
                    clear(M, "G2").accept(wb);
                    clear(M, "H2").accept(wb);
                }, M + "!G2", "O25_MISSING_PERIOD"),
                new Mistake("quarter 5", set(M, "I3", "5"), M + "!I3", "PERIOD_INVALID"),
                new Mistake("quarters reversed", set(M, "I3", "4-1"), M + "!I3", "PERIOD_INVALID"),
                new Mistake("owner left empty", clear(M, "J2"), M + "!J2", "O25_MISSING_OWNER"),
                new Mistake("status in own words", set(M, "M2", "เสร็จแล้วครับ"), M + "!M2", Problem.REJECTED),
                new Mistake("evidence title without link", set(M, "N2", "คู่มือ |"), M + "!N2", Problem.REJECTED),
                new Mistake("measure code used twice", set(M, "A3", "M1"), M + "!A3", Problem.REJECTED),
                new Mistake("plan year in CE", set(A, "B6", "2026"), A + "!B6", "PLAN_YEAR_MISSING"),
                new Mistake("plan year in words", set(A, "B6", "สองพันห้าร้อยหกสิบเก้า"), A + "!B6", "PLAN_YEAR_MISSING"),
                new Mistake("plan year left empty", clear(A, "B6"), A + "!B6", "PLAN_YEAR_MISSING"),
                new Mistake("assessment year after plan year", set(A, "B7", "2570"), A + "!B7", Problem.REJECTED),
                new Mistake("approval date month 13", set(A, "B10", "14/13/2568"), A + "!B10", Problem.REJECTED),
                // the optional sections (issue 10 §3)
                new Mistake("national rank in words", set(A, "B13", "สี่สิบสอง"), A + "!B13", Problem.REJECTED),
                new Mistake("report deadline month 13", set(A, "B17", "12/13/2569"), A + "!B17", Problem.REJECTED),
                new Mistake("issue names a measure that does not exist", set(WorkbookLayout.ISSUES, "B2", "M1, M99"),
                        WorkbookLayout.ISSUES + "!B2", Problem.REJECTED),
                new Mistake("recommendation tool misspelt", set(WorkbookLayout.RECOMMENDATIONS, "A2", "ITT"),
                        WorkbookLayout.RECOMMENDATIONS + "!A2", Problem.REJECTED),
                new Mistake("recommendation without its text", clear(WorkbookLayout.RECOMMENDATIONS, "D2"),
                        WorkbookLayout.RECOMMENDATIONS + "!D2", Problem.REJECTED),
                // the officer's question wordings (issue 10): code in column A, wording in B
                new Mistake("wording's question code typed as a word", wb -> {
                    set(W, "A2", "ข้อสาม").accept(wb);
                    set(W, "B2", "ถ้อยคำ").accept(wb);
                }, W + "!A2", Problem.REJECTED),
                new Mistake("a question worded twice", wb -> {
                    set(W, "A2", "e3").accept(wb);
                    set(W, "B2", "ถ้อยคำ").accept(wb);
                    set(W, "A3", "E๓").accept(wb);
                    set(W, "B3", "ถ้อยคำอื่น").accept(wb);
                }, W + "!A3", Problem.REJECTED),
                new Mistake("a wording without its code", set(W, "B2", "ถ้อยคำ"), W + "!A2", Problem.REJECTED),
                new Mistake("every measure row deleted", wb -> {
                    Sheet s = wb.getSheet(M);
                    for (int r = s.getLastRowNum(); r >= 1; r--) s.removeRow(s.getRow(r));
                }, M + "!A1", "NO_MEASURES"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void eachMistakeNamesItsCellInThai(Mistake m, @TempDir Path tmp) throws IOException {
        MeasuresDraft draft = WorkbookReader.draft(filled(tmp, m.change()));
        List<Problem> errors = draft.problems().stream().filter(Problem::isError).toList();
        assertThat(errors).as(m.what()).isNotEmpty();
        Problem first = errors.get(0);
        assertThat(first.where()).as(m.what()).isEqualTo(m.where());
        assertThat(first.code()).as(m.what()).isEqualTo(m.code());
        String thai = Messages.text(Messages.THAI, first.message().code(), first.message().args());
        assertThat(thai).as(m.what()).matches("(?s).*[\\u0E01-\\u0E2E].*").doesNotContain("{0}");
        // o25/o28 stop at the same problem, one line naming the cell.
        ItagenException e = catchThrowableOfType(ItagenException.class, draft::plan);
        assertThat(e.where()).isEqualTo(m.where());
    }

    record Broken(String what, Consumer<XSSFWorkbook> change, String where, String code) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Broken> broken() {
        return Stream.of(
                new Broken("formula never calculated", wb -> {
                    Cell c = cell(wb, M, "J2");
                    c.setCellFormula("CONCATENATE(\"กอง\",\"คลัง\")");
                    ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell().unsetV();
                }, M + "!J2", "error.WORKBOOK_FORMULA_NO_VALUE"),
                new Broken("formula showing #DIV/0!", wb -> {
                    Cell c = cell(wb, M, "J2");
                    c.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
                }, M + "!J2", "error.WORKBOOK_CELL_ERROR"),
                new Broken("agency label retyped", set(A, "A3", "ชื่อส่วนราชการ"), A + "!A3", "error.WORKBOOK_UNKNOWN_LABEL"),
                new Broken("people sheet group retyped", set(WorkbookLayout.PEOPLE, "A2", "คณะอื่น"), WorkbookLayout.PEOPLE + "!A2",
                        "error.WORKBOOK_PEOPLE_GROUP"),
                new Broken("measures sheet renamed", wb -> wb.setSheetName(wb.getSheetIndex(M), "มาตรการ 2569"), M,
                        "error.WORKBOOK_NO_SHEET"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void unreadableCellsStopWithTheCell(Broken b, @TempDir Path tmp) throws IOException {
        Path p = filled(tmp, b.change());
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.draft(p));
        assertThat(e).as(b.what()).isNotNull();
        assertThat(e.where()).isEqualTo(b.where());
        assertThat(e.code()).isEqualTo(b.code());
    }

    /** Mistakes in the scores sheet (session 3 gap: the corpus above is the agency and measures sheets). */
    static Stream<Broken> scoreMistakes() {
        String S = WorkbookLayout.SCORES;
        return Stream.of(
                new Broken("score typed in words", set(S, "H3", "แปดสิบหก"), S + "!H3", "error.SCORE_NOT_NUMBER"),
                new Broken("score typed as N/A", set(S, "H4", "N/A"), S + "!H4", "error.SCORE_NOT_NUMBER"),
                new Broken("tool misspelt", set(S, "D5", "IIX"), S + "!D5", null),
                new Broken("indicator 11", wb -> cell(wb, S, "E6").setCellValue(11), S + "!E6", null),
                new Broken("year in words", set(S, "C2", "ปีที่แล้ว"), S + "!C2", null),
                new Broken("score as a formula never calculated", wb -> {
                    Cell c = cell(wb, S, "H2");
                    c.setCellFormula("AVERAGE(H3:H4)");
                    ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell().unsetV();
                }, S + "!H2", null),
                new Broken("negative score", wb -> cell(wb, S, "H7").setCellValue(-5), S + "!H7", null));
    }

    @ParameterizedTest
    @MethodSource("scoreMistakes")
    void eachScoresSheetMistakeNamesItsCellInThai(Broken b, @TempDir Path tmp) throws IOException {
        Path p = filled(tmp, b.change());
        java.util.Locale before = Messages.current();
        Messages.use(Messages.THAI);
        ItagenException e;
        try {
            e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.scores(p, new ReadOptions(null, null, null), "dcws"));
        } finally {
            Messages.use(before);
        }
        assertThat(e).as(b.what()).isNotNull();
        assertThat(e.where()).as(b.what() + ": " + e.getMessage()).isEqualTo("ITA.xlsx:'" + b.where().replace("!", "'!"));
        if (b.code() != null) assertThat(e.code()).as(b.what()).isEqualTo(b.code());
        assertThat(e.getMessage()).as(b.what()).matches("(?s).*[\\u0E01-\\u0E2E].*").doesNotContain("{0}");
    }

    @Test
    void aScoreOutOfRangeNamesItsCell(@TempDir Path tmp) throws IOException {
        Path p = filled(tmp, wb -> cell(wb, WorkbookLayout.SCORES, "H5").setCellValue(150));
        ItagenException e = catchThrowableOfType(ItagenException.class,
                () -> WorkbookReader.scores(p, new ReadOptions(null, null, null), "dcws"));
        assertThat(e).isNotNull();
        assertThat(e.where()).isEqualTo("ITA.xlsx:'" + WorkbookLayout.SCORES + "'!H5"); // the score reader quotes sheet names as Excel does
    }

    @Test
    void datesAsExcelDatesTextBeCeAndThaiDigitsAndFormulasAllRead(@TempDir Path tmp) throws IOException {
        Path p = filled(tmp, wb -> {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            Cell g2 = cell(wb, M, "G2");
            g2.setCellValue(LocalDate.of(2025, 11, 1)); // an Excel date
            g2.setCellStyle(dateStyle);
            cell(wb, M, "H2").setCellValue("๓๑/๓/๒๕๖๙"); // Thai digits, BE
            cell(wb, M, "G4").setCellValue("5/1/2026"); // CE text
            Cell owner = cell(wb, M, "J2");
            owner.setCellFormula("\"กองพัฒนา\"&\"ระบบบริหาร\"");
            owner.setCellValue("กองพัฒนาระบบบริหาร"); // the cached value Excel saves
            cell(wb, M, "F3").setCellValue("• สำรวจความต้องการงบประมาณจากทุกกองก่อนจัดทำคำของบประมาณ\n"
                    + "• รายงานผลการเบิกจ่ายรายไตรมาสผ่านอินทราเน็ตของกรม");
            cell(wb, A, "B10").setCellValue("๑๔/๑๑/๒๕๖๘");
        });
        MeasurePlan fromBook = WorkbookReader.plan(p);
        MeasurePlan fromYaml = MeasuresReader.read(resource("org/itagen/samples/department/measures.yaml"), "measures.yaml");
        assertThat(strip(fromBook.measures())).isEqualTo(strip(fromYaml.measures()));
        assertThat(fromBook.approval()).isEqualTo(fromYaml.approval());
        assertThat(fromBook.agency()).isEqualTo(fromYaml.agency());
        assertThat(fromBook.planYear()).isEqualTo(2569);
        // Every optional section of the sample (rows of the agency sheet and three sheets of their own).
        assertThat(fromYaml.sections().issues()).hasSize(4);
        assertThat(fromBook.sections()).isEqualTo(fromYaml.sections());
    }

    @Test
    void aWorkbookWithoutTheSectionSheetsAndRowsReadsAsBefore(@TempDir Path tmp) throws IOException {
        Path p = filled(tmp, wb -> {
            for (String sheet : List.of(WorkbookLayout.RECOMMENDATIONS, WorkbookLayout.ISSUES, WorkbookLayout.PEOPLE)) {
                wb.removeSheetAt(wb.getSheetIndex(sheet));
            }
            Sheet a = wb.getSheet(A);
            for (int r = a.getLastRowNum(); r >= 10; r--) a.removeRow(a.getRow(r)); // rows 11-20: the section rows
        });
        MeasurePlan plan = WorkbookReader.plan(p);
        assertThat(plan.sections()).isEqualTo(org.itagen.input.Sections.NONE);
        assertThat(plan.measures()).hasSize(8);
    }

    /**
     * The question-wording sheet: init writes it headed and empty (the sample words nothing); what
     * the officer types becomes questions:, each code located at its cell; a code the assessed
     * year's framework does not have stops o25 at that cell.
     */
    @Test
    void theWordingSheetIsReadAsQuestions(@TempDir Path tmp) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sample()))) {
            Sheet s = wb.getSheet(W);
            assertThat(s).isNotNull();
            assertThat(s.getLastRowNum()).isZero();
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).startsWith("ข้อ");
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).contains("ITAS");
        }
        Path p = filled(tmp, wb -> {
            set(W, "A2", " E3 ").accept(wb);
            set(W, "B2", "ถ้อยคำที่คัดลอก\nจากระบบ").accept(wb);
            set(W, "A4", "i๑๒").accept(wb);
            set(W, "B4", "ถ้อยคำอีกข้อ").accept(wb);
        });
        MeasurePlan plan = WorkbookReader.plan(p);
        assertThat(plan.questions()).isEqualTo(java.util.Map.of("e3", "ถ้อยคำที่คัดลอก จากระบบ", "i12", "ถ้อยคำอีกข้อ"));
        assertThat(plan.where("questions.i12")).isEqualTo(W + "!A4");
        // Written back by the writer, read again: the same wordings.
        byte[] again = WorkbookWriter.write(plan, List.of(), List.of());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(again))) {
            assertThat(wb.getSheet(W).getRow(1).getCell(0).getStringCellValue()).isEqualTo("e3");
        }

        Path unknown = filled(tmp, wb -> {
            set(W, "A2", "e3").accept(wb);
            set(W, "B2", "ถ้อยคำ").accept(wb);
            set(W, "A3", "e12").accept(wb);
            set(W, "B3", "ถ้อยคำ").accept(wb);
        });
        MeasurePlan worded = WorkbookReader.plan(unknown);
        var scores = WorkbookReader.scores(unknown, ReadOptions.defaults(), worded.agency().id());
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> org.itagen.report.Reports.prepare(
                org.itagen.report.DocKind.O25, scores, FrameworkLoader.bundled(), org.itagen.analysis.AnalysisOptions.defaults(), worded));
        assertThat(e).isNotNull();
        assertThat(e.where()).isEqualTo(W + "!A3");
        assertThat(e.code()).isEqualTo("error.QUESTIONS_UNKNOWN_CODE");
    }

    /** Measures without their locations (which differ by design: cells against lines). */
    static List<List<Object>> strip(List<Measure> ms) {
        return ms.stream().map(m -> List.<Object>of(m.id(), String.valueOf(m.title()), m.indicators(), m.items(),
                String.valueOf(m.analysis()), m.steps(), m.period(), m.owner(), String.valueOf(m.result()),
                String.valueOf(m.outcome()), String.valueOf(m.status()), m.evidence())).toList();
    }
}
