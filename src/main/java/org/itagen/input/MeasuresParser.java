package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.Msg;
import org.itagen.input.yaml.YamlDoc;
import org.itagen.model.IndicatorDef;
import org.itagen.thai.ThaiDigits;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.itagen.input.yaml.YamlDoc.items;
import static org.itagen.input.yaml.YamlDoc.present;
import static org.itagen.input.yaml.YamlDoc.value;

/**
 * The one reader of measures.yaml: it reads as much as it can and lists every problem, each with
 * its code, its file:line and a message saying how to fix it (the person reading it is an
 * officer, not a programmer). The generating commands take {@link MeasuresDraft#plan()}, which
 * throws the first error; {@code itagen check} lists them all.
 *
 * <p>Problems are listed in the order the file is read: the plan years, agency, approval and
 * texts, then each measure in turn, a misspelt key of a mapping before what it leaves missing
 * (a "titel" is the mistake, not the missing title). Only
 * a file that cannot be read at all (missing, not UTF-8, a YAML syntax error, no 'key: value'
 * lines) is thrown at once.
 */
public final class MeasuresParser {
    static final List<String> TOP_KEYS = List.of("agency", "plan_year", "assessment_year", "approval", "measures", "texts",
            "document_date", "national_rank", "recommendations", "monitoring", "issues", "limitations", "advisers", "preparers",
            "logo", "signature", "questions");
    // The optional sections (issue 10 §3), each its own mapping or list.
    static final List<String> RANK_KEYS = List.of("rank", "group_size", "group", "participants");
    static final List<String> RECOMMENDATION_KEYS = List.of("tool", "indicators", "items", "text");
    static final List<String> MONITORING_KEYS = List.of("report_by", "report_to", "steps");
    static final List<String> ISSUE_KEYS = List.of("title", "analysis", "items", "measures", "limitations");
    static final List<String> PERSON_KEYS = List.of("name", "position");
    static final List<String> TOOLS = List.of("IIT", "EIT", "OIT");
    static final List<String> DOCUMENT_KINDS = List.of("o25", "o28");
    static final List<String> LOGO_KEYS = List.of("file", "width_mm", "align");
    static final List<String> SIGNATURE_KEYS = List.of("name", "position", "date", "image");
    static final List<String> AGENCY_KEYS = List.of("id", "name", "short_name", "prepared_by");
    static final List<String> APPROVAL_KEYS = List.of("body", "meeting", "date");
    static final List<String> MEASURE_KEYS = List.of("id", "title", "indicators", "items", "analysis", "steps",
            "period", "owner", "result", "outcome", "status", "evidence");
    static final List<String> PERIOD_KEYS = List.of("start", "end");
    static final List<String> EVIDENCE_KEYS = List.of("title", "url");

