package org.itagen.cli;

import org.itagen.bench.NationalData;
import org.itagen.report.TemplateLoader;
import org.junit.jupiter.api.BeforeAll;
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
 * The one generation path (report.Generator) and the shared score options (ScoreInputOptions),
 * seen from the commands: o25/o28 and batch give the same bytes, every command that reads scores
 * reports a bad score option in the same words, and batch takes edited templates.
 */
class GenerationPathTest {
    @TempDir
    static Path dir;
    static List<String> ids;

    @BeforeAll
    static void generate() throws IOException {
        ids = NationalData.generate(dir, 3, 23);
    }

    private static String scores() {
        return dir.resolve("scores.csv").toString();
    }

    private static String measures(String id) {
        return dir.resolve("measures").resolve(id + ".yaml").toString();
    }

    private static CliRun batch(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("batch", "--scores", scores(), "--measures-dir",
                dir.resolve("measures").toString(), "--out", out.toString(), "--progress", "none", "--jobs", "2"));
        a.addAll(List.of(more));
        return CliRun.of(a.toArray(String[]::new));
    }

    private static List<Path> documents(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith("O2")).sorted().toList();
        }
    }

    @Test
    void singleAgencyCommandsAndBatchWriteIdenticalBytes() throws IOException {
        Path batchOut = dir.resolve("batch-same");
        CliRun b = batch(batchOut, "--format", "pdf,docx,txt", "--digits", "arabic", "--font", "Laksaman");
        assertThat(b.exitCode()).as(b.out() + b.err()).isZero();
        String id = ids.get(1);
        Path single = dir.resolve("single-same");
        for (String kind : List.of("o25", "o28")) {
            CliRun r = CliRun.of(kind, "--scores", scores(), "--agency", id, "--measures", measures(id), "--out", single.toString(),
                    "--format", "pdf,docx,txt", "--digits", "arabic", "--font", "Laksaman");
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
        List<Path> mine = documents(single);
        assertThat(mine).extracting(p -> p.getFileName().toString()).containsExactly(
                "O25_" + id + "_2569.docx", "O25_" + id + "_2569.pdf", "O25_" + id + "_2569.txt",
                "O28_" + id + "_2569.docx", "O28_" + id + "_2569.pdf", "O28_" + id + "_2569.txt");
        for (Path p : mine) {
            assertThat(Files.readAllBytes(batchOut.resolve(p.getFileName())))
                    .as(p.getFileName().toString()).isEqualTo(Files.readAllBytes(p));
        }
        // The options reached both paths: Arabic digits and the font, not the template's.
        assertThat(Files.readString(single.resolve("O25_" + id + "_2569.txt"))).contains("2568").doesNotContain("๒๕๖๘")
                .contains("Laksaman 16 pt").doesNotContain("TH Sarabun New");
    }

    @Test
    void batchRefusesAMissingDocxReferenceOnceBeforeAnyAgency() {
        Path out = dir.resolve("batch-noref");
        CliRun r = batch(out, "--docx-reference", dir.resolve("letterhead.docx").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).isEqualTo("error: " + dir.resolve("letterhead.docx")
                + ": reference DOCX not found; check the path given to --docx-reference" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    /** Every command that reads scores, with everything else valid, plus the option under test. */
    private static List<String[]> everyScoreCommand(String... option) {
        String id = ids.getFirst();
        Path out = dir.resolve("never-written");
        List<List<String>> base = List.of(
                List.of("analyze", "--scores", scores(), "--agency", id),
                List.of("o25", "--scores", scores(), "--measures", measures(id), "--out", out.toString()),
                List.of("o28", "--scores", scores(), "--measures", measures(id), "--out", out.toString()),
                List.of("check", "--scores", scores(), "--measures", measures(id)),
                List.of("batch", "--scores", scores(), "--measures-dir", dir.resolve("measures").toString(),
                        "--out", out.toString(), "--progress", "none"));
        List<String[]> all = new ArrayList<>();
        for (List<String> b : base) {
            List<String> a = new ArrayList<>(b);
            a.addAll(List.of(option));
            all.add(a.toArray(String[]::new));
        }
        return all;
    }

    @Test
    void aBadScoreOptionGivesTheSameLineInEveryCommand() {
        String[][] cases = {
                {"--threshold", "101"}, {"error: --threshold: \"101\" is not a score from 0 to 100"},
                {"--threshold", "abc"}, {"error: --threshold: \"abc\" is not a score from 0 to 100"},
                {"--encoding", "tis-621x"}, {"error: --encoding: unknown encoding \"tis-621x\"; use UTF-8 or windows-874"},
        };
        for (int i = 0; i < cases.length; i += 2) {
            for (String[] args : everyScoreCommand(cases[i])) {
                CliRun r = CliRun.of(args);
                assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(ExitCodes.INPUT);
                assertThat(r.err()).as(args[0]).isEqualTo(cases[i + 1][0] + System.lineSeparator());
                assertThat(r.out()).as(args[0]).isEmpty();
            }
        }
        assertThat(dir.resolve("never-written")).doesNotExist();
    }

    @Test
    void theSharedOptionsAreOfferedWhereTheyWereAndAgencyNotByBatch() {
        for (String[] args : everyScoreCommand("--help")) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).as(args[0]).contains("--sheet=NAME", "--encoding=ENC", "--framework=FILE", "--threshold=N")
                    .contains("Questions scoring below N are weak (default: 90).");
            if (args[0].equals("batch")) assertThat(r.out()).doesNotContain("--agency");
            else assertThat(r.out()).as(args[0]).contains("--agency=ID");
        }
    }

    @Test
    void batchTakesAnEditedTemplatePerKind() throws IOException {
        Path o25 = dir.resolve("mine-o25.yaml");
        Files.writeString(o25, TemplateLoader.bundledText("o25")
                .replace("- heading: 1. หลักการและเหตุผล", "- heading: 1. ความเป็นมาของมาตรการของเรา"), StandardCharsets.UTF_8);
        Path out = dir.resolve("batch-template");
        CliRun r = batch(out, "--format", "txt", "--template", "o25=" + o25);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        for (String id : ids) {
            assertThat(Files.readString(out.resolve("O25_" + id + "_2569.txt")))
                    .contains("## ๑. ความเป็นมาของมาตรการของเรา").doesNotContain("หลักการและเหตุผล");
            // Only o25 was given: O28 keeps the bundled template.
            assertThat(Files.readString(out.resolve("O28_" + id + "_2569.txt"))).contains("## ๑. ที่มาและความสำคัญ");
        }

        CliRun wrongKind = batch(dir.resolve("batch-wrong"), "--format", "txt", "--template", "o28=" + o25);
        assertThat(wrongKind.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(wrongKind.err()).startsWith("error: mine-o25.yaml").contains("o25").doesNotContain("\n\t");
        assertThat(dir.resolve("batch-wrong")).doesNotExist();

        CliRun notMade = batch(dir.resolve("batch-notmade"), "--docs", "o28", "--template", "o25=" + o25);
        assertThat(notMade.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(notMade.err()).startsWith("error: --template: o25=").contains("--docs");
    }
}
