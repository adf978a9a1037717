package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.bench.NationalData;
import org.itagen.testing.Golden;
import org.itagen.testing.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON contract (issue 15 §1): every JSON document itagen prints validates against the schema
 * it ships (samples, golden cases, many-agency runs, batch summaries, error and warning lines of
 * many kinds), every document carries its versions, JSON errors keep the exit codes of the text
 * ones, and the schemas in the jar are the ones in docs/schema/.
 */
class JsonContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    private static Path sample(String path) {
        return Golden.projectDir().resolve("samples").resolve(path);
    }

    // --- the schemas themselves

    @Test
    void everySchemaIsAValidDraft202012SchemaAndDocsHoldTheSameBytes() throws IOException {
        Path docs = Golden.projectDir().resolve("docs/schema");
        for (String name : JsonSchemas.NAMES) {
            assertThat(JsonSchemas.metaProblems(name)).as(name).isEmpty();
            assertThat(JSON.readTree(JsonSchemas.text(name)).get("$schema").asText())
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            // One source (src/main/resources/org/itagen/schema), copied to docs/schema/ for readers.
            Golden.assertMatches(docs.resolve(name + ".schema.json"), JsonSchemas.text(name));
        }
        try (Stream<Path> s = Files.list(docs)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).as("docs/schema holds only the shipped schemas")
                    .containsExactlyElementsOf(JsonSchemas.NAMES.stream().map(n -> n + ".schema.json").sorted().toList());
        }
    }

    @Test
    void theValidatorRejectsWhatTheSchemasForbid() throws IOException {
        // The oracle must be able to say no: without these the other tests could pass vacuously.
        CliRun r = CliRun.of("analyze", "--scores", sample("department/scores.csv").toString(), "--format", "json");
        ObjectNode doc = (ObjectNode) JSON.readTree(r.out());
        assertThat(JsonSchemas.problems("analyze", doc)).isEmpty();
        ObjectNode noVersion = doc.deepCopy();
        noVersion.remove("schema_version");
        assertThat(JsonSchemas.problems("analyze", noVersion)).isNotEmpty();
        ObjectNode renamed = doc.deepCopy();
        renamed.set("weak_questions", renamed.remove("weak_items"));
        assertThat(JsonSchemas.problems("analyze", renamed)).isNotEmpty();
        ObjectNode badScore = doc.deepCopy();
        ((ObjectNode) badScore.get("indicators").get(0).get("scores")).put("2568", 101);
        assertThat(JsonSchemas.problems("analyze", badScore)).isNotEmpty();
        assertThat(JsonSchemas.problems("errors", "{\"schema_version\":1,\"itagen_version\":\"x\",\"error\":{\"code\":\"X\"}}"))
                .isNotEmpty();
        assertThat(JsonSchemas.problems("errors", "{\"schema_version\":1,\"itagen_version\":\"x\"}")).isNotEmpty();
    }

    // --- analyze

    @ParameterizedTest
    @ValueSource(strings = {"department/scores.csv", "municipality/scores.csv", "public-organization/scores.csv",
            "scores-long.csv", "scores-wide.csv"})
    void analyzeOfEverySampleValidatesInBothLanguages(String path) throws IOException {
        for (String lang : List.of("en", "th")) {
            CliRun r = CliRun.of("--lang", lang, "analyze", "--scores", sample(path).toString(), "--format", "json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonSchemas.assertValid("analyze", r.out());
            JsonNode doc = JSON.readTree(r.out());
            assertThat(doc.get("schema_version").asInt()).isEqualTo(1);
            assertThat(doc.get("itagen_version").asText()).isEqualTo(org.itagen.Version.itagen());
        }
    }

    @Test
    void everyGoldenAnalysisValidates() throws IOException {
        List<Path> golden;
        try (Stream<Path> s = Files.walk(Golden.projectDir().resolve("src/test/resources/cases"))) {
            golden = s.filter(p -> p.getFileName().toString().matches("expected.*\\.json")).sorted().toList();
        }
        assertThat(golden).hasSizeGreaterThanOrEqualTo(15);
        for (Path p : golden) {
            assertThat(JsonSchemas.problems("analyze", Files.readString(p))).as(p.toString()).isEmpty();
        }
    }

    // --- check

    @Test
    void checkReportsValidate() throws IOException {
        Path scores = Files.writeString(dir.resolve("scores.csv"), CheckTestData.scores());
        Path measures = Files.writeString(dir.resolve("measures.yaml"), CheckTestData.measures());
        CliRun clean = CliRun.of("check", "--scores", scores.toString(), "--measures", measures.toString(), "--format", "json");
        JsonSchemas.assertValid("check", clean.out());

        // Findings of both severities: a measure without owner (error) and an unanswered indicator (warning).
        Path broken = Files.writeString(dir.resolve("broken.yaml"), CheckTestData.measures().replaceFirst("(?m)^\\s*owner:.*\\n", ""));
        CliRun errors = CliRun.of("--lang", "th", "check", "--scores", scores.toString(), "--measures", broken.toString(),
                "--format", "json", "--doc", "o28");
        assertThat(errors.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonSchemas.assertValid("check", errors.out());
        assertThat(JSON.readTree(errors.out()).get("errors").asInt()).isPositive();

        for (String s : List.of("department", "municipality", "public-organization")) {
            CliRun r = CliRun.of("check", "--scores", sample(s + "/scores.csv").toString(), "--measures",
                    sample(s + "/measures.yaml").toString(), "--format", "json");
            JsonSchemas.assertValid("check", r.out());
        }
        Files.createDirectories(dir.resolve("empty"));
        CliRun generated = CliRun.of("check", "--generated", dir.resolve("empty").toString(), "--format", "json");
        JsonSchemas.assertValid("check", generated.out());
        assertThat(JSON.readTree(generated.out()).get("agency").isNull()).isTrue();
    }

    // --- many agencies: analyze, check --measures-dir, batch

    @Test
    void manyAgencyRunsPrintValidJsonLinesAndBatchSummaries() throws IOException {
        List<String> ids = NationalData.generate(dir, 5, 17);
        Path scores = dir.resolve("scores.csv");
        Files.delete(dir.resolve("measures").resolve(ids.get(3) + ".yaml"));
        breakScore(scores, ids.get(1));

        CliRun analyze = CliRun.of("analyze", "--scores", scores.toString(), "--format", "json");
        assertThat(analyze.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(JsonSchemas.assertValidLines("analyze", analyze.out())).hasSize(4);
        assertThat(JsonSchemas.assertValidLines("errors", analyze.err())).singleElement()
                .satisfies(e -> assertThat(e.get("error").get("agency").asText()).isEqualTo(ids.get(1)));

        CliRun check = CliRun.of("check", "--scores", scores.toString(), "--measures-dir", dir.resolve("measures").toString(),
                "--format", "json");
        List<JsonNode> lines = JsonSchemas.assertValidLines("check", check.out());
        assertThat(lines).hasSize(6);
        assertThat(lines.getLast().get("summary").get("skipped_agencies")).hasSize(1);

        Path out = dir.resolve("out");
        CliRun batch = CliRun.of("batch", "--scores", scores.toString(), "--measures-dir", dir.resolve("measures").toString(),
                "--out", out.toString(), "--format", "txt", "--message-format", "json", "--layout", "per-agency");
        assertThat(batch.exitCode()).as(batch.err()).isEqualTo(ExitCodes.FINDINGS);
        String summary = Files.readString(out.resolve("summary.json"));
        JsonSchemas.assertValid("batch-summary", summary);
        assertThat(batch.out()).as("stdout is summary.json").isEqualTo(summary);
        List<JsonNode> events = JsonSchemas.assertValidLines("errors", batch.err());
        assertThat(events.getFirst().has("progress")).isTrue();
        assertThat(events.getLast().get("progress").get("finished").asBoolean()).isTrue();
        assertThat(events.stream().filter(e -> e.has("error")).map(e -> e.get("error").get("agency").asText()))
                .containsExactly(ids.get(1));
        assertThat(events.stream().filter(e -> e.has("warning")).map(e -> e.get("warning").get("code").asText()))
                .containsExactly("NO_MEASURES_FILE");

        CliRun plain = CliRun.of("batch", "--scores", scores.toString(), "--measures-dir", dir.resolve("measures").toString(),
                "--out", dir.resolve("out2").toString(), "--format", "txt", "--progress", "none");
        JsonSchemas.assertValid("batch-summary", Files.readString(dir.resolve("out2/summary.json")));
        assertThat(plain.exitCode()).isEqualTo(batch.exitCode());
    }

    /** Replaces the first score of {@code id} with "1O1" (a letter O for a zero). */
    static int breakScore(Path scores, String id) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(scores, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + ",") && lines.get(i).contains(",2568,IIT,3,,,")) {
                lines.set(i, lines.get(i).replaceFirst(",[0-9.]+$", ",1O1"));
                Files.write(scores, lines, StandardCharsets.UTF_8);
                return i + 1;
            }
        }
        throw new AssertionError("no row of " + id);
    }

    // --- templates vars

    @Test
    void templatesVarsValidatesInBothLanguages() {
        for (String lang : List.of("en", "th")) {
            CliRun r = CliRun.of("--lang", lang, "templates", "vars", "--format", "json");
            JsonSchemas.assertValid("templates-vars", r.out());
        }
    }

    // --- errors and warnings on stderr

    /** Runs once with text errors and once with JSON errors: same exit code, one valid line, the text line's words. */
    private JsonNode errorOf(int exitCode, String... args) throws IOException {
        CliRun text = CliRun.of(args);
        List<String> withJson = new ArrayList<>(List.of("--message-format", "json"));
        withJson.addAll(List.of(args));
        CliRun json = CliRun.of(withJson.toArray(String[]::new));
        assertThat(text.exitCode()).as(text.err()).isEqualTo(exitCode);
        assertThat(json.exitCode()).as("same exit code with JSON errors").isEqualTo(exitCode);
        // The text line's prefix is in the run's language ("ข้อผิดพลาด: " in Thai); the JSON key stays "error".
        String label = (List.of(args).contains("th") ? org.itagen.Messages.text(org.itagen.Messages.THAI, "label.error") : "error") + ": ";
        assertThat(text.err().strip().lines()).singleElement().asString().startsWith(label);
        JsonNode line = JsonSchemas.assertValidLines("errors", json.err()).getFirst();
        assertThat(json.err().strip().lines()).hasSize(1);
        JsonNode e = line.get("error");
        // The JSON says what the text line says: where, then the message.
        String where = e.get("where").isNull() ? "" : e.get("where").asText() + ": ";
        assertThat(text.err().strip()).isEqualTo(label + where + e.get("message").asText());
        return e;
    }

    @Test
    void errorsOfEveryKindGoOutAsOneValidJsonLineWithTheirExitCode() throws IOException {
        JsonNode missing = errorOf(ExitCodes.INPUT, "--lang", "en", "analyze", "--scores", dir.resolve("nope.csv").toString());
        assertThat(missing.get("code").asText()).isEqualTo("SCORES_NOT_FOUND");
        assertThat(missing.get("file").asText()).endsWith("nope.csv");

        JsonNode usage = errorOf(ExitCodes.INPUT, "--lang", "en", "analyze", "--scores", "x.csv", "--bogus");
        assertThat(usage.get("code").asText()).isEqualTo("UNKNOWN_OPTION");
        assertThat(usage.get("message").asText()).contains("--bogus");

        JsonNode option = errorOf(ExitCodes.INPUT, "--lang", "en", "analyze", "--scores", "x.csv", "--encoding", "latin1");
        assertThat(option.get("code").asText()).isEqualTo("ENCODING_UNSUPPORTED");
        assertThat(option.get("where").asText()).isEqualTo("--encoding");
        assertThat(option.get("file").isNull()).isTrue();

        Path csv = Files.writeString(dir.resolve("scores.csv"),
                "fiscal_year,tool,indicator,score\n2568,IIT,1,91.5\n2568,IIT,2,1O1\n");
        JsonNode row = errorOf(ExitCodes.INPUT, "--lang", "th", "analyze", "--scores", csv.toString());
        assertThat(row.get("code").asText()).isEqualTo("SCORE_NOT_NUMBER");
        assertThat(row.get("file").asText()).isEqualTo("scores.csv");
        assertThat(row.get("line").asInt()).isEqualTo(3);

        Path xlsx = dir.resolve("scores.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(xlsx)) {
            XSSFSheet sh = wb.createSheet("คะแนน 2568");
            String[] head = {"fiscal_year", "tool", "indicator", "score"};
            Row h = sh.createRow(0);
            for (int c = 0; c < head.length; c++) h.createCell(c).setCellValue(head[c]);
            Row r = sh.createRow(1);
            r.createCell(0).setCellValue(2568);
            r.createCell(1).setCellValue("IIT");
            r.createCell(2).setCellValue(1);
            r.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
            wb.write(o);
        }
        JsonNode cell = errorOf(ExitCodes.INPUT, "--lang", "en", "analyze", "--scores", xlsx.toString());
        assertThat(cell.get("code").asText()).isEqualTo("CELL_EXCEL_ERROR");
        assertThat(cell.get("file").asText()).isEqualTo("scores.xlsx");
        assertThat(cell.get("sheet").asText()).isEqualTo("คะแนน 2568");
        assertThat(cell.get("cell").asText()).isEqualTo("D2");
        assertThat(cell.get("line").isNull()).isTrue();

        // Output: a file where the output folder should be (exit 3).
        Path notDir = Files.writeString(dir.resolve("file"), "x");
        JsonNode output = errorOf(ExitCodes.OUTPUT, "--lang", "en", "batch", "--scores", sample("department/scores.csv").toString(),
                "--measures-dir", dir.toString(), "--out", notDir.toString());
        assertThat(output.get("file").asText()).endsWith("file");
    }

    @Test
    void formatJsonAloneMakesErrorsJson() throws IOException {
        CliRun r = CliRun.of("analyze", "--scores", dir.resolve("nope.csv").toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.out()).isEmpty();
        JsonSchemas.assertValidLines("errors", r.err());
        CliRun check = CliRun.of("check", "--scores", dir.resolve("nope.csv").toString(), "--measures", "m.yaml", "--format=JSON");
        JsonSchemas.assertValidLines("errors", check.err());
        // --message-format wins over --format.
        CliRun text = CliRun.of("analyze", "--scores", dir.resolve("nope.csv").toString(), "--format", "json",
                "--message-format", "text");
        assertThat(text.err()).startsWith("error: ");
    }

    @Test
    void warningsOfO25GoOutAsJsonToo() throws IOException {
        // A question of indicator 1 missing: MISSING_QUESTIONS; a font family that is not installed: FONT_NOT_INSTALLED.
        String scores = Files.readString(sample("department/scores.csv"));
        String without = scores.lines().filter(l -> !l.matches(".*,2568,IIT,1,i1,.*")).reduce("", (a, b) -> a + b + "\n");
        assertThat(without).isNotEqualTo(scores);
        Path s = Files.writeString(dir.resolve("scores.csv"), without);
        CliRun r = CliRun.of("--message-format", "json", "o25", "--scores", s.toString(), "--measures",
                sample("department/measures.yaml").toString(), "--out", dir.resolve("out").toString(), "--format", "txt",
                "--font", "No Such Family");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> lines = JsonSchemas.assertValidLines("errors", r.err());
        assertThat(lines).allMatch(l -> l.has("warning"));
        assertThat(lines.stream().map(l -> l.get("warning").get("code").asText()))
                .contains("FONT_NOT_INSTALLED", "MISSING_QUESTIONS");
    }
}
