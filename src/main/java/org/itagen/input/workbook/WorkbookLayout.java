package org.itagen.input.workbook;

import org.itagen.input.Measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ITA workbook's sheets, labels and columns: one place for the reader and the writer. */
public final class WorkbookLayout {
    private WorkbookLayout() {
    }

    public static final String AGENCY = "หน่วยงาน";
    public static final String SCORES = "คะแนน";
    public static final String MEASURES = "มาตรการ";
    /** Hidden sheet with the drop-down lists (indicator numbers and question codes). */
    public static final String LISTS = "รายการ";

    /** Agency sheet: Thai label (column A) to the measures.yaml key it stands for. */
    static final Map<String, String> AGENCY_ROWS = new LinkedHashMap<>();

    static {
        AGENCY_ROWS.put("รหัสหน่วยงาน", "agency.id");
        AGENCY_ROWS.put("ชื่อหน่วยงาน", "agency.name");
        AGENCY_ROWS.put("ชื่อย่อ", "agency.short_name");
        AGENCY_ROWS.put("ผู้จัดทำ", "agency.prepared_by");
        AGENCY_ROWS.put("ปีงบประมาณของแผน", "plan_year");
        AGENCY_ROWS.put("ปีที่ประเมิน", "assessment_year");
        AGENCY_ROWS.put("ผู้อนุมัติ", "approval.body");
        AGENCY_ROWS.put("ครั้งที่ประชุม", "approval.meeting");
        AGENCY_ROWS.put("วันที่อนุมัติ", "approval.date");
    }

    public static final List<String> AGENCY_LABELS = List.copyOf(AGENCY_ROWS.keySet());
    /** A row labelled "ข้อความ:KEY" is texts.KEY (the template's sentence it replaces). */
    static final String TEXT_PREFIX = "ข้อความ:";

    /** The key for a label, or null when it is not one of the workbook's. */
    static String agencyKey(String label) {
        if (label.startsWith(TEXT_PREFIX)) return "texts." + label.substring(TEXT_PREFIX.length()).strip();
        return AGENCY_ROWS.get(label);
    }

    // Measures sheet columns (0-based).
    static final int ID = 0, TITLE = 1, INDICATORS = 2, ITEMS = 3, ANALYSIS = 4, STEPS = 5, START = 6, END = 7,
            QUARTERS = 8, OWNER = 9, RESULT = 10, OUTCOME = 11, STATUS = 12, EVIDENCE = 13;
    public static final List<String> MEASURE_HEADINGS = List.of("รหัส", "ชื่อมาตรการ", "ตัวชี้วัด", "ข้อคำถาม",
            "การวิเคราะห์", "ขั้นตอน (บรรทัดละขั้น)", "เริ่ม", "สิ้นสุด", "ไตรมาส", "ผู้รับผิดชอบ", "ผลการดำเนินการ",
            "ผลลัพธ์", "สถานะ", "หลักฐาน (บรรทัดละรายการ: ชื่อ | ลิงก์)");

    /** Status in Thai as the drop-down offers it. */
    static final Map<Measure.Status, String> STATUS_TH = Map.of(
            Measure.Status.DONE, "ดำเนินการแล้วเสร็จ",
            Measure.Status.IN_PROGRESS, "อยู่ระหว่างดำเนินการ",
            Measure.Status.NOT_STARTED, "ยังไม่ได้ดำเนินการ");

    /** The YAML code for a status typed in Thai or as the code; anything else as given (the parser names it). */
    static String statusCode(String v) {
        for (var e : STATUS_TH.entrySet()) if (e.getValue().equals(v)) return e.getKey().code();
        return v;
    }
}
