package org.itagen.input.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.thai.ThaiTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook init writes, for a small plan written here as measures.yaml: each value in the cell
 * the officer looks for it, as an officer would type it (Thai dates, quarters as digits, the status
 * in Thai), and read back to the same plan. One write and one read: fast enough for PIT's test set.
 */
class WorkbookWriterTest {
    static final String YAML = """
            agency: {id: ab, name: กรมตัวอย่าง, short_name: ตย., prepared_by: กองแผน}
            plan_year: 2569
            assessment_year: 2568
            approval: {body: คณะผู้บริหาร, meeting: "3/2568", date: 2025-11-14}
            document_date: {o25: 2025-11-20}
            national_rank: {rank: 42, group_size: 160, group: ระดับกรม, participants: 8317}
            monitoring: {report_by: 2026-10-15, report_to: ศูนย์, steps: [ติดตาม, รายงาน]}
            limitations: [บุคลากรน้อย, งบจำกัด]
            recommendations:
              - {tool: IIT, indicators: [4, 5], items: [i10, i11], text: ควรกำหนดแนวปฏิบัติ}
            issues:
              - {title: การให้บริการ, measures: [M1, M2], items: [e1], analysis: เข้าถึงยาก, limitations: [ก, ข]}
            advisers:
              - {name: นายสมชาย, position: รองอธิบดี}
            preparers:
              - {name: นายวีระ, position: นักวิเคราะห์}
              - {name: นางพร, position: นักทรัพยากรบุคคล}
            signature: {name: นายสมชาย ใจดี, position: [ผู้อำนวยการ, ปฏิบัติราชการแทน], date: 2025-10-28}
            texts: {zeta: ข้อความท้าย, alpha: ข้อความต้น}
            questions: {i12: ถ้อยคำสอง, e3: ถ้อยคำหนึ่ง}
            measures:
              - id: M1
                title: มาตรการหนึ่ง
                indicators: [1, 6]
                items: [i1, e1]
                analysis: วิเคราะห์
                steps: [ขั้นหนึ่ง, ขั้นสอง]
                period: {start: 2025-11-01, end: 2026-03-31}
                owner: กองแผน
                result: ผล
                outcome: ผลลัพธ์
                status: done
                evidence:
                  - {title: คู่มือ, url: "https://a.example/x"}
                  - https://b.example/y
              - {id: M2, title: มาตรการสอง, indicators: [2], steps: [ขั้น], period: Q2, owner: กองคลัง, status: in_progress}
              - {id: M3, title: มาตรการสาม, items: [o1], steps: [ขั้น], period: Q1-Q3, owner: กองคลัง, status: not_started}
              - {id: M4, title: มาตรการสี่, indicators: [3], steps: [ขั้น], period: Q4, owner: กองคลัง}
            """;

    static final List<List<String>> SCORES = List.of(
            List.of("agency_id", "agency_name", "year", "tool", "indicator", "item", "item_text", "score"),
            List.of("ab", "กรมตัวอย่าง", "2568", "IIT", "1", "", "", "91.62"),
            List.of("ab", "กรมตัวอย่าง", "2568", "EIT", "6", "e1", "ข้อหนึ่ง", "N/A"));

    @TempDir
    Path tmp;

