package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.testing.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 §4: o25, o28 and batch run check's rules on what they make. A document that would
 * score 0 is written as a draft, with one line per reason (in Thai by default), naming the OIT
 * item; --strict writes nothing and exits 1. The oracles are the ITA rules themselves (a missing
 * indicator costs O25; a declared total the verified FY2568 rule contradicts costs both), written
 * here, not read from the checker.
 */
class StrictRunTest {
    @TempDir
    Path dir;

    private static final Path SAMPLE = Path.of("samples/department");

    /** The department sample without indicator 5's score in the assessment year (2568): O25 would score 0. */
    private Path withoutIndicator5() throws IOException {
        List<String> rows = Files.readAllLines(SAMPLE.resolve("scores.csv")).stream()
                .filter(l -> !l.contains(",2568,IIT,5,")).toList();
        Path f = dir.resolve("scores.csv");
        Files.write(f, rows);
        return f;
    }

    /** The department sample declaring an ITA of 2568 that the FY2568 rule (verified) does not give: both items. */
    private Path wrongDeclaredIta() throws IOException {
        String text = Files.readString(SAMPLE.resolve("scores.csv")).replace(",2568,ITA,,,,92.07", ",2568,ITA,,,,80.00");
        assertThat(text).contains("80.00");
        return Files.writeString(dir.resolve("wrong-ita.csv"), text);
    }

    private static List<Path> files(Path out) throws IOException {
        if (!Files.isDirectory(out)) return List.of();
        try (Stream<Path> s = Files.list(out)) {
            // itagen's record of the files it wrote (.itagen-manifest.jsonl) is not a document
            return s.filter(p -> !p.getFileName().toString().equals(org.itagen.render.OutputManifest.FILE_NAME)).sorted().toList();
        }
    }

