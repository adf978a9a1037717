package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.testing.JsonSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code batch --workbooks DIR} and {@code check --workbooks DIR} (issue 13 §1, issue 15 §2): a
 * folder of ITA.xlsx, one per agency; a broken workbook fails only its own agency.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbooksFolderTest {
    Path tmp;
    Path books;

    @BeforeAll
    void folderOfWorkbooks(@TempDir Path tmp) throws IOException {
        this.tmp = tmp;
        books = Files.createDirectories(tmp.resolve("books"));
        for (String s : List.of("department", "municipality", "public_organization")) {
            Path d = tmp.resolve("init-" + s);
            CliRun init = CliRun.of("init", d.toString(), "--sample", s);
            assertThat(init.exitCode()).as(init.err()).isZero();
            Files.copy(d.resolve("ITA.xlsx"), books.resolve(s + ".xlsx"));
        }
        // A copy of the department's with the owner of the first measure left empty: check finds it at its cell.
        try (InputStream in = Files.newInputStream(books.resolve("department.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("มาตรการ").getRow(1).getCell(9).setCellValue("");
            try (OutputStream out = Files.newOutputStream(tmp.resolve("no-owner.xlsx"))) {
                wb.write(out);
            }
        }
        // A copy of the department's without indicator 5's score of 2568 (the year O25 analyses):
        // its documents are still made, but O25 would score 0.
        try (InputStream in = Files.newInputStream(books.resolve("department.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var scores = wb.getSheet("คะแนน");
            int removed = 0;
            for (int r = scores.getLastRowNum(); r >= 1; r--) {
                var row = scores.getRow(r);
                if (row == null || row.getCell(2) == null || row.getCell(3) == null || row.getCell(4) == null) continue;
                if (row.getCell(2).getNumericCellValue() == 2568 && row.getCell(3).getStringCellValue().equals("IIT")
                        && row.getCell(4).getNumericCellValue() == 5) {
                    scores.removeRow(row);
                    removed++;
                }
            }
            assertThat(removed).isPositive();
            try (OutputStream out = Files.newOutputStream(tmp.resolve("no-indicator-5.xlsx"))) {
                wb.write(out);
            }
        }
        Files.write(books.resolve("broken.xlsx"), "not a workbook at all".getBytes());
        Files.write(books.resolve("~$department.xlsx"), new byte[]{1, 2, 3}); // Excel's lock file: not a workbook
        Files.writeString(books.resolve("notes.txt"), "not a workbook either");
    }

    private static Map<String, JsonNode> byAgency(JsonNode results) {
        Map<String, JsonNode> m = new TreeMap<>();
        for (JsonNode r : results) m.put(r.get("agency_id").asText(), r);
        return m;
    }

    @Test
    void batchWritesEveryReadableWorkbooksDocumentsAndFailsOnlyTheBrokenOne() throws IOException {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("--lang", "en", "batch", "--workbooks", books.toString(), "--out", out.toString(),
                "--progress", "none", "--format", "pdf");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonSchemas.assertValid("batch-summary", Files.readString(out.resolve("summary.json")));
        Map<String, JsonNode> agencies = byAgency(summary.get("results"));
        assertThat(agencies.keySet()).containsExactlyInAnyOrder("broken", "dcws", "htn", "aipo");
        assertThat(agencies.get("broken").get("status").asText()).isEqualTo("failed");
        assertThat(agencies.get("broken").toString()).contains("broken.xlsx");
        for (String ok : List.of("dcws", "htn", "aipo")) {
            assertThat(agencies.get(ok).get("status").asText()).as(ok).isEqualTo("ok");
            assertThat(agencies.get(ok).get("agency_name").asText()).as(ok).isNotBlank();
        }
        assertThat(r.out()).contains("broken");
        // The same bytes as o25 --workbook writes for that agency.
        Path one = tmp.resolve("one");
        assertThat(CliRun.of("o25", "--workbook", books.resolve("municipality.xlsx").toString(), "--out", one.toString(),
                "--format", "pdf").exitCode()).isZero();
        try (var s = Files.list(one)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                assertThat(Files.readAllBytes(out.resolve(f.getFileName().toString()))).isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    @Test
    void twoWorkbooksOfOneAgencyDoNotOverwriteEachOther() throws IOException {
        Path twice = Files.createDirectories(tmp.resolve("twice"));
        Files.copy(books.resolve("department.xlsx"), twice.resolve("a.xlsx"));
        Files.copy(books.resolve("department.xlsx"), twice.resolve("b.xlsx"));
        Path out = tmp.resolve("out-twice");
        CliRun r = CliRun.of("--lang", "en", "batch", "--workbooks", twice.toString(), "--out", out.toString(),
                "--progress", "none", "--format", "txt", "--jobs", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Files.readString(out.resolve("summary.csv"))).contains("b.xlsx").contains("as a.xlsx is");
    }

    @Test
    void checkNamesEachAgencyAndExitsOneWhenAnyWouldScoreZero() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("check"));
        Files.copy(books.resolve("municipality.xlsx"), dir.resolve("municipality.xlsx"));
        Files.copy(tmp.resolve("no-owner.xlsx"), dir.resolve("department.xlsx"));
        Files.copy(books.resolve("broken.xlsx"), dir.resolve("broken.xlsx"));
        CliRun r = CliRun.of("--lang", "en", "check", "--workbooks", dir.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        List<JsonNode> lines = JsonSchemas.assertValidLines("check", r.out());
        assertThat(lines).hasSize(4); // three agencies in file-name order, then the summary
        assertThat(lines.subList(0, 3).stream().map(l -> l.get("agency_id").asText())).containsExactly("broken", "dcws", "htn");
        assertThat(lines.get(0).get("status").asText()).isEqualTo("failed");
        assertThat(lines.get(0).get("error").get("code").asText()).isEqualTo("WORKBOOK_FILE_UNREADABLE");
        assertThat(lines.get(1).get("status").asText()).isEqualTo("errors");
        assertThat(lines.get(1).toString()).contains("มาตรการ!J2");
        assertThat(lines.get(2).get("status").asText()).isEqualTo("ok");
        JsonNode summary = lines.get(3).get("summary");
        assertThat(summary.get("would_score_zero")).extracting(JsonNode::asText).containsExactly("broken", "dcws");

        CliRun text = CliRun.of("--lang", "th", "check", "--workbooks", dir.toString());
        assertThat(text.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(text.out()).contains("มาตรการ!J2").contains("htn");

        Path good = Files.createDirectories(tmp.resolve("good"));
        Files.copy(books.resolve("municipality.xlsx"), good.resolve("municipality.xlsx"));
        assertThat(CliRun.of("check", "--workbooks", good.toString()).exitCode()).isZero();
    }

    /**
     * Both features meet (issue 10 §4 and issue 15 §2): a workbook whose documents would score 0
     * (no score of indicator 5 in the year O25 analyses) is written as a draft with status
     * needs_fix and the reason; --strict writes none of its files and the run exits 1, the other agency written.
     */
    @Test
    void aWorkbookThatWouldScoreZeroNeedsAFixAndStrictWritesNoneOfItsFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("needs-fix"));
        Files.copy(books.resolve("municipality.xlsx"), dir.resolve("municipality.xlsx"));
        Files.copy(tmp.resolve("no-indicator-5.xlsx"), dir.resolve("department.xlsx"));
        for (boolean strict : List.of(false, true)) {
            Path out = tmp.resolve(strict ? "out-needs-fix-strict" : "out-needs-fix");
            List<String> args = new java.util.ArrayList<>(List.of("--lang", "en", "batch", "--workbooks", dir.toString(),
                    "--out", out.toString(), "--progress", "none", "--format", "txt"));
            if (strict) args.add("--strict");
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(strict ? ExitCodes.FINDINGS : ExitCodes.OK);
            JsonSchemas.assertValid("batch-summary", Files.readString(out.resolve("summary.json")));
            Map<String, JsonNode> agencies = byAgency(new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("results"));
            assertThat(agencies.get("htn").get("status").asText()).isEqualTo("ok");
            JsonNode dcws = agencies.get("dcws");
            assertThat(dcws.get("status").asText()).isEqualTo("needs_fix");
            assertThat(dcws.toString()).contains("INDICATOR_NOT_ANALYSED").contains("O25 would score 0");
            assertThat(out.resolve("O25_htn_2569.txt")).exists();
            if (strict) {
                assertThat(out.resolve("O25_dcws_2569.txt")).doesNotExist();
                assertThat(out.resolve("O28_dcws_2569.txt")).doesNotExist();
            } else {
                assertThat(out.resolve("O28_dcws_2569.txt")).exists();
            }
        }
    }

    @Test
    void aTemplateMistakeStopsTheRunOnceBeforeAnyWorkbook() throws IOException {
        String t = org.itagen.report.TemplateLoader.bundledText("o25");
        String edited = t.replaceFirst("(?m)^body:\n", "body:\n  - paragraph: \"{{ no_such_name }}\"\n");
        Path template = Files.writeString(tmp.resolve("broken-o25.yaml"), edited);
        int line = edited.lines().toList().indexOf("body:") + 2;
        Path out = tmp.resolve("out-template");
        CliRun r = CliRun.of("--lang", "en", "batch", "--workbooks", books.toString(), "--out", out.toString(),
                "--progress", "none", "--format", "txt", "--template", "o25=" + template);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("error: broken-o25.yaml:" + line + ": ");
        assertThat(r.out()).doesNotContain("failed");
    }

    @Test
    void aFolderWithoutWorkbooksOrMixedOptionsAreOneLineExitTwo() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        for (String cmd : List.of("batch", "check")) {
            CliRun none = CliRun.of("--lang", "en", cmd, "--workbooks", empty.toString(), "--out", tmp.resolve("o").toString());
            if (cmd.equals("check")) none = CliRun.of("--lang", "en", cmd, "--workbooks", empty.toString());
            assertThat(none.exitCode()).isEqualTo(ExitCodes.INPUT);
            assertThat(none.err().strip().lines()).hasSize(1);
            assertThat(none.err()).contains("holds no workbook");
            CliRun mixed = CliRun.of("--lang", "en", cmd, "--workbooks", books.toString(), "--scores", "x.csv");
            assertThat(mixed.exitCode()).isEqualTo(ExitCodes.INPUT);
            assertThat(mixed.err()).contains("--scores").contains("leave");
        }
        CliRun neither = CliRun.of("--lang", "en", "batch", "--out", tmp.resolve("o").toString());
        assertThat(neither.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(neither.err()).contains("--workbooks");
        assertThat(tmp.resolve("o")).doesNotExist();
    }
}
