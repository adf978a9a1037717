package org.itagen.check;

import org.itagen.ItagenException;
import org.itagen.input.MeasuresReader;
import org.itagen.thai.ThaiDates;
import org.itagen.thai.ThaiDigits;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forgiving read of measures.yaml for the check: where {@link MeasuresReader} stops at the first
 * missing component (right for generating), the check must list every one, each with its line.
 * It reads the same YAML node tree; a YAML syntax error is still thrown (the file cannot be read).
 */
final class MeasuresScan {
    private static final Pattern ITEM = Pattern.compile("([ieoIEO])\\s*(\\d{1,3})");
    private static final Pattern QUARTERS = Pattern.compile(
            "(?:Q|q|ไตรมาส(?:ที่)?)\\s*([1-4])(?:\\s*[-–]\\s*(?:Q|q)?\\s*([1-4]))?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** What the file says, as far as it can be read; nulls where a value is missing. */
    record Plan(String source, String agencyId, Integer planYear, String planYearWhere, Integer assessmentYear,
                String topWhere, List<Draft> measures, String measuresWhere) {
    }

    /**
     * One measure as written.
     *
     * @param lines "file:line" per key present
     */
    record Draft(String id, String where, String title, List<Integer> indicators, List<String> items, String analysis,
                 List<String> steps, boolean hasPeriod, LocalDate start, LocalDate end, String periodProblem,
                 String owner, String result, String outcome, String status, Map<String, String> lines) {
        String where(String key) {
            return lines.getOrDefault(key, where);
        }

        String label() {
            return "มาตรการ " + id + (title == null ? "" : " (" + title + ")");
        }
    }

    private final String source;
    private final List<Finding> problems;

    private MeasuresScan(String source, List<Finding> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Reads the file; problems that stop a value being read (bad dates ...) go to {@code problems}. */
    static Plan read(Path file, List<Finding> problems) {
        String name = MeasuresReader.displayName(file);
        String text = MeasuresReader.readText(file);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        Node root = MeasuresReader.compose(text, name);
        if (!(root instanceof MappingNode top)) {
            throw ItagenException.input(name, "the file needs plan_year and measures as 'key: value' lines"
                    + " (itagen init DIR writes an example)");
        }
        return new MeasuresScan(name, problems).plan(top);
    }

    private Plan plan(MappingNode top) {
        Map<String, NodeTuple> keys = keys(top);
        Integer planYear = null;
        String planYearWhere = at(top);
        if (present(keys, "plan_year")) {
            planYearWhere = at(keys.get("plan_year").getKeyNode());
            planYear = year(keys.get("plan_year").getValueNode());
        }
        Integer assessmentYear = present(keys, "assessment_year") ? year(keys.get("assessment_year").getValueNode())
                : planYear == null ? null : planYear - 1;
        String agencyId = null;
        if (present(keys, "agency") && keys.get("agency").getValueNode() instanceof MappingNode a) {
            agencyId = text(keys(a), "id");
        }
        List<Draft> drafts = new ArrayList<>();
        String measuresWhere = keys.containsKey("measures") ? at(keys.get("measures").getKeyNode()) : at(top);
        if (present(keys, "measures") && keys.get("measures").getValueNode() instanceof SequenceNode seq) {
            int n = 0;
            for (Node m : seq.getValue()) {
                n++;
                if (m instanceof MappingNode mm) drafts.add(measure(mm, n, planYear));
            }
        }
        return new Plan(source, agencyId, planYear, planYearWhere, assessmentYear, at(top), drafts, measuresWhere);
    }

    private Draft measure(MappingNode m, int n, Integer planYear) {
        Map<String, NodeTuple> keys = keys(m);
        Map<String, String> lines = new LinkedHashMap<>();
        keys.forEach((k, t) -> lines.put(k, at(t.getKeyNode())));
        String id = text(keys, "id");
        if (id == null) id = "M" + n;
        List<Integer> indicators = new ArrayList<>();
        if (present(keys, "indicators")) {
            for (Node i : list(keys.get("indicators").getValueNode())) {
                String v = ThaiDigits.toArabic(scalar(i)).strip();
                try {
                    int number = Integer.parseInt(v);
                    if (!indicators.contains(number)) indicators.add(number);
                    lines.putIfAbsent("indicator:" + number, at(i));
                } catch (NumberFormatException e) {
                    lines.putIfAbsent("indicator:" + v, at(i));
                }
            }
        }
        List<String> items = new ArrayList<>();
        if (present(keys, "items")) {
            for (Node i : list(keys.get("items").getValueNode())) {
                Matcher mm = ITEM.matcher(ThaiDigits.toArabic(scalar(i)).strip());
                if (mm.matches()) {
                    String code = mm.group(1).toLowerCase(Locale.ROOT) + Integer.parseInt(mm.group(2));
                    if (!items.contains(code)) items.add(code);
                    lines.putIfAbsent("item:" + code, at(i));
                }
            }
        }
        List<String> steps = new ArrayList<>();
        if (present(keys, "steps")) {
            for (Node s : list(keys.get("steps").getValueNode())) {
                String t = scalar(s).strip();
                if (!t.isEmpty()) steps.add(t);
            }
        }
        LocalDate start = null;
        LocalDate end = null;
        String periodProblem = null;
        boolean hasPeriod = present(keys, "period");
        if (hasPeriod) {
            Node p = keys.get("period").getValueNode();
            if (p instanceof ScalarNode) {
                Matcher q = QUARTERS.matcher(ThaiDigits.toArabic(scalar(p)).strip());
                if (!q.matches()) {
                    periodProblem = "ช่วงเวลา \"" + scalar(p).strip() + "\" อ่านไม่ออก: เขียนเป็น {start: 2026-04-01, end: 2026-09-30}"
                            + " หรือไตรมาสของปีงบประมาณ เช่น Q1-Q2";
                } else if (planYear != null) {
                    int from = Integer.parseInt(q.group(1));
                    int to = q.group(2) == null ? from : Integer.parseInt(q.group(2));
                    if (to < from) {
                        periodProblem = "ช่วงเวลา Q" + from + "-Q" + to + " สิ้นสุดก่อนเริ่ม";
                    } else {
                        start = ThaiDates.quarterStart(planYear, from);
                        end = ThaiDates.quarterEnd(planYear, to);
                    }
                }
            } else if (p instanceof MappingNode pm) {
                Map<String, NodeTuple> pk = keys(pm);
                try {
                    start = present(pk, "start") ? date(pk.get("start").getValueNode()) : null;
                    end = present(pk, "end") ? date(pk.get("end").getValueNode()) : null;
                    if (start == null || end == null) {
                        periodProblem = "ช่วงเวลาต้องมีทั้งวันเริ่ม (start) และวันสิ้นสุด (end)";
                    } else if (end.isBefore(start)) {
                        periodProblem = "ช่วงเวลาสิ้นสุด (" + end + ") ก่อนวันเริ่ม (" + start + ")";
                    }
                } catch (IllegalArgumentException e) {
                    periodProblem = e.getMessage();
                }
                if (pk.containsKey("start")) lines.put("period.start", at(pk.get("start").getValueNode()));
                if (pk.containsKey("end")) lines.put("period.end", at(pk.get("end").getValueNode()));
            } else {
                periodProblem = "ช่วงเวลาต้องเป็นช่วงวันที่หรือไตรมาส ไม่ใช่รายการ";
            }
        }
        return new Draft(id, at(m), text(keys, "title"), indicators, items, text(keys, "analysis"), steps, hasPeriod,
                start, end, periodProblem, text(keys, "owner"), text(keys, "result"), text(keys, "outcome"),
                text(keys, "status"), lines);
    }

    // ---- node helpers: forgiving versions of MeasuresReader's ----------------------------------

    private String at(Node n) {
        return source + ":" + (n.getStartMark().getLine() + 1);
    }

    private static Map<String, NodeTuple> keys(MappingNode m) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s) out.putIfAbsent(s.getValue().strip(), t);
        }
        return out;
    }

    private static boolean present(Map<String, NodeTuple> keys, String k) {
        NodeTuple t = keys.get(k);
        if (t == null) return false;
        Node n = t.getValueNode();
        if (n instanceof ScalarNode s) return !Tag.NULL.equals(s.getTag()) && !s.getValue().isBlank();
        if (n instanceof SequenceNode s) return !s.getValue().isEmpty();
        return true;
    }

    private static String text(Map<String, NodeTuple> keys, String k) {
        if (!present(keys, k)) return null;
        if (!(keys.get(k).getValueNode() instanceof ScalarNode s)) return null;
        String v = s.getValue().strip();
        return v.isEmpty() ? null : v;
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : "";
    }

    private static List<Node> list(Node n) {
        if (n instanceof SequenceNode s) return s.getValue();
        return List.of(n);
    }

    private Integer year(Node n) {
        String v = ThaiDigits.toArabic(scalar(n)).strip();
        try {
            int y = Integer.parseInt(v);
            if (y >= 2500 && y <= 2700) return y;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Finding.error(FindingCode.PLAN_YEAR_MISSING, null, at(n),
                "ปีงบประมาณ \"" + v + "\" ไม่ใช่ปี พ.ศ. เช่น 2569",
                "ไม่รู้ปีงบประมาณของแผน จึงตรวจช่วงเวลาของมาตรการและเลือกผลการประเมินที่ต้องวิเคราะห์ไม่ได้"));
        return null;
    }

    /** ISO dates; a Buddhist-era year is accepted, as MeasuresReader does. */
    private static LocalDate date(Node n) {
        String v = ThaiDigits.toArabic(scalar(n)).strip();
        Matcher m = DATE.matcher(v);
        if (!m.matches()) throw new IllegalArgumentException("วันที่ \"" + v + "\" ต้องเขียนเป็น ปี-เดือน-วัน เช่น 2026-04-01");
        int y = Integer.parseInt(m.group(1));
        if (y > 2400) y -= ThaiDates.BE_OFFSET;
        try {
            return LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("วันที่ \"" + v + "\" ไม่มีอยู่จริง");
        }
    }
}
