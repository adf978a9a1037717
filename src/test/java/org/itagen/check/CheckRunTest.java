package org.itagen.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.Messages;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.bench.NationalData;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.MeasuresSource;
import org.itagen.input.ReadOptions;
import org.itagen.input.workbook.WorkbookWriter;
import org.itagen.model.FrameworkSet;
import org.itagen.report.DocKind;
import org.itagen.testing.EnglishMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CheckRun} itself, on a handful of agencies (the 200-agency run is {@code cli.CheckMeasuresDirTest}'s;
 * this one is small enough for mutation testing to run it for every mutant): each agency gets the
 * status its own inputs call for, outcomes arrive in file order whatever finishes first, the
 * summary counts what the outcomes say, and the summary's text and JSON forms print those counts.
 * Which agency is broken, and how, is decided here, so every expected status is known before the run.
 */
@ExtendWith(EnglishMessages.class)
class CheckRunTest {
    static final Set<DocKind> BOTH = Set.of(DocKind.O25, DocKind.O28);
    static final FrameworkSet FRAMEWORKS = FrameworkLoader.bundled();

    @TempDir
    Path dir;

    /** Eight generated agencies: #2 has a measure without owner, #4 no measures file, #5 unreadable measures, plus a stray file. */
    private CheckRun.Options measuresDir(List<String> ids) throws IOException {
        Path measures = dir.resolve("measures");
        Path owner = measures.resolve(ids.get(1) + ".yaml");
        String yaml = Files.readString(owner);
        String noOwner = yaml.replaceFirst("(?m)^    owner: .*$", "    owner: \"\"");
        assertThat(noOwner).isNotEqualTo(yaml);
        Files.writeString(owner, noOwner);
        Files.move(measures.resolve(ids.get(3) + ".yaml"), dir.resolve("elsewhere.yaml"));
        Files.writeString(measures.resolve(ids.get(4) + ".yaml"), "measures: [\n");
        Files.writeString(measures.resolve("ag99999.yaml"), yaml); // an agency the scores file does not have
        return new CheckRun.Options(dir.resolve("scores.csv"), ReadOptions.defaults(), MeasuresSource.dir(measures), FRAMEWORKS,
                AnalysisOptions.defaults(), BOTH);
    }

    // guards: each agency's status comes from its own inputs (ok / errors / failed / skipped), in
    // file order; the summary lists and counts them, would-score-0 is errors + failed in file order,
    // and the stray measures file is the one unclaimed
    @Test
    void everyAgencyGetsTheStatusItsOwnInputsCallForInFileOrder() throws IOException {
        List<String> ids = NationalData.generate(dir, 8, 7);
        CheckRun.Options o = measuresDir(ids);
        List<CheckRun.AgencyCheck> seen = new CopyOnWriteArrayList<>();

        CheckRun.Summary s = CheckRun.run(o, seen::add);

        assertThat(seen).extracting(CheckRun.AgencyCheck::agencyId).containsExactlyElementsOf(ids);
        Map<String, CheckRun.Status> status = new LinkedHashMap<>();
        for (CheckRun.AgencyCheck c : seen) status.put(c.agencyId(), c.status());
        String noOwner = ids.get(1), skipped = ids.get(3), unreadable = ids.get(4);
        for (String id : ids) {
            CheckRun.Status expected = id.equals(noOwner) ? CheckRun.Status.ERRORS : id.equals(skipped) ? CheckRun.Status.SKIPPED
                    : id.equals(unreadable) ? CheckRun.Status.FAILED : CheckRun.Status.OK;
            assertThat(status.get(id)).as(id).isEqualTo(expected);
        }
        CheckRun.AgencyCheck errors = seen.get(1);
        assertThat(errors.report().findings()).extracting(Finding::code).contains(FindingCode.O25_MISSING_OWNER);
        assertThat(errors.measures()).isEqualTo(dir.resolve("measures").resolve(noOwner + ".yaml"));
        assertThat(errors.problem()).isNull();
        assertThat(errors.wouldScoreZero()).isTrue();

        CheckRun.AgencyCheck none = seen.get(3);
        assertThat(none.measures()).isNull();
        assertThat(none.report()).isNull();
        assertThat(none.wouldScoreZero()).as("a skipped agency is not counted as scoring 0").isFalse();
        assertThat(none.problem().code()).isEqualTo("NO_MEASURES_FILE");
        assertThat(none.problem().text()).contains(dir.resolve("measures").resolve(skipped + ".yaml").toString());

        CheckRun.AgencyCheck failed = seen.get(4);
        assertThat(failed.report()).isNull();
        assertThat(failed.wouldScoreZero()).isTrue();
        assertThat(failed.problem()).isNotNull();
        assertThat(failed.problem().text()).contains(unreadable + ".yaml");
        assertThat(seen.get(0).wouldScoreZero()).isFalse();

        List<String> ok = new ArrayList<>(ids);
        ok.removeAll(List.of(noOwner, skipped, unreadable));
        assertThat(s.agencies()).containsExactlyElementsOf(ids);
        assertThat(s.ok()).containsExactlyElementsOf(ok);
        assertThat(s.withErrors()).containsExactly(noOwner);
        assertThat(s.failed()).containsExactly(unreadable);
        assertThat(s.skipped()).containsExactly(skipped);
        assertThat(s.wouldScoreZero()).containsExactly(noOwner, unreadable);
        assertThat(s.unclaimed()).containsExactly(dir.resolve("measures").resolve("ag99999.yaml"));
        long errorCount = 0, warningCount = 0;
        for (CheckRun.AgencyCheck c : seen) {
            if (c.report() == null) continue;
            errorCount += c.report().errors();
            warningCount += c.report().warnings();
        }
        assertThat(errorCount).isPositive();
        assertThat(s.errors()).isEqualTo(errorCount);
        assertThat(s.warnings()).isEqualTo(warningCount);
        assertThat(s.scores()).contains("scores.csv");
    }