    private static final Pattern ITEM = Pattern.compile("([ieoIEO])\\s*(\\d{1,3})");
    /** Q2, Q1-Q2, and in Thai "quarter 2" or "quarter number 2" (Thai terms quarter, quarter.number). */
    private static final Pattern QUARTERS = Pattern.compile(
            "(?:Q|q|" + Pattern.quote(org.itagen.thai.ThaiTerms.get("quarter"))
                    + "(?:" + Pattern.quote(org.itagen.thai.ThaiTerms.get("quarter.number")) + ")?)"
                    + "\\s*([1-4])(?:\\s*[-–]\\s*(?:Q|q)?\\s*([1-4]))?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private final List<Problem> problems = new ArrayList<>();
    private final YamlDoc doc;
    /** Pictures (logo, signature) are named relative to this folder: the measures file's or workbook's. */
    private final Path baseDir;

    private MeasuresParser(String text, String source, java.util.function.IntFunction<String> locator, Path baseDir) {
        this.baseDir = baseDir == null ? Path.of("") : baseDir;
        this.doc = YamlDoc.parse(text, source, problems::add, Problem.REJECTED);
        if (locator != null) doc.locatedBy(locator);
        else problems.addAll(doc.lostText()); // the workbook's YAML is written by itagen, quoted
    }

    /** Reads a measures file (UTF-8, with or without BOM). */
    public static MeasuresDraft parse(Path file) {
        return new MeasuresParser(YamlDoc.readText(file, Msg.of("error.MEASURES_NOT_FOUND")), YamlDoc.displayName(file), null,
                file.toAbsolutePath().getParent()).draft();
    }

    /** Reads measures from text; {@code source} names it in messages. */
    public static MeasuresDraft parse(String text, String source) {
        return new MeasuresParser(text, source, null, null).draft();
    }

    /**
     * Reads measures written as YAML from another form (the workbook's sheets); {@code locator}
     * turns a line of {@code text} into the place the officer typed it ("มาตรการ!D7").
     */
    public static MeasuresDraft parse(String text, String source, java.util.function.IntFunction<String> locator) {
        return new MeasuresParser(text, source, locator, null).draft();
    }

    /** As above; pictures the workbook names are looked for relative to {@code baseDir} (its folder). */
    public static MeasuresDraft parse(String text, String source, java.util.function.IntFunction<String> locator, Path baseDir) {
        return new MeasuresParser(text, source, locator, baseDir).draft();
    }

    // ---- the file ------------------------------------------------------------------------------

    private MeasuresDraft draft() {
        Node root = doc.root();
        if (root == null) throw ItagenException.input(doc.source(), Msg.of("error.MEASURES_EMPTY"));
        if (!(root instanceof MappingNode top)) {
            throw doc.error(root, YamlDoc.notMapping(Messages.text("yaml.what.FILE"), TOP_KEYS));
        }
        String topWhere = doc.at(top);
        Map<String, NodeTuple> keys = doc.keys(top, TOP_KEYS, null);
        Map<String, String> lines = new LinkedHashMap<>();
        keys.forEach((k, t) -> lines.put(k, doc.at(t.getKeyNode())));

        Integer planYear = null;
        if (present(keys, "plan_year")) {
            planYear = year(value(keys, "plan_year"));
        } else {
            problem("PLAN_YEAR_MISSING", keys.containsKey("plan_year") ? keys.get("plan_year").getKeyNode() : top,
                    Msg.of("error.PLAN_YEAR_MISSING"));
        }
        Integer assessmentYear = planYear == null ? null : planYear - 1;
        if (present(keys, "assessment_year")) {
            Node n = value(keys, "assessment_year");
            assessmentYear = year(n);
            if (assessmentYear != null && planYear != null) {
                Msg broken = MeasureRules.assessmentBeforePlan(assessmentYear, planYear);
                if (broken != null) problem(Problem.REJECTED, n, broken);
            }
        }

        MeasurePlan.AgencyInfo agency = MeasurePlan.AgencyInfo.EMPTY;
        if (present(keys, "agency")) {
            MappingNode a = doc.mapping(value(keys, "agency"), "agency", AGENCY_KEYS);
            if (a != null) {
                Map<String, NodeTuple> ak = doc.keys(a, AGENCY_KEYS, "agency");
                agency = new MeasurePlan.AgencyInfo(text(ak, "id"), text(ak, "name"), text(ak, "short_name"),
                        text(ak, "prepared_by"));
            }
        }

        MeasurePlan.Approval approval = null;
        if (present(keys, "approval")) {
            MappingNode a = doc.mapping(value(keys, "approval"), "approval", APPROVAL_KEYS);
            if (a != null) {
                Map<String, NodeTuple> ak = doc.keys(a, APPROVAL_KEYS, "approval");
                LocalDate date = present(ak, "date") ? date(Problem.REJECTED, value(ak, "date")) : null;
                approval = new MeasurePlan.Approval(text(ak, "body"), text(ak, "meeting"), date);
            }
        }

        Map<String, String> texts = new LinkedHashMap<>();
        if (present(keys, "texts")) {
            MappingNode t = doc.mapping(value(keys, "texts"), "texts");
            if (t != null) {
                for (var e : doc.keys(t, List.of(), "texts").entrySet()) {
                    String v = doc.scalar(e.getValue().getValueNode(), "texts." + e.getKey());
                    lines.put("texts." + e.getKey(), doc.at(e.getValue().getKeyNode()));
                    if (v != null && !v.isBlank()) texts.put(e.getKey(), v.strip());
                }
            }
        }

        List<Measure> measures = new ArrayList<>();
        if (!present(keys, "measures")) {
            problem("NO_MEASURES", keys.containsKey("measures") ? keys.get("measures").getKeyNode() : top,
                    Msg.of("error.NO_MEASURES"));
        } else if (!(value(keys, "measures") instanceof SequenceNode seq)) {
            problem("NO_MEASURES", value(keys, "measures"), Msg.of("error.MEASURES_NOT_LIST"));
        } else if (seq.getValue().isEmpty()) {
            problem("NO_MEASURES", seq, Msg.of("error.MEASURES_LIST_EMPTY"));
        } else {
            Map<String, Measure> ids = new LinkedHashMap<>();
            int n = 0;
            for (Node m : seq.getValue()) {
                Measure measure = measure(m, ++n, planYear);
                if (measure == null) continue;
                Measure first = ids.putIfAbsent(measure.id(), measure);
                if (first != null) {
                    String firstLine = first.where("id");
                    problem(Problem.REJECTED, measure.where("id"), Msg.of("error.MEASURES_DUPLICATE_ID", measure.id(),
                            firstLine.substring(firstLine.lastIndexOf(':') + 1)));
                }
                measures.add(measure);
            }
        }
        Map<String, String> questions = present(keys, "questions") ? questions(value(keys, "questions"), lines) : Map.of();
        Sections sections = sections(keys, measures);
        PictureRef logo = present(keys, "logo") ? logo(value(keys, "logo")) : null;
        MeasurePlan.Signer signer = present(keys, "signature") ? signer(value(keys, "signature")) : null;
        return new MeasuresDraft(doc.source(), topWhere, agency, planYear, assessmentYear, approval, measures, texts,
                lines, problems, sections, logo, signer, questions);
    }

    // ---- optional sections ---------------------------------------------------------------------

    /** The optional parts of the document; issues are read after the measures, whose ids they name. */
    private Sections sections(Map<String, NodeTuple> keys, List<Measure> measures) {
        // One date for both documents, or {o25: ..., o28: ...}: the plan is issued when the year starts, the report when it ends.
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        if (present(keys, "document_date")) {
            Node d = value(keys, "document_date");
            if (d instanceof MappingNode dm) {
                for (var e : doc.keys(dm, DOCUMENT_KINDS, "document_date").entrySet()) {
                    if (!YamlDoc.isNull(e.getValue().getValueNode())) {
                        LocalDate v = date(Problem.REJECTED, e.getValue().getValueNode());
                        if (v != null) dates.put(e.getKey(), v);
                    }
                }
            } else {
                LocalDate v = date(Problem.REJECTED, d);
                if (v != null) for (String k : DOCUMENT_KINDS) dates.put(k, v);
            }
        }

        Sections.NationalRank rank = null;
        if (present(keys, "national_rank")) {
            MappingNode r = doc.mapping(value(keys, "national_rank"), "national_rank", RANK_KEYS);
            if (r != null) {
                Map<String, NodeTuple> rk = doc.keys(r, RANK_KEYS, "national_rank");
                Integer place = positive(rk, "rank");
                Integer size = positive(rk, "group_size");
                Integer participants = positive(rk, "participants");
                if (!present(rk, "rank") || !present(rk, "group_size")) {
                    problem(Problem.REJECTED, r, Msg.of("error.SECTIONS_RANK_MISSING"));
                } else if (place != null && size != null && place > size) {
                    problem(Problem.REJECTED, value(rk, "rank"), Msg.of("error.SECTIONS_RANK_RANGE", place.toString(), size.toString()));
                } else if (place != null && size != null) {
                    rank = new Sections.NationalRank(place, size, text(rk, "group"), participants);
                }
            }
        }

        List<Sections.Recommendation> recommendations = new ArrayList<>();
        int n = 0;
        for (Node node : list(keys, "recommendations")) {
            String label = Messages.text("measures.what.RECOMMENDATION", String.valueOf(++n));
            MappingNode r = doc.mapping(node, label, RECOMMENDATION_KEYS);
            if (r == null) continue;
            Map<String, NodeTuple> rk = doc.keys(r, RECOMMENDATION_KEYS, label);
            String tool = text(rk, "tool");
            if (tool != null) {
                String upper = tool.toUpperCase(Locale.ROOT);
                if (!TOOLS.contains(upper)) {
                    problem(Problem.REJECTED, value(rk, "tool"), Msg.of("error.SECTIONS_TOOL", tool, YamlDoc.didYouMean(upper, TOOLS)));
                    tool = null;
                } else {
                    tool = upper;
                }
            }
            List<Integer> indicators = present(rk, "indicators") ? indicators(value(rk, "indicators")) : List.of();
            List<String> items = present(rk, "items") ? codes(value(rk, "items")) : List.of();
            String t = text(rk, "text");
            if (t == null) {
                problem(Problem.REJECTED, rk.containsKey("text") ? rk.get("text").getKeyNode() : r,
                        Msg.of("error.SECTIONS_RECOMMENDATION_TEXT", String.valueOf(n)));
                continue;
            }
            recommendations.add(new Sections.Recommendation(tool, indicators, items, t));
        }

        Sections.Monitoring monitoring = null;
        if (present(keys, "monitoring")) {
            MappingNode m = doc.mapping(value(keys, "monitoring"), "monitoring", MONITORING_KEYS);
            if (m != null) {
                Map<String, NodeTuple> mk = doc.keys(m, MONITORING_KEYS, "monitoring");
                LocalDate by = present(mk, "report_by") ? date(Problem.REJECTED, value(mk, "report_by")) : null;
                monitoring = new Sections.Monitoring(by, text(mk, "report_to"), texts(mk, "steps"));
            }
        }

        List<String> ids = measures.stream().map(Measure::id).toList();
        List<Sections.Issue> issues = new ArrayList<>();
        n = 0;
        for (Node node : list(keys, "issues")) {
            String label = Messages.text("measures.what.ISSUE", String.valueOf(++n));
            MappingNode i = doc.mapping(node, label, ISSUE_KEYS);
            if (i == null) continue;
            Map<String, NodeTuple> ik = doc.keys(i, ISSUE_KEYS, label);
            String title = text(ik, "title");
            if (title == null) {
                problem(Problem.REJECTED, ik.containsKey("title") ? ik.get("title").getKeyNode() : i,
                        Msg.of("error.SECTIONS_ISSUE_TITLE", String.valueOf(n)));
            }
            List<String> named = new ArrayList<>();
            if (!present(ik, "measures")) {
                problem(Problem.REJECTED, ik.containsKey("measures") ? ik.get("measures").getKeyNode() : i,
                        Msg.of("error.SECTIONS_ISSUE_MEASURES", String.valueOf(n)));
            } else {
                for (Node id : items(value(ik, "measures"))) {
                    String v = doc.scalar(id, "measures");
                    if (v == null || v.isBlank()) continue;
                    v = v.strip();
                    if (!ids.contains(v)) {
                        problem(Problem.REJECTED, id, Msg.of("error.SECTIONS_UNKNOWN_MEASURE", String.valueOf(n), v,
                                YamlDoc.didYouMean(v, ids), String.join(", ", ids)));
                        continue;
                    }
                    if (!named.contains(v)) named.add(v);
                }
            }
            List<String> items = present(ik, "items") ? codes(value(ik, "items")) : List.of();
            if (title != null) {
                issues.add(new Sections.Issue(title, text(ik, "analysis"), items, named, texts(ik, "limitations")));
            }
        }

        List<String> limitations = texts(keys, "limitations");
        return new Sections(dates, rank, recommendations, monitoring, issues, limitations,
                people(keys, "advisers"), people(keys, "preparers"));
    }

    /** The elements of a list key (one value counts as a list of one); empty when absent. */
    private static List<Node> list(Map<String, NodeTuple> keys, String k) {
        return present(keys, k) ? items(value(keys, k)) : List.of();
    }

    /** Texts of a list key, or one text as a list of one; blanks left out. */
    private List<String> texts(Map<String, NodeTuple> keys, String k) {
        List<String> out = new ArrayList<>();
        for (Node n : list(keys, k)) {
            String v = doc.scalar(n, k);
            if (v != null && !v.isBlank()) out.add(v.strip());
        }
        return out;
    }

    /** advisers / preparers: each "name" or {name, position}. */
    private List<Sections.Person> people(Map<String, NodeTuple> keys, String k) {
        List<Sections.Person> out = new ArrayList<>();
        int n = 0;
        for (Node node : list(keys, k)) {
            n++;
            if (node instanceof ScalarNode) {
                String v = doc.scalar(node, k);
                if (v != null && !v.isBlank()) out.add(new Sections.Person(v.strip(), null));
                continue;
            }
            String label = Messages.text("measures.what.PERSON", k, String.valueOf(n));
            MappingNode p = doc.mapping(node, label, PERSON_KEYS);
            if (p == null) continue;
            Map<String, NodeTuple> pk = doc.keys(p, PERSON_KEYS, label);
            String name = text(pk, "name");
            if (name == null) {
                problem(Problem.REJECTED, pk.containsKey("name") ? pk.get("name").getKeyNode() : p,
                        Msg.of("error.SECTIONS_PERSON_NAME", label));
                continue;
            }
            out.add(new Sections.Person(name, text(pk, "position")));
        }
        return out;
    }

    /** A whole number above 0, or null when absent or after reporting. */
    private Integer positive(Map<String, NodeTuple> keys, String k) {
        if (!present(keys, k)) return null;
        Integer v = doc.wholeNumber(Problem.REJECTED, value(keys, k), k);
        if (v != null && v < 1) {
            problem(Problem.REJECTED, value(keys, k), Msg.of("error.SECTIONS_NOT_POSITIVE", k, v.toString()));
            return null;
        }
        return v;
    }

    /** Indicator numbers 1-10 of a list (or one number); others reported. */
    private List<Integer> indicators(Node node) {
        List<Integer> out = new ArrayList<>();
        for (Node i : items(node)) {
            Integer number = indicator(i);
            if (number != null && !out.contains(number)) out.add(number);
        }
        return out;
    }

    /** One indicator number 1-10; null, reported, when it is not one. */
    private Integer indicator(Node i) {
        Integer number = doc.wholeNumber(i, Messages.text("measures.what.INDICATOR"));
        if (number == null) return null;
        if (!IndicatorDef.exists(number)) {
            problem("UNKNOWN_LINK", i, Msg.of("error.MEASURES_INDICATOR_RANGE", String.valueOf(number)));
            return null;
        }
        return number;
    }

    /**
     * {@code questions: {e3: "...", i7: "..."}}: the officer's wordings of the assessment year's
     * questions, copied from the ITAS result page. Codes are forgiven as elsewhere (E3, e 3, Thai
     * digits); whether the year has the question is known only with the framework
     * ({@link MeasureRules#wordings}). An empty wording is left out (the table then says the
     * wording is unknown, and check says so).
     */
    private Map<String, String> questions(Node node, Map<String, String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        MappingNode m = doc.mapping(node, "questions");
        if (m == null) return out;
        Map<String, Node> firstKey = new LinkedHashMap<>();
        for (var e : doc.keys(m, List.of(), "questions").entrySet()) {
            Node keyNode = e.getValue().getKeyNode();
            String code = code(e.getKey());
            if (code == null) {
                problem(Problem.REJECTED, keyNode, Msg.of("error.QUESTIONS_CODE", e.getKey()));
                continue;
            }
            Node first = firstKey.putIfAbsent(code, keyNode);
            if (first != null) { // "E3" and "e3": YAML sees two keys, the officer one question
                problem(Problem.REJECTED, keyNode, Msg.of("error.QUESTIONS_DUPLICATE", code, doc.at(first)));
                continue;
            }
            lines.put("questions." + code, doc.at(keyNode));
            String v = doc.scalar(e.getValue().getValueNode(), "questions." + e.getKey());
            if (v != null && !v.isBlank()) out.put(code, v.strip().replaceAll("\\s*\\R\\s*", " "));
        }
        return out;
    }

    /** "e3" for e3, E3, "e 3", Thai digits; null when it is not a question code. */
    private static String code(String raw) {
        Matcher mm = ITEM.matcher(ThaiDigits.toArabic(raw).strip());
        return mm.matches() ? mm.group(1).toLowerCase(Locale.ROOT) + Integer.parseInt(mm.group(2)) : null;
    }

    /** Question codes (i10, e4, o12) of a list (or one code), lower case; others reported. */
    private List<String> codes(Node node) {
        List<String> out = new ArrayList<>();
        for (Node i : items(node)) {
            String code = code(i);
            if (code != null && !out.contains(code)) out.add(code);
        }
        return out;
    }

    /** One question code (i10, e4, o12) in lower case, Thai digits read; null, reported, when it is not one. */
    private String code(Node i) {
        String raw = doc.scalar(i, "item");
        if (raw == null) return null;
        String code = code(raw);
        if (code == null) problem(Problem.REJECTED, i, Msg.of("error.MEASURES_ITEM_CODE", ThaiDigits.toArabic(raw).strip()));
        return code;
    }

    // ---- one measure ---------------------------------------------------------------------------

    /** The measure as far as it can be read (null values where components are missing), or null when it is not a mapping. */
    private Measure measure(Node node, int n, Integer planYear) {
        String label = Messages.text("measures.what.MEASURE", String.valueOf(n));
        MappingNode m = doc.mapping(node, label, MEASURE_KEYS);
        if (m == null) return null;
        Map<String, NodeTuple> keys = doc.keys(m, MEASURE_KEYS, label);
        Map<String, String> lines = new LinkedHashMap<>();
        keys.forEach((k, t) -> lines.put(k, doc.at(t.getKeyNode())));
        String where = doc.at(m);

        String id = present(keys, "id") ? doc.scalar(value(keys, "id"), "id") : null;
        id = id == null || id.isBlank() ? "M" + n : id.strip();
        if (!present(keys, "id")) lines.put("id", where);

        String title = required(keys, "title", m, "O25_MISSING_TITLE", Msg.of("error.O25_MISSING_TITLE", id));

        List<Integer> indicators = new ArrayList<>();
        int links = 0;
        if (present(keys, "indicators")) {
            for (Node i : items(value(keys, "indicators"))) {
                links++;
                Integer number = indicator(i);
                if (number == null) continue;
                if (!indicators.contains(number)) indicators.add(number);
                lines.putIfAbsent("indicator:" + number, doc.at(i));
            }
        }
        List<String> items = new ArrayList<>();
        if (present(keys, "items")) {
            for (Node i : items(value(keys, "items"))) {
                links++;
                String code = code(i);
                if (code == null) continue;
                if (!items.contains(code)) items.add(code);
                lines.putIfAbsent("item:" + code, doc.at(i));
            }
        }
        if (links == 0) problem("O25_MISSING_ANALYSIS", m, Msg.of("error.O25_MISSING_ANALYSIS", id));

        String analysis = text(keys, "analysis");
        List<String> steps = steps(keys, m, id);

        Period period = null;
        if (!present(keys, "period")) {
            problem("O25_MISSING_PERIOD", keys.containsKey("period") ? keys.get("period").getKeyNode() : m,
                    Msg.of("error.O25_MISSING_PERIOD", id));
        } else {
            period = period(value(keys, "period"), planYear, id);
        }
        String owner = required(keys, "owner", m, "O25_MISSING_OWNER", Msg.of("error.O25_MISSING_OWNER", id));
        String result = text(keys, "result");
        String outcome = text(keys, "outcome");
        Measure.Status status = present(keys, "status") ? status(value(keys, "status")) : null;
        List<Measure.Evidence> evidence = present(keys, "evidence") ? evidence(value(keys, "evidence")) : List.of();
        return new Measure(id, title, indicators, items, analysis, steps, period, owner, result, outcome,
                status, evidence, where, lines);
    }

    private List<String> steps(Map<String, NodeTuple> keys, MappingNode m, String id) {
        List<String> steps = new ArrayList<>();
        if (!present(keys, "steps")) {
            problem("O25_MISSING_STEPS", keys.containsKey("steps") ? keys.get("steps").getKeyNode() : m,
                    Msg.of("error.O25_MISSING_STEPS", id));
            return steps;
        }
        Node node = value(keys, "steps");
        if (node instanceof SequenceNode s) {
            for (Node step : s.getValue()) {
                String t = doc.scalar(step, Messages.text("measures.what.STEP"));
                if (t != null && !t.isBlank()) steps.add(t.strip());
            }
        } else {
            String t = doc.scalar(node, "steps");
            if (t == null) return steps;
            if (!t.isBlank()) steps.add(t.strip());
        }
        if (steps.isEmpty()) problem("O25_MISSING_STEPS", node, Msg.of("error.O25_EMPTY_STEPS", id));
        return steps;
    }

    /** The period, or null after reporting why it cannot be read (or when plan_year is unknown and it is quarters). */
    private Period period(Node node, Integer planYear, String id) {
        if (node instanceof ScalarNode) {
            String raw = ThaiDigits.toArabic(doc.scalar(node, "period")).strip();
            Matcher q = QUARTERS.matcher(raw);
            if (!q.matches()) {
                problem("PERIOD_INVALID", node, Msg.of("error.PERIOD_NOT_UNDERSTOOD", raw));
                return null;
            }
            int from = Integer.parseInt(q.group(1));
            int to = q.group(2) == null ? from : Integer.parseInt(q.group(2));
            if (to < from) {
                problem("PERIOD_INVALID", node, Msg.of("error.PERIOD_QUARTERS_REVERSED", String.valueOf(from), String.valueOf(to)));
                return null;
            }
            return planYear == null ? null : Period.quarters(planYear, from, to);
        }
        if (!(node instanceof MappingNode pm)) {
            problem("PERIOD_INVALID", node, YamlDoc.notMapping("period", PERIOD_KEYS));
            return null;
        }
        Map<String, NodeTuple> pk = doc.keys(pm, PERIOD_KEYS, "period");
        LocalDate start = null;
        LocalDate end = null;
        if (!present(pk, "start")) {
            problem("PERIOD_INVALID", pk.containsKey("start") ? pk.get("start").getKeyNode() : pm, Msg.of("error.PERIOD_MISSING_START"));
        } else {
            start = date("PERIOD_INVALID", value(pk, "start"));
        }
        if (!present(pk, "end")) {
            problem("PERIOD_INVALID", pk.containsKey("end") ? pk.get("end").getKeyNode() : pm, Msg.of("error.PERIOD_MISSING_END"));
        } else {
            end = date("PERIOD_INVALID", value(pk, "end"));
        }
        if (start == null || end == null) return null;
        if (end.isBefore(start)) {
            problem("PERIOD_INVALID", value(pk, "end"), Msg.of("error.PERIOD_REVERSED", end.toString(), start.toString()));
            return null;
        }
        Period p = Period.of(start, end);
        if (planYear != null) {
            Msg outside = MeasureRules.periodOutsidePlanYear(id, p, planYear);
            if (outside != null) {
                problem("PERIOD_OUTSIDE_PLAN_YEAR", value(pk, MeasureRules.startsTooEarly(p, planYear) ? "start" : "end"), outside);
            }
        }
        return p;
    }

    private Measure.Status status(Node s) {
        String raw = doc.scalar(s, "status");
        if (raw == null) return null;
        String v = raw.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Measure.Status st : Measure.Status.values()) if (st.code().equals(v)) return st;
        List<String> codes = Arrays.stream(Measure.Status.values()).map(Measure.Status::code).toList();
        problem(Problem.REJECTED, s, Msg.of("error.MEASURES_STATUS", v, String.join(", ", codes), YamlDoc.didYouMean(v, codes)));
        return null;
    }

