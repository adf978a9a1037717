package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.bench.NationalData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** batch --layout and the skipped agencies named on the terminal (issue 15 §2). */
class BatchLayoutTest {
    @TempDir
    Path dir;
    List<String> ids;

    @BeforeEach
    void generate() {
        ids = NationalData.generate(dir, 4, 23);
    }

    private CliRun batch(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("--lang", "en", "batch", "--scores", dir.resolve("scores.csv").toString(),
                "--measures-dir", dir.resolve("measures").toString(), "--out", out.toString(), "--progress", "none",
                "--format", "txt"));
        a.addAll(List.of(more));
        return CliRun.of(a.toArray(String[]::new));
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void perAgencyPutsEachAgencysFilesInItsOwnFolderWithTheSameBytes() throws IOException {
        Path flat = dir.resolve("flat");
        Path per = dir.resolve("per");
        assertThat(batch(flat).exitCode()).isZero();
        CliRun r = batch(per, "--layout", "per-agency");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> expected = new ArrayList<>(List.of("summary.csv", "summary.json"));
        for (String id : ids) {
            expected.add(id + "/" + org.itagen.render.OutputManifest.FILE_NAME); // what itagen wrote there (issue 13 §5)
            expected.add(id + "/O25_" + id + "_2569.txt");
            expected.add(id + "/O28_" + id + "_2569.txt");
        }
        assertThat(tree(per)).containsExactlyInAnyOrderElementsOf(expected);
        for (String id : ids) {
            String name = "O25_" + id + "_2569.txt";
            assertThat(Files.readString(per.resolve(id).resolve(name))).isEqualTo(Files.readString(flat.resolve(name)));
        }
        JsonNode summary = new ObjectMapper().readTree(per.resolve("summary.json").toFile());
        assertThat(summary.get("results").get(0).get("files").get(0).asText()).isEqualTo(ids.getFirst() + "/O25_" + ids.getFirst() + "_2569.txt");
        assertThat(tree(flat)).allMatch(p -> !p.contains("/"));
    }

    @Test
    void skippedAgenciesAreNamed() throws IOException {
        Files.delete(dir.resolve("measures").resolve(ids.get(1) + ".yaml"));
        Files.delete(dir.resolve("measures").resolve(ids.get(3) + ".yaml"));
        CliRun r = batch(dir.resolve("out"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("skipped (no measures file): " + ids.get(1) + ", " + ids.get(3) + "\n");
    }

    @Test
    void manySkippedAgenciesAreNamedUpToTwentyAndCounted() throws IOException {
        List<String> many = NationalData.generate(dir.resolve("many"), 25, 3);
        for (String id : many) Files.delete(dir.resolve("many/measures").resolve(id + ".yaml"));
        CliRun r = CliRun.of("--lang", "en", "batch", "--scores", dir.resolve("many/scores.csv").toString(), "--measures-dir",
                dir.resolve("many/measures").toString(), "--out", dir.resolve("out").toString(), "--progress", "none");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("skipped (no measures file): " + String.join(", ", many.subList(0, 20))
                + " ... and 5 more (see summary.csv)");
        CliRun th = CliRun.of("--lang", "th", "batch", "--scores", dir.resolve("many/scores.csv").toString(), "--measures-dir",
                dir.resolve("many/measures").toString(), "--out", dir.resolve("out").toString(), "--progress", "none");
        assertThat(th.out()).contains("ข้าม (ไม่มีไฟล์มาตรการ): " + many.getFirst()).contains("และอีก 5 หน่วยงาน");
    }

    @Test
    void anUnknownLayoutIsAnInputError() {
        CliRun r = batch(dir.resolve("out"), "--layout", "nested");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).startsWith("error: --layout: \"nested\" is not one of flat, per-agency");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