    // guards: rows whose agency_id is empty are one failed "agency" of their own (not skipped, not
    // dropped), with the error that says to fill the column in
    @Test
    void rowsWithoutAnAgencyIdFailWithTheirOwnError() throws IOException {
        List<String> ids = NationalData.generate(dir, 2, 3);
        Path scores = dir.resolve("scores.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(scores, StandardCharsets.UTF_8));
        String first = lines.get(1);
        lines.add("," + first.substring(first.indexOf(',') + 1));
        Files.write(scores, lines, StandardCharsets.UTF_8);
        List<CheckRun.AgencyCheck> seen = new CopyOnWriteArrayList<>();

        CheckRun.Summary s = CheckRun.run(new CheckRun.Options(scores, ReadOptions.defaults(),
                MeasuresSource.dir(dir.resolve("measures")), FRAMEWORKS, AnalysisOptions.defaults(), BOTH), seen::add);

        assertThat(seen).extracting(CheckRun.AgencyCheck::agencyId).containsExactly(ids.get(0), ids.get(1), "");
        CheckRun.AgencyCheck nameless = seen.get(2);
        assertThat(nameless.status()).isEqualTo(CheckRun.Status.FAILED);
        assertThat(nameless.problem().text()).contains("agency_id");
        assertThat(s.failed()).containsExactly("");
        assertThat(s.ok()).containsExactly(ids.get(0), ids.get(1));
    }

    // guards: the status codes are the JSON's (check.schema.json: ok, errors, failed, skipped)
    @Test
    void statusCodesAreTheOnesTheJsonSchemaNames() {
        assertThat(Arrays.stream(CheckRun.Status.values()).map(CheckRun.Status::code))
                .containsExactly("ok", "errors", "failed", "skipped");
    }

    // guards: the summary's JSON line and text carry the run's counts and lists, not zeros or
    // empties; an agency line carries its id, status, measures file and (failed only) the error
    @Test
    void summaryAndAgencyLinesPrintWhatTheRunFound() throws IOException {
        List<String> ids = NationalData.generate(dir, 8, 7);
        List<CheckRun.AgencyCheck> seen = new CopyOnWriteArrayList<>();
        CheckRun.Summary s = CheckRun.run(measuresDir(ids), seen::add);
        String noOwner = ids.get(1), skipped = ids.get(3), unreadable = ids.get(4);

        JsonNode j = new ObjectMapper().readTree(CheckOutput.jsonLine(s, BOTH)).get("summary");
        assertThat(j.get("agencies").asInt()).isEqualTo(8);
        assertThat(j.get("ok").asInt()).isEqualTo(5);
        assertThat(j.get("with_errors").asInt()).isEqualTo(1);
        assertThat(j.get("failed").asInt()).isEqualTo(1);
        assertThat(j.get("skipped").asInt()).isEqualTo(1);
        assertThat(j.get("errors").asLong()).isEqualTo(s.errors());
        assertThat(j.get("warnings").asLong()).isEqualTo(s.warnings());
        assertThat(j.get("docs").toString()).isEqualTo("[\"o25\",\"o28\"]");
        assertThat(j.get("would_score_zero").toString()).isEqualTo("[\"" + noOwner + "\",\"" + unreadable + "\"]");
        assertThat(j.get("skipped_agencies").toString()).isEqualTo("[\"" + skipped + "\"]");
        assertThat(j.get("unclaimed_measures").get(0).asText()).endsWith("ag99999.yaml");

        assertThat(CheckOutput.text(s)).isEqualTo("\nChecked 8 agencies of " + s.scores()
                + ": 5 ready, 1 with errors, 1 unreadable, 1 skipped (no measures file)\n"
                + "Would score 0 (2): " + noOwner + ", " + unreadable + "\n"
                + "Skipped, no measures file (1): " + skipped + "\n");

        JsonNode failed = new ObjectMapper().readTree(CheckOutput.jsonLine(seen.get(4), BOTH));
        assertThat(failed.get("agency_id").asText()).isEqualTo(unreadable);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("measures").asText()).endsWith(unreadable + ".yaml");
        assertThat(failed.get("error").get("message").asText()).isNotBlank();
        JsonNode skippedLine = new ObjectMapper().readTree(CheckOutput.jsonLine(seen.get(3), BOTH));
        assertThat(skippedLine.get("status").asText()).isEqualTo("skipped");
        assertThat(skippedLine.get("measures").isNull()).isTrue();
        assertThat(skippedLine.get("error").isNull()).as("only a failed agency carries an error").isTrue();
        JsonNode errorsLine = new ObjectMapper().readTree(CheckOutput.jsonLine(seen.get(1), BOTH));
        assertThat(errorsLine.get("status").asText()).isEqualTo("errors");
        assertThat(errorsLine.get("error").isNull()).isTrue();

        assertThat(CheckOutput.text(seen.get(3))).isEqualTo(skipped + ": skipped (no measures file)\n");
        assertThat(CheckOutput.text(seen.get(4))).startsWith(unreadable + ": cannot be checked\n  ");
    }

