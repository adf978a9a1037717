package org.itagen.cli;

import org.itagen.report.ReportContentTestAccess;
import org.itagen.report.SampleReports;
import org.itagen.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The o25, o28, init and templates commands, run in-process; PDF and DOCX read back as text. */
class ReportCommandsTest {
    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String[] args(String kind, String sample, Path out, String... more) {
        Path d = SampleReports.dir(sample);
        List<String> a = new ArrayList<>(List.of(kind, "--scores", d.resolve("scores.csv").toString(),
                "--measures", d.resolve("measures.yaml").toString(), "--out", out.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    /**
     * The "done when": for every sample both commands write PDF and DOCX whose text holds
     * every indicator, the ITA total and band, each measure's title, steps, period and owner, and
     * for O28 each result and outcome. DOCX is read through LibreOffice's own PDF export.
     */
    @Test
    void everySampleGivesPdfAndDocxWithEveryComponent(@TempDir Path tmp) {
        ExternalTools.require("pdftotext");
        ExternalTools.require("soffice");
        List<Path> docx = new ArrayList<>();
        List<String[]> cases = new ArrayList<>();
        for (String sample : SampleReports.SAMPLES) {
            for (String kind : List.of("o25", "o28")) {
                CliRun r = run(args(kind, sample, tmp));
                assertThat(r.exitCode()).as(r.err()).isZero();
                String id = ReportContentTestAccess.agencyId(kind, sample);
                Path pdf = tmp.resolve(kind.toUpperCase() + "_" + id + "_2569.pdf");
                Path doc = tmp.resolve(kind.toUpperCase() + "_" + id + "_2569.docx");
                assertThat(r.out()).contains("wrote " + pdf).contains("wrote " + doc);
                assertThat(pdf).exists();
                assertThat(doc).exists();
                ReportContentTestAccess.assertComponents(kind, sample, pdfText(pdf));
                docx.add(doc);
                cases.add(new String[]{kind, sample});
            }
        }
        Path converted = tmp.resolve("lo");
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=file://" + tmp.toAbsolutePath().resolve(".lo-profile"),
                "--convert-to", "pdf", "--outdir", converted.toString()));
        docx.forEach(p -> cmd.add(p.toString()));
        ExternalTools.Result r = ExternalTools.run(600, cmd.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        for (int i = 0; i < docx.size(); i++) {
            Path pdf = converted.resolve(docx.get(i).getFileName().toString().replace(".docx", ".pdf"));
            assertThat(pdf).as("LibreOffice output for %s", docx.get(i)).exists();
            ReportContentTestAccess.assertComponents(cases.get(i)[0], cases.get(i)[1], pdfText(pdf));
        }
    }

    /** Text in content order: table cells stay whole, as a reader of the page sees them. */
    static String pdfText(Path pdf) {
        ExternalTools.Result r = ExternalTools.run(60, "pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return r.stdout();
    }

    @Test
    void arabicDigitsAndTextOutput(@TempDir Path tmp) throws Exception {
        CliRun r = run(args("o25", "department", tmp, "--format", "txt", "--digits", "arabic"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        String txt = Files.readString(tmp.resolve("O25_dcws_2569.txt"));
        assertThat(txt).contains("digits arabic").contains("92.07 คะแนน").doesNotContain("๙๒.๐๗");
        assertThat(tmp.resolve("O25_dcws_2569.pdf")).doesNotExist();

        ExternalTools.require("pdftotext");
        CliRun pdf = run(args("o25", "department", tmp, "--format", "pdf", "--digits", "arabic"));
        assertThat(pdf.exitCode()).as(pdf.err()).isZero();
        String text = pdfText(tmp.resolve("O25_dcws_2569.pdf"));
        assertThat(text).contains("92.07").doesNotContain("๙๒.๐๗");
    }

    @Test
    void anEditedTemplateChangesTheDocument(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t");
        CliRun e = run("templates", "export", t.toString());
        assertThat(e.exitCode()).as(e.err()).isZero();
        assertThat(e.out()).contains("o25.yaml").contains("o28.yaml");
        Path o28 = t.resolve("o28.yaml");
        Files.writeString(o28, Files.readString(o28).replace("- heading: 1. ที่มาและความสำคัญ", "- heading: 1. ความเป็นมา"));
        CliRun r = run(args("o28", "municipality", tmp, "--format", "txt", "--template", o28.toString()));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(tmp.resolve("O28_htn_2569.txt"))).contains("## ๑. ความเป็นมา").doesNotContain("ที่มาและความสำคัญ");

        // Exporting again would lose the edit.
        CliRun again = run("templates", "export", t.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("o25.yaml: already exists");
        assertThat(run("templates", "export", "--force", t.toString()).exitCode()).isZero();

        // An O28 template given to o25 is refused with its line.
        CliRun wrong = run(args("o25", "municipality", tmp, "--format", "txt", "--template", o28.toString()));
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err().strip()).startsWith("error: o28.yaml:").contains("this is an O28 template but the command makes O25");
    }

    @Test
    void badMeasuresGiveOneLineAndNoOutput(@TempDir Path tmp) throws Exception {
        Path m = tmp.resolve("measures.yaml");
        Files.writeString(m, Files.readString(SampleReports.dir("municipality").resolve("measures.yaml"))
                .replace("    owner: กองช่าง", "    ownr: กองช่าง"));
        Path out = tmp.resolve("out");
        CliRun r = run("o25", "--scores", SampleReports.dir("municipality").resolve("scores.csv").toString(),
                "--measures", m.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("error: measures.yaml:").contains("unknown key \"ownr\"").contains("(did you mean \"owner\"?)")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFontFileIsOneLineAndAnUnknownFamilyAWarning(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        String scores = SampleReports.dir("municipality").resolve("scores.csv").toString();
        String measures = SampleReports.dir("municipality").resolve("measures.yaml").toString();
        CliRun missing = run("o25", "--scores", scores, "--measures", measures, "--out", out.toString(),
                "--font", tmp.resolve("THSarabunNew.ttf").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).hasSize(1);
        assertThat(missing.err()).startsWith("error: --font: font file ").contains("does not exist");
        assertThat(out).doesNotExist();

        CliRun family = run("o25", "--scores", scores, "--measures", measures, "--out", out.toString(),
                "--font", "No Such Family", "--format", "txt");
        assertThat(family.exitCode()).isZero();
        assertThat(family.err()).contains("warning: --font: \"No Such Family\" is not installed; the PDF uses ");
    }

    @Test
    void usageMistakes(@TempDir Path tmp) throws Exception {
        assertThat(run(args("o25", "department", tmp, "--format", "odt")).exitCode()).isEqualTo(2);
        assertThat(run(args("o25", "department", tmp, "--digits", "roman")).exitCode()).isEqualTo(2);
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        CliRun r = run(args("o25", "department", file, "--format", "txt"));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("--out must be a folder");
        CliRun missing = run("o28", "--scores", SampleReports.dir("department").resolve("scores.csv").toString(),
                "--measures", tmp.resolve("none.yaml").toString(), "--out", tmp.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("none.yaml: file not found");
    }

    @Test
    void initWritesAWorkingExampleAndNeverOverwrites(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("ita");
        CliRun r = run("init", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // The workbook on top; the text files in their own folder, so the top folder's scripts never meet them.
        Path text = dir.resolve(InitCommand.TEXT_FOLDER);
        assertThat(dir.resolve("ITA.xlsx")).exists();
        assertThat(dir.resolve("scores.csv")).doesNotExist();
        assertThat(dir.resolve("measures.yaml")).doesNotExist();
        assertThat(text.resolve("scores.csv")).exists();
        assertThat(text.resolve("measures.yaml")).exists();
        String readme = Files.readString(dir.resolve("README.txt"), StandardCharsets.UTF_8);
        assertThat(readme).contains("itagen o25 --workbook ITA.xlsx", "itagen o25 --scores scores.csv --measures measures.yaml");

        // The example works as it is, both ways.
        CliRun o28 = run("o28", "--scores", text.resolve("scores.csv").toString(), "--measures", text.resolve("measures.yaml").toString(),
                "--out", dir.resolve("out").toString(), "--format", "txt");
        assertThat(o28.exitCode()).as(o28.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/O28_dcws_2569.txt"))).contains("เพิ่มขึ้นจาก");
        CliRun book = run("o28", "--workbook", dir.resolve("ITA.xlsx").toString(), "--out", dir.resolve("book").toString(), "--format", "txt");
        assertThat(book.exitCode()).as(book.err()).isZero();
        assertThat(Files.readString(dir.resolve("book/O28_dcws_2569.txt"))).isEqualTo(Files.readString(dir.resolve("out/O28_dcws_2569.txt")));

        // A second init refuses, and writes nothing at all when only some files exist (here: in the subfolder).
        CliRun again = run("init", dir.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists and init never overwrites");
        Path partial = tmp.resolve("partial");
        Files.createDirectories(partial.resolve(InitCommand.TEXT_FOLDER));
        Files.writeString(partial.resolve(InitCommand.TEXT_FOLDER).resolve("measures.yaml"), "mine");
        assertThat(run("init", partial.toString()).exitCode()).isEqualTo(2);
        assertThat(partial.resolve("ITA.xlsx")).doesNotExist();
        assertThat(partial.resolve(InitCommand.TEXT_FOLDER).resolve("scores.csv")).doesNotExist();
        assertThat(Files.readString(partial.resolve(InitCommand.TEXT_FOLDER).resolve("measures.yaml"))).isEqualTo("mine");
        // A file where the subfolder goes: refused before anything is written.
        Path blocked = Files.createDirectories(tmp.resolve("blocked"));
        Files.writeString(blocked.resolve(InitCommand.TEXT_FOLDER), "mine");
        CliRun refused = run("init", blocked.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(InitCommand.TEXT_FOLDER, "already exists and init never overwrites");
        assertThat(blocked.resolve("ITA.xlsx")).doesNotExist();

        CliRun muni = run("init", "--sample", "municipality", tmp.resolve("m").toString());
        assertThat(muni.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("m").resolve(InitCommand.TEXT_FOLDER).resolve("measures.yaml"))).contains("เทศบาลตำบลห้วยทรายงาม");
    }

    @Test
    void sameInputsGiveTheSameBytes(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(run(args("o28", "department", a)).exitCode()).isZero();
        assertThat(run(args("o28", "department", b)).exitCode()).isZero();
        for (String f : List.of("O28_dcws_2569.pdf", "O28_dcws_2569.docx")) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
    }

    @Test
    void aFileOfManyAgenciesIsPickedByTheMeasuresId(@TempDir Path tmp) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String sample : SampleReports.SAMPLES) {
            List<String> lines = Files.readAllLines(SampleReports.dir(sample).resolve("scores.csv"));
            if (all.isEmpty()) all.append(lines.get(0)).append('\n');
            lines.subList(1, lines.size()).forEach(l -> all.append(l).append('\n'));
        }
        Path scores = Files.writeString(tmp.resolve("all.csv"), all);
        CliRun r = run("o25", "--scores", scores.toString(), "--measures", SampleReports.dir("municipality").resolve("measures.yaml").toString(),
                "--out", tmp.toString(), "--format", "txt");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(tmp.resolve("O25_htn_2569.txt"))).contains("เทศบาลตำบลห้วยทรายงาม");
        CliRun other = run("o25", "--scores", scores.toString(), "--agency", "nope", "--measures",
                SampleReports.dir("municipality").resolve("measures.yaml").toString(), "--out", tmp.toString(), "--format", "txt");
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("unknown agency \"nope\"");
    }
}
