package org.itagen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month around each end of plan_year 2569 (1 Oct 2025 - 30 Sep 2026, ITA.md): a measure's
 * period must lie inside it. Judged by `o25` (refuses, writes nothing) and by `check` (finding
 * PERIOD_OUTSIDE_PLAN_YEAR), which must agree day for day.
 */
class FiscalYearEdgesTest {
    private static final String PERIOD = "period: {start: 2025-11-01, end: 2026-06-30}";

    @TempDir
    Path dir;

    Path[] inputs(String period) throws IOException {
        String measures = CheckTestData.measures();
        assertThat(measures).contains(PERIOD);
        Path s = dir.resolve("scores.csv");
        Path m = dir.resolve("measures.yaml");
        Files.writeString(s, CheckTestData.scores(), StandardCharsets.UTF_8);
        Files.writeString(m, measures.replace(PERIOD, "period: " + period), StandardCharsets.UTF_8);
        return new Path[]{s, m};
    }

    @ParameterizedTest(name = "{0} to {1}: inside = {2}")
    @CsvSource({
            // The first day of the fiscal year and the day before it.
            "2025-10-01, 2026-06-30, true",
            "2025-09-30, 2026-06-30, false",
            "2025-09-01, 2026-06-30, false",
            // The last day and the days after it, up to a month past.
            "2025-11-01, 2026-09-30, true",
            "2025-11-01, 2026-10-01, false",
            "2025-11-01, 2026-10-31, false",
            // The whole fiscal year.
            "2025-10-01, 2026-09-30, true",
    })
    void aPeriodMustLieInsideThePlanYearToTheDay(String start, String end, boolean inside) throws IOException {
        Path[] in = inputs("{start: " + start + ", end: " + end + "}");
        Path out = dir.resolve("out");
        CliRun o25 = CliRun.of("--lang", "en", "o25", "--scores", in[0].toString(), "--measures", in[1].toString(),
                "--out", out.toString(), "--format", "txt");
        CliRun check = CliRun.of("check", "--scores", in[0].toString(), "--measures", in[1].toString(), "--format", "json");
        if (inside) {
            assertThat(o25.exitCode()).as(o25.err()).isZero();
            assertThat(check.out()).doesNotContain("PERIOD_OUTSIDE_PLAN_YEAR");
        } else {
            assertThat(o25.exitCode()).isEqualTo(ExitCodes.INPUT);
            assertThat(o25.err()).startsWith("error: measures.yaml:").contains("2569");
            assertThat(out).doesNotExist();
            assertThat(check.out()).contains("PERIOD_OUTSIDE_PLAN_YEAR");
            assertThat(check.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        }
    }

    @Test
    void theFourthQuarterEndsOnTheLastDayOfThePlanYear() throws IOException {
        // Q4 of FY2569 is 1 Jul - 30 Sep 2026: inside the year, and printed as the quarter.
        Path[] in = inputs("Q4");
        Path out = dir.resolve("out");
        CliRun o25 = CliRun.of("--lang", "en", "o25", "--scores", in[0].toString(), "--measures", in[1].toString(),
                "--out", out.toString(), "--format", "txt");
        assertThat(o25.exitCode()).as(o25.err()).isZero();
        assertThat(Files.readString(out.resolve("O25_t1_2569.txt"))).contains("ไตรมาส ๔");
        CliRun check = CliRun.of("check", "--scores", in[0].toString(), "--measures", in[1].toString(), "--format", "json");
        assertThat(check.out()).doesNotContain("PERIOD_OUTSIDE_PLAN_YEAR").doesNotContain("PERIOD_INVALID");
    }
}
