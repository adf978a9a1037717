package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.bench.NationalData;
import org.itagen.render.OutputManifest;
import org.itagen.report.SampleReports;
import org.itagen.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 §5 through the commands: o25/o28 and batch never write over the officer's edits without --force. */
class KeepEditsTest {
    @TempDir
    Path dir;

    private String[] o25(Path out, String... more) {
        Path dcws = SampleReports.dir("department");
        List<String> a = new ArrayList<>(List.of("o25", "--scores", dcws.resolve("scores.csv").toString(),
                "--measures", dcws.resolve("measures.yaml").toString(), "--out", out.toString(), "--format", "pdf,docx"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void aDocxFinishedInWordIsRefusedInBothLanguagesUntilForce() throws IOException {
        Path out = dir.resolve("out");
        assertThat(CliRun.of(o25(out)).exitCode()).isZero();
        assertThat(CliRun.of(o25(out)).exitCode()).as("its own files are replaced").isZero();
        Path docx = out.resolve("O25_dcws_2569.docx");
        Files.write(docx, new byte[]{'P', 'K', 3, 4, 1, 2, 3}); // the officer saved their edits
        Map<String, String> before = Folders.snapshot(out);

        CliRun en = CliRun.of(prepend("--lang", "en", o25(out)));
        assertThat(en.exitCode()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(en.err().strip().lines()).hasSize(1);
        assertThat(en.err()).startsWith("error: " + docx.toAbsolutePath() + ": this file was changed after itagen wrote it")
                .contains("--force");
        assertThat(en.out()).doesNotContain("wrote");
        CliRun th = CliRun.of(prepend("--lang", "th", o25(out)));
        assertThat(th.exitCode()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(th.err()).contains(docx.toAbsolutePath() + ": ไฟล์นี้ถูกแก้ไขหลังจาก itagen สร้างไว้");
        CliRun json = CliRun.of(prepend("--message-format", "json", o25(out)));
        JsonNode error = new ObjectMapper().readTree(json.err()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("OUTPUT_EDITED");
        assertThat(Folders.snapshot(out)).as("nothing written, the PDF neither").isEqualTo(before);

        CliRun forced = CliRun.of(o25(out, "--force"));
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(docx)).startsWith('P', 'K', 3, 4).hasSizeGreaterThan(1000);
    }

    @Test
    void aFileItagenNeverWroteIsRefusedWithItsOwnCode() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("O25_dcws_2569.pdf"), "the officer's own file");
        CliRun r = CliRun.of(prepend("--message-format", "json", o25(out)));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(new ObjectMapper().readTree(r.err()).get("error").get("code").asText()).isEqualTo("OUTPUT_NOT_ITAGENS");
        assertThat(Files.readString(out.resolve("O25_dcws_2569.pdf"))).isEqualTo("the officer's own file");
        assertThat(out.resolve(OutputManifest.FILE_NAME)).doesNotExist();
    }

    @Test
    void inBatchOnlyTheAgencyWithAnEditedFileFails() throws IOException {
        List<String> ids = NationalData.generate(dir, 3, 5);
        Path out = dir.resolve("out");
        String[] batch = {"--lang", "en", "batch", "--scores", dir.resolve("scores.csv").toString(), "--measures-dir",
                dir.resolve("measures").toString(), "--out", out.toString(), "--progress", "none", "--format", "txt"};
        assertThat(CliRun.of(batch).exitCode()).isZero();
        Path edited = out.resolve("O28_" + ids.get(1) + "_2569.txt");
        Files.writeString(edited, "edited by the officer");
        CliRun again = CliRun.of(batch);
        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (JsonNode a : summary.get("results")) {
            boolean isEdited = a.get("agency_id").asText().equals(ids.get(1));
            assertThat(a.get("status").asText()).as(a.toString()).isEqualTo(isEdited ? "failed" : "ok");
            if (isEdited) assertThat(a.toString()).contains("O28_" + ids.get(1) + "_2569.txt").contains("changed after itagen wrote it");
        }
        assertThat(Files.readString(edited)).isEqualTo("edited by the officer");
        String[] forced = java.util.Arrays.copyOf(batch, batch.length + 1);
        forced[batch.length] = "--force";
        assertThat(CliRun.of(forced).exitCode()).isZero();
        assertThat(Files.readString(edited)).isNotEqualTo("edited by the officer");
    }

    private static String[] prepend(String a, String b, String[] rest) {
        String[] out = new String[rest.length + 2];
        out[0] = a;
        out[1] = b;
        System.arraycopy(rest, 0, out, 2, rest.length);
        return out;
    }
}
