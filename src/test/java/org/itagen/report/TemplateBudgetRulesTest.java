package org.itagen.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * TemplateBudget's customizer on an engine built here (TextEngine's own engine is built once per
 * process): which tags stay, what a for loop counts over every kind of list, the edges of the
 * step and value budgets, and how one text's budget is set aside and restored.
 */
class TemplateBudgetRulesTest {
    /** A fresh engine with the budgets, as TextEngine configures its own. */
    private static PebbleEngine engine() {
        return new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(false).strictVariables(true)
                .newLineTrimming(false).cacheActive(false).registerExtensionCustomizer(TemplateBudget.customizer()).build();
    }

    /** Renders with a budget of its own, as TextEngine.render does. */
    private static String render(PebbleEngine e, String text, Map<String, Object> ctx) {
        TemplateBudget.Budget previous = TemplateBudget.start();
        try {
            StringWriter w = new StringWriter();
            e.getTemplate(text).evaluate(w, ctx);
            return w.toString();
        } catch (IOException x) {
            throw new IllegalStateException(x);
        } finally {
            TemplateBudget.end(previous);
        }
    }

    private static PebbleException refused(PebbleEngine e, String text, Map<String, Object> ctx) {
        PebbleException x = catchThrowableOfType(() -> render(e, text, ctx), PebbleException.class);
        assertThat(x).as(text).isNotNull();
        return x;
    }

    @Test
    void theDocumentTagsStayAndTheRefusedOnesAreUnknown() {
        PebbleEngine e = engine();
        assertThat(render(e, "{% set n = 2 %}{% if n > 1 %}{% for i in range(1, n) %}{{ i }}{% endfor %}{% endif %}", Map.of()))
                .isEqualTo("12");
        assertThat(TemplateBudget.REFUSED_TAGS).contains("include", "macro", "import", "extends", "embed", "block", "parallel",
                "cache", "flush", "from");
        for (String text : List.of("{% include 'x' %}", "{% macro m() %}x{% endmacro %}", "{% block b %}x{% endblock %}",
                "{% cache 'k' %}x{% endcache %}", "{% flush %}", "{% parallel %}x{% endparallel %}")) {
            assertThat(refused(e, text, Map.of()).getPebbleMessage()).as(text).contains("Unexpected tag name");
        }
    }

    @Test
    void aForLoopGoesOverListsMapsArraysEnumerationsAndIterablesAndKnowsTheirLength() {
        PebbleEngine e = engine();
        Map<String, Object> ctx = new HashMap<>();
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", 2);
        ctx.put("list", List.of("x", "y", "z"));
        ctx.put("map", m);
        ctx.put("array", new String[]{"p", "q"});
        ctx.put("enumeration", Collections.enumeration(List.of("e1", "e2")));
        Iterable<String> iterable = () -> List.of("i1", "i2").iterator();
        ctx.put("iterable", iterable);
        ctx.put("nothing", null);
        assertThat(render(e, "{% for s in list %}{{ s }}{{ loop.length }}{% endfor %}", ctx)).isEqualTo("x3y3z3");
        assertThat(render(e, "{% for en in map %}{{ en.key }}={{ en.value }};{% endfor %}", ctx)).isEqualTo("a=1;b=2;");
        assertThat(render(e, "{% for s in array %}{{ s }}{{ loop.length }}{% endfor %}", ctx)).isEqualTo("p2q2");
        assertThat(render(e, "{% for s in enumeration %}{{ s }}{% endfor %}", ctx)).isEqualTo("e1e2");
        assertThat(render(e, "{% for s in iterable %}{{ s }}{% endfor %}", ctx)).isEqualTo("i1i2");
        // Null goes to Pebble as it is, which loops over nothing.
        assertThat(render(e, "[{% for s in nothing %}{{ s }}{% endfor %}]", ctx)).isEqualTo("[]");
    }

    @Test
    void aRangeLongerThanTheStepBudgetIsRefusedAtOnceNamingTheBudgetAndLine() {
        PebbleEngine e = engine();
        assertThat(TemplateBudget.STEPS).isEqualTo(1_000_000L);
        PebbleException x = refused(e, "\n{{ range(0, 1000000) | length }}", Map.of());
        TemplateBudget.Exceeded ex = (TemplateBudget.Exceeded) x;
        assertThat(ex.code()).isEqualTo("error.TEMPLATE_RANGE");
        assertThat(ex.limit()).isEqualTo("1,000,000");
        assertThat(ex.getLineNumber()).isEqualTo(2);
        // A range's size is known without reading it: no step is spent.
        assertThat(render(e, "{{ range(1, 1000000) | length }}", Map.of())).isEqualTo("1000000");
    }

    @Test
    void aSetValueOfTheBudgetsLengthIsKeptAndOneCharacterMoreIsNot() {
        PebbleEngine e = engine();
        assertThat(TemplateBudget.VALUE).isEqualTo(200_000);
        String exact = "ก".repeat(TemplateBudget.VALUE);
        assertThat(render(e, "{% set s = v %}{{ s | length }}", Map.of("v", exact))).isEqualTo("200000");
        PebbleException x = refused(e, "\n{% set s = v %}", Map.of("v", exact + "ข"));
        TemplateBudget.Exceeded ex = (TemplateBudget.Exceeded) x;
        assertThat(ex.code()).isEqualTo("error.TEMPLATE_VALUE");
        assertThat(ex.limit()).isEqualTo("200,000");
        assertThat(ex.getLineNumber()).isEqualTo(2);
    }

    @Test
    void aBudgetStartedInsideAnotherIsSetAsideAndTheOuterOneComesBack() {
        TemplateBudget.end(null); // this thread without a budget
        TemplateBudget.Budget none = TemplateBudget.start();
        assertThat(none).isNull();
        TemplateBudget.Budget outer = TemplateBudget.start();
        assertThat(outer).as("the budget the second start replaced").isNotNull();
        TemplateBudget.end(outer);
        assertThat(TemplateBudget.start()).as("the outer budget is current again").isSameAs(outer);
        TemplateBudget.end(outer);
        TemplateBudget.end(null);
        assertThat(TemplateBudget.start()).as("ended: no budget left on the thread").isNull();
        TemplateBudget.end(null);
    }
}