    private List<Measure.Evidence> evidence(Node node) {
        List<Measure.Evidence> evidence = new ArrayList<>();
        for (Node e : items(node)) {
            if (e instanceof ScalarNode) {
                String url = doc.scalar(e, "evidence").strip();
                if (webLink(url, e)) evidence.add(new Measure.Evidence(url, url));
                continue;
            }
            MappingNode em = doc.mapping(e, "evidence", EVIDENCE_KEYS);
            if (em == null) continue;
            Map<String, NodeTuple> ek = doc.keys(em, EVIDENCE_KEYS, "evidence");
            String url = text(ek, "url");
            if (url == null) {
                problem(Problem.REJECTED, em, Msg.of("error.MEASURES_EVIDENCE_URL"));
                continue;
            }
            if (!webLink(url, ek.get("url").getValueNode())) continue;
            String t = text(ek, "title");
            evidence.add(new Measure.Evidence(t == null ? url : t, url));
        }
        return evidence;
    }

    /**
     * Evidence becomes a live link in the PDF and DOCX: only a web page (http, https) or e-mail
     * (mailto); file:, javascript: and the like are refused at their line.
     */
    private boolean webLink(String url, Node at) {
        if (Links.allowed(url)) return true;
        problem(Problem.REJECTED, at, Msg.of("error.LINK_NOT_WEB", Texts.echo(url)));
        return false;
    }

