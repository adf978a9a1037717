package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.thai.ThaiDates;
import org.itagen.thai.ThaiDigits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads measures.yaml into a {@link MeasurePlan}. Every error names the file and line, says what
 * is wrong and how to fix it, because the person reading it is an officer, not a programmer.
 *
 * <p>It works on SnakeYAML's node tree rather than on bound objects: nodes keep their line
 * numbers, which data binding throws away.
 */
public final class MeasuresReader {
    static final List<String> TOP_KEYS = List.of("agency", "plan_year", "assessment_year", "approval", "measures", "texts");
    static final List<String> AGENCY_KEYS = List.of("id", "name", "short_name", "prepared_by");
    static final List<String> APPROVAL_KEYS = List.of("body", "meeting", "date");
    static final List<String> MEASURE_KEYS = List.of("id", "title", "indicators", "items", "analysis", "steps",
            "period", "owner", "result", "outcome", "status", "evidence");
    static final List<String> PERIOD_KEYS = List.of("start", "end");
    static final List<String> EVIDENCE_KEYS = List.of("title", "url");

    private static final Pattern ITEM = Pattern.compile("([ieoIEO])\\s*(\\d{1,3})");
    private static final Pattern QUARTERS = Pattern.compile(
            "(?:Q|q|ไตรมาส(?:ที่)?)\\s*([1-4])(?:\\s*[-–]\\s*(?:Q|q)?\\s*([1-4]))?");

    private final String source;

    private MeasuresReader(String source) {
        this.source = source;
    }

    /** Reads a measures file (UTF-8, with or without BOM). */
    public static MeasurePlan read(Path file) {
        return read(readText(file), displayName(file));
    }

    /** The file's name as messages show it. */
    public static String displayName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The text of a measures file, which must be UTF-8 (a BOM is kept; {@link #read(String, String)} drops it). */
    public static String readText(Path file) {
        String name = displayName(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ItagenException.input(file.toString(), "file not found; give the measures file with --measures"
                    + " (itagen init DIR writes an example)");
        } catch (IOException e) {
            throw ItagenException.input(file.toString(), "cannot read the file (" + e.getMessage() + ")");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ItagenException.input(name, "the file is not UTF-8 text; save it as UTF-8"
                    + " (Notepad: Save As, Encoding UTF-8)");
        }
    }

    /** Reads measures from text; {@code source} names it in messages. */
    public static MeasurePlan read(String text, String source) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return new MeasuresReader(source).plan(compose(text, source));
    }

    /** Parses YAML into nodes (templates use it too), turning syntax errors into one line with the file and line. */
    public static Node compose(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = m == null ? source : source + ":" + (m.getLine() + 1);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            throw ItagenException.input(where, "YAML syntax error: " + problem
                    + " (check indentation and that text containing ':' is in quotes)");
        } catch (YAMLException e) {
            throw ItagenException.input(source, "YAML error: " + e.getMessage());
        }
    }

    private MeasurePlan plan(Node root) {
        if (root == null) {
            throw ItagenException.input(source, "the file is empty; it needs plan_year and measures"
                    + " (itagen init DIR writes an example)");
        }
        MappingNode top = mapping(root, "the file", TOP_KEYS);
        Map<String, NodeTuple> keys = keys(top, TOP_KEYS, "at the top level");
        Map<String, String> lines = new LinkedHashMap<>();
        keys.forEach((k, t) -> lines.put(k, at(t.getKeyNode())));

        int planYear = year(require(keys, "plan_year", top, "the fiscal year the measures run in, e.g. plan_year: 2569"));
        int assessmentYear = keys.containsKey("assessment_year")
                ? year(keys.get("assessment_year").getValueNode()) : planYear - 1;
        if (assessmentYear >= planYear) {
            throw ItagenException.input(at(keys.get("assessment_year").getValueNode()),
                    "assessment_year " + assessmentYear + " must be before plan_year " + planYear
                            + " (the results analysed come from an earlier year)");
        }

        MeasurePlan.AgencyInfo agency = MeasurePlan.AgencyInfo.EMPTY;
        if (present(keys, "agency")) {
            MappingNode a = mapping(keys.get("agency").getValueNode(), "agency", AGENCY_KEYS);
            Map<String, NodeTuple> ak = keys(a, AGENCY_KEYS, "in agency");
            agency = new MeasurePlan.AgencyInfo(text(ak, "id"), text(ak, "name"), text(ak, "short_name"),
                    text(ak, "prepared_by"));
        }

        MeasurePlan.Approval approval = null;
        if (present(keys, "approval")) {
            MappingNode a = mapping(keys.get("approval").getValueNode(), "approval", APPROVAL_KEYS);
            Map<String, NodeTuple> ak = keys(a, APPROVAL_KEYS, "in approval");
            LocalDate date = present(ak, "date") ? date(ak.get("date").getValueNode()) : null;
            approval = new MeasurePlan.Approval(text(ak, "body"), text(ak, "meeting"), date);
        }

        Map<String, String> texts = new LinkedHashMap<>();
        if (present(keys, "texts")) {
            MappingNode t = mapping(keys.get("texts").getValueNode(), "texts", List.of());
            for (NodeTuple e : t.getValue()) {
                String k = scalar(e.getKeyNode(), "a key in texts");
                String v = scalar(e.getValueNode(), "texts." + k);
                lines.put("texts." + k, at(e.getKeyNode()));
                if (!v.isBlank()) texts.put(k, v.strip());
            }
        }

        Node ms = require(keys, "measures", top, "a list of measures, each starting with '- id: M1'");
        if (!(ms instanceof SequenceNode seq)) {
            throw ItagenException.input(at(ms), "measures must be a list: start each measure with '- ' (e.g. '- id: M1')");
        }
        if (seq.getValue().isEmpty()) {
            throw ItagenException.input(at(ms), "measures is empty; add at least one measure");
        }
        List<Measure> measures = new ArrayList<>();
        Map<String, String> idLines = new LinkedHashMap<>();
        int n = 0;
        for (Node m : seq.getValue()) {
            n++;
            Measure measure = measure(m, n, planYear);
            String first = idLines.putIfAbsent(measure.id(), measure.where("id"));
            if (first != null) {
                throw ItagenException.input(measure.where("id"), "duplicate measure id \"" + measure.id()
                        + "\" (already used at line " + first.substring(first.lastIndexOf(':') + 1)
                        + "); give every measure its own id");
            }
            measures.add(measure);
        }
        return new MeasurePlan(agency, planYear, assessmentYear, approval, measures, texts, source, lines);
    }

