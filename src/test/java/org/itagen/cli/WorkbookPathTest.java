package org.itagen.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Done-means of issue 13 §1: init writes ITA.xlsx holding the same sample as scores.csv and
 * measures.yaml (in its text-file subfolder), and o25/o28 from the workbook give byte-identical
 * PDF and DOCX to the YAML path.
 */
class WorkbookPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"department", "municipality", "public_organization"})
    void theWorkbookGivesTheSameDocumentsAsTheYaml(String sample, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("ita");
        CliRun init = CliRun.of("init", dir.toString(), "--sample", sample);
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(dir.resolve("ITA.xlsx")).exists();
        for (String doc : List.of("o25", "o28")) {
            Path viaYaml = tmp.resolve("yaml-" + doc);
            Path viaBook = tmp.resolve("book-" + doc);
            CliRun a = CliRun.of(doc, "--scores", dir.resolve(InitCommand.TEXT_FOLDER).resolve("scores.csv").toString(),
                    "--measures", dir.resolve(InitCommand.TEXT_FOLDER).resolve("measures.yaml").toString(), "--out", viaYaml.toString());
            CliRun b = CliRun.of(doc, "--workbook", dir.resolve("ITA.xlsx").toString(), "--out", viaBook.toString());
            assertThat(a.exitCode()).as(a.err()).isZero();
            assertThat(b.exitCode()).as(b.err()).isZero();
            List<Path> files;
            try (Stream<Path> s = Files.list(viaYaml)) { // the documents, not itagen's record of them
                files = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            }
            assertThat(files).hasSize(2);
            // The plain-text dump first: a difference shows as readable text, not bytes.
            CliRun ta = CliRun.of(doc, "--scores", dir.resolve(InitCommand.TEXT_FOLDER).resolve("scores.csv").toString(), "--measures",
                    dir.resolve(InitCommand.TEXT_FOLDER).resolve("measures.yaml").toString(), "--format", "txt", "--out", tmp.resolve("ta" + doc).toString());
            CliRun tb = CliRun.of(doc, "--workbook", dir.resolve("ITA.xlsx").toString(), "--format", "txt",
                    "--out", tmp.resolve("tb" + doc).toString());
            assertThat(tb.exitCode()).as(tb.err()).isZero();
            try (Stream<Path> s = Files.list(tmp.resolve("ta" + doc))) {
                for (Path t : s.toList()) {
                    assertThat(Files.readString(tmp.resolve("tb" + doc).resolve(t.getFileName().toString())))
                            .isEqualTo(Files.readString(t));
                }
            }
            for (Path f : files) {
                Path other = viaBook.resolve(f.getFileName().toString());
                assertThat(other).exists();
                assertThat(Files.readAllBytes(other)).as(doc + " " + f.getFileName()).isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void checkAndAnalyzeReadTheWorkbookAsTheFiles(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("ita");
        assertThat(CliRun.of("init", dir.toString()).exitCode()).isZero();
        String book = dir.resolve("ITA.xlsx").toString();
        CliRun checkFiles = CliRun.of("check", "--scores", dir.resolve(InitCommand.TEXT_FOLDER).resolve("scores.csv").toString(),
                "--measures", dir.resolve(InitCommand.TEXT_FOLDER).resolve("measures.yaml").toString(), "--format", "json");
        CliRun checkBook = CliRun.of("check", "--workbook", book, "--format", "json");
        assertThat(checkBook.exitCode()).as(checkBook.err()).isEqualTo(checkFiles.exitCode());
        CliRun analyzeFiles = CliRun.of("analyze", "--scores", dir.resolve(InitCommand.TEXT_FOLDER).resolve("scores.csv").toString());
        CliRun analyzeBook = CliRun.of("analyze", "--workbook", book);
        assertThat(analyzeBook.exitCode()).as(analyzeBook.err()).isZero();
        // The same analysis; only the line naming the file read differs.
        assertThat(analyzeBook.out().replaceAll("File: [^\n]*?  ", "File:  "))
                .isEqualTo(analyzeFiles.out().replaceAll("File: [^\n]*?  ", "File:  ")).contains("ITA overall");

        // A mistake in the measures sheet: check lists it at its cell.
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(dir.resolve("ITA.xlsx")))) {
            wb.getSheet("มาตรการ").getRow(1).getCell(9).setCellValue("");
            try (var out = Files.newOutputStream(tmp.resolve("bad.xlsx"))) {
                wb.write(out);
            }
        }
        CliRun bad = CliRun.of("check", "--workbook", tmp.resolve("bad.xlsx").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains("มาตรการ!J2");
    }

    @org.junit.jupiter.api.Test
    void workbookAndFilesTogetherIsAUsageError(@TempDir Path tmp) {
        CliRun r = CliRun.of("o25", "--workbook", tmp.resolve("ITA.xlsx").toString(), "--scores", "x.csv", "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--workbook");
        CliRun none = CliRun.of("o25", "--out", tmp.toString());
        assertThat(none.exitCode()).isEqualTo(2);
    }
}
