package org.itagen.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.IfNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.PositionalArgumentNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.RootNode;
import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.node.expression.ContextVariableExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.GetAttributeExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.node.expression.TernaryExpression;
import io.pebbletemplates.pebble.node.expression.UnaryExpression;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.Pair;
import org.itagen.Messages;
import org.itagen.doc.Document;
import org.itagen.render.text.TextDumpWriter;
import org.itagen.report.TemplateVariables.Scope;
import org.itagen.report.TemplateVariables.Shape;
import org.itagen.report.TemplateVariables.Variable;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declared template names ({@link TemplateVariables}, listed by {@code itagen templates vars})
 * against the two sides they describe: what {@link ReportData} provides, read from the data it
 * builds for the samples, and what the bundled templates use, read from Pebble's parse tree of
 * every text in them.
 */
class TemplateVariablesTest {
    private static final List<String> SAMPLES = List.of("department", "municipality", "public-organization");

    @Test
    void everyNameHasADescriptionInBothLanguages() {
        List<Variable> all = new ArrayList<>(TemplateVariables.all());
        TemplateVariables.shapes().forEach(s -> all.addAll(s.fields()));
        for (Variable v : all) {
            assertThat(Messages.bundle(Messages.ENGLISH).containsKey(v.key())).as(v.key()).isTrue();
            assertThat(Messages.bundle(Messages.THAI).containsKey(v.key())).as(v.key()).isTrue();
            assertThat(TemplateVariables.elementType(v.type())).as(v.name())
                    .matches(t -> Set.of("text", "number", "score", "yes/no", "object").contains(t)
                            || TemplateVariables.shape(t).isPresent());
        }
    }

    /** Every declared name is in the data of some sample, every value has its declared type, and nothing undeclared is there. */
    @Test
    void reportDataProvidesExactlyTheDeclaredNames() {
        Set<String> seenNonNull = new TreeSet<>();
        int evidence = 0;
        for (DocKind kind : DocKind.values()) {
            for (String sample : SAMPLES) {
                ReportData data = data(kind, sample);
                String where = kind + "/" + sample;
                Map<String, Object> ctx = data.context;
                for (Variable v : TemplateVariables.all()) {
                    if (v.scope() != Scope.DOCUMENT) continue;
                    String[] path = v.name().split("\\.");
                    Object parent = ctx;
                    for (int i = 0; i < path.length - 1 && parent != null; i++) parent = ((Map<?, ?>) parent).get(path[i]);
                    if (parent == null) continue; // approval or after absent in this sample
                    assertThat(((Map<?, ?>) parent).containsKey(path[path.length - 1])).as(where + ": " + v.name()).isTrue();
                    Object value = ((Map<?, ?>) parent).get(path[path.length - 1]);
                    if (value != null) seenNonNull.add(v.name());
                    checkValue(value, v.type(), where + ": " + v.name());
                }
                // Nothing undeclared: top-level names and the members of objects.
                for (var e : ctx.entrySet()) {
                    assertThat(TemplateVariables.variable(e.getKey())).as(where + ": undeclared " + e.getKey()).isPresent();
                    Variable v = TemplateVariables.variable(e.getKey()).orElseThrow();
                    if (v.type().equals(TemplateVariables.OBJECT) && !v.name().equals("sentences") && e.getValue() != null) {
                        for (Object member : ((Map<?, ?>) e.getValue()).keySet()) {
                            assertThat(TemplateVariables.variable(v.name() + "." + member)).as(where + ": undeclared "
                                    + v.name() + "." + member).isPresent();
                        }
                    }
                }
                // m in measure_analysis is a measure; e in evidence is one score change.
                Variable m = TemplateVariables.variable("m").orElseThrow();
                for (Object measure : (List<?>) ctx.get("measures")) checkValue(measure, m.type(), where + ": m");
                Variable ev = TemplateVariables.variable("e").orElseThrow();
                for (ReportData.MeasureView mv : data.measures) {
                    for (Map<String, Object> e : data.evidenceData(mv.measure())) {
                        checkValue(e, ev.type(), where + ": e");
                        evidence++;
                    }
                }
            }
        }
        assertThat(evidence).as("evidence maps checked").isPositive();
        Set<String> neverGiven = new TreeSet<>();
        TemplateVariables.all().stream().filter(v -> v.scope() == Scope.DOCUMENT && !seenNonNull.contains(v.name()))
                .forEach(v -> neverGiven.add(v.name()));
        assertThat(neverGiven).as("declared names no sample gives a value, so their type is unchecked").isEmpty();
    }