    private Measure measure(Node node, int n, int planYear) {
        String label = "measure " + n;
        MappingNode m = mapping(node, label, MEASURE_KEYS);
        Map<String, NodeTuple> keys = keys(m, MEASURE_KEYS, "in " + label);
        Map<String, String> lines = new LinkedHashMap<>();
        keys.forEach((k, t) -> lines.put(k, at(t.getKeyNode())));
        String where = at(m);

        String id = present(keys, "id") ? scalar(keys.get("id").getValueNode(), "id").strip() : "M" + n;
        if (!present(keys, "id")) lines.put("id", where);
        label = "measure " + id;

        String title = requireText(keys, "title", m, label, "what the measure, project or activity is");

        List<Integer> indicators = new ArrayList<>();
        if (present(keys, "indicators")) {
            for (Node i : list(keys.get("indicators").getValueNode())) {
                int number = integer(i, "indicator");
                if (number < 1 || number > 10) {
                    throw ItagenException.input(at(i), "indicator " + number + " does not exist; ITA indicators are 1-10");
                }
                if (!indicators.contains(number)) indicators.add(number);
                lines.putIfAbsent("indicator:" + number, at(i));
            }
        }
        List<String> items = new ArrayList<>();
        if (present(keys, "items")) {
            for (Node i : list(keys.get("items").getValueNode())) {
                String raw = ThaiDigits.toArabic(scalar(i, "item")).strip();
                Matcher mm = ITEM.matcher(raw);
                if (!mm.matches()) {
                    throw ItagenException.input(at(i), "\"" + raw + "\" is not a question code;"
                            + " write codes like i10, e4 or o12");
                }
                String code = mm.group(1).toLowerCase(Locale.ROOT) + Integer.parseInt(mm.group(2));
                if (!items.contains(code)) items.add(code);
                lines.putIfAbsent("item:" + code, at(i));
            }
        }
        if (indicators.isEmpty() && items.isEmpty()) {
            throw ItagenException.input(where, label + " is not linked to the results: add indicators: [..]"
                    + " or items: [..] (the indicators or questions it answers)");
        }

        String analysis = text(keys, "analysis");

        Node stepsNode = require(keys, "steps", m, label + " needs steps: the steps or method, as a list or one text");
        List<String> steps = new ArrayList<>();
        if (stepsNode instanceof SequenceNode s) {
            for (Node step : s.getValue()) {
                String t = scalar(step, "a step").strip();
                if (!t.isEmpty()) steps.add(t);
            }
        } else {
            String t = scalar(stepsNode, "steps").strip();
            if (!t.isEmpty()) steps.add(t);
        }
        if (steps.isEmpty()) {
            throw ItagenException.input(at(stepsNode), label + " has no steps; write at least one step");
        }

        Period period = period(require(keys, "period", m, label
                + " needs period: {start: 2026-04-01, end: 2026-09-30} or quarters such as Q1-Q2"), planYear, label);
        String owner = requireText(keys, "owner", m, label, "who is responsible: a unit or a position");
        String result = text(keys, "result");
        String outcome = text(keys, "outcome");

        Measure.Status status = null;
        if (present(keys, "status")) {
            Node s = keys.get("status").getValueNode();
            String v = scalar(s, "status").strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (Measure.Status st : Measure.Status.values()) if (st.code().equals(v)) status = st;
            if (status == null) {
                List<String> codes = java.util.Arrays.stream(Measure.Status.values()).map(Measure.Status::code).toList();
                throw ItagenException.input(at(s), "status \"" + v + "\" is not one of " + String.join(", ", codes)
                        + didYouMean(v, codes));
            }
        }

        List<Measure.Evidence> evidence = new ArrayList<>();
        if (present(keys, "evidence")) {
            for (Node e : list(keys.get("evidence").getValueNode())) {
                if (e instanceof ScalarNode) {
                    String url = scalar(e, "evidence").strip();
                    evidence.add(new Measure.Evidence(url, url));
                    continue;
                }
                MappingNode em = mapping(e, "evidence", EVIDENCE_KEYS);
                Map<String, NodeTuple> ek = keys(em, EVIDENCE_KEYS, "in evidence");
                String url = text(ek, "url");
                if (url == null) {
                    throw ItagenException.input(at(em), "evidence needs url: the address where the evidence is published");
                }
                String t = text(ek, "title");
                evidence.add(new Measure.Evidence(t == null ? url : t, url));
            }
        }
        return new Measure(id, title, indicators, items, analysis, steps, period, owner, result, outcome,
                status, evidence, where, lines);
    }

