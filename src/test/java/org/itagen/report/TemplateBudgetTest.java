package org.itagen.report;

import org.itagen.ItagenException;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A hostile or careless template text stops at its line within a second, whatever it asks for. */
class TemplateBudgetTest {
    private final TextEngine engine = new TextEngine();
    private final Map<String, Object> context = Map.of("measures", List.of("a", "b", "c"), "name", "x");

    /** CPU time of this thread while {@code r} runs, in ms. */
    private static long cpuMillis(Runnable r) {
        var threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        r.run();
        return (threads.getCurrentThreadCpuTime() - t0) / 1_000_000;
    }

    private void refusedAtLine(String text, int firstLine, String where, String code) {
        long ms = cpuMillis(() -> assertThatThrownBy(() -> engine.render(text, context, "t.yaml", firstLine))
                .isInstanceOf(ItagenException.class)
                .satisfies(e -> {
                    ItagenException ie = (ItagenException) e;
                    assertThat(ie.where()).isEqualTo(where);
                    assertThat(ie.code()).isEqualTo(code);
                }));
        assertThat(ms).as("CPU ms for " + text).isLessThan(code.equals("error.TEMPLATE_TIME") ? 3_000 : 1_000);
    }

    @Test
    void aRangeOfAHundredMillionIsRefusedAtOnce() {
        refusedAtLine("x\n{% for i in range(1, 100000000) %}{% endfor %}", 40, "t.yaml:41", "error.TEMPLATE_RANGE");
        refusedAtLine("{{ range(1, 100000000) | length }}", 7, "t.yaml:7", "error.TEMPLATE_RANGE");
    }

    @Test
    void nestedLoopsStopAfterTheStepBudget() {
        refusedAtLine("{% for i in range(1, 2000) %}\n{% for j in range(1, 2000) %}{% endfor %}{% endfor %}", 10,
                "t.yaml:11", "error.TEMPLATE_STEPS");
        // Loops over the data count too, not only ranges.
        refusedAtLine("{% for a in measures %}{% for b in range(1, 999999) %}{% endfor %}{% endfor %}", 3, "t.yaml:3",
                "error.TEMPLATE_STEPS");
    }

    @Test
    void aValueGrowingInALoopStopsAtTheSet() {
        refusedAtLine("{% set s = 'ab' %}\n\n{% for i in range(1, 40) %}{% set s = s ~ s %}{% endfor %}", 5, "t.yaml:7",
                "error.TEMPLATE_VALUE");
    }

    @Test
    void slowQuadraticWorkStopsOnTheClock() {
        // Under every other budget (190,000 steps, values below 200,000 characters), but each
        // step copies the whole growing text: hours of work, stopped after a second.
        refusedAtLine("{% set s = '' %}{% for i in range(1, 190000) %}{% set s = s ~ 'x' %}{% endfor %}{{ s|length }}",
                1, "t.yaml:1", "error.TEMPLATE_TIME");
    }

    @Test
    void outputBeyondTheBudgetStops() {
        refusedAtLine("{% for i in range(1, 300000) %}{{ i }}{% endfor %}", 2, "t.yaml:2", "error.TEMPLATE_OUTPUT");
    }

    @Test
    void realTextsAreUntouched() {
        assertThat(engine.render("{% for m in measures %}{{ m }}{% if not loop.last %}, {% endif %}{% endfor %} of {{ name }}",
                context, "t.yaml", 1)).isEqualTo("a, b, c of x");
        assertThat(engine.render("{% for i in range(1, 3) %}{{ i }}{% endfor %}|{{ range(5, 1, -2) | join(',') }}|{{ loopless }}",
                Map.of("loopless", "y"), "t.yaml", 1)).isEqualTo("123|5,3,1|y");
        assertThat(engine.render("{% for c in range('a', 'c') %}{{ c }}{% endfor %}", context, "t.yaml", 1)).isEqualTo("abc");
    }

    @Test
    void eachTextGetsAFreshBudget() {
        for (int i = 0; i < 5; i++) {
            assertThat(engine.render("{% for i in range(1, 600000) %}{% endfor %}ok", context, "t.yaml", 1)).isEqualTo("ok");
        }
    }
}