    // guards: with nothing to report the text says no agency would score 0 and lists no skipped line
    @Test
    void aCleanRunSaysNoAgencyWouldScoreZero() {
        CheckRun.Summary s = new CheckRun.Summary("s.csv", List.of("a", "b"), List.of("a", "b"), List.of(), List.of(),
                List.of(), 0, 3, List.of());
        assertThat(CheckOutput.text(s)).isEqualTo("\nChecked 2 agencies of s.csv: 2 ready, 0 with errors, 0 unreadable, "
                + "0 skipped (no measures file)\nNo agency would score 0\n");
    }

    /** A workbook holding a sample's scores and measures, as {@code init} writes it. */
    private static byte[] workbook(String sample) throws IOException {
        Path folder = Path.of(System.getProperty("project.basedir", "."), "samples", sample);
        MeasurePlan plan = MeasuresReader.read(Files.readString(folder.resolve("measures.yaml")), "measures.yaml");
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readString(folder.resolve("scores.csv")).replace("\uFEFF", "").split("\r?\n")) {
            if (!line.isBlank()) rows.add(Arrays.asList(line.split(",", -1)));
        }
        Collection<String> codes = FRAMEWORKS.forYear(plan.assessmentYear()).map(f -> f.questions().keySet()).orElse(Set.of());
        return WorkbookWriter.write(plan, rows, codes);
    }

    // guards: --workbooks checks each workbook as one agency named by the workbook's own agency id
    // (not the file name), in the order given; a file that is no workbook fails only itself, named
    // by its file name
    @Test
    void eachWorkbookIsOneAgencyNamedByItsOwnIdAndABrokenOneFailsAlone() throws IOException {
        Path a = dir.resolve("first.xlsx");
        Files.write(a, workbook("municipality"));
        Path broken = dir.resolve("broken.xlsx");
        Files.writeString(broken, "not a workbook at all");
        List<CheckRun.AgencyCheck> seen = new CopyOnWriteArrayList<>();

        CheckRun.Summary s = CheckRun.runWorkbooks(List.of(a, broken), dir.toString(), ReadOptions.defaults(), FRAMEWORKS,
                AnalysisOptions.defaults(), BOTH, seen::add);

        assertThat(seen).extracting(CheckRun.AgencyCheck::agencyId).containsExactly("htn", "broken");
        assertThat(seen.get(0).status()).isIn(CheckRun.Status.OK, CheckRun.Status.ERRORS);
        assertThat(seen.get(0).measures()).isEqualTo(a);
        assertThat(seen.get(0).report()).isNotNull();
        assertThat(seen.get(0).status() == CheckRun.Status.ERRORS).isEqualTo(seen.get(0).report().errors() > 0);
        assertThat(seen.get(1).status()).isEqualTo(CheckRun.Status.FAILED);
        assertThat(seen.get(1).measures()).isEqualTo(broken);
        assertThat(seen.get(1).problem()).isNotNull();
        assertThat(s.agencies()).containsExactly("htn", "broken");
        assertThat(s.failed()).containsExactly("broken");
        assertThat(s.scores()).isEqualTo(dir.toString());
        assertThat(s.unclaimed()).isEmpty();
        assertThat(s.errors()).isEqualTo(seen.get(0).report().errors());
        assertThat(s.warnings()).isEqualTo(seen.get(0).report().warnings());
    }
}