    @Test
    void aDraftThatWouldScoreZeroIsWrittenAndTheRunSaysWhyInThai() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("--lang", "th", "o25", "--scores", withoutIndicator5().toString(),
                "--measures", SAMPLE.resolve("measures.yaml").toString(), "--out", out.toString(), "--format", "txt");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(files(out)).extracting(p -> p.getFileName().toString()).containsExactly("O25_dcws_2569.txt");
        // One line for the reason: the item, what is missing and why it costs the points, in Thai.
        List<String> zero = r.err().lines().filter(l -> l.contains("จะได้ 0 คะแนน:")).toList();
        assertThat(zero).singleElement().satisfies(l -> assertThat(l).startsWith("คำเตือน: ")
                .contains("O25 จะได้ 0 คะแนน").contains("ตัวชี้วัดที่ 5").contains("2568"));
        assertThat(r.err()).contains("ฉบับร่าง");
    }

    @Test
    void strictWritesNothingAndExitsOne() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("--lang", "en", "--message-format", "json", "o25", "--strict", "--scores", withoutIndicator5().toString(),
                "--measures", SAMPLE.resolve("measures.yaml").toString(), "--out", out.toString(), "--format", "pdf,docx");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(files(out)).isEmpty();
        List<JsonNode> lines = JsonSchemas.assertValidLines("errors", r.err());
        List<JsonNode> errors = lines.stream().filter(n -> n.has("error")).map(n -> n.get("error")).toList();
        assertThat(errors).extracting(e -> e.get("code").asText()).containsExactly("INDICATOR_NOT_ANALYSED", "STRICT_FINDINGS");
        assertThat(errors.getFirst().get("message").asText()).startsWith("O25 would score 0: ").contains("indicator 5");
        assertThat(errors.getFirst().get("file").asText()).isEqualTo("scores.csv");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFindingOfTheOtherDocumentIsNotThisOnesConcern() throws IOException {
        // Indicator 5 missing costs O25 only: o28 --strict writes its report.
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("--lang", "en", "o28", "--strict", "--scores", withoutIndicator5().toString(),
                "--measures", SAMPLE.resolve("measures.yaml").toString(), "--out", out.toString(), "--format", "txt");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).doesNotContain("would score 0");
        assertThat(files(out)).hasSize(1);
    }

    @Test
    void aContradictedDeclaredTotalOfAVerifiedYearCostsBothDocuments() throws IOException {
        for (String kind : List.of("o25", "o28")) {
            Path out = dir.resolve("out-" + kind);
            CliRun r = CliRun.of("--lang", "en", "--message-format", "json", kind, "--scores", wrongDeclaredIta().toString(),
                    "--measures", SAMPLE.resolve("measures.yaml").toString(), "--out", out.toString(), "--format", "txt");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
            assertThat(files(out)).hasSize(1);
            List<JsonNode> warnings = JsonSchemas.assertValidLines("errors", r.err()).stream()
                    .filter(n -> n.has("warning")).map(n -> n.get("warning")).toList();
            assertThat(warnings).filteredOn(w -> w.get("message").asText().startsWith(kind.toUpperCase() + " would score 0"))
                    .singleElement().satisfies(w -> {
                        assertThat(w.get("code").asText()).isEqualTo("DECLARED_TOTAL_MISMATCH");
                        assertThat(w.get("message").asText()).startsWith(kind.toUpperCase() + " would score 0").contains("80.00");
                    });
            assertThat(warnings).extracting(w -> w.get("code").asText()).contains("WOULD_SCORE_ZERO");
        }
    }

    @Test
    void aCleanSampleSaysNothingMore() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("--lang", "en", "o25", "--strict", "--scores", SAMPLE.resolve("scores.csv").toString(),
                "--measures", SAMPLE.resolve("measures.yaml").toString(), "--out", out.toString(), "--format", "txt");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).doesNotContain("would score 0").doesNotContain("--strict");
        assertThat(files(out)).hasSize(1);
    }

    // --- batch

    /** Two agencies: dcws without indicator 5 in 2568 (needs a fix), dcw2 the sample as it is. */
    private Path national() throws IOException {
        List<String> rows = Files.readAllLines(withoutIndicator5());
        List<String> other = Files.readAllLines(SAMPLE.resolve("scores.csv")).stream().skip(1)
                .map(l -> l.replaceFirst("^dcws,", "dcw2,")).toList();
        Path m = Files.createDirectories(dir.resolve("measures"));
        String measures = Files.readString(SAMPLE.resolve("measures.yaml"));
        Files.writeString(m.resolve("dcws.yaml"), measures);
        Files.writeString(m.resolve("dcw2.yaml"), measures.replace("id: dcws", "id: dcw2"));
        Path all = dir.resolve("all.csv");
        Files.write(all, Stream.concat(rows.stream(), other.stream()).toList());
        return all;
    }

    @Test
    void batchMarksAnAgencyNeedsFixWithItsFindingsAndWritesItsDraft() throws IOException {
        Path all = national();
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("--lang", "en", "--message-format", "json", "batch", "--scores", all.toString(),
                "--measures-dir", dir.resolve("measures").toString(), "--out", out.toString(), "--format", "txt", "--jobs", "1");
        assertThat(r.exitCode()).as("needs_fix alone does not fail the run: " + r.err()).isEqualTo(ExitCodes.OK);
        String summary = Files.readString(out.resolve("summary.json"));
        JsonSchemas.assertValid("batch-summary", summary);
        JsonNode s = new ObjectMapper().readTree(summary);
        assertThat(s.get("needs_fix").asInt()).isEqualTo(1);
        assertThat(s.get("ok").asInt()).isEqualTo(1);
        JsonNode dcws = s.get("results").get(0);
        assertThat(dcws.get("agency_id").asText()).isEqualTo("dcws");
        assertThat(dcws.get("status").asText()).isEqualTo("needs_fix");
        assertThat(dcws.get("files_written").asInt()).isEqualTo(2);
        assertThat(dcws.get("findings")).singleElement().satisfies(f -> {
            assertThat(f.get("code").asText()).isEqualTo("INDICATOR_NOT_ANALYSED");
            assertThat(f.get("doc").asText()).isEqualTo("o25");
            assertThat(f.get("severity").asText()).isEqualTo("error");
        });
        assertThat(s.get("results").get(1).get("status").asText()).isEqualTo("ok");
        assertThat(s.get("results").get(1).get("findings")).isEmpty();
        // The JSON lines: the reason as a warning about dcws, and the count in the last progress line.
        List<JsonNode> lines = JsonSchemas.assertValidLines("errors", r.err());
        assertThat(lines).filteredOn(n -> n.has("warning")).extracting(n -> n.get("warning").get("code").asText() + " " + n.get("warning").get("agency").asText())
                .contains("INDICATOR_NOT_ANALYSED dcws");
        assertThat(lines.getLast().get("progress").get("needs_fix").asInt()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("summary.csv"))).contains("dcws,กรมพัฒนาระบบน้ำชุมชน,needs_fix,");
    }

    @Test
    void batchStrictWritesNothingForThatAgencyAndExitsOne() throws IOException {
        Path all = national();
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("--lang", "th", "batch", "--strict", "--scores", all.toString(), "--progress", "lines",
                "--measures-dir", dir.resolve("measures").toString(), "--out", out.toString(), "--format", "txt", "--jobs", "2");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(files(out)).extracting(p -> p.getFileName().toString())
                .containsExactly("O25_dcw2_2569.txt", "O28_dcw2_2569.txt", "summary.csv", "summary.json");
        JsonNode dcws = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("results").get(0);
        assertThat(dcws.get("status").asText()).isEqualTo("needs_fix");
        assertThat(dcws.get("files")).isEmpty();
        assertThat(r.err()).contains("batch: หน่วยงาน dcws ต้องแก้ไข:").contains("O25 จะได้ 0 คะแนน");
        assertThat(r.out()).contains("ต้องแก้ไข (จะได้ 0 คะแนน)").contains("หน่วยงานที่ต้องแก้ไข");
    }
}
