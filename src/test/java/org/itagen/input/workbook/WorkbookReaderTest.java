package org.itagen.input.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.ItagenException;
import org.itagen.input.Measure;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresDraft;
import org.itagen.input.MeasuresReader;
import org.itagen.input.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The workbook reader on small workbooks built here cell by cell (a few rows each, not init's whole
 * sample): what each kind of cell reads as, and a workbook reading as the measures.yaml written
 * out by hand beside it. Fast enough for PIT's test set, where the sample round trips of
 * {@link WorkbookMistakesTest} are too slow (docs/testing.md).
 */
class WorkbookReaderTest {
    static final String A = WorkbookLayout.AGENCY;
    static final String M = WorkbookLayout.MEASURES;

    @TempDir
    Path tmp;

    // ---- one cell ------------------------------------------------------------------------------

    /** A cell of a fresh in-memory sheet. */
    static Cell cell(XSSFWorkbook wb) {
        Sheet s = wb.getSheet("s") == null ? wb.createSheet("s") : wb.getSheet("s");
        Row r = s.getRow(2) == null ? s.createRow(2) : s.getRow(2);
        return r.createCell(1); // B3
    }

    @Test
    void cellTextIsTheStringNumbersWithoutTrailingZerosAndNullWhenEmpty() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("s");
            assertThat(WorkbookReader.text(null, s)).isNull();
            Cell c = cell(wb);
            assertThat(WorkbookReader.text(c, s)).as("blank cell").isNull();
            c.setCellValue("  ");
            assertThat(WorkbookReader.text(c, s)).as("spaces only").isNull();
            c.setCellValue(" กองคลัง ");
            assertThat(WorkbookReader.text(c, s)).isEqualTo(" กองคลัง ");
            c.setCellValue(2569.0);
            assertThat(WorkbookReader.text(c, s)).isEqualTo("2569");
            c.setCellValue(91.62);
            assertThat(WorkbookReader.text(c, s)).isEqualTo("91.62");
            c.setCellValue(1500.0);
            assertThat(WorkbookReader.text(c, s)).as("no 1.5E+3").isEqualTo("1500");
            c.setCellValue(true);
            assertThat(WorkbookReader.text(c, s)).isEqualTo("true");
        }
    }

    @Test
    void anExcelDateReadsAsIsoAndAFormulaByItsCachedValue() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("s");
            Cell c = cell(wb);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            c.setCellValue(LocalDate.of(2026, 3, 31));
            c.setCellStyle(dateStyle);
            assertThat(WorkbookReader.text(c, s)).isEqualTo("2026-03-31");
            assertThat(WorkbookReader.date(c, s)).isEqualTo("2026-03-31");

            Cell f = s.getRow(2).createCell(2);
            f.setCellFormula("1+1");
            f.setCellValue(2.0); // the value Excel saves with the formula
            assertThat(WorkbookReader.text(f, s)).isEqualTo("2");
            f.setCellFormula("\"ก\"&\"ข\"");
            f.setCellValue("กข");
            assertThat(WorkbookReader.text(f, s)).isEqualTo("กข");
        }
    }

    @Test
    void aFormulaWithoutValueAndAnErrorValueStopAtTheirCell() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("s");
            Cell f = cell(wb);
            f.setCellFormula("SUM(A1:A2)");
            if (((XSSFCell) f).getCTCell().isSetV()) ((XSSFCell) f).getCTCell().unsetV(); // never calculated
            ItagenException e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.text(f, s));
            assertThat(e).isNotNull();
            assertThat(e.where()).isEqualTo("s!B3");
            assertThat(e.code()).isEqualTo("error.WORKBOOK_FORMULA_NO_VALUE");
            assertThat(e.getMessage()).contains("SUM(A1:A2)");

            Cell x = s.getRow(2).createCell(3);
            x.setCellErrorValue(FormulaError.NA.getCode());
            ItagenException na = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.text(x, s));
            assertThat(na).isNotNull();
            assertThat(na.where()).isEqualTo("s!D3");
            assertThat(na.code()).isEqualTo("error.WORKBOOK_CELL_ERROR");
            assertThat(na.getMessage()).contains("#N/A");
        }
    }

    @Test
    void datesTypedAsTextReadAsIsoInTheirOwnEra() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("s");
            Cell c = cell(wb);
            assertThat(WorkbookReader.date(null, s)).isNull();
            // day/month/year with any of / . - as separator; the year stays as typed (BE or CE)
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("14/11/2568", "2568-11-14");
            typed.put("1/2/2026", "2026-02-01");
            typed.put("01.02.2569", "2569-02-01");
            typed.put("9-12-2568", "2568-12-09");
            typed.put(" ๓๑/๓/๒๕๖๙ ", "2569-03-31");
            typed.put("2568-11-14", "2568-11-14"); // already ISO: as given
            typed.put("ต้นปี", "ต้นปี"); // not a date: as given, the parser names it
            typed.put("1/2/69", "1/2/69"); // a two-digit year is not taken as a date here
            for (var t : typed.entrySet()) {
                c.setCellValue(t.getKey());
                assertThat(WorkbookReader.date(c, s)).as(t.getKey()).isEqualTo(t.getValue());
            }
            // A date serial typed into a text or general cell: days after 30 December 1899.
            c.setCellValue("45962");
            assertThat(WorkbookReader.date(c, s)).isEqualTo(LocalDate.of(1899, 12, 30).plusDays(45962).toString());
            c.setCellValue(45962.0); // a number without a date format
            assertThat(WorkbookReader.date(c, s)).isEqualTo(LocalDate.of(1899, 12, 30).plusDays(45962).toString());
            c.setCellValue("4596"); // four digits: a year or a code, not a serial
            assertThat(WorkbookReader.date(c, s)).isEqualTo("4596");
        }
    }

    @Test
    void quotingEscapesWhatYamlWouldOtherwiseRead() {
        assertThat(WorkbookReader.quote(null)).isEmpty();
        assertThat(WorkbookReader.quote("")).isEqualTo("\"\"");
        assertThat(WorkbookReader.quote("ก \"ข\" \\ ค")).isEqualTo("\"ก \\\"ข\\\" \\\\ ค\"");
        assertThat(WorkbookReader.quote("a\nb\rc\td")).isEqualTo("\"a\\nb\\rc\\td\"");
        assertThat(WorkbookReader.quote("a\u0001b\u001fc")).isEqualTo("\"a\\u0001b\\u001fc\"");
        assertThat(WorkbookReader.quote("# : - [x]")).isEqualTo("\"# : - [x]\"");
    }

    @Test
    void onlyXlsxAndXlsmAreWorkbooks() {
        assertThat(WorkbookReader.isWorkbook(Path.of("ITA.xlsx"))).isTrue();
        assertThat(WorkbookReader.isWorkbook(Path.of("dir", "ITA.XLSM"))).isTrue();
        assertThat(WorkbookReader.isWorkbook(Path.of("ITA.xls"))).isFalse();
        assertThat(WorkbookReader.isWorkbook(Path.of("measures.yaml"))).isFalse();
        assertThat(WorkbookReader.isWorkbook(Path.of("xlsx"))).isFalse();
        assertThat(WorkbookReader.isWorkbook(Path.of("/"))).as("no file name").isFalse();
    }

    // ---- a whole (small) workbook ----------------------------------------------------------------

    /** A workbook with the agency and measures sheets, headed as init heads them. */
    static XSSFWorkbook book() {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet(A).createRow(0).createCell(0).setCellValue("รายการ");
        Row h = wb.createSheet(M).createRow(0);
        for (int c = 0; c < WorkbookLayout.MEASURE_HEADINGS.size(); c++) h.createCell(c).setCellValue(WorkbookLayout.MEASURE_HEADINGS.get(c));
        return wb;
    }

    /** Rows of the agency sheet from row 2 on: label, value (null: the value cell left out). */
    static void agency(XSSFWorkbook wb, Object... labelsAndValues) {
        Sheet s = wb.getSheet(A);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            Row r = s.createRow(s.getLastRowNum() + 1);
            r.createCell(0).setCellValue((String) labelsAndValues[i]);
            Object v = labelsAndValues[i + 1];
            if (v instanceof Number n) r.createCell(1).setCellValue(n.doubleValue());
            else if (v != null) r.createCell(1).setCellValue((String) v);
        }
    }

    static String label(String key) {
        return org.itagen.thai.ThaiTerms.get("workbook.row." + key);
    }

    /** A row of a sheet (created if missing): cells from column A, null left empty. */
    static void row(XSSFWorkbook wb, String sheet, int rowNum, String... cells) {
        Sheet s = wb.getSheet(sheet) == null ? wb.createSheet(sheet) : wb.getSheet(sheet);
        Row r = s.createRow(rowNum);
        for (int c = 0; c < cells.length; c++) if (cells[c] != null) r.createCell(c).setCellValue(cells[c]);
    }

    Path save(XSSFWorkbook wb) throws IOException {
        Path p = tmp.resolve("ITA.xlsx");
        try (wb; OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        return p;
    }

    /** The basic agency rows every test workbook has. */
    static void basicAgency(XSSFWorkbook wb) {
        agency(wb, label("agency.id"), "ab", label("agency.name"), "กรมตัวอย่าง", label("plan_year"), 2569);
    }

    /** A measure's fields without its locations (cells and lines differ by design). */
    static List<Object> strip(Measure m) {
        return List.of(m.id(), String.valueOf(m.title()), m.indicators(), m.items(), String.valueOf(m.analysis()), m.steps(),
                String.valueOf(m.period()), String.valueOf(m.owner()), String.valueOf(m.result()), String.valueOf(m.outcome()),
                String.valueOf(m.status()), m.evidence());
    }

    static void assertSamePlan(MeasurePlan fromBook, MeasurePlan fromYaml) {
        assertThat(fromBook.agency()).isEqualTo(fromYaml.agency());
        assertThat(fromBook.planYear()).isEqualTo(fromYaml.planYear());
        assertThat(fromBook.assessmentYear()).isEqualTo(fromYaml.assessmentYear());
        assertThat(fromBook.approval()).isEqualTo(fromYaml.approval());
        assertThat(fromBook.measures().stream().map(WorkbookReaderTest::strip).toList())
                .isEqualTo(fromYaml.measures().stream().map(WorkbookReaderTest::strip).toList());
        assertThat(fromBook.texts()).isEqualTo(fromYaml.texts());
        assertThat(fromBook.sections()).isEqualTo(fromYaml.sections());
        assertThat(fromBook.questions()).isEqualTo(fromYaml.questions());
    }

    @Test
    void everyKindOfMeasureCellReadsAsTheYamlWrittenByHand() throws IOException {
        XSSFWorkbook wb = book();
        basicAgency(wb);
        // id, title, indicators, items, analysis, steps, start, end, quarters, owner, result, outcome, status, evidence
        row(wb, M, 1, "M1", "มาตรการหนึ่ง", "1, 6", "i1 e1;e2", "วิเคราะห์\"แล้ว\"", "• ขั้นหนึ่ง\n\n1) ขั้นสอง\r\n- ขั้นสาม",
                "1/11/2568", "๓๑/๓/๒๕๖๙", null, "กองแผน", "ผล", "ผลลัพธ์", WorkbookLayout.STATUS_TH.get(Measure.Status.DONE),
                "คู่มือ | https://a.example/x\nhttps://b.example/y");
        row(wb, M, 2, " ", null, "", null, null, null, null, null, null, null, null, null, null, " "); // blank: skipped
        row(wb, M, 3, "M2", "มาตรการสอง", "2", null, null, "ขั้นเดียว", null, null, "๒-๔", "กองคลัง", null, null,
                WorkbookLayout.STATUS_TH.get(Measure.Status.IN_PROGRESS), null);
        row(wb, M, 4, "M3", "มาตรการสาม", null, "o1", null, "1. ขั้นเดียว", null, null, "3", "กองคลัง", null, null, "not_started", null);
        MeasurePlan fromBook = WorkbookReader.plan(save(wb));

        MeasurePlan fromYaml = MeasuresReader.read("""
                agency: {id: ab, name: กรมตัวอย่าง}
                plan_year: 2569
                measures:
                  - id: M1
                    title: มาตรการหนึ่ง
                    indicators: [1, 6]
                    items: [i1, e1, e2]
                    analysis: วิเคราะห์"แล้ว"
                    steps: [ขั้นหนึ่ง, ขั้นสอง, ขั้นสาม]
                    period: {start: 2025-11-01, end: 2026-03-31}
                    owner: กองแผน
                    result: ผล
                    outcome: ผลลัพธ์
                    status: done
                    evidence:
                      - {title: คู่มือ, url: "https://a.example/x"}
                      - https://b.example/y
                  - id: M2
                    title: มาตรการสอง
                    indicators: [2]
                    steps: [ขั้นเดียว]
                    period: Q2-Q4
                    owner: กองคลัง
                    status: in_progress
                  - id: M3
                    title: มาตรการสาม
                    items: [o1]
                    steps: [ขั้นเดียว]
                    period: Q3
                    owner: กองคลัง
                    status: not_started
                """, "measures.yaml");
        assertSamePlan(fromBook, fromYaml);
        assertThat(fromBook.measures()).hasSize(3);
        // Each key of a measure at its cell (row 2 is M1, row 4 is M2, row 5 is M3).
        Measure m1 = fromBook.measures().get(0), m2 = fromBook.measures().get(1), m3 = fromBook.measures().get(2);
        assertThat(m1.where()).isEqualTo(M + "!A2");
        assertThat(m1.where("title")).isEqualTo(M + "!B2");
        assertThat(m1.where("indicators")).isEqualTo(M + "!C2");
        assertThat(m1.where("items")).isEqualTo(M + "!D2");
        assertThat(m1.where("analysis")).isEqualTo(M + "!E2");
        assertThat(m1.where("steps")).isEqualTo(M + "!F2");
        assertThat(m1.where("period")).isEqualTo(M + "!G2");
        assertThat(m1.where("owner")).isEqualTo(M + "!J2");
        assertThat(m1.where("result")).isEqualTo(M + "!K2");
        assertThat(m1.where("outcome")).isEqualTo(M + "!L2");
        assertThat(m1.where("status")).isEqualTo(M + "!M2");
        assertThat(m1.where("evidence")).isEqualTo(M + "!N2");
        assertThat(m2.where()).isEqualTo(M + "!A4");
        assertThat(m2.where("period")).isEqualTo(M + "!I4");
        assertThat(m3.where("items")).isEqualTo(M + "!D5");
        assertThat(fromBook.where("plan_year")).isEqualTo(A + "!B4");
        assertThat(fromBook.source()).isEqualTo("ITA.xlsx");
    }

    @Test
    void agencyRowsGroupsListsAndTextsReadAsTheYamlWrittenByHand() throws IOException {
        XSSFWorkbook wb = book();
        agency(wb,
                label("agency.id"), "ab", label("agency.name"), "กรมตัวอย่าง", label("agency.short_name"), "ตย.",
                label("agency.prepared_by"), "กองแผน", label("plan_year"), "๒๕๖๙", label("assessment_year"), 2568,
                label("approval.body"), "คณะผู้บริหาร", label("approval.meeting"), "3/2568", label("approval.date"), "14/11/2568",
                label("document_date.o25"), "20/11/2568", label("document_date.o28"), null,
                label("national_rank.rank"), 42, label("national_rank.group_size"), "160", label("national_rank.group"), "ระดับกรม",
                label("national_rank.participants"), null,
                label("monitoring.report_by"), "15/10/2569", label("monitoring.report_to"), "ศูนย์ต่อต้านการทุจริต",
                label("monitoring.steps"), "• ติดตามรายไตรมาส\n\n2) รายงานผู้บริหาร",
                label("limitations"), "บุคลากรน้อย\nงบจำกัด",
                label("logo.file"), null, label("signature.name"), null, label("signature.position"), null,
                label("signature.date"), null, label("signature.image"), null,
                WorkbookLayout.TEXT_PREFIX + " overall ", "ข้อความแทน \"ภาพรวม\"");
        row(wb, M, 1, "M1", "มาตรการ", "1", null, null, "ขั้น", null, null, "1", "กอง");
        MeasurePlan fromBook = WorkbookReader.plan(save(wb));

        MeasurePlan fromYaml = MeasuresReader.read("""
                agency: {id: ab, name: กรมตัวอย่าง, short_name: ตย., prepared_by: กองแผน}
                plan_year: 2569
                assessment_year: 2568
                approval: {body: คณะผู้บริหาร, meeting: "3/2568", date: 2568-11-14}
                document_date: {o25: 2568-11-20}
                national_rank: {rank: 42, group_size: 160, group: ระดับกรม}
                monitoring:
                  report_by: 2569-10-15
                  report_to: ศูนย์ต่อต้านการทุจริต
                  steps: [ติดตามรายไตรมาส, รายงานผู้บริหาร]
                limitations: [บุคลากรน้อย, งบจำกัด]
                texts:
                  overall: ข้อความแทน "ภาพรวม"
                measures:
                  - {id: M1, title: มาตรการ, indicators: [1], steps: [ขั้น], period: Q1, owner: กอง}
                """, "measures.yaml");
        assertSamePlan(fromBook, fromYaml);
        assertThat(fromBook.approval().date()).isEqualTo(LocalDate.of(2025, 11, 14)); // 2568 BE
        assertThat(fromBook.texts()).containsEntry("overall", "ข้อความแทน \"ภาพรวม\"");
        assertThat(fromBook.logo()).isNull();
        assertThat(fromBook.signature()).isNull();
        assertThat(fromBook.where("approval")).isEqualTo(A + "!A1");
        assertThat(fromBook.where("texts.overall")).isEqualTo(A + "!B" + (WorkbookLayout.AGENCY_LABELS.size() + 2));
    }

    @Test
    void emptyOptionalRowsLeaveTheirGroupOut() throws IOException {
        XSSFWorkbook wb = book();
        basicAgency(wb);
        agency(wb, label("approval.body"), null, label("approval.meeting"), " ", label("national_rank.rank"), null,
                label("monitoring.steps"), null, label("limitations"), null, label("signature.name"), null);
        row(wb, M, 1, "M1", "มาตรการ", "1", null, null, "ขั้น", null, null, "1", "กอง");
        MeasurePlan plan = WorkbookReader.plan(save(wb));
        assertThat(plan.approval()).isNull();
        assertThat(plan.sections().nationalRank()).isNull();
        assertThat(plan.sections().monitoring()).isNull();
        assertThat(plan.sections().limitations()).isEmpty();
        assertThat(plan.signature()).isNull();
        assertThat(plan.texts()).isEmpty();
    }

    @Test
    void theSignerRowsReadAsItsBlock() throws IOException {
        XSSFWorkbook wb = book();
        basicAgency(wb);
        agency(wb, label("signature.name"), "นายสมชาย ใจดี", label("signature.position"), "ผู้อำนวยการ\n\nปฏิบัติราชการแทน",
                label("signature.date"), "28/10/2568");
        row(wb, M, 1, "M1", "มาตรการ", "1", null, null, "ขั้น", null, null, "1", "กอง");
        MeasurePlan plan = WorkbookReader.plan(save(wb));
        assertThat(plan.signature().name()).isEqualTo("นายสมชาย ใจดี");
        assertThat(plan.signature().position()).containsExactly("ผู้อำนวยการ", "ปฏิบัติราชการแทน");
        assertThat(plan.signature().date()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(plan.signature().image()).isNull();
    }

    @Test
    void theOptionalSheetsReadAsTheYamlWrittenByHand() throws IOException {
        XSSFWorkbook wb = book();
        basicAgency(wb);
        row(wb, M, 1, "M1", "มาตรการหนึ่ง", "1", null, null, "ขั้น", null, null, "1", "กอง");
        row(wb, M, 2, "M2", "มาตรการสอง", "2", null, null, "ขั้น", null, null, "2", "กอง");
        String rec = WorkbookLayout.RECOMMENDATIONS, iss = WorkbookLayout.ISSUES, ppl = WorkbookLayout.PEOPLE, w = WorkbookLayout.WORDINGS;
        row(wb, rec, 0, "แบบวัด", "ตัวชี้วัด", "ข้อคำถาม", "ข้อเสนอแนะ");
        row(wb, rec, 1, " IIT ", "4", "i10, i11", "ควรกำหนดแนวปฏิบัติ");
        row(wb, rec, 2, " ", null, null, null); // blank row: skipped
        row(wb, rec, 3, "OIT", null, null, "ควรรักษามาตรฐาน");
        row(wb, iss, 0, "ชื่อประเด็น");
        row(wb, iss, 1, "การให้บริการ", "M1; M2", "e1 e4", "ยังเข้าถึงไม่ทั่วถึง", "• ติดต่อครั้งเดียว\nงบน้อย");
        row(wb, iss, 2, "การใช้อำนาจ", "M2");
        row(wb, ppl, 0, "คณะ");
        row(wb, ppl, 1, " " + org.itagen.thai.ThaiTerms.get("workbook.people.preparers") + " ", "นายวีระ", "นักวิเคราะห์");
        row(wb, ppl, 2, org.itagen.thai.ThaiTerms.get("workbook.people.advisers"), "นายสมชาย", "รองอธิบดี");
        row(wb, w, 0, "ข้อ");
        row(wb, w, 1, " E3 ", "ถ้อยคำ\nสองบรรทัด");
        row(wb, w, 3, "i๑๒", "ถ้อยคำอีกข้อ");
        MeasurePlan fromBook = WorkbookReader.plan(save(wb));

        MeasurePlan fromYaml = MeasuresReader.read("""
                agency: {id: ab, name: กรมตัวอย่าง}
                plan_year: 2569
                recommendations:
                  - {tool: IIT, indicators: [4], items: [i10, i11], text: ควรกำหนดแนวปฏิบัติ}
                  - {tool: OIT, text: ควรรักษามาตรฐาน}
                issues:
                  - title: การให้บริการ
                    measures: [M1, M2]
                    items: [e1, e4]
                    analysis: ยังเข้าถึงไม่ทั่วถึง
                    limitations: [ติดต่อครั้งเดียว, งบน้อย]
                  - {title: การใช้อำนาจ, measures: [M2]}
                advisers:
                  - {name: นายสมชาย, position: รองอธิบดี}
                preparers:
                  - {name: นายวีระ, position: นักวิเคราะห์}
                questions:
                  e3: "ถ้อยคำ\\nสองบรรทัด"
                  i12: ถ้อยคำอีกข้อ
                measures:
                  - {id: M1, title: มาตรการหนึ่ง, indicators: [1], steps: [ขั้น], period: Q1, owner: กอง}
                  - {id: M2, title: มาตรการสอง, indicators: [2], steps: [ขั้น], period: Q2, owner: กอง}
                """, "measures.yaml");
        assertSamePlan(fromBook, fromYaml);
        assertThat(fromBook.sections().recommendations()).hasSize(2);
        assertThat(fromBook.sections().issues()).hasSize(2);
        assertThat(fromBook.sections().advisers()).hasSize(1);
        assertThat(fromBook.where("questions.i12")).isEqualTo(w + "!A4");
        assertThat(fromBook.where("questions.e3")).isEqualTo(w + "!A2");
    }

    /** The first error of the workbook's draft. */
    Problem firstError(XSSFWorkbook wb) throws IOException {
        MeasuresDraft d = WorkbookReader.draft(save(wb));
        return d.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
    }

    @Test
    void anIssueWithoutMeasuresAndARecommendationWithoutTextNameTheirCells() throws IOException {
        XSSFWorkbook wb = book();
        basicAgency(wb);
        row(wb, M, 1, "M1", "มาตรการ", "1", null, null, "ขั้น", null, null, "1", "กอง");
        row(wb, WorkbookLayout.ISSUES, 0, "ชื่อประเด็น");
        row(wb, WorkbookLayout.ISSUES, 1, "ประเด็น", null, "e1");
        Problem p = firstError(wb);
        assertThat(p.where()).isEqualTo(WorkbookLayout.ISSUES + "!B2");

        XSSFWorkbook rec = book();
        basicAgency(rec);
        row(rec, M, 1, "M1", "มาตรการ", "1", null, null, "ขั้น", null, null, "1", "กอง");
        row(rec, WorkbookLayout.RECOMMENDATIONS, 0, "แบบวัด");
        row(rec, WorkbookLayout.RECOMMENDATIONS, 1, null, null, null, null);
        row(rec, WorkbookLayout.RECOMMENDATIONS, 2, "EIT", "7");
        Problem q = firstError(rec);
        assertThat(q.where()).isEqualTo(WorkbookLayout.RECOMMENDATIONS + "!D3");
    }

    @Test
    void aMeasuresSheetWithOnlyItsHeadingHasNoMeasures() throws IOException {
        XSSFWorkbook wb = book();
        basicAgency(wb);
        Problem p = firstError(wb);
        assertThat(p.code()).isEqualTo("NO_MEASURES");
        assertThat(p.where()).isEqualTo(M + "!A1");
    }

    @Test
    void aMeasureWithoutStepsOrPeriodNamesTheCellToFill() throws IOException {
        XSSFWorkbook wb = book();
        basicAgency(wb);
        row(wb, M, 1, "M1", "มาตรการ", "1", null, null, null, null, null, "1", "กอง");
        Problem steps = firstError(wb);
        assertThat(steps.code()).isEqualTo("O25_MISSING_STEPS");
        assertThat(steps.where()).isEqualTo(M + "!F2");

        XSSFWorkbook noPeriod = book();
        basicAgency(noPeriod);
        row(noPeriod, M, 1, "M1", "มาตรการ", "1", null, null, "ขั้น", null, null, null, "กอง");
        Problem period = firstError(noPeriod);
        assertThat(period.code()).isEqualTo("O25_MISSING_PERIOD");
        assertThat(period.where()).isEqualTo(M + "!G2");

        XSSFWorkbook endOnly = book();
        basicAgency(endOnly);
        row(endOnly, M, 1, "M1", "มาตรการ", "1", null, null, "ขั้น", null, "31/3/2569", null, "กอง");
        Problem end = firstError(endOnly);
        assertThat(end.code()).isEqualTo("PERIOD_INVALID");
        assertThat(end.where()).isEqualTo(M + "!G2");
    }

    @Test
    void quartersBesideADateAreLeftToTheDates() throws IOException {
        XSSFWorkbook wb = book();
        basicAgency(wb);
        row(wb, M, 1, "M1", "มาตรการ", "1", null, null, "ขั้น", "1/11/2568", "31/3/2569", "2", "กอง");
        MeasurePlan plan = WorkbookReader.plan(save(wb));
        assertThat(plan.measures().get(0).period().isQuarters()).isFalse();
        assertThat(plan.measures().get(0).period().start()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(plan.measures().get(0).period().end()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void anUnknownLabelStopsAtItsRowNamingTheLabels() throws IOException {
        XSSFWorkbook wb = book();
        basicAgency(wb);
        agency(wb, "ชื่อส่วนราชการ", "กรม");
        row(wb, M, 1, "M1", "มาตรการ", "1", null, null, "ขั้น", null, null, "1", "กอง");
        Path p = save(wb);
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.draft(p));
        assertThat(e).isNotNull();
        assertThat(e.where()).isEqualTo(A + "!A5");
        assertThat(e.code()).isEqualTo("error.WORKBOOK_UNKNOWN_LABEL");
        assertThat(e.getMessage()).contains("ชื่อส่วนราชการ").contains(label("agency.id")).contains(WorkbookLayout.TEXT_PREFIX);
    }

    @Test
    void aPeopleRowOutsideBothGroupsStopsAtItsGroupCell() throws IOException {
        for (String group : new String[] {"คณะอื่น", null}) {
            XSSFWorkbook wb = book();
            basicAgency(wb);
            row(wb, M, 1, "M1", "มาตรการ", "1", null, null, "ขั้น", null, null, "1", "กอง");
            row(wb, WorkbookLayout.PEOPLE, 0, "คณะ");
            row(wb, WorkbookLayout.PEOPLE, 1, org.itagen.thai.ThaiTerms.get("workbook.people.advisers"), "นายก", "ตำแหน่ง");
            row(wb, WorkbookLayout.PEOPLE, 2, group, "นายข", "ตำแหน่ง");
            Path p = save(wb);
            ItagenException e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.draft(p));
            assertThat(e).as(String.valueOf(group)).isNotNull();
            assertThat(e.where()).isEqualTo(WorkbookLayout.PEOPLE + "!A3");
            assertThat(e.code()).isEqualTo("error.WORKBOOK_PEOPLE_GROUP");
            assertThat(e.getMessage()).contains(org.itagen.thai.ThaiTerms.get("workbook.people.preparers"));
        }
    }

    @Test
    void aMissingSheetIsNamedWithTheSheetsAWorkbookNeeds() throws IOException {
        XSSFWorkbook wb = book();
        basicAgency(wb);
        wb.removeSheetAt(wb.getSheetIndex(M));
        Path p = save(wb);
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.draft(p));
        assertThat(e.where()).isEqualTo(M);
        assertThat(e.code()).isEqualTo("error.WORKBOOK_NO_SHEET");
        assertThat(e.getMessage()).contains(A).contains(WorkbookLayout.SCORES);

        XSSFWorkbook noAgency = book();
        noAgency.removeSheetAt(noAgency.getSheetIndex(A));
        Path q = save(noAgency);
        ItagenException f = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.draft(q));
        assertThat(f.where()).isEqualTo(A);
    }

    @Test
    void aMissingOrUnreadableFileIsNamed() throws IOException {
        Path none = tmp.resolve("none.xlsx");
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.draft(none));
        assertThat(e.where()).isEqualTo(none.toString());
        assertThat(e.code()).isEqualTo("error.WORKBOOK_NOT_FOUND");

        Path text = Files.writeString(tmp.resolve("ITA.xlsx"), "agency,score\n", StandardCharsets.UTF_8);
        ItagenException u = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.plan(text));
        assertThat(u.where()).isEqualTo(text.toString());
        assertThat(u.code()).isEqualTo("error.WORKBOOK_FILE_UNREADABLE");
    }
}
