package org.itagen.batch;

import org.itagen.Messages;
import org.itagen.testing.EnglishMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain progress lines CI logs get (`batch --progress lines`), which mode each choice gives,
 * and the recent-rate window of the bar: counts worked out by hand from the agencies each test
 * sends.
 */
@ExtendWith(EnglishMessages.class)
class ProgressLinesTest {
    private final StringWriter out = new StringWriter();

    private static AgencyResult ok(String id, int files, String... warnings) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < files; i++) names.add(id + "-" + i + ".pdf");
        return new AgencyResult(0, id, null, AgencyResult.Status.OK, null, names, List.of(), 5, List.of(warnings));
    }

    private static AgencyResult failed(String id) {
        return new AgencyResult(0, id, null, AgencyResult.Status.FAILED, null, List.of(), List.of("x.yaml:3: broken", "y"), 5);
    }

    private List<String> lines() {
        return out.toString().lines().map(l -> l.replaceAll(", [0-9]+ s$", ", N s")).toList();
    }

    // guards: Lines counts agencies, files and failures cumulatively, and prints one line per agency at everyMillis 0
    @Test
    void withNoIntervalEveryAgencyGivesALineWithRunningTotals() {
        Progress.Lines p = new Progress.Lines(new PrintWriter(out), 0);
        p.start(3);
        p.done(ok("a", 2));
        p.done(failed("b"));
        p.done(ok("c", 1, "glyph ก missing"));
        p.finish();
        assertThat(lines()).containsExactly(
                "batch: 3 agencies",
                "batch: 1/3 agencies, 2 files, 0 failed, N s",
                Progress.failureLine(failed("b")),
                "batch: 2/3 agencies, 2 files, 1 failed, N s",
                Progress.warningLine(ok("c", 1), "glyph ก missing"),
                "batch: 3/3 agencies, 3 files, 1 failed, N s",
                "batch: 3/3 agencies, 3 files, 1 failed, N s");
        // The failure line names the agency and all its errors.
        assertThat(Progress.failureLine(failed("b"))).contains("b").contains("x.yaml:3: broken | y");
        assertThat(Progress.warningLine(ok("c", 1), "glyph ก missing")).contains("c").contains("glyph ก missing");
    }

    // guards: between intervals only failures and warnings are printed, and finish() always prints the totals
    @Test
    void withALongIntervalOnlyFailuresAndTheFinalCountArePrinted() {
        Progress.Lines p = new Progress.Lines(new PrintWriter(out), 3_600_000);
        p.start(2);
        p.done(ok("a", 1));
        p.done(failed("b"));
        p.finish();
        assertThat(lines()).containsExactly(
                "batch: 2 agencies",
                Progress.failureLine(failed("b")),
                "batch: 2/2 agencies, 1 files, 1 failed, N s");
    }

    // guards: which listener each --progress choice gives (none is silent even with JSON; json wins over bar and lines)
    @Test
    void eachModeGivesItsListener() {
        PrintWriter w = new PrintWriter(out);
        assertThat(Progress.of(Progress.Mode.none, w, true)).isInstanceOf(Progress.Silent.class);
        assertThat(Progress.of(Progress.Mode.none, w)).isInstanceOf(Progress.Silent.class);
        assertThat(Progress.of(Progress.Mode.lines, w)).isInstanceOf(Progress.Lines.class);
        assertThat(Progress.of(Progress.Mode.bar, w, true)).isInstanceOf(Progress.JsonLines.class);
        assertThat(Progress.of(Progress.Mode.lines, w, true)).isInstanceOf(Progress.JsonLines.class);
        // Tests run without a terminal: auto means lines.
        assertThat(Progress.of(Progress.Mode.auto, w)).isInstanceOf(Progress.Lines.class);
        BatchRunner.Listener silent = Progress.of(Progress.Mode.none, w);
        silent.start(5);
        silent.done(failed("b"));
        silent.finish();
        w.flush();
        assertThat(out.toString()).isEmpty();
    }

    // guards: the clock's forms at each unit edge, and that negative time reads 0:00
    @Test
    void clockEdgesAtAMinuteAndAnHour() {
        assertThat(Progress.clock(-5)).isEqualTo("0:00");
        assertThat(Progress.clock(59)).isEqualTo("0:59");
        assertThat(Progress.clock(60)).isEqualTo("1:00");
        assertThat(Progress.clock(3599)).isEqualTo("59:59");
        assertThat(Progress.clock(3600)).isEqualTo("1:00:00");
        assertThat(Progress.clock(3723)).isEqualTo("1:02:03");
    }

    // guards: the rate forgets completions older than the 20 s window but keeps at least two marks
    @Test
    void theRateCountsOnlyTheLastTwentySeconds() {
        long s = 1_000_000_000L;
        Progress.Rate r = new Progress.Rate();
        assertThat(r.perSecond(0)).isNaN();
        r.mark(0, 0);
        assertThat(r.perSecond(5 * s)).as("one mark").isNaN();
        r.mark(10 * s, 10);
        // 10 agencies in 10 s
        assertThat(r.perSecond(10 * s)).isEqualTo(1.0);
        r.mark(30 * s, 20);
        // The 0 s mark is 30 s old: dropped. From 10 s (10 done) to 30 s (20 done): 10 / 20 = 0.5.
        assertThat(r.perSecond(30 * s)).isEqualTo(0.5);
        r.mark(31 * s, 22);
        // The 10 s mark is 21 s old: dropped; 30 s (20) to 31 s (22): 2 per second.
        assertThat(r.perSecond(31 * s)).isEqualTo(2.0);
        r.mark(60 * s, 22);
        // Two marks are always kept, even when older than the window; no progress between them reads NaN.
        r.mark(90 * s, 22);
        assertThat(r.perSecond(90 * s)).isNaN();
        // At the instant of the first kept mark no time has passed: NaN, not infinity.
        Progress.Rate q = new Progress.Rate();
        q.mark(0, 0);
        q.mark(0, 3);
        assertThat(q.perSecond(0)).isNaN();
    }
}
