package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.Msg;
import org.itagen.input.yaml.YamlDoc;
import org.itagen.model.Framework;
import org.itagen.model.FrameworkSet;
import org.itagen.model.IndicatorDef;
import org.itagen.model.OitDocumentDef;
import org.itagen.model.QuestionDef;
import org.itagen.model.RatingLevel;
import org.itagen.model.RatingScheme;
import org.itagen.model.RuleEvidence;
import org.itagen.model.SubIndicatorDef;
import org.itagen.model.Tool;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Loads and validates framework YAML (bundled org/itagen/framework/fyNNNN.yaml, or --framework).
 *
 * <p><b>Inheritance.</b> A year may say {@code extends: 2567} and then state only what changed
 * from that bundled year. The two node trees are merged before the year is validated, so an
 * inherited fact is checked exactly as if it were written out:
 * <ul>
 *   <li>mappings merge key by key, recursively (a year that states {@code weights: {OIT: 0.5}}
 *       keeps the inherited IIT and EIT weights, and must then still add up to 1);</li>
 *   <li>{@code indicators} merge by {@code number} and {@code documents} by {@code role}: an entry
 *       merges into the inherited entry with the same number or role, a new one is added;</li>
 *   <li>any other list (rating {@code levels}, {@code sub_indicators}, {@code components}) and any
 *       single value is replaced whole by the year's own;</li>
 *   <li>{@code fiscal_year} must be stated by every year, and {@code questions} are never
 *       inherited: NACC renumbers and rewords them every year, so a year lists its own or has none.</li>
 * </ul>
 * A year's file therefore reads as the list of what NACC changed that year.
 *
 * <p>Errors name the file and line of the offending node, also for an inherited one.
 */
public final class FrameworkLoader {
    /** The bundled fiscal years. */
    public static final int FIRST_YEAR = 2561;
    public static final int LAST_YEAR = 2569;
    static final List<String> TOP_KEYS = List.of("extends", "fiscal_year", "master_plan_target", "weights", "eit_parts",
            "rating", "indicators", "questions", "documents", "verification", "same_questions");
    private static final Pattern ITEM = Pattern.compile("[ieo][0-9]{1,3}");
    /** Lists merged entry by entry, by the key that names an entry. */
    private static final Map<String, String> LIST_KEYS = Map.of("indicators", "number", "documents", "role");
    private static volatile FrameworkSet bundled;

    private FrameworkLoader() {
    }

