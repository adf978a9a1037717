package org.itagen.input.workbook;

import org.itagen.input.Measure;
import org.itagen.thai.ThaiTerms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ITA workbook's sheets, labels and columns: one place for the reader and the writer. The
 * workbook is Thai whatever the user's language; its words are the Thai terms {@code workbook.*}.
 */
public final class WorkbookLayout {
    private WorkbookLayout() {
    }

    public static final String AGENCY = ThaiTerms.get("workbook.sheet.agency");
    public static final String SCORES = ThaiTerms.get("workbook.sheet.scores");
    public static final String MEASURES = ThaiTerms.get("workbook.sheet.measures");
    /** Hidden sheet with the drop-down lists (indicator numbers and question codes). */
    public static final String LISTS = ThaiTerms.get("workbook.sheet.lists");

    /** Agency sheet: Thai label (column A) to the measures.yaml key it stands for. */
    static final Map<String, String> AGENCY_ROWS = new LinkedHashMap<>();

    static {
        for (String key : List.of("agency.id", "agency.name", "agency.short_name", "agency.prepared_by", "plan_year",
                "assessment_year", "approval.body", "approval.meeting", "approval.date",
                // the optional sections (issue 10 §3)
                "document_date.o25", "document_date.o28", "national_rank.rank", "national_rank.group_size",
                "national_rank.group", "national_rank.participants", "monitoring.report_by", "monitoring.report_to",
                "monitoring.steps", "limitations",
                // the agency's look (issue 13 §4): pictures are file names next to the workbook
                "logo.file", "signature.name", "signature.position", "signature.date", "signature.image")) {
            AGENCY_ROWS.put(ThaiTerms.get("workbook.row." + key), key);
        }
    }

    public static final List<String> AGENCY_LABELS = List.copyOf(AGENCY_ROWS.keySet());
    /** Agency-sheet keys whose value is one item per line (a YAML list). */
    static final List<String> LIST_ROWS = List.of("monitoring.steps", "limitations");
    /** Agency-sheet keys whose value is a date. */
    static boolean isDate(String key) {
        return key.endsWith("date") || key.startsWith("document_date.") || key.equals("monitoring.report_by");
    }

    // Optional sheets (issue 10 §3): a workbook without them reads as before.
    public static final String RECOMMENDATIONS = ThaiTerms.get("workbook.sheet.recommendations");
    public static final String ISSUES = ThaiTerms.get("workbook.sheet.issues");
    public static final String PEOPLE = ThaiTerms.get("workbook.sheet.people");
    static final int REC_TOOL = 0, REC_INDICATORS = 1, REC_ITEMS = 2, REC_TEXT = 3;
    static final List<String> RECOMMENDATION_HEADINGS = ThaiTerms.list("workbook.recommendation_headings");
    static final int ISSUE_TITLE = 0, ISSUE_MEASURES = 1, ISSUE_ITEMS = 2, ISSUE_ANALYSIS = 3, ISSUE_LIMITATIONS = 4;
    static final List<String> ISSUE_HEADINGS = ThaiTerms.list("workbook.issue_headings");
    static final int PERSON_GROUP = 0, PERSON_NAME = 1, PERSON_POSITION = 2;
    static final List<String> PEOPLE_HEADINGS = ThaiTerms.list("workbook.people_headings");
    /** Question code and its wording (measures.yaml questions:), as the officer copies them from ITAS. */
    public static final String WORDINGS = ThaiTerms.get("workbook.sheet.wordings");
    static final int WORDING_CODE = 0, WORDING_TEXT = 1;
    static final List<String> WORDING_HEADINGS = ThaiTerms.list("workbook.wording_headings");
    /** The people sheet's first column: which list of measures.yaml a row goes to. */
    static final Map<String, String> PEOPLE_GROUPS = Map.of(
            ThaiTerms.get("workbook.people.advisers"), "advisers",
            ThaiTerms.get("workbook.people.preparers"), "preparers");
    /** A row labelled "ข้อความ:KEY" is texts.KEY (the template's sentence it replaces). */
    static final String TEXT_PREFIX = ThaiTerms.get("workbook.text_prefix");

    /** The key for a label, or null when it is not one of the workbook's. */
    static String agencyKey(String label) {
        if (label.startsWith(TEXT_PREFIX)) return "texts." + label.substring(TEXT_PREFIX.length()).strip();
        return AGENCY_ROWS.get(label);
    }

    // Measures sheet columns (0-based).
    static final int ID = 0, TITLE = 1, INDICATORS = 2, ITEMS = 3, ANALYSIS = 4, STEPS = 5, START = 6, END = 7,
            QUARTERS = 8, OWNER = 9, RESULT = 10, OUTCOME = 11, STATUS = 12, EVIDENCE = 13;
    public static final List<String> MEASURE_HEADINGS = ThaiTerms.list("workbook.measure_headings");

    /** Status in Thai as the drop-down offers it. */
    static final Map<Measure.Status, String> STATUS_TH = Map.of(
            Measure.Status.DONE, ThaiTerms.get("workbook.status.DONE"),
            Measure.Status.IN_PROGRESS, ThaiTerms.get("workbook.status.IN_PROGRESS"),
            Measure.Status.NOT_STARTED, ThaiTerms.get("workbook.status.NOT_STARTED"));

    /** The YAML code for a status typed in Thai or as the code; anything else as given (the parser names it). */
    static String statusCode(String v) {
        for (var e : STATUS_TH.entrySet()) if (e.getValue().equals(v)) return e.getKey().code();
        return v;
    }
}
