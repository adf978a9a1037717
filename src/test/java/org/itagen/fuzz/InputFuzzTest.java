package org.itagen.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.cli.CliRun;
import org.itagen.report.SampleReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing (Jazzer) of every parser an officer's or a stranger's file reaches:
 * score CSV in the long and the wide layout, score XLSX, the measures YAML and a template YAML.
 * Each input goes through the real command line, and the only thing asserted is the promise of
 * the README: a documented exit code, one "error:" line at most, never an internal error or a
 * stack trace, and no output left behind by a refused run.
 *
 * <p>`mvn verify` fuzzes {@link #allInputs} (every parser) for {@link #CI_BUDGET} in its own JVM
 * (the {@code fuzz} surefire execution in pom.xml, JAZZER_FUZZ=1; {@code -Dfuzz.skip} leaves it
 * out), starting from the seeds in {@code src/test/resources/org/itagen/fuzz/InputFuzzTestInputs/}
 * and any crash reproducer Jazzer saved there. One parser by hand, for {@link #BUDGET}:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='InputFuzzTest#csvLong'}; without JAZZER_FUZZ the same
 * command replays that target's seeds. The class is kept out of the ordinary test run so that
 * Jazzer's agent does not instrument the other tests.
 */
class InputFuzzTest {
    /** Fuzzing time of {@link #allInputs} in `mvn verify`: with the JVM's start, under a minute. */
    static final String CI_BUDGET = "30s";
    /** Fuzzing time of one parser's target when run by hand. */
    static final String BUDGET = "5m";
    private static final Set<Integer> READ_CODES = Set.of(0, 1, 2);
    private static Path dir;

    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("itagen-fuzz");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Every parser in one target, so that CI fuzzes them all in one JVM (Jazzer fuzzes one target
     * per run): the input's last byte chooses the parser, the rest is the file (seeds:
     * {@code InputFuzzTestInputs/allInputs/}, the per-parser seeds with that byte appended).
     */
    @FuzzTest(maxDuration = CI_BUDGET)
    void allInputs(FuzzedDataProvider data) throws IOException {
        switch (data.consumeInt(0, 4)) {
            case 0 -> csvLong(data.consumeRemainingAsBytes());
            case 1 -> csvWide(data.consumeRemainingAsBytes());
            case 2 -> xlsx(data);
            case 3 -> measuresYaml(data.consumeRemainingAsBytes());
            default -> templateYaml(data.consumeRemainingAsBytes());
        }
    }

    @FuzzTest(maxDuration = BUDGET)
    void csvLong(byte[] data) throws IOException {
        analyze(data, "scores.csv");
    }

    @FuzzTest(maxDuration = BUDGET)
    void csvWide(byte[] data) throws IOException {
        analyze(data, "wide.csv");
    }

    /** Workbooks built from the fuzzer's choices: headings, text, numbers, formulas, dates, percents, errors. */
    @FuzzTest(maxDuration = BUDGET)
    void xlsx(FuzzedDataProvider data) throws IOException {
        Path file = dir.resolve("scores.xlsx");
        List<String> headings = List.of("agency_id", "agency_name", "fiscal_year", "tool", "indicator", "item", "part",
                "score", "indicator", "2567", "2568", "ปีงบประมาณ", "คะแนน", "", "ITA", "x");
        List<String> words = List.of("IIT", "EIT", "OIT", "ITA", "1", "10", "i1", "e4", "public", "survey", "2567", "2568",
                "91.62", "93,08", "๙๑.๖๒", "", " ", "=1/0", "\u0000", "ag1", "ag2", "ระดับผลการประเมิน", "AA", "ผ่าน");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            int sheets = data.consumeInt(1, 3);
            for (int s = 0; s < sheets; s++) {
                Sheet sheet = wb.createSheet("s" + s + data.consumeString(8).replaceAll("[\\[\\]*/\\\\?:]", ""));
                int rows = data.consumeInt(0, 30);
                int cols = data.consumeInt(1, 10);
                for (int r = 0; r < rows; r++) {
                    Row row = sheet.createRow(data.consumeInt(0, 60));
                    for (int c = 0; c < cols; c++) {
                        Cell cell = row.createCell(c);
                        switch (data.consumeInt(0, 7)) {
                            case 0 -> cell.setCellValue(data.pickValue(headings));
                            case 1 -> cell.setCellValue(data.pickValue(words));
                            case 2 -> cell.setCellValue(data.consumeDouble());
                            case 3 -> cell.setCellValue(data.consumeInt(-5, 2600));
                            case 4 -> cell.setCellFormula(data.pickValue(List.of("1+1", "A1", "1/0", "SUM(A1:A3)", "\"x\"")));
                            case 5 -> {
                                cell.setCellValue(data.consumeProbabilityDouble());
                                var style = wb.createCellStyle();
                                style.setDataFormat(wb.createDataFormat().getFormat(data.pickValue(List.of("0%", "0.00%", "yyyy-mm-dd", "@"))));
                                cell.setCellStyle(style);
                            }
                            case 6 -> cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
                            default -> cell.setCellValue(data.consumeString(20));
                        }
                    }
                }
            }
            wb.write(out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return; // POI refused to build this workbook: nothing to read
        }
        List<String> args = new java.util.ArrayList<>(List.of("analyze", "--scores", file.toString()));
        if (data.consumeBoolean()) args.addAll(List.of("--sheet", "s" + data.consumeInt(0, 3)));
        documented(CliRun.of(args.toArray(String[]::new)), READ_CODES, null);
    }

    @FuzzTest(maxDuration = BUDGET)
    void measuresYaml(byte[] data) throws IOException {
        Path measures = Files.write(dir.resolve("measures.yaml"), data);
        Path scores = SampleReports.dir("department").resolve("scores.csv");
        documented(CliRun.of("check", "--scores", scores.toString(), "--measures", measures.toString()), READ_CODES, null);
        Path out = dir.resolve("out-measures");
        documented(CliRun.of("o25", "--scores", scores.toString(), "--measures", measures.toString(), "--out", out.toString(),
                "--format", "txt"), Set.of(0, 2), out);
    }

    @FuzzTest(maxDuration = BUDGET)
    void templateYaml(byte[] data) throws IOException {
        Path template = Files.write(dir.resolve("o25.yaml"), data);
        Path sample = SampleReports.dir("department");
        Path out = dir.resolve("out-template");
        documented(CliRun.of("o25", "--scores", sample.resolve("scores.csv").toString(), "--measures",
                sample.resolve("measures.yaml").toString(), "--template", template.toString(), "--out", out.toString(),
                "--format", "txt"), Set.of(0, 2), out);
    }

    private static void analyze(byte[] data, String name) throws IOException {
        Path file = Files.write(dir.resolve(name), data);
        documented(CliRun.of("analyze", "--scores", file.toString()), READ_CODES, null);
        documented(CliRun.of("analyze", "--scores", file.toString(), "--format", "json"), READ_CODES, null, true);
    }

    /**
     * The README's promise for any input: a documented exit code, at most one error line (and in a
     * run over many agencies, analyze without --agency, at most one per agency, each naming it:
     * "error: [ID] ..."), never an internal error or a stack trace; with --format json every stderr
     * line is a JSON object; a refused run writes nothing into {@code out}.
     */
    static void documented(CliRun r, Set<Integer> codes, Path out) throws IOException {
        documented(r, codes, out, false);
    }

    /**
     * @param json the run asked for --format json. Known from the command, not guessed from stderr:
     *     a plain error line echoes the input, which may itself contain {@code "schema_version"}.
     */
    static void documented(CliRun r, Set<Integer> codes, Path out, boolean json) throws IOException {
        assertThat(r.exitCode()).as(r.err()).isIn(codes);
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(r.err().lines().filter(l -> l.startsWith("error:") && !l.startsWith("error: [")).count()).as(r.err())
                .isLessThanOrEqualTo(1);
        List<String> perAgency = r.err().lines().filter(l -> l.startsWith("error: [")).toList();
        assertThat(perAgency.stream().map(l -> l.substring(0, l.indexOf("] ") + 1)).distinct().count()).as(r.err())
                .isEqualTo(perAgency.size());
        if (!perAgency.isEmpty()) assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        if (json) {
            assertThat(r.err().lines()).as(r.err()).allMatch(l -> l.startsWith("{\"schema_version\":1,"));
        }
        if (out != null && Files.isDirectory(out)) {
            try (Stream<Path> files = Files.list(out)) {
                List<Path> left = files.toList();
                if (r.exitCode() != 0) assertThat(left).as("a refused run leaves nothing").isEmpty();
                for (Path p : left) Files.delete(p); // the next input starts from an empty folder
            }
        }
    }
}