    /** All bundled years, FY2561-FY2569 (loaded once). */
    public static FrameworkSet bundled() {
        FrameworkSet b = bundled;
        if (b == null) {
            Map<Integer, Framework> m = new TreeMap<>();
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) m.put(y, parse(bundledText(y), bundledName(y)));
            b = FrameworkSet.of(m);
            bundled = b;
        }
        return b;
    }

    /** The bundled years with the year of {@code file} replaced by it (--framework). */
    public static FrameworkSet bundledWith(Path file) {
        return bundled().with(load(file));
    }

    /** One framework file; it may extend a bundled year. */
    public static Framework load(Path file) {
        return parse(YamlDoc.readText(file, Msg.of("error.FRAMEWORK_NOT_FOUND")), YamlDoc.displayName(file));
    }

    /** Parses framework YAML text; {@code name} is used in messages. An {@code extends} names a bundled year. */
    public static Framework parse(String text, String name) {
        YamlDoc doc = YamlDoc.parse(text, name);
        MappingNode merged = resolve(doc, new LinkedHashSet<>());
        return new Parser(doc).framework(merged);
    }

    private static String bundledName(int year) {
        return "fy" + year + ".yaml";
    }

    private static String bundledText(int year) {
        String res = "/org/itagen/framework/" + bundledName(year);
        try (InputStream in = FrameworkLoader.class.getResourceAsStream(res)) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled framework " + res, e);
        }
    }

    // ---- inheritance ---------------------------------------------------------------------------

    /**
     * The document's root with what it extends merged in (recursively); nodes taken from a parent
     * are adopted by {@code doc}, so errors name the parent's file.
     *
     * @param seen the files on the way here, to refuse a loop
     */
    private static MappingNode resolve(YamlDoc doc, Set<String> seen) {
        Node root = doc.root();
        Msg notMapping = YamlDoc.notMapping(Messages.text("yaml.what.FILE"), TOP_KEYS.subList(1, TOP_KEYS.size()));
        if (root == null) throw ItagenException.input(doc.source() + ":1", notMapping);
        if (!(root instanceof MappingNode map)) throw doc.error(root, notMapping);
        Map<String, NodeTuple> keys = doc.keys(map, TOP_KEYS, null);
        seen.add(doc.source());
        if (!keys.containsKey("extends")) return map;
        Node ext = YamlDoc.value(keys, "extends");
        int year = doc.wholeNumber(ext, "extends");
        String parentName = bundledName(year);
        String parentText = bundledText(year);
        if (parentText == null) {
            throw doc.error(ext, Msg.of("error.FRAMEWORK_EXTENDS_UNKNOWN", String.valueOf(year),
                    FIRST_YEAR + "-" + LAST_YEAR));
        }
        if (seen.contains(parentName)) {
            throw doc.error(ext, Msg.of("error.FRAMEWORK_EXTENDS_LOOP", String.valueOf(year), String.join(" -> ", seen)));
        }
        YamlDoc parentDoc = YamlDoc.parse(parentText, parentName);
        MappingNode parent = resolve(parentDoc, seen);
        doc.adopt(parentDoc);
        return mergeTop(parent, map, doc);
    }

    /** The top level: fiscal_year, questions and verification are the year's own, extends is used up. */
    private static MappingNode mergeTop(MappingNode parent, MappingNode child, YamlDoc doc) {
        List<NodeTuple> inherited = new ArrayList<>();
        for (NodeTuple t : parent.getValue()) {
            String k = key(t);
            // verification is evidence about this year's rules: a later year is not verified by an earlier one's figures.
            // same_questions compares this year's questions with the year before's: a year states its own.
            if (!k.equals("fiscal_year") && !k.equals("questions") && !k.equals("extends") && !k.equals("verification")
                    && !k.equals("same_questions")) {
                inherited.add(t);
            }
        }
        List<NodeTuple> own = new ArrayList<>();
        for (NodeTuple t : child.getValue()) if (!key(t).equals("extends")) own.add(t);
        return mapping(child, merge(inherited, own, "", doc));
    }

    private static Node merge(Node parent, Node child, String path, YamlDoc doc) {
        if (parent instanceof MappingNode pm && child instanceof MappingNode cm) {
            return mapping(cm, merge(pm.getValue(), doc.keys(cm, List.of(), path).values(), path, doc));
        }
        String by = LIST_KEYS.get(path);
        if (by != null && parent instanceof SequenceNode ps && child instanceof SequenceNode cs) {
            Map<String, Node> own = new LinkedHashMap<>();
            List<Node> unnamed = new ArrayList<>();
            for (Node c : cs.getValue()) {
                String name = entryName(c, by);
                if (name == null || own.putIfAbsent(name, c) != null) unnamed.add(c); // the parser names the mistake
            }
            List<Node> out = new ArrayList<>();
            for (Node p : ps.getValue()) {
                Node c = own.remove(entryName(p, by));
                out.add(c == null ? p : merge(p, c, path + "[]", doc));
            }
            out.addAll(own.values());
            out.addAll(unnamed);
            return new SequenceNode(cs.getTag(), true, out, cs.getStartMark(), cs.getEndMark(), cs.getFlowStyle());
        }
        return child;
    }

    /** Inherited tuples in their order, each merged with the year's own tuple of that key; new keys after. */
    private static List<NodeTuple> merge(List<NodeTuple> parent, java.util.Collection<NodeTuple> child, String path, YamlDoc doc) {
        Map<String, NodeTuple> own = new LinkedHashMap<>();
        for (NodeTuple t : child) own.putIfAbsent(key(t), t);
        List<NodeTuple> out = new ArrayList<>();
        for (NodeTuple t : parent) {
            NodeTuple c = own.remove(key(t));
            String k = key(t);
            out.add(c == null ? t : new NodeTuple(c.getKeyNode(),
                    merge(t.getValueNode(), c.getValueNode(), path.isEmpty() ? k : path + "." + k, doc)));
        }
        out.addAll(own.values());
        return out;
    }

    private static MappingNode mapping(MappingNode like, List<NodeTuple> tuples) {
        return new MappingNode(like.getTag(), true, tuples, like.getStartMark(), like.getEndMark(), like.getFlowStyle());
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue().strip() : "";
    }

    private static String entryName(Node entry, String by) {
        if (!(entry instanceof MappingNode m)) return null;
        for (NodeTuple t : m.getValue()) {
            if (key(t).equals(by) && t.getValueNode() instanceof ScalarNode s) return s.getValue().strip();
        }
        return null;
    }

    // ---- validation ----------------------------------------------------------------------------

    /** Walks the merged node tree; every error names the line of the offending node. */
    private record Parser(YamlDoc doc) {
        ItagenException err(Node n, Msg msg) {
            return doc.error(n, msg);
        }

        Map<String, Node> fields(MappingNode m, List<String> allowed, String what) {
            Map<String, Node> out = new LinkedHashMap<>();
            doc.keys(m, allowed, what).forEach((k, t) -> out.put(k, t.getValueNode()));
            return out;
        }

        Node required(Map<String, Node> f, String key, Node parent) {
            Node n = f.get(key);
            if (n == null) throw err(parent, Msg.of("error.YAML_MISSING_KEY", key));
            return n;
        }

        String scalar(Node n, String what) {
            return doc.scalar(n, what).strip();
        }

        BigDecimal number(Node n, String what) {
            String v = scalar(n, what);
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw err(n, Msg.of("error.YAML_NOT_NUMBER", what, v));
            }
        }

        int integer(Node n, String what) {
            return doc.wholeNumber(n, what);
        }

        Tool tool(Node n) {
            String v = scalar(n, "tool");
            Tool t = Tool.parse(v).orElseThrow(() -> err(n, Msg.of("error.FRAMEWORK_TOOL", v)));
            if (t == Tool.ITA) throw err(n, Msg.of("error.FRAMEWORK_TOOL_ITA"));
            return t;
        }

        Framework framework(MappingNode root) {
            Map<String, Node> f = fields(root, TOP_KEYS, null);
            Node yearNode = required(f, "fiscal_year", root);
            int year = integer(yearNode, "fiscal_year");
            if (year < 2500 || year > 2700) throw err(yearNode, Msg.of("error.FRAMEWORK_YEAR", String.valueOf(year)));

            BigDecimal target = null;
            if (f.containsKey("master_plan_target")) {
                Node t = f.get("master_plan_target");
                target = number(t, "master_plan_target");
                if (target.signum() < 0 || target.compareTo(new BigDecimal(100)) > 0) {
                    throw err(t, Msg.of("error.FRAMEWORK_TARGET_RANGE", target.toPlainString()));
                }
            }

            Node wNode = required(f, "weights", root);
            Map<String, Node> wf = fields(doc.mapping(wNode, "weights"), List.of("IIT", "EIT", "OIT"), "weights");
            Map<Tool, BigDecimal> weights = new EnumMap<>(Tool.class);
            BigDecimal sum = BigDecimal.ZERO;
            for (Tool t : List.of(Tool.IIT, Tool.EIT, Tool.OIT)) {
                BigDecimal w = number(required(wf, t.name(), wNode), "weight of " + t);
                if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0) throw err(wf.get(t.name()), Msg.of("error.FRAMEWORK_WEIGHT_RANGE"));
                weights.put(t, w);
                sum = sum.add(w);
            }
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                throw err(wNode, Msg.of("error.FRAMEWORK_WEIGHTS_SUM", sum.toPlainString()));
            }

            boolean eitParts = f.containsKey("eit_parts") && Boolean.parseBoolean(scalar(f.get("eit_parts"), "eit_parts"));
            RatingScheme rating = rating(required(f, "rating", root));
            List<IndicatorDef> indicators = indicators(required(f, "indicators", root));
            Map<String, QuestionDef> questions = f.containsKey("questions")
                    ? questions(f.get("questions"), indicators) : Map.of();
            List<OitDocumentDef> documents = f.containsKey("documents") ? documents(f.get("documents")) : List.of();
            Map<String, RuleEvidence> verification = f.containsKey("verification")
                    ? verification(f.get("verification")) : Map.of();
            Map<String, String> same = f.containsKey("same_questions") ? sameQuestions(f.get("same_questions")) : Map.of();
            return new Framework(year, indicators, weights, eitParts, rating, questions, documents, target, verification,
                    doc.source(), same);
        }

        /** same_questions: {i1: i1, e4: e5}: this year's code, the code the year before gave the same question. */
        Map<String, String> sameQuestions(Node n) {
            Map<String, String> out = new LinkedHashMap<>();
            MappingNode m = doc.mapping(n, "same_questions");
            for (NodeTuple t : doc.keys(m, List.of(), "same_questions").values()) {
                String code = scalar(t.getKeyNode(), "question code").toLowerCase(java.util.Locale.ROOT);
                String before = scalar(t.getValueNode(), "question code").toLowerCase(java.util.Locale.ROOT);
                for (var c : List.of(java.util.Map.entry(code, t.getKeyNode()), java.util.Map.entry(before, t.getValueNode()))) {
                    if (!ITEM.matcher(c.getKey()).matches()) throw err(c.getValue(), Msg.of("error.FRAMEWORK_QUESTION_CODE", c.getKey()));
                }
                if (Items.toolOf(code) != Items.toolOf(before)) throw err(t.getValueNode(), Msg.of("error.FRAMEWORK_QUESTION_CODE", before));
                out.put(code, before);
            }
            return out;
        }

        /** verification: {weights: {verified: true, evidence: "..."}, ...}, rules from {@link RuleEvidence#RULES}. */
        Map<String, RuleEvidence> verification(Node n) {
            Map<String, RuleEvidence> out = new LinkedHashMap<>();
            MappingNode m = doc.mapping(n, "verification");
            for (Map.Entry<String, Node> e : fields(m, RuleEvidence.RULES, "verification").entrySet()) {
                Map<String, Node> rf = fields(doc.mapping(e.getValue(), e.getKey()), List.of("verified", "evidence"),
                        "verification." + e.getKey());
                String v = scalar(required(rf, "verified", e.getValue()), "verified");
                if (!v.equals("true") && !v.equals("false")) throw err(rf.get("verified"), Msg.of("error.FRAMEWORK_VERIFIED", v));
                String evidence = scalar(required(rf, "evidence", e.getValue()), "evidence").strip();
                out.put(e.getKey(), new RuleEvidence(v.equals("true"), evidence));
            }
            return out;
        }

        RatingScheme rating(Node n) {
            MappingNode m = doc.mapping(n, "rating");
            Map<String, Node> f = fields(m, List.of("scheme", "levels"), "rating");
            String kind = scalar(required(f, "scheme", m), "scheme");
            if (!Set.of("letter", "pass_fail", "five_level").contains(kind)) {
                throw err(f.get("scheme"), Msg.of("error.FRAMEWORK_SCHEME", kind));
            }
            List<RatingLevel> levels = new ArrayList<>();
            BigDecimal prevMin = null;
            for (Node ln : doc.sequence(required(f, "levels", m), "levels")) {
                MappingNode lm = doc.mapping(ln, "a level");
                Map<String, Node> lf = fields(lm, List.of("name", "min", "tools_min"), "a level");
                String lname = scalar(required(lf, "name", lm), "name");
                BigDecimal min = number(required(lf, "min", lm), "min");
                BigDecimal toolsMin = lf.containsKey("tools_min") ? number(lf.get("tools_min"), "tools_min") : null;
                if (min.signum() < 0 || min.compareTo(new BigDecimal(100)) > 0) throw err(ln, Msg.of("error.FRAMEWORK_LEVEL_RANGE"));
                if (prevMin != null && min.compareTo(prevMin) > 0) {
                    throw err(ln, Msg.of("error.FRAMEWORK_LEVEL_ORDER", lname));
                }
                prevMin = min;
                levels.add(new RatingLevel(lname, min, toolsMin));
            }
            if (levels.isEmpty()) throw err(n, Msg.of("error.FRAMEWORK_NO_LEVELS"));
            if (levels.getLast().min().signum() != 0 || levels.getLast().toolsMin() != null) {
                throw err(n, Msg.of("error.FRAMEWORK_LAST_LEVEL"));
            }
            return new RatingScheme(kind, levels);
        }

        List<IndicatorDef> indicators(Node n) {
            List<IndicatorDef> out = new ArrayList<>();
            for (Node in : doc.sequence(n, "indicators")) {
                MappingNode m = doc.mapping(in, "an indicator");
                Map<String, Node> f = fields(m, List.of("number", "tool", "name", "sub_indicators"), "an indicator");
                Node numNode = required(f, "number", m);
                int num = integer(numNode, "number");
                if (!IndicatorDef.exists(num)) throw err(numNode, Msg.of("error.FRAMEWORK_INDICATOR_RANGE", String.valueOf(num)));
                if (out.stream().anyMatch(d -> d.number() == num)) {
                    throw err(numNode, Msg.of("error.FRAMEWORK_INDICATOR_TWICE", String.valueOf(num)));
                }
                Tool tool = tool(required(f, "tool", m));
                String iname = scalar(required(f, "name", m), "name");
                List<SubIndicatorDef> subs = new ArrayList<>();
                if (f.containsKey("sub_indicators")) {
                    for (Node sn : doc.sequence(f.get("sub_indicators"), "sub_indicators")) {
                        MappingNode sm = doc.mapping(sn, "a sub-indicator");
                        Map<String, Node> sf = fields(sm, List.of("code", "name"), "a sub-indicator");
                        subs.add(new SubIndicatorDef(scalar(required(sf, "code", sm), "code"),
                                scalar(required(sf, "name", sm), "name")));
                    }
                }
                out.add(new IndicatorDef(num, iname, tool, subs));
            }
            for (int i = IndicatorDef.FIRST; i <= IndicatorDef.LAST; i++) {
                int k = i;
                if (out.stream().noneMatch(d -> d.number() == k)) {
                    throw err(n, Msg.of("error.FRAMEWORK_INDICATOR_MISSING", String.valueOf(i)));
                }
            }
            for (Tool t : List.of(Tool.IIT, Tool.EIT, Tool.OIT)) {
                if (out.stream().noneMatch(d -> d.tool() == t)) throw err(n, Msg.of("error.FRAMEWORK_TOOL_EMPTY", t.name()));
            }
            out.sort(java.util.Comparator.comparingInt(IndicatorDef::number));
            return out;
        }

        Map<String, QuestionDef> questions(Node n, List<IndicatorDef> indicators) {
            Map<String, QuestionDef> out = new LinkedHashMap<>();
            MappingNode m = doc.mapping(n, "questions");
            for (NodeTuple t : doc.keys(m, List.of(), "questions").values()) {
                String code = scalar(t.getKeyNode(), "question code").toLowerCase(java.util.Locale.ROOT);
                if (!ITEM.matcher(code).matches()) throw err(t.getKeyNode(), Msg.of("error.FRAMEWORK_QUESTION_CODE", code));
                MappingNode qm = doc.mapping(t.getValueNode(), "question " + code);
                Map<String, Node> f = fields(qm, List.of("indicator", "text"), "question " + code);
                Node indNode = required(f, "indicator", qm);
                int ind = integer(indNode, "indicator");
                IndicatorDef def = indicators.stream().filter(d -> d.number() == ind).findFirst()
                        .orElseThrow(() -> err(indNode, Msg.of("error.FRAMEWORK_INDICATOR_RANGE", String.valueOf(ind))));
                Tool tool = Items.toolOf(code);
                if (def.tool() != tool) {
                    throw err(indNode, Msg.of("error.FRAMEWORK_QUESTION_TOOL", code, tool.name(), String.valueOf(ind), def.tool().name()));
                }
                String text = f.containsKey("text") ? scalar(f.get("text"), "text") : null;
                if (out.containsKey(code)) throw err(t.getKeyNode(), Msg.of("error.FRAMEWORK_QUESTION_TWICE", code));
                out.put(code, new QuestionDef(code, tool, ind, text == null || text.isEmpty() ? null : text));
            }
            return out;
        }

        List<OitDocumentDef> documents(Node n) {
            List<OitDocumentDef> out = new ArrayList<>();
            for (Node dn : doc.sequence(n, "documents")) {
                MappingNode m = doc.mapping(dn, "a document");
                Map<String, Node> f = fields(m, List.of("role", "code", "title", "confidence", "components"), "a document");
                String role = scalar(required(f, "role", m), "role");
                if (!Set.of("o25", "o28").contains(role)) throw err(f.get("role"), Msg.of("error.FRAMEWORK_ROLE"));
                if (out.stream().anyMatch(d -> d.role().equals(role))) {
                    throw err(f.get("role"), Msg.of("error.FRAMEWORK_ROLE_TWICE", role));
                }
                String code = scalar(required(f, "code", m), "code");
                if (!code.matches("O[0-9]{1,3}")) throw err(f.get("code"), Msg.of("error.FRAMEWORK_DOC_CODE", code));
                String title = scalar(required(f, "title", m), "title");
                String conf = f.containsKey("confidence") ? scalar(f.get("confidence"), "confidence") : "high";
                if (!Set.of("high", "medium", "low").contains(conf)) throw err(f.get("confidence"), Msg.of("error.FRAMEWORK_CONFIDENCE"));
                List<String> comps = new ArrayList<>();
                for (Node cn : doc.sequence(required(f, "components", m), "components")) comps.add(scalar(cn, "a component"));
                if (comps.isEmpty()) throw err(m, Msg.of("error.FRAMEWORK_NO_COMPONENTS", code));
                out.add(new OitDocumentDef(role, code, title, comps, conf));
            }
            return out;
        }
    }
}