    /** The names a group's elements and the loop counters get inside {@code group: each:}. */
    @Test
    void groupsProvideTheirLoopNames() {
        String yaml = """
                kind: o28
                page: {digits: arabic}
                body:
                  - group:
                      - paragraph: "{{ loop_index }}/{{ loop_number }}/{{ loop_last }}/{{ m.id }}"
                    each: measures
                    as: m
                """;
        Template t = TemplateLoader.parse(yaml, "vars.yaml", "o28");
        Document doc = ReportBuilder.build(SampleReports.input("o28", "department"), t, ReportBuilder.Overrides.NONE);
        String text = TextDumpWriter.write(doc);
        assertThat(text).contains("0/1/false/M1").contains("/true/M");
        for (String name : List.of("loop_index", "loop_number", "loop_last")) {
            assertThat(TemplateVariables.variable(name)).isPresent().get().extracting(Variable::scope).isEqualTo(Scope.GROUP);
        }
    }

    @Test
    void theBundledTemplatesUseOnlyDeclaredNames() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (DocKind kind : DocKind.values()) {
            Template t = TemplateLoader.bundled(kind.code());
            Names names = new Names(t, problems);
            names.text(t.title(), Map.of());
            for (var e : t.sentences().entrySet()) {
                Map<String, String> extra = switch (e.getKey()) {
                    case ReportData.MEASURE_ANALYSIS -> Map.of("m", "measure");
                    case ReportData.EVIDENCE -> Map.of("e", "evidence");
                    default -> Map.of();
                };
                names.text(e.getValue(), extra);
            }
            names.specs(t.body(), Map.of());
            checked += names.references;
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("names found in the templates").isGreaterThan(100);
    }

    // ---- the data side --------------------------------------------------------------------

    private static ReportData data(DocKind kind, String sample) {
        ReportInput in = SampleReports.input(kind.code(), sample);
        return new ReportData(kind, in, TemplateLoader.bundled(kind.code()), new TextEngine());
    }

    private static void checkValue(Object value, String type, String what) {
        if (value == null) return;
        if (TemplateVariables.isList(type)) {
            assertThat(value).as(what).isInstanceOf(List.class);
            for (Object element : (List<?>) value) checkValue(element, TemplateVariables.elementType(type), what + "[]");
            return;
        }
        switch (type) {
            case TemplateVariables.TEXT -> assertThat(value).as(what).isInstanceOf(String.class);
            case TemplateVariables.SCORE -> assertThat(value).as(what).asString().matches("\\d{1,3}\\.\\d\\d");
            case TemplateVariables.NUMBER -> assertThat(value).as(what).isInstanceOf(Number.class);
            case TemplateVariables.YES_NO -> assertThat(value).as(what).isInstanceOf(Boolean.class);
            case TemplateVariables.OBJECT -> assertThat(value).as(what).isInstanceOf(Map.class);
            default -> {
                Shape shape = TemplateVariables.shape(type).orElseThrow(() -> new AssertionError(what + ": type " + type));
                assertThat(value).as(what).isInstanceOf(Map.class);
                Map<?, ?> map = (Map<?, ?>) value;
                Set<String> keys = new TreeSet<>();
                map.keySet().forEach(k -> keys.add(String.valueOf(k)));
                assertThat(keys).as(what + " (" + type + ")")
                        .containsExactlyInAnyOrderElementsOf(shape.fields().stream().map(Variable::name).toList());
                for (Variable f : shape.fields()) checkValue(map.get(f.name()), f.type(), what + "." + f.name());
            }
        }
    }

