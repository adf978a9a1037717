package org.itagen.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small agency whose inputs pass the check without errors; tests break one thing at a time.
 * Line numbers below are relied on by the tests: keep them when editing.
 */
final class CheckFixtures {
    private CheckFixtures() {
    }

    /** Long CSV: FY2567 and FY2568 indicators, FY2568 questions. No declared totals (they are optional). */
    static String scores() {
        StringBuilder sb = new StringBuilder("agency_id,agency_name,fiscal_year,tool,indicator,item,part,score\n");
        String[] tools = {null, "IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"};
        double[] y2567 = {0, 80, 81, 82, 83, 84, 85, 86, 87, 90, 95};
        double[] y2568 = {0, 85, 86, 90, 88, 92, 89, 87, 91, 95, 100};
        for (int i = 1; i <= 10; i++) sb.append(row(2567, tools[i], i, "", y2567[i]));   // lines 2-11
        for (int i = 1; i <= 10; i++) sb.append(row(2568, tools[i], i, "", y2568[i]));   // lines 12-21
        for (int q = 1; q <= 15; q++) sb.append(row(2568, "IIT", (q - 1) / 3 + 1, "i" + q, 84 + q)); // lines 22-36
        for (int q = 1; q <= 9; q++) sb.append(row(2568, "EIT", (q - 1) / 3 + 6, "e" + q, 85 + q));  // lines 37-45
        return sb.toString();
    }

    static String row(int year, String tool, Integer indicator, String item, double score) {
        return "t1,หน่วยงานทดสอบ," + year + "," + tool + "," + (indicator == null ? "" : indicator) + "," + item + ",,"
                + String.format(java.util.Locale.ROOT, "%.2f", score) + "\n";
    }

    /** Three measures answering all ten indicators as a whole; complete for O25 and O28. */
    static String measures() {
        return """
                agency: {id: t1, name: หน่วยงานทดสอบ}
                plan_year: 2569
                measures:
                  - id: M1
                    title: พัฒนาการปฏิบัติงานภายใน
                    indicators: [1, 2, 3, 4, 5]
                    steps: [ทบทวนขั้นตอนการปฏิบัติงาน, อบรมบุคลากร]
                    period: Q1-Q2
                    owner: สำนักปลัด
                    result: ทบทวนขั้นตอนครบทุกงานและอบรมบุคลากร 40 คน
                    outcome: บุคลากรปฏิบัติงานตามขั้นตอนที่กำหนด
                    status: done
                  - id: M2
                    title: ยกระดับการให้บริการและการสื่อสาร
                    indicators: [6, 7, 8]
                    steps: [สำรวจความคิดเห็นผู้รับบริการ, ปรับปรุงช่องทางสื่อสาร]
                    period: {start: 2025-11-01, end: 2026-06-30}
                    owner: งานประชาสัมพันธ์
                    result: สำรวจผู้รับบริการ 200 ราย และปรับปรุงเว็บไซต์
                    outcome: ผู้รับบริการเข้าถึงข้อมูลได้ง่ายขึ้น
                    status: done
                  - id: M3
                    title: เปิดเผยข้อมูลและป้องกันการทุจริต
                    indicators: [9, 10]
                    steps: [ตรวจข้อมูล OIT ทุกเดือน]
                    period: Q1-Q4
                    owner: ศูนย์ข้อมูลข่าวสาร
                    result: ตรวจข้อมูลครบ 12 เดือน
                    outcome: ข้อมูลเป็นปัจจุบันตลอดปี
                    status: done
                """;
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one exact piece of text, failing loudly when it is not there (so a fixture edit cannot go stale). */
    static String replace(String text, String from, String to) {
        if (!text.contains(from)) throw new AssertionError("fixture has no \"" + from + "\"");
        return text.replace(from, to);
    }
}
