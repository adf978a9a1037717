package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.itagen.bench.NationalData;
import org.itagen.testing.JsonSchemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze} without --agency on a many-agency file (issue 15 §2, §3): every agency, as text
 * sections, JSON lines or one CSV; one agency's broken row is that agency's error line only, the
 * others are printed all the same, each exactly as {@code --agency} prints it alone.
 */
class AnalyzeAllAgenciesTest {
    @TempDir
    Path dir;
    List<String> ids;
    Path scores;
    int brokenLine;

    @BeforeEach
    void generate() throws IOException {
        ids = NationalData.generate(dir, 4, 5);
        scores = dir.resolve("scores.csv");
        brokenLine = JsonContractTest.breakScore(scores, ids.get(2));
    }

    private CliRun analyze(String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("--lang", "en", "analyze", "--scores", scores.toString()));
        a.addAll(List.of(more));
        return CliRun.of(a.toArray(String[]::new));
    }

    @Test
    void jsonLinesGiveEveryReadableAgencyAsItsOwnAnalysis() throws IOException {
        CliRun r = analyze("--format", "json");
        assertThat(r.exitCode()).as("partial: one agency failed").isEqualTo(ExitCodes.FINDINGS);
        List<JsonNode> docs = JsonSchemas.assertValidLines("analyze", r.out());
        assertThat(docs.stream().map(d -> d.get("agency").get("id").asText()))
                .containsExactly(ids.get(0), ids.get(1), ids.get(3));
        for (JsonNode d : docs) {
            // The same analysis --agency gives for that agency alone (pretty-printed there, one line here).
            CliRun alone = analyze("--format", "json", "--agency", d.get("agency").get("id").asText());
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(alone.out())).isEqualTo(d);
        }
        JsonNode error = JsonSchemas.assertValidLines("errors", r.err()).getFirst().get("error");
        assertThat(error.get("agency").asText()).isEqualTo(ids.get(2));
        assertThat(error.get("code").asText()).isEqualTo("SCORE_NOT_NUMBER");
        assertThat(error.get("line").asInt()).isEqualTo(brokenLine);
    }

    @Test
    void textSectionsAndAnErrorLineNamingTheAgency() {
        CliRun r = analyze();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out().lines().filter(l -> l.startsWith("ITA analysis: ")).count()).isEqualTo(3);
        for (String id : List.of(ids.get(0), ids.get(1), ids.get(3))) {
            assertThat(r.out()).containsPattern("(?m)^ITA analysis: .*\\(" + id + "\\)$");
        }
        assertThat(r.out()).doesNotContain("(" + ids.get(2) + ")");
        assertThat(r.err().strip().lines()).singleElement().asString()
                .startsWith("error: [" + ids.get(2) + "] scores.csv:" + brokenLine + ": score \"1O1\" is not a number");
    }

    @Test
    void oneCsvWithTheAgencyFirst() throws IOException {
        CliRun r = analyze("--format", "csv");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out().substring(1))).getRecords();
        assertThat(rows.getFirst().getParser().getHeaderNames()).startsWith("agency_id", "agency_name", "section")
                .contains("score_2567", "score_2568");
        assertThat(rows.stream().map(x -> x.get("agency_id")).distinct()).containsExactly(ids.get(0), ids.get(1), ids.get(3));
        // Each agency's rows are its --agency CSV's rows, behind its id and name.
        String alone = analyze("--format", "csv", "--agency", ids.get(1)).out();
        List<CSVRecord> own = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(alone.substring(1))).getRecords();
        List<CSVRecord> mine = rows.stream().filter(x -> x.get("agency_id").equals(ids.get(1))).toList();
        assertThat(mine).hasSameSizeAs(own);
        for (int i = 0; i < own.size(); i++) {
            for (String column : own.get(i).getParser().getHeaderNames()) {
                assertThat(mine.get(i).get(column)).as(column).isEqualTo(own.get(i).get(column));
            }
        }
    }

    @Test
    void aFileOfOneAgencyIsPrintedAsBefore() {
        CliRun r = CliRun.of("analyze", "--scores", org.itagen.testing.Golden.projectDir()
                .resolve("samples/department/scores.csv").toString(), "--format", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("{\n").contains("\n  \"agency\" : {");
    }
}
