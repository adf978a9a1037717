package org.itagen.batch;

import org.itagen.Messages;
import org.itagen.testing.EnglishMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch progress bar and lines, on a clock the test moves. */
@ExtendWith(EnglishMessages.class)
class ProgressTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final StringWriter out = new StringWriter();

    private void seconds(double s) {
        now.addAndGet((long) (s * 1e9));
    }

    private static AgencyResult ok(String id) {
        return new AgencyResult(0, id, null, AgencyResult.Status.OK, null, List.of("O25_" + id + ".pdf"), List.of(), 5);
    }

    private static AgencyResult failed(String id) {
        return new AgencyResult(0, id, null, AgencyResult.Status.FAILED, null, List.of(), List.of("x.yaml:3: broken"), 5);
    }

    /** What a terminal shows after the output so far: carriage returns overwrite, line ends keep. */
    static List<String> screen(String s) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                col = 0;
            } else {
                if (col < line.length()) line.setCharAt(col, c);
                else line.append(c);
                col++;
            }
        }
        lines.add(line.toString());
        return lines;
    }

    @Test
    void ratesReadAsNumbersPeopleWrite() {
        assertThat(Progress.rate(12.4)).isEqualTo("12 agencies/s");
        assertThat(Progress.rate(3.44)).isEqualTo("3.4 agencies/s");
        assertThat(Progress.rate(0.4)).isEqualTo("2.5 s/agency");
        assertThat(Progress.rate(0.04)).isEqualTo("25.0 s/agency");
        for (double r : new double[]{0.001, 0.05, 0.5, 0.99, 1, 9.99, 10, 1234}) {
            assertThat(Progress.rate(r)).doesNotStartWith(".").doesNotContain(" .0").doesNotStartWith("0 ");
        }
        assertThat(Progress.clock(7)).isEqualTo("0:07");
        assertThat(Progress.clock(3723)).isEqualTo("1:02:03");
    }

    @Test
    void theBarShowsElapsedTimeWhileWarmingUpThenTheRateOfRecentAgencies() {
        Progress.Bar bar = new Progress.Bar(new PrintWriter(out), true, now::get, false);
        bar.reading(Path.of("data", "all.csv"));
        seconds(3);
        bar.draw();
        assertThat(screen(out.toString()).getLast()).isEqualTo("itagen: reading all.csv · 0:03");
        bar.start(100);
        seconds(2);
        bar.draw();
        assertThat(screen(out.toString()).getLast()).isEqualTo("[............] 0% 0/100 · warming up · 0:05");
        for (int i = 0; i < 10; i++) {
            seconds(0.5);
            bar.done(ok("a" + i));
        }
        bar.draw();
        // 10 agencies in the 7 s since work began (2 s of warming up, then 5 s): 1.4 a second, 63 s left for 90.
        assertThat(screen(out.toString()).getLast()).isEqualTo("[#...........] 10% 10/100 · 1.4 agencies/s · 0:10 · ETA 1:03");
        // Much later and faster: the rate is that of the last 20 s, not of the whole run.
        seconds(100);
        bar.done(ok("b"));
        for (int i = 0; i < 40; i++) {
            seconds(0.25);
            bar.done(ok("c" + i));
        }
        bar.draw();
        // 40 in the last 10 s (the 100 s pause fell out of the window): 4 a second.
        assertThat(screen(out.toString()).getLast()).isEqualTo("[######......] 51% 51/100 · 4.0 agencies/s · 2:00 · ETA 0:12");
        seconds(10);
        bar.draw();
        // Nothing finished for 10 s: the rate falls as it really does (40 in 20 s).
        assertThat(screen(out.toString()).getLast()).contains("51/100 · 2.0 agencies/s · 2:10 · ETA 0:25");
    }

    @Test
    void aFailureIsALineOfItsOwnAboveTheBar() {
        Progress.Bar bar = new Progress.Bar(new PrintWriter(out), false, now::get, false);
        bar.reading(Path.of("all.csv"));
        bar.start(3);
        seconds(1);
        bar.done(ok("a"));
        bar.draw();
        seconds(1);
        bar.done(failed("b"));
        seconds(1);
        bar.done(ok("c"));
        bar.finish();
        List<String> shown = screen(out.toString());
        // (a terminal shows the blanks that wiped the bar as nothing)
        assertThat(shown.get(0).stripTrailing()).isEqualTo("batch: failed b: x.yaml:3: broken");
        assertThat(shown.get(1).stripTrailing()).isEqualTo("▕████████████▏ 100% 3/3 · 1.0 agencies/s · 1 failed · 0:03");
        assertThat(shown.get(2)).isEmpty();
        for (String l : shown) assertThat(l.length()).isLessThanOrEqualTo(Progress.Bar.WIDTH);
    }

    /**
     * The real thing: the progressbar library's refresh thread redraws while agencies finish and
     * fail on another thread. Every line a terminal keeps is a whole failure line or the bar,
     * never the two mixed, and the last one is the finished bar.
     */
    @Test
    void theLibrarysRefreshThreadNeverMixesABarIntoAFailureLine() throws Exception {
        StringWriter sink = new StringWriter();
        PrintWriter err = new PrintWriter(sink);
        Progress.Bar bar = new Progress.Bar(err, true, System::nanoTime, true, () -> 60);
        bar.reading(Path.of("all.csv"));
        bar.start(120);
        for (int i = 0; i < 120; i++) {
            bar.done(i % 10 == 3 ? failed("f" + i) : ok("a" + i));
            Thread.sleep(5); // 0.6 s in all: the library redraws at 4 Hz meanwhile
        }
        bar.finish();
        List<String> shown = screen(sink.toString()).stream().map(String::stripTrailing).toList();
        List<String> failures = shown.stream().filter(l -> l.startsWith("batch: failed")).toList();
        assertThat(failures).hasSize(12).allSatisfy(l -> assertThat(l).matches("batch: failed f\\d*3: x\\.yaml:3: broken"));
        assertThat(shown.get(shown.size() - 2)).startsWith("[############] 100% 120/120").contains("12 failed");
        assertThat(shown.getLast()).isEmpty();
        for (String l : shown) {
            assertThat(l.length()).isLessThanOrEqualTo(60);
            if (!l.startsWith("batch: failed")) assertThat(l).matches("(\\[[#.]{12}\\] .*|itagen: reading .*|)");
        }
    }

    @Test
    void aLineFitsAnEightyColumnTerminalForANationalRun() {
        Progress.Bar bar = new Progress.Bar(new PrintWriter(out), true, now::get, false);
        bar.start(8317);
        for (int i = 0; i < 1234; i++) {
            seconds(0.01);
            bar.done(i % 7 == 0 ? failed("x" + i) : ok("a" + i));
        }
        seconds(3600);
        String line = bar.line(now.get());
        assertThat(line.length()).isLessThanOrEqualTo(79);
        assertThat(line).contains("1234/8317").contains("177 failed").contains("ETA ");
    }

    @Test
    void jsonLinesCountWhatHappened() {
        Progress.JsonLines lines = new Progress.JsonLines(new PrintWriter(out), 10_000, now::get);
        lines.start(3);
        seconds(2);
        lines.done(ok("a"));
        lines.done(failed("b"));
        lines.done(new AgencyResult(0, "c", null, AgencyResult.Status.SKIPPED, null, List.of(), List.of("no measures file"), 0,
                org.itagen.RunWarning.NO_MEASURES_FILE.at(null, "m/c.yaml").forAgency("c")));
        lines.done(needsFix("d", List.of("O25_d_2569.pdf")));
        lines.done(needsFix("e", List.of()));
        lines.finish();
        List<String> l = out.toString().lines().toList();
        assertThat(l).hasSize(6);
        assertThat(l.get(0)).contains("\"progress\":{\"done\":0,\"total\":3");
        assertThat(l.get(1)).contains("\"error\":{\"code\":\"INPUT\",\"message\":\"x.yaml:3: broken\"").contains("\"agency\":\"b\"");
        assertThat(l.get(2)).contains("\"warning\":{\"code\":\"NO_MEASURES_FILE\"").contains("\"agency\":\"c\"");
        // A needs_fix agency: its reason coded by its finding, a warning when the draft was written,
        // an error when --strict kept its files back.
        assertThat(l.get(3)).contains("\"warning\":{\"code\":\"INDICATOR_NOT_ANALYSED\"").contains("\"agency\":\"d\"")
                .contains("\"where\":\"scores.csv\"");
        assertThat(l.get(4)).contains("\"error\":{\"code\":\"INDICATOR_NOT_ANALYSED\"").contains("\"agency\":\"e\"");
        assertThat(l.get(5)).contains("\"done\":5,\"total\":3,\"failed\":1,\"skipped\":1,\"needs_fix\":2,\"files\":2")
                .contains("\"finished\":true");
        l.forEach(x -> org.itagen.testing.JsonSchemas.assertValid("errors", x));
    }

    /** An officer who runs batch in Thai reads the closing table in Thai, its columns aligned by display width. */
    @Test
    void theClosingTableSpeaksThai() {
        Messages.use(Messages.THAI);
        AgencyResult a = new AgencyResult(0, "a", null, AgencyResult.Status.OK, "ผ่านดี", List.of("O25_a.pdf"), List.of(), 5);
        String table = new BatchSummary("scores.csv", Shard.ALL, List.of(a, failed("b")), 2000).table();
        assertThat(table).contains("จำนวนหน่วยงาน").contains("สำเร็จ").contains("ไม่สำเร็จ").contains("ระดับ ผ่านดี")
                .contains("หน่วยงานที่ไม่สำเร็จ:").doesNotContain("files written").doesNotContain("wall time");
        // the counts start in one column: the labels are padded by what a terminal shows, not by chars
        java.util.Set<Integer> columns = new java.util.HashSet<>();
        for (String line : table.lines().filter(l -> l.matches("(จำนวนหน่วยงาน|สำเร็จ|ไม่สำเร็จ|ระดับ ผ่านดี) +\\d+")).toList()) {
            columns.add(org.itagen.thai.DisplayWidth.displayWidth(line.replaceAll("\\d+$", "")));
        }
        assertThat(columns).hasSize(1);
    }

    static AgencyResult needsFix(String id, List<String> files) {
        org.itagen.check.Finding f = org.itagen.check.Finding.error(org.itagen.check.FindingCode.INDICATOR_NOT_ANALYSED,
                org.itagen.report.DocKind.O25, "scores.csv", "no score for indicator 5", "O25 must analyse all 10 indicators");
        return new AgencyResult(0, id, null, AgencyResult.Status.NEEDS_FIX, null, files, List.of("scores.csv: no score"), 0,
                List.of(), null, List.of(new org.itagen.check.Checker.Zero(List.of(org.itagen.report.DocKind.O25), f)));
    }

    @Test
    void textLinesNameEachReasonOfANeedsFixAgency() {
        Progress.Lines lines = new Progress.Lines(new PrintWriter(out), 10_000);
        lines.start(1);
        lines.done(needsFix("d", List.of("O25_d_2569.pdf")));
        assertThat(out.toString()).contains(org.itagen.Messages.text("batch.NEEDS_FIX", "d", "scores.csv: no score"));
    }
}
