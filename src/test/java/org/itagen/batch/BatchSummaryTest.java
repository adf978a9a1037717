package org.itagen.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.Diagnostic;
import org.itagen.Messages;
import org.itagen.testing.EnglishMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a batch's summary says (summary.json, summary.csv, the terminal table), with every count,
 * rate and padding worked out by hand from the three or four agencies each test makes up. The
 * table's labels are in the user's language; these tests read the English ones.
 */
@ExtendWith(EnglishMessages.class)
class BatchSummaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AgencyResult ok(int i, String id, String band, String... files) {
        return new AgencyResult(i, id, "name " + id, AgencyResult.Status.OK, band, List.of(files), List.of(), 10);
    }

    private static AgencyResult failed(int i, String id, String... errors) {
        return new AgencyResult(i, id, "name " + id, AgencyResult.Status.FAILED, null, List.of(), List.of(errors), 10,
                Diagnostic.error("SCORES_NOT_FOUND", "no such file", "scores.csv:7"));
    }

    private static AgencyResult skipped(int i, String id) {
        return new AgencyResult(i, id, null, AgencyResult.Status.SKIPPED, null, List.of(), List.of(), 0);
    }

    /** ok with two files, ok with one, a failure, a skip: 3 files in 2.5 s. */
    private static BatchSummary four() {
        return new BatchSummary("scores.csv", Shard.ALL, List.of(
                ok(0, "ag1", "ผ่าน", "ag1-o25.pdf", "ag1-o28.pdf"),
                ok(1, "ag2", "ผ่าน", "ag2-o25.pdf"),
                failed(2, "ag3", "e1", "e2"),
                skipped(3, "ag4")), 2500);
    }

    // guards: count(), files(), anyFailed() and the JSON totals (status filter, sum of files, ms -> s)
    @Test
    void summaryJsonCountsEachStatusAndEveryFileWritten() throws IOException {
        BatchSummary s = four();
        assertThat(s.count(AgencyResult.Status.OK)).isEqualTo(2);
        assertThat(s.count(AgencyResult.Status.FAILED)).isEqualTo(1);
        assertThat(s.count(AgencyResult.Status.SKIPPED)).isEqualTo(1);
        assertThat(s.files()).isEqualTo(3);
        assertThat(s.anyFailed()).isTrue();

        JsonNode j = JSON.readTree(s.json());
        assertThat(j.get("scores").asText()).isEqualTo("scores.csv");
        assertThat(j.get("shard").asText()).isEqualTo("1/1");
        assertThat(j.get("agencies").asInt()).isEqualTo(4);
        assertThat(j.get("ok").asInt()).isEqualTo(2);
        assertThat(j.get("failed").asInt()).isEqualTo(1);
        assertThat(j.get("skipped").asInt()).isEqualTo(1);
        assertThat(j.get("files_written").asInt()).isEqualTo(3);
        assertThat(j.get("seconds").asDouble()).isEqualTo(2.5);
        JsonNode r = j.get("results");
        assertThat(r).hasSize(4);
        assertThat(r.get(0).get("agency_id").asText()).isEqualTo("ag1");
        assertThat(r.get(0).get("files_written").asInt()).isEqualTo(2);
        assertThat(r.get(0).get("files").toString()).isEqualTo("[\"ag1-o25.pdf\",\"ag1-o28.pdf\"]");
        assertThat(r.get(0).get("error").isNull()).isTrue();
        assertThat(r.get(0).has("warnings")).as("no warnings key without warnings").isFalse();
        assertThat(r.get(2).get("status").asText()).isEqualTo("failed");
        assertThat(r.get(2).get("errors").toString()).isEqualTo("[\"e1\",\"e2\"]");
        assertThat(r.get(2).at("/error/code").asText()).isEqualTo("SCORES_NOT_FOUND");
        assertThat(r.get(2).at("/error/line").asInt()).isEqualTo(7);
        assertThat(r.get(3).get("agency_name").isNull()).isTrue();
    }

    // guards: an ok agency never carries an error object, even with a problem; warnings listed when present
    @Test
    void anOkAgencyHasNoErrorAndItsWarningsAreListed() throws IOException {
        AgencyResult warned = new AgencyResult(0, "ag1", "n", AgencyResult.Status.OK, "A", List.of("f.pdf"), List.of(), 1,
                List.of("glyph missing"), Diagnostic.error("X", "m", null));
        JsonNode r = JSON.readTree(new BatchSummary("s.csv", Shard.ALL, List.of(warned), 1000).json()).get("results").get(0);
        assertThat(r.get("error").isNull()).isTrue();
        assertThat(r.get("warnings").toString()).isEqualTo("[\"glyph missing\"]");
        assertThat(new BatchSummary("s.csv", Shard.ALL, List.of(warned), 1000).anyFailed()).isFalse();
    }

    // guards: the terminal table's rows, their order, the padding to the widest label + 2, rate and bands
    @Test
    void theTableListsTotalsRateBandsAndFailuresAlignedToTheWidestLabel() {
        // Widest label "skipped (no measures file)" is 26 columns: every value starts at column 28.
        // 3 files / 2.5 s = 1.2 files per second.
        String expected = """
                agencies                    4
                ok                          2
                failed                      1
                skipped (no measures file)  1
                files written               3
                wall time                   2.5 s
                files per second            1.2
                band ผ่าน                    2

                failed:
                  ag3: e1 | e2
                """;
        assertThat(four().table()).isEqualTo(expected);
    }

    // guards: the shard label, the warnings row (which widens the label column), and no rate at 0 s
    @Test
    void aShardAWarningAndZeroSecondsChangeTheirRows() {
        AgencyResult warned = new AgencyResult(0, "ag1", "n", AgencyResult.Status.OK, null, List.of("f.pdf"), List.of(), 1,
                List.of("w"));
        String t = new BatchSummary("s.csv", new Shard(2, 4), List.of(warned), 0).table();
        // "with warnings (summary.json)" is 28 columns: values at column 30. No band (null), no failures.
        assertThat(t).isEqualTo("""
                agencies (shard 2/4)          1
                ok                            1
                failed                        0
                skipped (no measures file)    0
                files written                 1
                with warnings (summary.json)  1
                wall time                     0.0 s
                files per second              -
                """);
    }

    // guards: at most 20 failures listed (LISTED_FAILURES), then one line counting the rest
    @Test
    void twentyFailuresAreAllListedAndTheTwentySecondSaysTwoMore() {
        List<AgencyResult> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) twenty.add(failed(i, "f" + i, "bad"));
        String t20 = new BatchSummary("s.csv", Shard.ALL, twenty, 1000).table();
        assertThat(t20).contains("  f19: bad\n").doesNotContain("more (see summary.csv)");
        assertThat(t20.lines().filter(l -> l.endsWith(": bad")).count()).isEqualTo(20);

        List<AgencyResult> twentyTwo = new ArrayList<>(twenty);
        twentyTwo.add(failed(20, "f20", "bad"));
        twentyTwo.add(failed(21, "f21", "bad"));
        String t22 = new BatchSummary("s.csv", Shard.ALL, twentyTwo, 1000).table();
        assertThat(t22.lines().filter(l -> l.endsWith(": bad")).count()).isEqualTo(20);
        assertThat(t22).doesNotContain("f20:").endsWith("  f19: bad\n  ... and 2 more (see summary.csv)\n");
    }

    // guards: needs_fix (main's check on what batch made) counted in the JSON, its findings as
    // check's JSON gives them, its own table row (only when there is one) and its own list, which
    // comes before the failures
    @Test
    void anAgencyThatNeedsAFixIsCountedListedAndCarriesItsFindings() throws IOException {
        org.itagen.check.Finding owner = org.itagen.check.Finding.error(org.itagen.check.FindingCode.O25_MISSING_OWNER,
                org.itagen.report.DocKind.O25, "m.yaml:9", "no owner", "no one answers");
        org.itagen.check.Finding none = org.itagen.check.Finding.error(org.itagen.check.FindingCode.NO_MEASURES,
                null, null, "no measures", "nothing planned");
        List<org.itagen.check.Checker.Zero> zero = List.of(
                new org.itagen.check.Checker.Zero(List.of(org.itagen.report.DocKind.O25), owner),
                new org.itagen.check.Checker.Zero(List.of(org.itagen.report.DocKind.O25, org.itagen.report.DocKind.O28), none));
        AgencyResult draft = new AgencyResult(1, "ag2", "name ag2", AgencyResult.Status.NEEDS_FIX, "ผ่าน", List.of("ag2-o25.pdf"),
                List.of("m.yaml:9: O25 would score 0: no owner (no one answers)", "O25, O28 would score 0: no measures (nothing planned)"),
                10, List.of(), null, zero);
        BatchSummary s = new BatchSummary("scores.csv", Shard.ALL, List.of(
                ok(0, "ag1", "ผ่าน", "ag1-o25.pdf", "ag1-o28.pdf"), draft, failed(2, "ag3", "e1")), 1000);

        assertThat(s.anyNeedsFix()).isTrue();
        assertThat(s.anyFailed()).isTrue();
        assertThat(four().anyNeedsFix()).isFalse();

        JsonNode j = JSON.readTree(s.json());
        assertThat(j.get("ok").asInt()).isEqualTo(1);
        assertThat(j.get("needs_fix").asInt()).isEqualTo(1);
        assertThat(j.get("failed").asInt()).isEqualTo(1);
        assertThat(j.get("files_written").asInt()).isEqualTo(3);
        JsonNode r = j.get("results").get(1);
        assertThat(r.get("status").asText()).isEqualTo("needs_fix");
        assertThat(r.get("error").isNull()).as("no coded problem: the findings say it").isTrue();
        assertThat(r.get("findings").toString()).isEqualTo("[{\"severity\":\"error\",\"code\":\"O25_MISSING_OWNER\",\"doc\":\"o25\","
                + "\"where\":\"m.yaml:9\",\"message\":\"no owner\",\"why\":\"no one answers\"},"
                + "{\"severity\":\"error\",\"code\":\"NO_MEASURES\",\"doc\":null,\"where\":null,"
                + "\"message\":\"no measures\",\"why\":\"nothing planned\"}]");
        assertThat(j.get("results").get(0).get("findings").toString()).isEqualTo("[]");

        // Widest label "needs a fix (would score 0)" is 27 columns: every value starts at column 29.
        // 3 files / 1.0 s = 3.0 files per second.
        assertThat(s.table()).isEqualTo("""
                agencies                     3
                ok                           1
                needs a fix (would score 0)  1
                failed                       1
                skipped (no measures file)   0
                files written                3
                wall time                    1.0 s
                files per second             3.0
                band ผ่าน                     2

                needs a fix (written as drafts; with --strict not written):
                  ag2: m.yaml:9: O25 would score 0: no owner (no one answers) | O25, O28 would score 0: no measures (nothing planned)

                failed:
                  ag3: e1
                """);
        // The errors cell holds commas: quoted whole.
        assertThat(s.csv()).contains("\r\nag2,name ag2,needs_fix,ผ่าน,1,\"m.yaml:9: O25 would score 0: no owner (no one answers)"
                + " | O25, O28 would score 0: no measures (nothing planned)\"\r\n");
    }

    // guards: the CSV columns (band, number of files, errors joined by " | ") and the BOM + CRLF Excel needs
    @Test
    void summaryCsvHasOneRowPerAgencyInFileOrder() {
        String csv = four().csv();
        assertThat(csv).startsWith("\uFEFFagency_id,agency_name,status,band,files_written,errors\r\n");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "agency_id,agency_name,status,band,files_written,errors",
                "ag1,name ag1,ok,ผ่าน,2,",
                "ag2,name ag2,ok,ผ่าน,1,",
                "ag3,name ag3,failed,,0,e1 | e2",
                "ag4,,skipped,,0,");
    }

    // guards: write() puts both files, with the same text json() and csv() give, in the folder
    @Test
    void writePutsBothSummariesInTheFolder(@TempDir Path dir) throws IOException {
        BatchSummary s = four();
        List<Path> written = s.write(dir);
        assertThat(written).containsExactly(dir.resolve("summary.json"), dir.resolve("summary.csv"));
        assertThat(Files.readString(dir.resolve("summary.json"), StandardCharsets.UTF_8)).isEqualTo(s.json());
        assertThat(Files.readString(dir.resolve("summary.csv"), StandardCharsets.UTF_8)).isEqualTo(s.csv());
    }
}
