package org.itagen.cli;

import org.itagen.report.DocKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.batch.Shard;
import org.itagen.bench.NationalData;
import org.itagen.check.GeneratedFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** itagen batch in-process over generated agencies (small: the national run is the benchmark's). */
class BatchCommandTest {
    static final int AGENCIES = 12;
    @TempDir
    Path dir;
    List<String> ids;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void generate() {
        ids = NationalData.generate(dir, AGENCIES, 11);
    }

    private CliRun batch(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("batch", "--scores", dir.resolve("scores.csv").toString(),
                "--measures-dir", dir.resolve("measures").toString(), "--out", out.toString(), "--progress", "lines"));
        a.addAll(List.of(more));
        return run(a.toArray(String[]::new));
    }

    private static Set<String> documents(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("O2"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void aMissingFontFileStopsTheBatchWithOneLine() throws Exception {
        Path out = dir.resolve("out-font");
        CliRun r = batch(out, "--font", dir.resolve("nope.ttf").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("error: --font: font file ");
        assertThat(out.resolve("summary.json")).doesNotExist();
    }

    @Test
    void everyFileWrittenWithSummaries() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = batch(out, "--format", "txt", "--jobs", "2");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        Set<String> expected = new TreeSet<>();
        for (String id : ids) {
            expected.add("O25_" + id + "_2569.txt");
            expected.add("O28_" + id + "_2569.txt");
        }
        assertThat(documents(out)).isEqualTo(expected);
        assertThat(Files.readString(out.resolve("O25_" + ids.getFirst() + "_2569.txt"))).contains("การนำผลการประเมิน");
        assertThat(r.out()).contains("files written               " + 2 * AGENCIES).contains("summary.json");

        JsonNode j = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(j.get("agencies").asInt()).isEqualTo(AGENCIES);
        assertThat(j.get("ok").asInt()).isEqualTo(AGENCIES);
        assertThat(j.get("files_written").asInt()).isEqualTo(2 * AGENCIES);
        JsonNode first = j.get("results").get(0);
        assertThat(first.get("agency_id").asText()).isEqualTo(ids.getFirst());
        assertThat(first.get("band").asText()).isIn("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน");
        assertThat(first.get("files")).hasSize(2);

        List<String> csv = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertThat(csv.getFirst()).isEqualTo("\uFEFFagency_id,agency_name,status,band,files_written,errors");
        assertThat(csv).hasSize(AGENCIES + 1);
        assertThat(csv.get(1)).startsWith(ids.getFirst() + ",").contains(",ok,").endsWith(",2,");
    }

    @Test
    void pdfAndDocxPassTheGeneratedFilesCheck() throws Exception {
        // Three agencies are enough to show both real formats; the rest of the tests use txt for speed.
        Path scores = dir.resolve("scores.csv");
        List<String> lines = Files.readAllLines(scores, StandardCharsets.UTF_8);
        Set<String> three = Set.copyOf(ids.subList(0, 3));
        Files.write(scores, lines.stream().filter(l -> l.startsWith("agency_id") || three.contains(l.substring(0, l.indexOf(','))))
                .toList(), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRun r = batch(out);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(documents(out)).hasSize(12);
        assertThat(GeneratedFiles.check(out, Set.of(DocKind.values()))).isEmpty();
    }

    @Test
    void brokenAgenciesAreReportedAndTheOthersWritten() throws Exception {
        String badMeasures = ids.get(2);
        String badScores = ids.get(7);
        Path m = dir.resolve("measures").resolve(badMeasures + ".yaml");
        Files.writeString(m, Files.readString(m).replaceFirst("    owner: [^\\n]+\\n", ""));
        Path scores = dir.resolve("scores.csv");
        Files.writeString(scores, Files.readString(scores).replaceFirst(badScores + ",([^,]*),2568,IIT,3,,,[0-9.]+",
                badScores + ",$1,2568,IIT,3,,,101"));

        Path out = dir.resolve("out");
        CliRun r = batch(out, "--format", "txt");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(documents(out)).hasSize(2 * (AGENCIES - 2))
                .noneMatch(n -> n.contains(badMeasures) || n.contains(badScores));
        assertThat(r.out()).contains("failed                      2").contains(badMeasures + ": " + badMeasures + ".yaml:")
                .contains("owner");
        assertThat(r.err()).contains("batch: failed " + badScores + ": scores.csv:").contains("above 100");

        JsonNode results = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("results");
        JsonNode bad = results.get(7);
        assertThat(bad.get("status").asText()).isEqualTo("failed");
        assertThat(bad.get("files_written").asInt()).isZero();
        assertThat(bad.get("errors").get(0).asText()).startsWith("scores.csv:");
        assertThat(Files.readString(out.resolve("summary.csv"))).contains(badMeasures + ",").contains(",failed,");
    }

    @Test
    void agenciesWithoutMeasuresAreSkippedOrFailedOnRequest() throws Exception {
        Files.delete(dir.resolve("measures").resolve(ids.get(4) + ".yaml"));
        Path out = dir.resolve("out");
        CliRun skip = batch(out, "--format", "txt");
        assertThat(skip.exitCode()).isZero();
        assertThat(skip.out()).contains("skipped (no measures file)  1");
        JsonNode r = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("results").get(4);
        assertThat(r.get("status").asText()).isEqualTo("skipped");
        assertThat(r.get("errors").get(0).asText()).contains("no measures file").contains(ids.get(4) + ".yaml");
        assertThat(documents(out)).hasSize(2 * (AGENCIES - 1));

        CliRun error = batch(dir.resolve("out2"), "--format", "txt", "--missing-measures", "error");
        assertThat(error.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void shardsOneToNPartitionTheAgenciesExactly() throws Exception {
        int n = 3;
        Set<String> union = new HashSet<>();
        int total = 0;
        for (int k = 1; k <= n; k++) {
            Path out = dir.resolve("shard" + k);
            CliRun r = batch(out, "--format", "txt", "--docs", "o25", "--shard", k + "/" + n);
            assertThat(r.exitCode()).as(r.err()).isZero();
            Set<String> mine = documents(out);
            total += mine.size();
            union.addAll(mine);
            Shard s = new Shard(k, n);
            assertThat(mine).allSatisfy(f -> assertThat(s.contains(f.substring(4, f.lastIndexOf('_')))).isTrue());
            assertThat(new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("shard").asText())
                    .isEqualTo(k + "/" + n);
        }
        assertThat(total).isEqualTo(AGENCIES);
        assertThat(union).hasSize(AGENCIES);
        assertThat(union).allSatisfy(f -> assertThat(f).startsWith("O25_"));
    }

    @Test
    void usageAndInputErrorsExitTwo() throws Exception {
        CliRun shard = batch(dir.resolve("o"), "--shard", "4/3");
        assertThat(shard.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(shard.err()).startsWith("error: --shard:");

        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "indicator,2567,2568\n1,80,85\n");
        CliRun layout = run("batch", "--scores", wide.toString(), "--measures-dir", dir.resolve("measures").toString(),
                "--out", dir.resolve("o").toString());
        assertThat(layout.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(layout.err()).contains("wide.csv:1").contains("agency_id");

        CliRun noDir = run("batch", "--scores", dir.resolve("scores.csv").toString(), "--measures-dir",
                dir.resolve("nowhere").toString(), "--out", dir.resolve("o").toString());
        assertThat(noDir.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(noDir.err()).contains("nowhere").contains("--measures-dir");

        Files.writeString(dir.resolve("file"), "x");
        CliRun outFile = batch(dir.resolve("file"));
        assertThat(outFile.exitCode()).isEqualTo(ExitCodes.OUTPUT);
    }
}