    // ---- the template side ----------------------------------------------------------------

    /**
     * Walks Pebble's parse tree of each template text and resolves every name it reads against
     * the declarations: a dotted name through objects and shapes, a {@code for} variable as an
     * element of the list it runs over, a group's {@code as} as an element of its {@code each}.
     */
    private static final class Names {
        private static final String LOOP = "pebble loop";
        private final Template template;
        private final List<String> problems;
        private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
        private String where;
        int references;

        Names(Template template, List<String> problems) {
            this.template = template;
            this.problems = problems;
        }

        void specs(List<Template.Spec> specs, Map<String, String> locals) {
            for (Template.Spec s : specs) {
                Map<String, String> inner = locals;
                if (s instanceof Template.GroupSpec g && g.each() != null) {
                    String type = resolvePath(List.of(g.each().split("\\.")), locals, g.line());
                    inner = new HashMap<>(locals);
                    inner.put(g.as(), type == null ? null : TemplateVariables.elementType(type));
                    for (String n : List.of("loop_index", "loop_number", "loop_last")) {
                        inner.put(n, TemplateVariables.variable(n).orElseThrow().type());
                    }
                }
                if (s.condition() != null) condition(s.condition(), inner);
                switch (s) {
                    case Template.TextSpec t -> {
                        if (t.text() != null) text(t.text(), inner);
                        for (Template.Text i : t.items()) text(i, inner);
                    }
                    case Template.TableSpec t -> {
                        if (t.caption() != null) text(t.caption(), inner);
                    }
                    case Template.ChartSpec c -> {
                        if (c.title() != null) text(c.title(), inner);
                    }
                    case Template.BreakSpec b -> {
                    }
                    case Template.SignatureSpec sig -> {
                    }
                    case Template.GroupSpec g -> specs(g.blocks(), inner);
                }
            }
        }

        void condition(Template.Text c, Map<String, String> locals) {
            text(new Template.Text("{% if " + c.value() + " %}{% endif %}", c.line()), locals);
        }

        void text(Template.Text text, Map<String, String> locals) {
            where = template.file() + ":" + text.line();
            scopes.clear();
            scopes.push(new HashMap<>(locals));
            PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).cacheActive(false)
                    .extension(new AbstractExtension() {
                        @Override
                        public List<NodeVisitorFactory> getNodeVisitors() {
                            return List.of(t -> new AbstractNodeVisitor((PebbleTemplateImpl) t) {
                                @Override
                                public void visit(RootNode node) {
                                    body(node.getBody());
                                }
                            });
                        }
                    }).build();
            engine.getTemplate(text.value());
        }

        void body(BodyNode body) {
            for (RenderableNode n : body.getChildren()) node(n);
        }

        void node(RenderableNode n) {
            switch (n) {
                case TextNode t -> {
                }
                case BodyNode b -> body(b);
                case PrintNode p -> expression(p.getExpression());
                case IfNode i -> {
                    for (Pair<Expression<?>, BodyNode> c : i.getConditionsWithBodies()) {
                        expression(c.getLeft());
                        body(c.getRight());
                    }
                    if (i.getElseBody() != null) body(i.getElseBody());
                }
                case ForNode f -> {
                    String type = expression(f.getIterable());
                    Map<String, String> inner = new HashMap<>();
                    inner.put(f.getIterationVariable(), type == null ? null : TemplateVariables.elementType(type));
                    inner.put("loop", LOOP);
                    scopes.push(inner);
                    body(f.getBody());
                    scopes.pop();
                    if (f.getElseBody() != null) body(f.getElseBody());
                }
                default -> problems.add(where + ": the test does not know Pebble's " + n.getClass().getSimpleName());
            }
        }