    static XSSFWorkbook written(MeasurePlan plan, List<String> codes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.write(plan, SCORES, codes)));
    }

    static String text(Sheet s, String ref) {
        var r = new org.apache.poi.ss.util.CellReference(ref);
        Row row = s.getRow(r.getRow());
        Cell c = row == null ? null : row.getCell(r.getCol());
        return c == null ? null : c.getCellType() == CellType.NUMERIC ? "#" + c.getNumericCellValue() : c.getStringCellValue();
    }

    static boolean bold(Sheet s, String ref) {
        var r = new org.apache.poi.ss.util.CellReference(ref);
        XSSFCellStyle st = (XSSFCellStyle) s.getRow(r.getRow()).getCell(r.getCol()).getCellStyle();
        return st.getFont().getBold();
    }

    /** The value cell of the agency row labelled for {@code key}. */
    static String agencyValue(Sheet s, String key) {
        String label = ThaiTerms.get("workbook.row." + key);
        for (Row r : s) {
            if (r.getCell(0) != null && label.equals(r.getCell(0).getStringCellValue())) {
                Cell v = r.getCell(1);
                return v == null ? null : v.getCellType() == CellType.NUMERIC ? "#" + v.getNumericCellValue() : v.getStringCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void theAgencySheetHoldsEachValueAsAnOfficerTypesIt() throws IOException {
        MeasurePlan plan = MeasuresReader.read(YAML, "measures.yaml");
        try (XSSFWorkbook wb = written(plan, List.of())) {
            Sheet a = wb.getSheet(WorkbookLayout.AGENCY);
            assertThat(text(a, "A1")).isEqualTo(ThaiTerms.get("workbook.agency.heading.label"));
            assertThat(text(a, "B1")).isEqualTo(ThaiTerms.get("workbook.agency.heading.value"));
            assertThat(bold(a, "A1")).isTrue();
            assertThat(bold(a, "B1")).isTrue();
            // one row per label, in the layout's order, from row 2
            for (int i = 0; i < WorkbookLayout.AGENCY_LABELS.size(); i++) {
                assertThat(a.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(WorkbookLayout.AGENCY_LABELS.get(i));
            }
            assertThat(agencyValue(a, "agency.id")).isEqualTo("ab");
            assertThat(agencyValue(a, "agency.name")).isEqualTo("กรมตัวอย่าง");
            assertThat(agencyValue(a, "agency.short_name")).isEqualTo("ตย.");
            assertThat(agencyValue(a, "agency.prepared_by")).isEqualTo("กองแผน");
            assertThat(agencyValue(a, "plan_year")).isEqualTo("#2569.0"); // a number, not text
            assertThat(agencyValue(a, "assessment_year")).isEqualTo("#2568.0");
            assertThat(agencyValue(a, "approval.body")).isEqualTo("คณะผู้บริหาร");
            assertThat(agencyValue(a, "approval.meeting")).isEqualTo("3/2568");
            assertThat(agencyValue(a, "approval.date")).isEqualTo("14/11/2568"); // day/month/BE year, no zero padding
            assertThat(agencyValue(a, "document_date.o25")).isEqualTo("20/11/2568");
            assertThat(agencyValue(a, "document_date.o28")).isNull();
            assertThat(agencyValue(a, "national_rank.rank")).isEqualTo("#42.0");
            assertThat(agencyValue(a, "national_rank.group_size")).isEqualTo("#160.0");
            assertThat(agencyValue(a, "national_rank.group")).isEqualTo("ระดับกรม");
            assertThat(agencyValue(a, "national_rank.participants")).isEqualTo("#8317.0");
            assertThat(agencyValue(a, "monitoring.report_by")).isEqualTo("15/10/2569");
            assertThat(agencyValue(a, "monitoring.report_to")).isEqualTo("ศูนย์");
            assertThat(agencyValue(a, "monitoring.steps")).isEqualTo("ติดตาม\nรายงาน");
            assertThat(agencyValue(a, "limitations")).isEqualTo("บุคลากรน้อย\nงบจำกัด");
            assertThat(agencyValue(a, "logo.file")).isNull();
            assertThat(agencyValue(a, "signature.name")).isEqualTo("นายสมชาย ใจดี");
            assertThat(agencyValue(a, "signature.position")).isEqualTo("ผู้อำนวยการ\nปฏิบัติราชการแทน");
            assertThat(agencyValue(a, "signature.date")).isEqualTo("28/10/2568");
            assertThat(agencyValue(a, "signature.image")).isNull();
            // texts after the labels, by key
            int t = WorkbookLayout.AGENCY_LABELS.size() + 1;
            assertThat(a.getRow(t).getCell(0).getStringCellValue()).isEqualTo(WorkbookLayout.TEXT_PREFIX + "alpha");
            assertThat(a.getRow(t).getCell(1).getStringCellValue()).isEqualTo("ข้อความต้น");
            assertThat(a.getRow(t + 1).getCell(0).getStringCellValue()).isEqualTo(WorkbookLayout.TEXT_PREFIX + "zeta");
            assertThat(a.getLastRowNum()).isEqualTo(t + 1);
            assertThat(a.getColumnWidth(0)).isEqualTo(24 * 256);
            assertThat(a.getColumnWidth(1)).isEqualTo(60 * 256);
            assertThat(wb.getProperties().getCoreProperties().getCreated()).isEqualTo(new java.util.Date(0));
        }
    }

    @Test
    void aPlanWithoutTheOptionalPartsLeavesTheirRowsEmpty() throws IOException {
        MeasurePlan plan = MeasuresReader.read("""
                agency: {id: ab}
                plan_year: 2569
                measures:
                  - {id: M1, title: มาตรการ, indicators: [1], steps: [ขั้น], period: Q1, owner: กอง}
                """, "measures.yaml");
        try (XSSFWorkbook wb = written(plan, List.of())) {
            Sheet a = wb.getSheet(WorkbookLayout.AGENCY);
            for (String key : List.of("agency.name", "approval.body", "approval.meeting", "approval.date", "national_rank.rank",
                    "national_rank.group", "monitoring.report_by", "monitoring.steps", "limitations", "signature.name",
                    "signature.position", "signature.date")) {
                assertThat(agencyValue(a, key)).as(key).isNull();
            }
            assertThat(a.getLastRowNum()).as("no texts rows").isEqualTo(WorkbookLayout.AGENCY_LABELS.size());
            for (String sheet : List.of(WorkbookLayout.RECOMMENDATIONS, WorkbookLayout.ISSUES, WorkbookLayout.PEOPLE,
                    WorkbookLayout.WORDINGS)) {
                assertThat(wb.getSheet(sheet).getLastRowNum()).as(sheet + ": headings only").isZero();
            }
            // without question codes there is no item drop-down on the scores sheet
            assertThat(wb.getSheet(WorkbookLayout.SCORES).getDataValidations()).hasSize(3);
            assertThat(wb.getSheet(WorkbookLayout.LISTS).getPhysicalNumberOfRows()).isZero();
        }
    }

    @Test
    void theMeasuresSheetHasOneRowPerMeasureInTheColumnsTheReaderReads() throws IOException {
        MeasurePlan plan = MeasuresReader.read(YAML, "measures.yaml");
        try (XSSFWorkbook wb = written(plan, List.of())) {
            XSSFSheet m = wb.getSheet(WorkbookLayout.MEASURES);
            List<String> headings = new ArrayList<>();
            for (Cell c : m.getRow(0)) headings.add(c.getStringCellValue());
            assertThat(headings).isEqualTo(WorkbookLayout.MEASURE_HEADINGS);
            assertThat(bold(m, "A1")).isTrue();
            assertThat(bold(m, "N1")).isTrue();
            // M1: dates in G and H
            assertThat(Arrays.asList(text(m, "A2"), text(m, "B2"), text(m, "C2"), text(m, "D2"), text(m, "E2"), text(m, "F2"),
                    text(m, "G2"), text(m, "H2"), text(m, "I2"), text(m, "J2"), text(m, "K2"), text(m, "L2"), text(m, "M2"),
                    text(m, "N2"))).containsExactly("M1", "มาตรการหนึ่ง", "1, 6", "i1, e1", "วิเคราะห์", "ขั้นหนึ่ง\nขั้นสอง",
                    "1/11/2568", "31/3/2569", null, "กองแผน", "ผล", "ผลลัพธ์", WorkbookLayout.STATUS_TH.get(org.itagen.input.Measure.Status.DONE),
                    "คู่มือ | https://a.example/x\nhttps://b.example/y");
            assertThat(((XSSFCellStyle) m.getRow(1).getCell(1).getCellStyle()).getWrapText()).isTrue();
            // M2: one quarter is its digit; no dates; nothing where the plan has nothing
            assertThat(Arrays.asList(text(m, "D3"), text(m, "E3"), text(m, "G3"), text(m, "H3"), text(m, "I3"), text(m, "M3"),
                    text(m, "N3"))).containsExactly(null, null, null, null, "2", WorkbookLayout.STATUS_TH.get(org.itagen.input.Measure.Status.IN_PROGRESS), null);
            // M3: a range of quarters
            assertThat(text(m, "I4")).isEqualTo("1-3");
            assertThat(text(m, "C4")).isNull();
            assertThat(text(m, "M4")).isEqualTo(WorkbookLayout.STATUS_TH.get(org.itagen.input.Measure.Status.NOT_STARTED));
            // M4: no status
            assertThat(text(m, "M5")).isNull();
            assertThat(m.getLastRowNum()).isEqualTo(4);
            // the status drop-down, from row 2 of column M
            List<? extends DataValidation> v = m.getDataValidations();
            assertThat(v).hasSize(1);
            assertThat(v.get(0).getValidationConstraint().getExplicitListValues()).containsExactly(
                    WorkbookLayout.STATUS_TH.get(org.itagen.input.Measure.Status.DONE),
                    WorkbookLayout.STATUS_TH.get(org.itagen.input.Measure.Status.IN_PROGRESS),
                    WorkbookLayout.STATUS_TH.get(org.itagen.input.Measure.Status.NOT_STARTED));
            assertThat(v.get(0).getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("M2:M501");
            assertThat(m.getColumnWidth(1)).isEqualTo(40 * 256);
            assertThat(m.getColumnWidth(13)).isEqualTo(50 * 256);
            assertThat(m.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
            assertThat(m.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        }
    }

    @Test
    void theScoresSheetHoldsNumbersAsNumbersWithItsDropDowns() throws IOException {
        MeasurePlan plan = MeasuresReader.read(YAML, "measures.yaml");
        try (XSSFWorkbook wb = written(plan, List.of("i2", "e1", "i10"))) {
            assertThat(wb.getSheetName(0)).isEqualTo(WorkbookLayout.AGENCY);
            assertThat(wb.getSheetName(1)).isEqualTo(WorkbookLayout.SCORES);
            XSSFSheet s = wb.getSheet(WorkbookLayout.SCORES);
            assertThat(text(s, "A1")).isEqualTo("agency_id");
            assertThat(text(s, "C1")).isEqualTo("year"); // the header row stays text
            assertThat(bold(s, "H1")).isTrue();
            assertThat(text(s, "C2")).isEqualTo("#2568.0");
            assertThat(text(s, "E2")).isEqualTo("#1.0");
            assertThat(text(s, "H2")).isEqualTo("#91.62");
            assertThat(text(s, "D2")).isEqualTo("IIT");
            assertThat(text(s, "F2")).as("an empty value leaves no cell").isNull();
            assertThat(text(s, "H3")).as("not a number: as typed").isEqualTo("N/A");
            assertThat(bold(s, "A2")).isFalse();
            // the question codes, in the order given, on the hidden lists sheet
            Sheet lists = wb.getSheet(WorkbookLayout.LISTS);
            assertThat(wb.isSheetHidden(wb.getSheetIndex(WorkbookLayout.LISTS))).isTrue();
            assertThat(List.of(text(lists, "A1"), text(lists, "A2"), text(lists, "A3"))).containsExactly("i2", "e1", "i10");
            assertThat(lists.getLastRowNum()).isEqualTo(2);
            // drop-downs and limits on rows 2-1001: 500 rows past the scores, and at least 1000
            List<String> ranges = new ArrayList<>();
            for (DataValidation v : s.getDataValidations()) {
                ranges.add(v.getRegions().getCellRangeAddress(0).formatAsString());
                assertThat(v.getShowErrorBox()).isTrue();
                assertThat(v.getEmptyCellAllowed()).isTrue();
                assertThat(v.getErrorBoxTitle()).isEqualTo("ITA");
            }
            assertThat(ranges).containsExactly("H2:H1001", "E2:E1001", "D2:D1001", "F2:F1001");
            DataValidation items = s.getDataValidations().get(3);
            assertThat(items.getValidationConstraint().getFormula1()).isEqualTo("'" + WorkbookLayout.LISTS + "'!$A$1:$A$3");
            assertThat(items.getErrorBoxText()).isEqualTo(ThaiTerms.get("workbook.validation.item"));
            assertThat(s.getDataValidations().get(0).getValidationConstraint().getFormula2()).isEqualTo("100");
            assertThat(s.getDataValidations().get(1).getValidationConstraint().getFormula2()).isEqualTo("10");
            assertThat(s.getDataValidations().get(2).getValidationConstraint().getExplicitListValues())
                    .containsExactly("IIT", "EIT", "OIT");
            assertThat(s.getColumnWidth(1)).isEqualTo(30 * 256);
            assertThat(s.getColumnWidth(7)).isEqualTo(12 * 256);
        }
    }

    @Test
    void theOptionalSheetsAreHeadedAndHoldThePlansSections() throws IOException {
        MeasurePlan plan = MeasuresReader.read(YAML, "measures.yaml");
        try (XSSFWorkbook wb = written(plan, List.of())) {
            XSSFSheet rec = wb.getSheet(WorkbookLayout.RECOMMENDATIONS);
            assertThat(text(rec, "A1")).isEqualTo(WorkbookLayout.RECOMMENDATION_HEADINGS.get(0));
            assertThat(text(rec, "D1")).isEqualTo(WorkbookLayout.RECOMMENDATION_HEADINGS.get(3));
            assertThat(bold(rec, "D1")).isTrue();
            assertThat(Arrays.asList(text(rec, "A2"), text(rec, "B2"), text(rec, "C2"), text(rec, "D2")))
                    .containsExactly("IIT", "4, 5", "i10, i11", "ควรกำหนดแนวปฏิบัติ");
            assertThat(rec.getColumnWidth(3)).isEqualTo(80 * 256);
            assertThat(rec.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            XSSFSheet iss = wb.getSheet(WorkbookLayout.ISSUES);
            assertThat(text(iss, "E1")).isEqualTo(WorkbookLayout.ISSUE_HEADINGS.get(4));
            assertThat(Arrays.asList(text(iss, "A2"), text(iss, "B2"), text(iss, "C2"), text(iss, "D2"), text(iss, "E2")))
                    .containsExactly("การให้บริการ", "M1, M2", "e1", "เข้าถึงยาก", "ก\nข");
            XSSFSheet ppl = wb.getSheet(WorkbookLayout.PEOPLE);
            String adv = ThaiTerms.get("workbook.people.advisers"), prep = ThaiTerms.get("workbook.people.preparers");
            assertThat(Arrays.asList(text(ppl, "A2"), text(ppl, "B2"), text(ppl, "C2"))).containsExactly(adv, "นายสมชาย", "รองอธิบดี");
            assertThat(Arrays.asList(text(ppl, "A3"), text(ppl, "B3"))).containsExactly(prep, "นายวีระ");
            assertThat(Arrays.asList(text(ppl, "A4"), text(ppl, "B4"))).containsExactly(prep, "นางพร");
            assertThat(ppl.getDataValidations()).hasSize(1);
            assertThat(ppl.getDataValidations().get(0).getValidationConstraint().getExplicitListValues()).containsExactly(adv, prep);
            XSSFSheet w = wb.getSheet(WorkbookLayout.WORDINGS);
            assertThat(text(w, "A1")).isEqualTo(WorkbookLayout.WORDING_HEADINGS.get(0));
            assertThat(List.of(text(w, "A2"), text(w, "B2"), text(w, "A3"), text(w, "B3")))
                    .containsExactly("e3", "ถ้อยคำหนึ่ง", "i12", "ถ้อยคำสอง"); // by code
            assertThat(w.getColumnWidth(1)).isEqualTo(100 * 256);
        }
    }

    @Test
    void theWrittenWorkbookReadsBackToTheSamePlan(@TempDir Path dir) throws IOException {
        MeasurePlan plan = MeasuresReader.read(YAML, "measures.yaml");
        Path p = Files.write(dir.resolve("ITA.xlsx"), WorkbookWriter.write(plan, SCORES, List.of("e1")));
        MeasurePlan back = WorkbookReader.plan(p);
        WorkbookReaderTest.assertSamePlan(back, plan);
        assertThat(back.signature().name()).isEqualTo(plan.signature().name());
        assertThat(back.signature().position()).isEqualTo(plan.signature().position());
        assertThat(back.signature().date()).isEqualTo(plan.signature().date());
    }
}
