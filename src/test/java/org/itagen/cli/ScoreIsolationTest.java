package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.bench.NationalData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One agency's broken row never stops another agency (issue 15 §3, issue 14 §2): in a national
 * file with one broken agency, analyze/o25/check of the others work, the broken one fails naming
 * its own line, and batch marks only that agency failed, with no internal error.
 */
class ScoreIsolationTest {
    static final int AGENCIES = 6;
    @TempDir
    Path dir;
    List<String> ids;
    Path scores;

    @BeforeEach
    void generate() {
        ids = NationalData.generate(dir, AGENCIES, 31);
        scores = dir.resolve("scores.csv");
    }

    private Path measures(String id) {
        return dir.resolve("measures").resolve(id + ".yaml");
    }

    /** Rewrites the first row of {@code id} for fiscal year 2568 IIT indicator 3 with {@code edit} (regex replace). */
    private int breakRow(String id, String regex, String replacement) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(scores, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + ",") && lines.get(i).contains(",2568,IIT,3,,,")) {
                String changed = lines.get(i).replaceFirst(regex, replacement);
                assertThat(changed).isNotEqualTo(lines.get(i));
                lines.set(i, changed);
                Files.write(scores, lines, StandardCharsets.UTF_8);
                return i + 1;
            }
        }
        throw new AssertionError("no row of " + id);
    }

    private static List<String> documents(Path out) throws IOException {
        if (!Files.isDirectory(out)) return List.of();
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("O2")).sorted().toList();
        }
    }

    @Test
    void aNulInOneAgencysNameFailsThatAgencyOnlyInEveryCommand() throws IOException {
        String broken = ids.get(2);
        String good = ids.get(4);
        int line = breakRow(broken, ",([^,]*),2568,", ",$1\u0000,2568,");

        CliRun a = CliRun.of("analyze", "--lang", "en", "--scores", scores.toString(), "--agency", good, "--format", "json");
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(new ObjectMapper().readTree(a.out()).get("agency").get("id").asText()).isEqualTo(good);

        Path out = dir.resolve("out-good");
        CliRun o = CliRun.of("o25", "--lang", "en", "--scores", scores.toString(), "--measures", measures(good).toString(),
                "--out", out.toString(), "--format", "txt");
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(documents(out)).containsExactly("O25_" + good + "_2569.txt");

        CliRun c = CliRun.of("check", "--lang", "en", "--scores", scores.toString(), "--measures", measures(good).toString(),
                "--agency", good);
        assertThat(c.exitCode()).as(c.out() + c.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        assertThat(c.out()).doesNotContain("SCORE_INVALID").doesNotContain("scores.csv:" + line);

        CliRun bad = CliRun.of("analyze", "--lang", "en", "--scores", scores.toString(), "--agency", broken);
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(bad.err().strip().lines()).singleElement().asString()
                .startsWith("error: scores.csv:" + line + ": ").contains("control character NUL (U+0000)");
        Path badOut = dir.resolve("out-bad");
        CliRun badO25 = CliRun.of("o25", "--lang", "en", "--scores", scores.toString(), "--measures", measures(broken).toString(),
                "--out", badOut.toString(), "--format", "txt");
        assertThat(badO25.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(badO25.err()).startsWith("error: scores.csv:" + line + ": ");
        assertThat(badOut).doesNotExist();
    }

    @Test
    void aBadScoreOfAnotherAgencyDoesNotStopO25PickingItsAgencyFromTheMeasures() throws IOException {
        breakRow(ids.get(0), ",[0-9.]+$", ",1O1");
        String good = ids.get(3);
        Path out = dir.resolve("out");
        // No --agency: the measures file names the agency, and only its rows are parsed.
        CliRun o = CliRun.of("o28", "--lang", "en", "--scores", scores.toString(), "--measures", measures(good).toString(),
                "--out", out.toString(), "--format", "txt");
        assertThat(o.exitCode()).as(o.err()).isZero();
        assertThat(documents(out)).containsExactly("O28_" + good + "_2569.txt");
    }

    @Test
    void checkWithoutAgencyTakesTheMeasuresAgencyAndReportsABadRowOnlyAgainstItsOwnAgency() throws IOException {
        String broken = ids.get(1);
        int line = breakRow(broken, ",[0-9.]+$", ",1O1");
        // No --agency: each measures file picks its agency of the shared file.
        CliRun good = CliRun.of("check", "--lang", "en", "--scores", scores.toString(), "--measures",
                measures(ids.get(3)).toString(), "--format", "json");
        assertThat(good.exitCode()).as(good.out() + good.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        assertThat(good.out()).doesNotContain("SCORE_INVALID").doesNotContain("scores.csv:" + line);
        CliRun bad = CliRun.of("check", "--lang", "en", "--scores", scores.toString(), "--measures",
                measures(broken).toString(), "--format", "json");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode findings = new ObjectMapper().readTree(bad.out()).get("findings");
        assertThat(findings).filteredOn(f -> f.get("code").asText().equals("SCORE_INVALID")).singleElement()
                .satisfies(f -> assertThat(f.get("where").asText()).isEqualTo("scores.csv:" + line));
    }

    @Test
    void batchFailsOnlyTheAgencyWithANulInItsIdAndWritesTheRest() throws IOException {
        String broken = ids.get(1);
        int line = breakRow(broken, "^" + broken + ",", broken + "\u0000,");
        String decimal = ids.get(4);
        int line2 = breakRow(decimal, ",([0-9]+)\\.([0-9]+)$", ",$1,$2");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("batch", "--lang", "en", "--scores", scores.toString(), "--measures-dir",
                dir.resolve("measures").toString(), "--out", out.toString(), "--format", "txt", "--progress", "lines");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out() + r.err()).doesNotContain("internal error").doesNotContain("\u0000");
        assertThat(documents(out)).hasSize(2 * (AGENCIES - 2)).noneMatch(n -> n.contains(broken) || n.contains(decimal));
        assertThat(r.err()).contains("batch: failed " + broken + ": scores.csv:" + line + ": ")
                .contains("control character NUL (U+0000)")
                .contains("batch: failed " + decimal + ": scores.csv:" + line2 + ": ").contains("decimal comma");

        JsonNode results = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("results");
        assertThat(results).hasSize(AGENCIES);
        for (JsonNode n : results) {
            boolean bad = n.get("agency_id").asText().equals(broken) || n.get("agency_id").asText().equals(decimal);
            assertThat(n.get("status").asText()).as(n.toString()).isEqualTo(bad ? "failed" : "ok");
        }
        assertThat(Files.readString(out.resolve("summary.csv"))).doesNotContain("\u0000");
    }

    @Test
    void batchReadsASemicolonNationalFileAsTheSingleAgencyReaderDoes() throws IOException {
        Path commaOut = dir.resolve("comma");
        CliRun comma = CliRun.of("batch", "--scores", scores.toString(), "--measures-dir", dir.resolve("measures").toString(),
                "--out", commaOut.toString(), "--format", "txt", "--progress", "none");
        assertThat(comma.exitCode()).as(comma.err()).isZero();
        // Excel in a decimal-comma locale: semicolons between cells, commas in numbers.
        String semi = Files.readAllLines(scores, StandardCharsets.UTF_8).stream()
                .map(l -> l.replace(',', ';').replaceAll(";([0-9]+)\\.([0-9]+)$", ";$1,$2"))
                .reduce("", (a, b) -> a + b + "\n");
        Path semiScores = dir.resolve("semi.csv");
        Files.writeString(semiScores, semi);
        Path semiOut = dir.resolve("semi");
        CliRun r = CliRun.of("batch", "--scores", semiScores.toString(), "--measures-dir", dir.resolve("measures").toString(),
                "--out", semiOut.toString(), "--format", "txt", "--progress", "none");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        List<String> docs = documents(commaOut);
        assertThat(docs).hasSize(2 * AGENCIES);
        assertThat(documents(semiOut)).isEqualTo(docs);
        for (String d : docs) {
            assertThat(Files.readString(semiOut.resolve(d))).as(d).isEqualTo(Files.readString(commaOut.resolve(d)));
        }
        CliRun one = CliRun.of("analyze", "--scores", semiScores.toString(), "--agency", ids.get(2), "--format", "json");
        CliRun same = CliRun.of("analyze", "--scores", scores.toString(), "--agency", ids.get(2), "--format", "json");
        assertThat(one.out().replace("semi.csv", "scores.csv")).isEqualTo(same.out());
    }
}
