package org.itagen.input.workbook;

import org.itagen.thai.ThaiTerms;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.input.Measure;
import org.itagen.input.MeasurePlan;
import org.itagen.input.Sections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the ITA workbook {@code itagen init} puts next to the CSV/YAML: the same sample, so that
 * {@link WorkbookReader} reads it back to the same plan and scores.
 */
public final class WorkbookWriter {
    private WorkbookWriter() {
    }

    /** Scores in the long layout: header row then rows, as the sample scores.csv holds them. */
    public static byte[] write(MeasurePlan plan, List<List<String>> scoreRows, Collection<String> questionCodes) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // Fixed properties: the same sample gives the same workbook.
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);

            agency(wb.createSheet(WorkbookLayout.AGENCY), plan, head);
            scores(wb, wb.createSheet(WorkbookLayout.SCORES), scoreRows, questionCodes, head);
            measures(wb.createSheet(WorkbookLayout.MEASURES), plan, head, wrap);
            sections(wb, plan.sections(), head, wrap);
            wordings(headed(wb.createSheet(WorkbookLayout.WORDINGS), WorkbookLayout.WORDING_HEADINGS, head,
                    new int[] {14, 100}), plan, wrap);
            wb.setSheetHidden(wb.getSheetIndex(WorkbookLayout.LISTS), true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void agency(Sheet s, MeasurePlan plan, CellStyle head) {
        Row h = s.createRow(0);
        h.createCell(0).setCellValue(ThaiTerms.get("workbook.agency.heading.label"));
        h.createCell(1).setCellValue(ThaiTerms.get("workbook.agency.heading.value"));
        h.getCell(0).setCellStyle(head);
        h.getCell(1).setCellStyle(head);
        MeasurePlan.AgencyInfo a = plan.agency();
        MeasurePlan.Approval ap = plan.approval();
        MeasurePlan.Signer sg = plan.signature();
        Sections x = plan.sections();
        Sections.NationalRank nr = x.nationalRank();
        Sections.Monitoring mo = x.monitoring();
        Object[] values = {a.id(), a.name(), a.shortName(), a.preparedBy(), plan.planYear(), plan.assessmentYear(),
                ap == null ? null : ap.body(), ap == null ? null : ap.meeting(), ap == null ? null : ap.date(),
                x.documentDate("o25"), x.documentDate("o28"),
                nr == null ? null : nr.rank(), nr == null ? null : nr.groupSize(), nr == null ? null : nr.group(),
                nr == null ? null : nr.participants(),
                mo == null ? null : mo.reportBy(), mo == null ? null : mo.reportTo(),
                mo == null || mo.steps().isEmpty() ? null : String.join("\n", mo.steps()),
                x.limitations().isEmpty() ? null : String.join("\n", x.limitations()),
                // Pictures by file name: the officer keeps them next to the workbook.
                plan.logo() == null ? null : plan.logo().file().getFileName(),
                sg == null ? null : sg.name(), sg == null || sg.position().isEmpty() ? null : String.join("\n", sg.position()),
                sg == null ? null : sg.date(), sg == null || sg.image() == null ? null : sg.image().file().getFileName()};
        int r = 1;
        for (String label : WorkbookLayout.AGENCY_LABELS) {
            Row row = s.createRow(r);
            row.createCell(0).setCellValue(label);
            Object v = values[r - 1];
            if (v instanceof Integer i) row.createCell(1).setCellValue(i);
            else if (v instanceof LocalDate d) row.createCell(1).setCellValue(thaiDate(d));
            else if (v != null) row.createCell(1).setCellValue(v.toString());
            r++;
        }
        for (var t : plan.texts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(WorkbookLayout.TEXT_PREFIX + t.getKey());
            row.createCell(1).setCellValue(t.getValue());
        }
        s.setColumnWidth(0, 24 * 256);
        s.setColumnWidth(1, 60 * 256);
    }

    /** 14/11/2568: as an officer types a date (the reader takes Excel dates too). */
    private static String thaiDate(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + (d.getYear() + 543);
    }

    private static void scores(XSSFWorkbook wb, Sheet s, List<List<String>> rows, Collection<String> codes, CellStyle head) {
        int r = 0;
        for (List<String> row : rows) {
            Row x = s.createRow(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v == null || v.isEmpty()) continue;
                boolean number = r > 0 && (c == 2 || c == 4 || c == 7) && v.matches("\\d+(\\.\\d+)?");
                if (number) x.createCell(c).setCellValue(new BigDecimal(v).doubleValue());
                else x.createCell(c).setCellValue(v);
                if (r == 0) x.getCell(c).setCellStyle(head);
            }
            r++;
        }
        int last = Math.max(r + 500, 1000);
        Sheet lists = wb.createSheet(WorkbookLayout.LISTS);
        List<String> sorted = new ArrayList<>(codes);
        for (int i = 0; i < sorted.size(); i++) lists.createRow(i).createCell(0).setCellValue(sorted.get(i));
        DataValidationHelper dv = s.getDataValidationHelper();
        validation(s, dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"), 7, last,
                ThaiTerms.get("workbook.validation.score"));
        validation(s, dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1", "10"), 4, last,
                ThaiTerms.get("workbook.validation.indicator"));
        validation(s, dv.createExplicitListConstraint(new String[] {"IIT", "EIT", "OIT"}), 3, last,
                ThaiTerms.get("workbook.validation.tool"));
        if (!sorted.isEmpty()) {
            validation(s, dv.createFormulaListConstraint("'" + WorkbookLayout.LISTS + "'!$A$1:$A$" + sorted.size()), 5, last,
                    ThaiTerms.get("workbook.validation.item"));
        }
        for (int c = 0; c < 8; c++) s.setColumnWidth(c, (c == 1 ? 30 : 12) * 256);
    }

    private static void validation(Sheet s, DataValidationConstraint constraint, int col, int lastRow, String error) {
        DataValidation v = s.getDataValidationHelper().createValidation(constraint, new CellRangeAddressList(1, lastRow, col, col));
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        v.createErrorBox("ITA", error);
        s.addValidationData(v);
    }

    private static void measures(Sheet s, MeasurePlan plan, CellStyle head, CellStyle wrap) {
        Row h = s.createRow(0);
        for (int c = 0; c < WorkbookLayout.MEASURE_HEADINGS.size(); c++) {
            h.createCell(c).setCellValue(WorkbookLayout.MEASURE_HEADINGS.get(c));
            h.getCell(c).setCellStyle(head);
        }
        int r = 1;
        for (Measure m : plan.measures()) {
            Row row = s.createRow(r++);
            set(row, WorkbookLayout.ID, m.id(), wrap);
            set(row, WorkbookLayout.TITLE, m.title(), wrap);
            set(row, WorkbookLayout.INDICATORS, m.indicators().stream().map(String::valueOf).collect(Collectors.joining(", ")), wrap);
            set(row, WorkbookLayout.ITEMS, String.join(", ", m.items()), wrap);
            set(row, WorkbookLayout.ANALYSIS, m.analysis(), wrap);
            set(row, WorkbookLayout.STEPS, String.join("\n", m.steps()), wrap);
            if (m.period().isQuarters()) {
                int f = m.period().fromQuarter(), t = m.period().toQuarter();
                set(row, WorkbookLayout.QUARTERS, f == t ? String.valueOf(f) : f + "-" + t, wrap);
            } else {
                set(row, WorkbookLayout.START, thaiDate(m.period().start()), wrap);
                set(row, WorkbookLayout.END, thaiDate(m.period().end()), wrap);
            }
            set(row, WorkbookLayout.OWNER, m.owner(), wrap);
            set(row, WorkbookLayout.RESULT, m.result(), wrap);
            set(row, WorkbookLayout.OUTCOME, m.outcome(), wrap);
            if (m.status() != null) set(row, WorkbookLayout.STATUS, WorkbookLayout.STATUS_TH.get(m.status()), wrap);
            set(row, WorkbookLayout.EVIDENCE, m.evidence().stream()
                    .map(e -> e.title().equals(e.url()) ? e.url() : e.title() + " | " + e.url())
                    .collect(Collectors.joining("\n")), wrap);
        }
        DataValidationHelper dv = s.getDataValidationHelper();
        List<String> status = List.of(WorkbookLayout.STATUS_TH.get(Measure.Status.DONE),
                WorkbookLayout.STATUS_TH.get(Measure.Status.IN_PROGRESS), WorkbookLayout.STATUS_TH.get(Measure.Status.NOT_STARTED));
        DataValidation v = dv.createValidation(dv.createExplicitListConstraint(status.toArray(String[]::new)),
                new CellRangeAddressList(1, 500, WorkbookLayout.STATUS, WorkbookLayout.STATUS));
        v.setEmptyCellAllowed(true);
        s.addValidationData(v);
        int[] widths = {8, 40, 10, 14, 40, 60, 12, 12, 10, 28, 50, 50, 20, 50};
        for (int c = 0; c < widths.length; c++) s.setColumnWidth(c, widths[c] * 256);
        s.createFreezePane(2, 1);
    }

    /** The optional sheets (issue 10 §3), written with their headings even when empty so an officer can fill them. */
    private static void sections(XSSFWorkbook wb, Sections x, CellStyle head, CellStyle wrap) {
        Sheet rec = headed(wb.createSheet(WorkbookLayout.RECOMMENDATIONS), WorkbookLayout.RECOMMENDATION_HEADINGS, head,
                new int[] {10, 12, 14, 80});
        int r = 1;
        for (Sections.Recommendation m : x.recommendations()) {
            Row row = rec.createRow(r++);
            set(row, WorkbookLayout.REC_TOOL, m.tool(), wrap);
            set(row, WorkbookLayout.REC_INDICATORS, m.indicators().stream().map(String::valueOf).collect(Collectors.joining(", ")), wrap);
            set(row, WorkbookLayout.REC_ITEMS, String.join(", ", m.items()), wrap);
            set(row, WorkbookLayout.REC_TEXT, m.text(), wrap);
        }
        Sheet iss = headed(wb.createSheet(WorkbookLayout.ISSUES), WorkbookLayout.ISSUE_HEADINGS, head, new int[] {40, 16, 16, 60, 60});
        r = 1;
        for (Sections.Issue i : x.issues()) {
            Row row = iss.createRow(r++);
            set(row, WorkbookLayout.ISSUE_TITLE, i.title(), wrap);
            set(row, WorkbookLayout.ISSUE_MEASURES, String.join(", ", i.measures()), wrap);
            set(row, WorkbookLayout.ISSUE_ITEMS, String.join(", ", i.items()), wrap);
            set(row, WorkbookLayout.ISSUE_ANALYSIS, i.analysis(), wrap);
            set(row, WorkbookLayout.ISSUE_LIMITATIONS, String.join("\n", i.limitations()), wrap);
        }
        Sheet ppl = headed(wb.createSheet(WorkbookLayout.PEOPLE), WorkbookLayout.PEOPLE_HEADINGS, head, new int[] {14, 36, 60});
        r = 1;
        String[][] groups = {{ThaiTerms.get("workbook.people.advisers")}, {ThaiTerms.get("workbook.people.preparers")}};
        List<List<Sections.Person>> lists = List.of(x.advisers(), x.preparers());
        for (int g = 0; g < 2; g++) {
            for (Sections.Person p : lists.get(g)) {
                Row row = ppl.createRow(r++);
                set(row, WorkbookLayout.PERSON_GROUP, groups[g][0], wrap);
                set(row, WorkbookLayout.PERSON_NAME, p.name(), wrap);
                set(row, WorkbookLayout.PERSON_POSITION, p.position(), wrap);
            }
        }
        DataValidationHelper dv = ppl.getDataValidationHelper();
        DataValidation v = dv.createValidation(dv.createExplicitListConstraint(new String[] {groups[0][0], groups[1][0]}),
                new CellRangeAddressList(1, 200, WorkbookLayout.PERSON_GROUP, WorkbookLayout.PERSON_GROUP));
        v.setEmptyCellAllowed(true);
        ppl.addValidationData(v);
    }

    /** The officer's question wordings by code; headed even when empty, for the officer to fill. */
    private static void wordings(Sheet s, MeasurePlan plan, CellStyle wrap) {
        int r = 1;
        for (var e : new java.util.TreeMap<>(plan.questions()).entrySet()) {
            Row row = s.createRow(r++);
            set(row, WorkbookLayout.WORDING_CODE, e.getKey(), wrap);
            set(row, WorkbookLayout.WORDING_TEXT, e.getValue(), wrap);
        }
    }

    private static Sheet headed(Sheet s, List<String> headings, CellStyle head, int[] widths) {
        Row h = s.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            h.createCell(c).setCellValue(headings.get(c));
            h.getCell(c).setCellStyle(head);
            s.setColumnWidth(c, widths[c] * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    private static void set(Row row, int col, String v, CellStyle style) {
        if (v == null || v.isEmpty()) return;
        row.createCell(col).setCellValue(v);
        row.getCell(col).setCellStyle(style);
    }
}
