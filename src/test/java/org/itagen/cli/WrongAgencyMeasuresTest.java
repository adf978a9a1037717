package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measures file whose agency.id names another agency than the scores: every command must
 * refuse it (o25, o28, check: exit 2 at the measures file's agency line; batch: that agency
 * fails), because a document would otherwise print one agency's measures over another's results.
 * The department sample (agency dcws) with its measures file relabelled "other".
 */
class WrongAgencyMeasuresTest {
    @TempDir
    Path dir;

    Path scores() throws IOException {
        Path p = dir.resolve("scores.csv");
        Files.copy(sample("scores.csv"), p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return p;
    }

    Path measures(String agencyId, Path folder, String fileName) throws IOException {
        Files.createDirectories(folder);
        String text = Files.readString(sample("measures.yaml"), StandardCharsets.UTF_8);
        assertThat(text).contains("  id: dcws\n");
        Path p = folder.resolve(fileName);
        Files.writeString(p, text.replace("  id: dcws\n", "  id: " + agencyId + "\n"), StandardCharsets.UTF_8);
        return p;
    }

    static Path sample(String file) {
        return Path.of(System.getProperty("project.basedir", "."), "samples", "department", file);
    }

    @Test
    void o25AndO28RefuseAMeasuresFileOfAnotherAgencyAndWriteNothing() throws IOException {
        Path scores = scores();
        Path measures = measures("other", dir, "measures.yaml");
        for (String kind : new String[]{"o25", "o28"}) {
            Path out = dir.resolve("out-" + kind);
            CliRun r = CliRun.of("--lang", "en", kind, "--scores", scores.toString(), "--measures", measures.toString(),
                    "--out", out.toString(), "--format", "txt");
            assertThat(r.exitCode()).as(kind + ": " + r.err()).isEqualTo(ExitCodes.INPUT);
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).startsWith("error: measures.yaml:").contains("other").contains("dcws");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void o25WithTheRightAgencyStillWrites() throws IOException {
        // The same files with the id left as it is: the refusal above is about the id, nothing else.
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("o25", "--scores", scores().toString(), "--measures",
                measures("dcws", dir, "measures.yaml").toString(), "--out", out.toString(), "--format", "txt");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("O25_dcws_2569.txt")).exists();
    }

    @Test
    void checkRefusesAMeasuresFileOfAnotherAgency() throws IOException {
        CliRun r = CliRun.of("--lang", "en", "check", "--scores", scores().toString(), "--measures",
                measures("other", dir, "measures.yaml").toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err().strip().lines()).hasSize(1);
        // --format json: the error is a JSON line (issue 15), naming the line as the text one does.
        assertThat(r.err()).contains("\"code\":\"AGENCY_MISMATCH\"").contains("\"where\":\"measures.yaml:")
                .contains("other").contains("dcws");
        CliRun same = CliRun.of("check", "--scores", scores().toString(), "--measures",
                measures("dcws", dir, "same.yaml").toString(), "--format", "json");
        assertThat(same.exitCode()).isNotEqualTo(ExitCodes.INPUT);
        assertThat(same.out()).doesNotContain("AGENCY_MISMATCH");
    }

    @Test
    void batchFailsTheAgencyWhoseMeasuresFileNamesAnother() throws IOException {
        Path mdir = dir.resolve("measures");
        measures("other", mdir, "dcws.yaml");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("batch", "--scores", scores().toString(), "--measures-dir", mdir.toString(),
                "--out", out.toString(), "--format", "txt", "--jobs", "1");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode j = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode first = j.get("results").get(0);
        assertThat(first.get("agency_id").asText()).isEqualTo("dcws");
        assertThat(first.get("status").asText()).isEqualTo("failed");
        assertThat(first.get("errors").toString()).contains("other").contains("dcws");
        assertThat(out.resolve("O25_dcws_2569.txt")).doesNotExist();
        assertThat(out.resolve("O25_other_2569.txt")).doesNotExist();
    }
}
