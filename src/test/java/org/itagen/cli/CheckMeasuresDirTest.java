package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.itagen.bench.NationalData;
import org.itagen.testing.JsonSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --measures-dir} over 200 generated agencies, 10 of them broken in 10 different ways
 * (scores and measures, findings and unreadable files): the run names exactly those 10 as the
 * agencies that would score 0, each with its own reason, and nothing else; a skipped agency and
 * a measures file of no agency are reported but do not count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckMeasuresDirTest {
    static final int AGENCIES = 200;
    Path dir;
    Path scores;
    Path measures;
    List<String> ids;
    /** The broken agencies and the code (finding, or error of an unreadable file) that names each. */
    final Map<String, String> broken = new LinkedHashMap<>();
    String skipped;

    @BeforeAll
    void generate(@TempDir Path tmp) throws IOException {
        dir = tmp;
        ids = NationalData.generate(dir, AGENCIES, 2569);
        scores = dir.resolve("scores.csv");
        measures = dir.resolve("measures");
        // Spread over the file, so that breaking one agency cannot hide behind its neighbour.
        int[] at = {3, 17, 42, 58, 77, 101, 123, 150, 176, 199};
        breakMeasures(ids.get(at[0]), "O25_MISSING_OWNER", y -> y.replaceFirst("(?m)^    owner: .*$", "    owner: \"\""));
        breakScores(ids.get(at[1]), "SCORE_INVALID", l -> l.replaceFirst(",[0-9.]+$", ",1O1"));
        breakScores(ids.get(at[2]), "SCORE_INVALID", l -> l.replaceFirst(",2568,", ",2568\u0000,"));
        breakMeasures(ids.get(at[3]), "INPUT", y -> y.replaceFirst("(?m)^measures:", "measures: [\n"));
        breakMeasures(ids.get(at[4]), "PERIOD_OUTSIDE_PLAN_YEAR",
                y -> y.replaceFirst("(?m)^    period: .*$", "    period: {start: 2024-01-01, end: 2024-03-31}"));
        breakMeasures(ids.get(at[5]), "NO_MEASURES", y -> y.substring(0, y.indexOf("measures:")) + "measures: []\n");
        breakMeasures(ids.get(at[6]), "O28_MISSING_RESULT", y -> y.replaceFirst("(?m)^    result: .*\\n", ""));
        breakScores(ids.get(at[7]), "INDICATOR_NOT_ANALYSED", l -> null);
        breakMeasures(ids.get(at[8]), "O25_MISSING_STEPS", y -> y.replaceFirst("(?m)^    steps:\\n(      - .*\\n)+", ""));
        breakMeasures(ids.get(at[9]), "PLAN_YEAR_MISSING", y -> y.replaceFirst("(?m)^plan_year: .*\\n", ""));
        // Noise that must not count: an agency without measures file, a measures file of no agency.
        skipped = ids.get(64);
        Files.move(measures.resolve(skipped + ".yaml"), dir.resolve(skipped + ".yaml"));
        Files.writeString(measures.resolve("ag99999.yaml"), Files.readString(dir.resolve(skipped + ".yaml")));
    }

    private void breakMeasures(String id, String code, UnaryOperator<String> edit) throws IOException {
        Path f = measures.resolve(id + ".yaml");
        String before = Files.readString(f);
        String after = edit.apply(before);
        assertThat(after).as(id).isNotEqualTo(before);
        Files.writeString(f, after);
        broken.put(id, code);
    }

    /** Edits (or, for null, deletes) the agency's FY2568 IIT indicator 3 row. */
    private void breakScores(String id, String code, UnaryOperator<String> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(scores, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + ",") && lines.get(i).contains(",2568,IIT,3,,,")) {
                String changed = edit.apply(lines.get(i));
                if (changed == null) {
                    lines.remove(i);
                } else {
                    assertThat(changed).isNotEqualTo(lines.get(i));
                    lines.set(i, changed);
                }
                Files.write(scores, lines, StandardCharsets.UTF_8);
                broken.put(id, code);
                return;
            }
        }
        throw new AssertionError("no row of " + id);
    }

    @Test
    void jsonLinesNameExactlyTheBrokenAgenciesEachForItsOwnReason() {
        long t0 = System.nanoTime();
        CliRun r = CliRun.of("--lang", "en", "check", "--scores", scores.toString(), "--measures-dir", measures.toString(),
                "--format", "json");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        List<JsonNode> lines = JsonSchemas.assertValidLines("check", r.out());
        assertThat(lines).hasSize(AGENCIES + 1);

        JsonNode summary = lines.getLast().get("summary");
        assertThat(summary.get("agencies").asInt()).isEqualTo(AGENCIES);
        List<String> zero = new ArrayList<>();
        summary.get("would_score_zero").forEach(n -> zero.add(n.asText()));
        assertThat(zero).containsExactlyElementsOf(ids.stream().filter(broken::containsKey).toList());
        assertThat(summary.get("failed").asInt()).as("the unreadable measures file").isEqualTo(1);
        assertThat(summary.get("with_errors").asInt()).isEqualTo(9);
        assertThat(summary.get("skipped_agencies")).singleElement().satisfies(n -> assertThat(n.asText()).isEqualTo(skipped));
        assertThat(summary.get("ok").asInt()).isEqualTo(AGENCIES - 11);
        assertThat(summary.get("unclaimed_measures")).singleElement()
                .satisfies(n -> assertThat(n.asText()).endsWith("ag99999.yaml"));

        // One line per agency in file order; each broken one is named for its own reason, no other has an error.
        List<JsonNode> agencies = lines.subList(0, AGENCIES);
        assertThat(agencies.stream().map(l -> l.get("agency_id").asText()).toList()).isEqualTo(ids);
        for (JsonNode l : agencies) {
            String id = l.get("agency_id").asText();
            String code = broken.get(id);
            if (code == null) {
                assertThat(l.get("status").asText()).as(id).isIn("ok", "skipped");
                assertThat(l.get("errors").asInt()).as(id).isZero();
                continue;
            }
            if (code.equals("INPUT")) {
                assertThat(l.get("status").asText()).isEqualTo("failed");
                assertThat(l.get("error").get("file").asText()).isEqualTo(id + ".yaml");
                assertThat(l.get("error").get("agency").asText()).isEqualTo(id);
            } else {
                assertThat(l.get("status").asText()).as(id).isEqualTo("errors");
                List<String> codes = new ArrayList<>();
                l.get("findings").forEach(f -> {
                    if (f.get("severity").asText().equals("error")) codes.add(f.get("code").asText());
                });
                assertThat(codes).as(id).contains(code);
            }
        }
        // A score mistake is reported at its own line of the shared file.
        String nulAgency = ids.get(42);
        JsonNode nul = agencies.get(42).get("findings").get(0);
        assertThat(nul.get("where").asText()).startsWith("scores.csv:");
        assertThat(nul.get("message").asText()).contains("NUL");
        assertThat(r.err()).contains("MEASURES_WITHOUT_SCORES").contains("ag99999");
        System.out.printf("check --measures-dir over %d agencies: %d ms (%s broken)%n", AGENCIES, millis, nulAgency);
    }

    @Test
    void theTextReportNamesTheSameAgencies() {
        CliRun r = CliRun.of("--lang", "en", "check", "--scores", scores.toString(), "--measures-dir", measures.toString(),
                "--doc", "all");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        Matcher m = Pattern.compile("(?m)^Would score 0 \\((\\d+)\\): (.*)$").matcher(r.out());
        assertThat(m.find()).as(r.out().lines().skip(Math.max(0, r.out().lines().count() - 5)).toList().toString()).isTrue();
        assertThat(m.group(1)).isEqualTo("10");
        assertThat(new TreeSet<>(List.of(m.group(2).split(", ")))).isEqualTo(new TreeSet<>(broken.keySet()));
        assertThat(r.out()).contains("Skipped, no measures file (1): " + skipped)
                .contains("Checked 200 agencies of scores.csv: 189 ready, 9 with errors, 1 unreadable, 1 skipped");
        // Each agency's block starts with its id; the broken ones list their errors under it.
        for (String id : broken.keySet()) {
            assertThat(r.out()).containsPattern("(?m)^" + id + "( .*)?: ");
        }
        assertThat(r.err()).startsWith("warning: ").contains("ag99999.yaml");
    }

    @Test
    void optionsThatDoNotGoWithMeasuresDirAreRefused() {
        CliRun withMeasures = CliRun.of("--lang", "en", "check", "--scores", scores.toString(), "--measures-dir", measures.toString(),
                "--measures", measures.resolve(ids.getFirst() + ".yaml").toString());
        assertThat(withMeasures.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(withMeasures.err()).startsWith("error: --measures: --measures-dir checks every agency");
        CliRun withAgency = CliRun.of("check", "--scores", scores.toString(), "--measures-dir", measures.toString(),
                "--agency", ids.getFirst(), "--format", "json");
        assertThat(withAgency.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(JsonSchemas.assertValidLines("errors", withAgency.err()).getFirst().get("error").get("code").asText())
                .isEqualTo("CHECK_DIR_EXCLUSIVE");
        CliRun noScores = CliRun.of("check", "--measures-dir", measures.toString());
        assertThat(noScores.exitCode()).isEqualTo(ExitCodes.INPUT);
        CliRun notFolder = CliRun.of("check", "--scores", scores.toString(), "--measures-dir", scores.toString());
        assertThat(notFolder.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(notFolder.err()).contains("scores.csv");
    }
}