    private Period period(Node node, int planYear, String label) {
        Period p;
        if (node instanceof ScalarNode) {
            String raw = ThaiDigits.toArabic(scalar(node, "period")).strip();
            Matcher q = QUARTERS.matcher(raw);
            if (!q.matches()) {
                throw ItagenException.input(at(node), "period \"" + raw + "\" is not understood; write"
                        + " {start: 2026-04-01, end: 2026-09-30} or fiscal quarters such as Q2 or Q1-Q2");
            }
            int from = Integer.parseInt(q.group(1));
            int to = q.group(2) == null ? from : Integer.parseInt(q.group(2));
            if (to < from) {
                throw ItagenException.input(at(node), "period Q" + from + "-Q" + to + " ends before it starts; write Q"
                        + to + "-Q" + from);
            }
            return Period.quarters(planYear, from, to);
        }
        MappingNode pm = mapping(node, "period", PERIOD_KEYS);
        Map<String, NodeTuple> pk = keys(pm, PERIOD_KEYS, "in period");
        LocalDate start = date(require(pk, "start", pm, "period needs start: the first day, e.g. start: 2026-04-01"));
        LocalDate end = date(require(pk, "end", pm, "period needs end: the last day, e.g. end: 2026-09-30"));
        if (end.isBefore(start)) {
            throw ItagenException.input(at(pk.get("end").getValueNode()), "period ends (" + end + ") before it starts ("
                    + start + "); swap start and end");
        }
        p = Period.of(start, end);
        LocalDate fyStart = ThaiDates.fiscalYearStart(planYear);
        LocalDate fyEnd = ThaiDates.fiscalYearEnd(planYear);
        if (start.isBefore(fyStart) || end.isAfter(fyEnd)) {
            Node bad = start.isBefore(fyStart) ? pk.get("start").getValueNode() : pk.get("end").getValueNode();
            throw ItagenException.input(at(bad), "period of " + label + " (" + start + " to " + end
                    + ") is outside fiscal year " + planYear + " (" + fyStart + " to " + fyEnd
                    + "); keep it within plan_year or change plan_year");
        }
        return p;
    }

    /**
     * Checks that every measure links only to indicators and questions that exist. {@code knownItems}
     * are the question codes the framework or the scores know for the assessed year; when it is
     * empty (neither lists questions) only the code format was checked.
     */
    public static void checkLinks(MeasurePlan plan, Collection<Integer> indicators, Collection<String> knownItems,
                                  String itemsFrom) {
        Set<String> known = new TreeSet<>();
        for (String s : knownItems) known.add(s.toLowerCase(Locale.ROOT));
        for (Measure m : plan.measures()) {
            for (int i : m.indicators()) {
                if (!indicators.contains(i)) {
                    throw ItagenException.input(m.where("indicator:" + i), "measure " + m.id() + " is linked to indicator "
                            + i + ", which the fiscal year " + plan.assessmentYear() + " framework does not have");
                }
            }
            if (known.isEmpty()) continue;
            for (String item : m.items()) {
                if (!known.contains(item)) {
                    throw ItagenException.input(m.where("item:" + item), "measure " + m.id() + " is linked to question "
                            + item + ", which " + itemsFrom + " does not have" + didYouMean(item, known)
                            + "; use a question code from the scores file or remove it");
                }
            }
        }
    }

