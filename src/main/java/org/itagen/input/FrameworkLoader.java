package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.model.Framework;
import org.itagen.model.FrameworkSet;
import org.itagen.model.IndicatorDef;
import org.itagen.model.OitDocumentDef;
import org.itagen.model.QuestionDef;
import org.itagen.model.RatingLevel;
import org.itagen.model.RatingScheme;
import org.itagen.model.SubIndicatorDef;
import org.itagen.model.Tool;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Loads and validates framework YAML (bundled org/itagen/framework/fyNNNN.yaml, or --framework).
 *
 * <p>Reads SnakeYAML's node tree (which Jackson's YAML module already brings in) rather than
 * binding to classes, because every node keeps its line: a mistake in a user's framework file
 * is reported as "fw.yaml:23: ...".
 */
public final class FrameworkLoader {
    /** The bundled fiscal years. */
    public static final int FIRST_YEAR = 2561;
    public static final int LAST_YEAR = 2569;
    private static final Pattern ITEM = Pattern.compile("[ieo][0-9]{1,3}");
    private static volatile FrameworkSet bundled;

    private FrameworkLoader() {
    }

    /** All bundled years, FY2561-FY2569 (loaded once). */
    public static FrameworkSet bundled() {
        FrameworkSet b = bundled;
        if (b == null) {
            Map<Integer, Framework> m = new TreeMap<>();
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                String res = "/org/itagen/framework/fy" + y + ".yaml";
                try (InputStream in = FrameworkLoader.class.getResourceAsStream(res)) {
                    if (in == null) throw new IllegalStateException("bundled framework missing: " + res);
                    m.put(y, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "fy" + y + ".yaml"));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read bundled framework " + res, e);
                }
            }
            b = FrameworkSet.of(m);
            bundled = b;
        }
        return b;
    }

    /** The bundled years with the year of {@code file} replaced by it (--framework). */
    public static FrameworkSet bundledWith(Path file) {
        return bundled().with(load(file));
    }

    /** One framework file. */
    public static Framework load(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw ItagenException.input(file.toString(), "framework file not found; check the path given to --framework");
        } catch (java.nio.charset.MalformedInputException e) {
            throw ItagenException.input(name, "the framework file is not UTF-8; save it as UTF-8");
        } catch (IOException e) {
            throw ItagenException.input(file.toString(), "cannot read the framework file (" + e.getMessage() + ")");
        }
        return parse(text, name);
    }

    /** Parses framework YAML text; {@code name} is used in messages. */
    public static Framework parse(String text, String name) {
        Node root;
        try (Reader r = new StringReader(text)) {
            LoaderOptions lo = new LoaderOptions();
            lo.setAllowDuplicateKeys(false);
            root = new Yaml(lo).compose(r);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw ItagenException.input(name + ":" + line, "not valid YAML: " + e.getProblem());
        } catch (IOException | RuntimeException e) {
            throw ItagenException.input(name, "not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode map)) {
            throw ItagenException.input(name + ":1", "a framework file is a YAML mapping with fiscal_year, weights, "
                    + "rating, indicators, questions, documents");
        }
        return new Parser(name).framework(map);
    }

    /** Walks the node tree; every error names the line of the offending node. */
    private record Parser(String name) {
        String at(Node n) {
            return name + ":" + (n.getStartMark().getLine() + 1);
        }

        ItagenException err(Node n, String msg) {
            return ItagenException.input(at(n), msg);
        }

        Map<String, Node> fields(MappingNode m, Set<String> allowed) {
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String k = scalar(t.getKeyNode(), "key");
                if (!allowed.contains(k)) {
                    throw err(t.getKeyNode(), "unknown key \"" + k + "\"; expected one of " + String.join(", ", allowed));
                }
                out.put(k, t.getValueNode());
            }
            return out;
        }

        Node required(Map<String, Node> f, String key, Node parent) {
            Node n = f.get(key);
            if (n == null) throw err(parent, "missing key \"" + key + "\"");
            return n;
        }

        String scalar(Node n, String what) {
            if (!(n instanceof ScalarNode s)) throw err(n, what + " must be a single value");
            return s.getValue().strip();
        }

        MappingNode mapping(Node n, String what) {
            if (!(n instanceof MappingNode m)) throw err(n, what + " must be a mapping (key: value)");
            return m;
        }

        List<Node> sequence(Node n, String what) {
            if (n instanceof SequenceNode s) return s.getValue();
            throw err(n, what + " must be a list");
        }

        BigDecimal number(Node n, String what) {
            String v = scalar(n, what);
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw err(n, what + " \"" + v + "\" is not a number");
            }
        }

        int integer(Node n, String what) {
            String v = scalar(n, what);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw err(n, what + " \"" + v + "\" is not a whole number");
            }
        }

        Tool tool(Node n) {
            String v = scalar(n, "tool");
            Tool t = Tool.parse(v).orElseThrow(() -> err(n, "unknown tool \"" + v + "\"; use IIT, EIT or OIT"));
            if (t == Tool.ITA) throw err(n, "ITA is the total, not a tool with indicators; use IIT, EIT or OIT");
            return t;
        }

        Framework framework(MappingNode root) {
            Map<String, Node> f = fields(root, Set.of("fiscal_year", "weights", "eit_parts", "rating", "indicators",
                    "questions", "documents"));
            Node yearNode = required(f, "fiscal_year", root);
            int year = integer(yearNode, "fiscal_year");
            if (year < 2500 || year > 2700) throw err(yearNode, "fiscal_year " + year + " must be a Buddhist Era year such as 2568");

            Node wNode = required(f, "weights", root);
            Map<String, Node> wf = fields(mapping(wNode, "weights"), Set.of("IIT", "EIT", "OIT"));
            Map<Tool, BigDecimal> weights = new EnumMap<>(Tool.class);
            BigDecimal sum = BigDecimal.ZERO;
            for (Tool t : List.of(Tool.IIT, Tool.EIT, Tool.OIT)) {
                BigDecimal w = number(required(wf, t.name(), wNode), "weight of " + t);
                if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0) throw err(wf.get(t.name()), "weight must be 0-1");
                weights.put(t, w);
                sum = sum.add(w);
            }
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                throw err(wNode, "weights add up to " + sum.toPlainString() + "; they must add up to 1");
            }

            boolean eitParts = f.containsKey("eit_parts") && Boolean.parseBoolean(scalar(f.get("eit_parts"), "eit_parts"));
            RatingScheme rating = rating(required(f, "rating", root));
            List<IndicatorDef> indicators = indicators(required(f, "indicators", root));
            Map<String, QuestionDef> questions = f.containsKey("questions")
                    ? questions(f.get("questions"), indicators) : Map.of();
            List<OitDocumentDef> documents = f.containsKey("documents") ? documents(f.get("documents")) : List.of();
            return new Framework(year, indicators, weights, eitParts, rating, questions, documents, name);
        }

        RatingScheme rating(Node n) {
            MappingNode m = mapping(n, "rating");
            Map<String, Node> f = fields(m, Set.of("scheme", "levels"));
            String kind = scalar(required(f, "scheme", m), "scheme");
            if (!Set.of("letter", "pass_fail", "five_level").contains(kind)) {
                throw err(f.get("scheme"), "unknown scheme \"" + kind + "\"; use letter, pass_fail or five_level");
            }
            List<RatingLevel> levels = new ArrayList<>();
            BigDecimal prevMin = null;
            for (Node ln : sequence(required(f, "levels", m), "levels")) {
                MappingNode lm = mapping(ln, "a level");
                Map<String, Node> lf = fields(lm, Set.of("name", "min", "tools_min"));
                String lname = scalar(required(lf, "name", lm), "name");
                BigDecimal min = number(required(lf, "min", lm), "min");
                BigDecimal toolsMin = lf.containsKey("tools_min") ? number(lf.get("tools_min"), "tools_min") : null;
                if (min.signum() < 0 || min.compareTo(new BigDecimal(100)) > 0) throw err(ln, "min must be 0-100");
                if (prevMin != null && min.compareTo(prevMin) > 0) {
                    throw err(ln, "levels must go from highest to lowest; " + lname + " starts above the level before it");
                }
                prevMin = min;
                levels.add(new RatingLevel(lname, min, toolsMin));
            }
            if (levels.isEmpty()) throw err(n, "rating needs at least one level");
            if (levels.getLast().min().signum() != 0 || levels.getLast().toolsMin() != null) {
                throw err(n, "the last level must start at 0 with no tools_min, so every score gets a band");
            }
            return new RatingScheme(kind, levels);
        }

        List<IndicatorDef> indicators(Node n) {
            List<IndicatorDef> out = new ArrayList<>();
            for (Node in : sequence(n, "indicators")) {
                MappingNode m = mapping(in, "an indicator");
                Map<String, Node> f = fields(m, Set.of("number", "tool", "name", "sub_indicators"));
                Node numNode = required(f, "number", m);
                int num = integer(numNode, "number");
                if (num < 1 || num > 10) throw err(numNode, "indicator " + num + " does not exist; indicators are 1-10");
                if (out.stream().anyMatch(d -> d.number() == num)) throw err(numNode, "indicator " + num + " is listed twice");
                Tool tool = tool(required(f, "tool", m));
                String iname = scalar(required(f, "name", m), "name");
                List<SubIndicatorDef> subs = new ArrayList<>();
                if (f.containsKey("sub_indicators")) {
                    for (Node sn : sequence(f.get("sub_indicators"), "sub_indicators")) {
                        MappingNode sm = mapping(sn, "a sub-indicator");
                        Map<String, Node> sf = fields(sm, Set.of("code", "name"));
                        subs.add(new SubIndicatorDef(scalar(required(sf, "code", sm), "code"),
                                scalar(required(sf, "name", sm), "name")));
                    }
                }
                out.add(new IndicatorDef(num, iname, tool, subs));
            }
            for (int i = 1; i <= 10; i++) {
                int k = i;
                if (out.stream().noneMatch(d -> d.number() == k)) throw err(n, "indicator " + i + " is missing; list all ten");
            }
            for (Tool t : List.of(Tool.IIT, Tool.EIT, Tool.OIT)) {
                if (out.stream().noneMatch(d -> d.tool() == t)) throw err(n, "no indicator belongs to " + t);
            }
            out.sort(java.util.Comparator.comparingInt(IndicatorDef::number));
            return out;
        }

        Map<String, QuestionDef> questions(Node n, List<IndicatorDef> indicators) {
            Map<String, QuestionDef> out = new LinkedHashMap<>();
            MappingNode m = mapping(n, "questions");
            for (NodeTuple t : m.getValue()) {
                String code = scalar(t.getKeyNode(), "question code").toLowerCase(java.util.Locale.ROOT);
                if (!ITEM.matcher(code).matches()) throw err(t.getKeyNode(), "\"" + code + "\" is not a question code like i1, e4, o12");
                MappingNode qm = mapping(t.getValueNode(), "question " + code);
                Map<String, Node> f = fields(qm, Set.of("indicator", "text"));
                Node indNode = required(f, "indicator", qm);
                int ind = integer(indNode, "indicator");
                IndicatorDef def = indicators.stream().filter(d -> d.number() == ind).findFirst()
                        .orElseThrow(() -> err(indNode, "indicator " + ind + " does not exist; indicators are 1-10"));
                Tool tool = Items.toolOf(code);
                if (def.tool() != tool) {
                    throw err(indNode, "question " + code + " is " + tool + " but indicator " + ind + " is " + def.tool());
                }
                String text = f.containsKey("text") ? scalar(f.get("text"), "text") : null;
                if (out.containsKey(code)) throw err(t.getKeyNode(), "question " + code + " is listed twice");
                out.put(code, new QuestionDef(code, tool, ind, text == null || text.isEmpty() ? null : text));
            }
            return out;
        }

        List<OitDocumentDef> documents(Node n) {
            List<OitDocumentDef> out = new ArrayList<>();
            for (Node dn : sequence(n, "documents")) {
                MappingNode m = mapping(dn, "a document");
                Map<String, Node> f = fields(m, Set.of("role", "code", "title", "confidence", "components"));
                String role = scalar(required(f, "role", m), "role");
                if (!Set.of("o25", "o28").contains(role)) throw err(f.get("role"), "role must be o25 or o28");
                if (out.stream().anyMatch(d -> d.role().equals(role))) throw err(f.get("role"), "role " + role + " is listed twice");
                String code = scalar(required(f, "code", m), "code");
                if (!code.matches("O[0-9]{1,3}")) throw err(f.get("code"), "code \"" + code + "\" must look like O25");
                String title = scalar(required(f, "title", m), "title");
                String conf = f.containsKey("confidence") ? scalar(f.get("confidence"), "confidence") : "high";
                if (!Set.of("high", "medium", "low").contains(conf)) throw err(f.get("confidence"), "confidence must be high, medium or low");
                List<String> comps = new ArrayList<>();
                for (Node cn : sequence(required(f, "components", m), "components")) comps.add(scalar(cn, "a component"));
                if (comps.isEmpty()) throw err(m, "document " + code + " needs at least one component");
                out.add(new OitDocumentDef(role, code, title, comps, conf));
            }
            return out;
        }
    }
}