    // ---- the agency's look: logo and signature -------------------------------------------------

    /** {@code logo: logo.png} or {@code logo: {file: logo.png, width_mm: 25, align: center}}; null after reporting. */
    private PictureRef logo(Node node) {
        if (node instanceof ScalarNode) {
            String f = doc.scalar(node, "logo");
            return f == null || f.isBlank() ? null : picture(f.strip(), node, null, null, "logo");
        }
        MappingNode m = doc.mapping(node, "logo", LOGO_KEYS);
        if (m == null) return null;
        Map<String, NodeTuple> k = doc.keys(m, LOGO_KEYS, "logo");
        String f = required(k, "file", m, Problem.REJECTED, Msg.of("error.LOGO_NO_FILE"));
        if (f == null) return null;
        Double width = null;
        if (present(k, "width_mm")) {
            String v = ThaiDigits.toArabic(String.valueOf(doc.scalar(value(k, "width_mm"), "width_mm"))).strip();
            try {
                width = Double.parseDouble(v);
                if (!(width >= PictureRef.MIN_MM && width <= PictureRef.MAX_MM)) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                problem(Problem.REJECTED, value(k, "width_mm"), Msg.of("error.PICTURE_WIDTH", "logo.width_mm", v,
                        fmt(PictureRef.MIN_MM), fmt(PictureRef.MAX_MM)));
                width = null;
            }
        }
        String align = null;
        if (present(k, "align")) {
            String v = String.valueOf(text(k, "align")).toLowerCase(java.util.Locale.ROOT);
            if (PictureRef.ALIGNS.contains(v)) align = v;
            else problem(Problem.REJECTED, value(k, "align"), Msg.of("error.PICTURE_ALIGN", "logo.align", v));
        }
        return picture(f, value(k, "file"), width, align, "logo");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** A picture named at {@code at}: a missing file is reported here, so {@code check} finds it too. */
    private PictureRef picture(String name, Node at, Double widthMm, String align, String key) {
        Path file;
        try {
            file = baseDir.resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            problem(Problem.REJECTED, at, Msg.of("error.IMAGE_FILE_MISSING", key, name));
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problem(Problem.REJECTED, at, Msg.of("error.IMAGE_FILE_MISSING", key, name));
            return null;
        }
        return new PictureRef(file, widthMm, align, doc.at(at), key);
    }

    /** The signature block; {@code name} is required, the rest optional. Null after reporting. */
    private MeasurePlan.Signer signer(Node node) {
        MappingNode m = doc.mapping(node, "signature", SIGNATURE_KEYS);
        if (m == null) return null;
        Map<String, NodeTuple> k = doc.keys(m, SIGNATURE_KEYS, "signature");
        String name = required(k, "name", m, Problem.REJECTED, Msg.of("error.SIGNATURE_NO_NAME"));
        List<String> position = new ArrayList<>();
        if (present(k, "position")) {
            Node p = value(k, "position");
            List<Node> parts = p instanceof SequenceNode seq ? seq.getValue() : List.of(p);
            for (Node part : parts) {
                String v = doc.scalar(part, "signature.position");
                if (v == null) continue;
                for (String line : v.split("\\R")) if (!line.isBlank()) position.add(line.strip());
            }
        }
        LocalDate date = present(k, "date") ? date(Problem.REJECTED, value(k, "date")) : null;
        PictureRef image = null;
        if (present(k, "image")) {
            String f = text(k, "image");
            if (f != null) image = picture(f, value(k, "image"), null, null, "signature.image");
        }
        return name == null ? null : new MeasurePlan.Signer(name, position, date, image, doc.at(m));
    }

    // ---- values --------------------------------------------------------------------------------

    private void problem(String code, Node at, Msg message) {
        doc.report(code, at, message);
    }

    private void problem(String code, String where, Msg message) {
        problems.add(Problem.error(code, where, message));
    }

    /** A text the measure needs; null after reporting {@code missing} at the key (or the measure). */
    private String required(Map<String, NodeTuple> keys, String k, MappingNode m, String code, Msg missing) {
        if (!present(keys, k)) {
            problem(code, keys.containsKey(k) ? keys.get(k).getKeyNode() : m, missing);
            return null;
        }
        return text(keys, k);
    }

    /** A text value, stripped; null when absent, empty or not a single value (reported). */
    private String text(Map<String, NodeTuple> keys, String k) {
        if (!present(keys, k)) return null;
        String v = doc.scalar(value(keys, k), k);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A Buddhist-era fiscal year, or null after reporting. */
    private Integer year(Node n) {
        Integer y = doc.wholeNumber("PLAN_YEAR_MISSING", n, Messages.text("measures.what.FISCAL_YEAR"));
        if (y == null) return null;
        Msg broken = MeasureRules.fiscalYear(y);
        if (broken != null) {
            problem("PLAN_YEAR_MISSING", n, broken);
            return null;
        }
        return y;
    }

    /** ISO dates (2026-04-01); a Buddhist-era year (2569-04-01) is accepted and converted. Null after reporting. */
    private LocalDate date(String code, Node n) {
        String raw = doc.scalar(n, Messages.text("measures.what.DATE"));
        if (raw == null) return null;
        String v = ThaiDigits.toArabic(raw).strip();
        Matcher m = DATE.matcher(v);
        if (!m.matches()) {
            problem(code, n, Msg.of("error.MEASURES_DATE_FORMAT", v));
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        if (y > 2400) y -= org.itagen.thai.ThaiDates.BE_OFFSET;
        try {
            return LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            problem(code, n, Msg.of("error.MEASURES_DATE_INVALID", v, String.valueOf(e.getMessage())));
            return null;
        }
    }
}