    // ---- node helpers -------------------------------------------------------------------

    private String at(Node n) {
        return source + ":" + (n.getStartMark().getLine() + 1);
    }

    private MappingNode mapping(Node n, String what, List<String> expected) {
        if (n instanceof MappingNode m) return m;
        String hint = expected.isEmpty() ? "" : " with keys such as " + String.join(", ", expected.subList(0, Math.min(3, expected.size())));
        throw ItagenException.input(at(n), what + " must be a set of 'key: value' lines" + hint);
    }

    /** The keys of a mapping, refusing unknown keys (with a suggestion) and duplicates. */
    private Map<String, NodeTuple> keys(MappingNode m, List<String> allowed, String context) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = scalar(t.getKeyNode(), "a key").strip();
            if (!allowed.isEmpty() && !allowed.contains(k)) {
                throw ItagenException.input(at(t.getKeyNode()), "unknown key \"" + k + "\" " + context
                        + didYouMean(k, allowed) + "; allowed keys: " + String.join(", ", allowed));
            }
            if (out.containsKey(k)) {
                throw ItagenException.input(at(t.getKeyNode()), "key \"" + k + "\" appears twice " + context
                        + " (first at line " + (out.get(k).getKeyNode().getStartMark().getLine() + 1) + "); keep one");
            }
            out.put(k, t);
        }
        return out;
    }

    private static boolean present(Map<String, NodeTuple> keys, String k) {
        NodeTuple t = keys.get(k);
        return t != null && !isNull(t.getValueNode());
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isBlank());
    }

    private Node require(Map<String, NodeTuple> keys, String k, Node parent, String hint) {
        if (!present(keys, k)) {
            Node at = keys.containsKey(k) ? keys.get(k).getKeyNode() : parent;
            throw ItagenException.input(at(at), "missing " + k + ": " + hint);
        }
        return keys.get(k).getValueNode();
    }

    private String requireText(Map<String, NodeTuple> keys, String k, Node parent, String label, String hint) {
        String message = label + " needs one (" + hint + ")";
        Node n = require(keys, k, parent, message);
        String v = scalar(n, k).strip();
        if (v.isEmpty()) throw ItagenException.input(at(n), "missing " + k + ": " + message);
        return v;
    }

    private String text(Map<String, NodeTuple> keys, String k) {
        if (!present(keys, k)) return null;
        String v = scalar(keys.get(k).getValueNode(), k).strip();
        return v.isEmpty() ? null : v;
    }

    private String scalar(Node n, String what) {
        if (n instanceof ScalarNode s) return s.getValue();
        throw ItagenException.input(at(n), what + " must be a single value, not a list or a set of keys"
                + " (put text containing ':' or '-' in quotes)");
    }

    private List<Node> list(Node n) {
        if (n instanceof SequenceNode s) return s.getValue();
        return List.of(n); // one value where a list is expected: indicators: 4
    }

    private int integer(Node n, String what) {
        String v = ThaiDigits.toArabic(scalar(n, what)).strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ItagenException.input(at(n), what + " \"" + v + "\" is not a whole number");
        }
    }

    private int year(Node n) {
        int y = integer(n, "fiscal year");
        if (y < 2500 || y > 2700) {
            String hint = y > 1900 && y < 2200 ? " (" + y + " looks like a Christian-era year: write " + (y + ThaiDates.BE_OFFSET) + ")" : "";
            throw ItagenException.input(at(n), "fiscal year " + y + " must be a Buddhist-era year such as 2569" + hint);
        }
        return y;
    }

    /** ISO dates (2026-04-01); a Buddhist-era year (2569-04-01) is accepted and converted. */
    private LocalDate date(Node n) {
        String v = ThaiDigits.toArabic(scalar(n, "date")).strip();
        Matcher m = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})").matcher(v);
        if (!m.matches()) {
            throw ItagenException.input(at(n), "date \"" + v + "\" must be written year-month-day, e.g. 2026-04-01");
        }
        int y = Integer.parseInt(m.group(1));
        if (y > 2400) y -= ThaiDates.BE_OFFSET;
        try {
            return LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw ItagenException.input(at(n), "date \"" + v + "\" does not exist (" + e.getMessage() + ")");
        }
    }

    /** " (did you mean \"title\"?)" when a close candidate exists, else "". */
    public static String didYouMean(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String g = given.toLowerCase(Locale.ROOT);
        for (String c : new LinkedHashSet<>(candidates)) {
            int d = distance(g, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        // Allow about one typo per three letters, so "titel" finds "title" but "foo" finds nothing.
        return best != null && bestDistance <= Math.max(1, given.length() / 3) ? " (did you mean \"" + best + "\"?)" : "";
    }

    /** Levenshtein distance with transpositions counted as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