        /** The declared type of what an expression reads, or null when it is not a name (a literal, a comparison ...). */
        String expression(Expression<?> e) {
            List<String> path = path(e);
            if (path != null) return resolvePath(path, null, -1);
            switch (e) {
                case GetAttributeExpression g -> expression(g.getNode());
                case BinaryExpression<?> b -> {
                    expression(b.getLeftExpression());
                    expression(b.getRightExpression());
                }
                case UnaryExpression u -> expression(u.getChildExpression());
                case TernaryExpression t -> {
                    expression(t.getExpression1());
                    expression(t.getExpression2());
                    expression(t.getExpression3());
                }
                case FilterInvocationExpression f -> arguments(f.getArgs());
                default -> {
                    // literals, tests ("is not null") and the like read no name
                }
            }
            return null;
        }

        void arguments(ArgumentsNode args) {
            if (args == null) return;
            if (args.getPositionalArgs() != null) {
                for (PositionalArgumentNode a : args.getPositionalArgs()) expression(a.getValueExpression());
            }
            if (args.getNamedArgs() != null) {
                for (NamedArgumentNode a : args.getNamedArgs()) expression(a.getValueExpression());
            }
        }

        /** "a.b.c" as [a, b, c] when the expression is a plain name with attributes; else null. */
        static List<String> path(Expression<?> e) {
            if (e instanceof ContextVariableExpression c) return new ArrayList<>(List.of(c.getName()));
            if (e instanceof GetAttributeExpression g && g.getArgumentsNode() == null
                    && g.getAttributeNameExpression() instanceof LiteralStringExpression name) {
                List<String> p = path(g.getNode());
                if (p != null) p.add(name.getValue());
                return p;
            }
            return null;
        }

        /** The type of a dotted name, noting a problem when it is not declared. */
        String resolvePath(List<String> path, Map<String, String> locals, int line) {
            references++;
            String at = line < 0 ? where : template.file() + ":" + line;
            String root = path.getFirst();
            String type = null;
            boolean local = false;
            if (locals != null && locals.containsKey(root)) {
                type = locals.get(root);
                local = true;
            } else {
                for (Map<String, String> s : scopes) {
                    if (s.containsKey(root)) {
                        type = s.get(root);
                        local = true;
                        break;
                    }
                }
            }
            if (LOOP.equals(type)) return null; // Pebble's own loop.first / loop.last
            int i = 1;
            if (!local) {
                // The longest declared dotted prefix: "tools.iit", then the shape's fields.
                Variable v = null;
                int used = 0;
                for (int n = path.size(); n >= 1 && v == null; n--) {
                    v = TemplateVariables.variable(String.join(".", path.subList(0, n)))
                            .filter(x -> x.scope() == Scope.DOCUMENT).orElse(null);
                    used = n;
                }
                if (v == null) {
                    problems.add(at + ": \"" + String.join(".", path) + "\" is not declared");
                    return null;
                }
                if (v.name().equals("sentences") && path.size() == 2) {
                    if (!template.sentences().containsKey(path.get(1))) problems.add(at + ": no sentence " + path.get(1));
                    return TemplateVariables.TEXT;
                }
                type = v.type();
                i = used;
            }
            for (; i < path.size(); i++) {
                String attr = path.get(i);
                if (type == null) return null;
                if (TemplateVariables.isList(type)) {
                    problems.add(at + ": \"" + String.join(".", path) + "\" reads ." + attr + " of a list");
                    return null;
                }
                Shape shape = TemplateVariables.shape(type).orElse(null);
                if (shape == null || shape.field(attr).isEmpty()) {
                    problems.add(at + ": \"" + String.join(".", path) + "\": " + type + " has no " + attr);
                    return null;
                }
                type = shape.field(attr).orElseThrow().type();
            }
            return type;
        }
    }

}
