package org.itagen.cli;

import org.itagen.bench.NationalData;
import org.itagen.report.SampleReports;
import org.itagen.testing.Folders;
import org.itagen.testing.Golden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's hostile and faulty inputs outside score reading, each through the command line:
 * the exit code, the one line that says what and where (file:line), and the output folder
 * exactly as it was before the run (earlier documents untouched, no temporary file left).
 */
class HardeningCliTest {
    @TempDir
    Path dir;
    Path out;
    Path dcws;
    Path htn;
    Map<String, String> before;

    @BeforeEach
    void folderWithEarlierDocuments() throws IOException {
        dcws = SampleReports.dir("department");
        htn = SampleReports.dir("municipality");
        out = dir.resolve("out");
        Files.createDirectories(out);
        // Last year's run (written by itagen, so recorded in its manifest): a refused run must
        // leave these exactly as they are.
        Map<Path, byte[]> earlier = new java.util.LinkedHashMap<>();
        earlier.put(out.resolve("O25_dcws_2569.pdf"), "earlier pdf".getBytes(StandardCharsets.UTF_8));
        earlier.put(out.resolve("O25_dcws_2569.docx"), "earlier docx".getBytes(StandardCharsets.UTF_8));
        earlier.put(out.resolve("O28_dcws_2569.pdf"), "earlier o28".getBytes(StandardCharsets.UTF_8));
        org.itagen.render.OutputManifest.write(earlier, false, p -> { }, org.itagen.render.OutputFiles.Io.DEFAULT);
        before = Folders.snapshot(out);
    }

    /** Exit code, exactly one line on stderr starting with "error: " + where, and the folder unchanged. */
    private void refused(CliRun r, int code, String where) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(code);
        assertThat(r.err().strip().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("error: " + where);
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("Exception");
        assertThat(Folders.snapshot(out)).as("output folder unchanged").isEqualTo(before);
    }

    /** o28 of the department sample with another measures file, PDF only. */
    private String[] o28(Path measures) {
        return new String[]{"o28", "--scores", dcws.resolve("scores.csv").toString(), "--measures", measures.toString(),
                "--out", out.toString(), "--format", "pdf"};
    }

    private String[] o25(Path scores, Path measures, String... more) {
        List<String> a = new ArrayList<>(List.of("o25", "--scores", scores.toString(), "--measures", measures.toString(),
                "--out", out.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    // --- measures of one agency with the scores of another -------------------------------------

    @Test
    void o25RefusesTheMeasuresOfOneAgencyWithTheScoresOfAnother() {
        CliRun r = CliRun.of(o25(htn.resolve("scores.csv"), dcws.resolve("measures.yaml")));
        refused(r, 2, "measures.yaml:2: ");
        assertThat(r.err()).contains("\"dcws\"").contains("htn").contains("scores.csv");
    }

    @Test
    void o28RefusesTheMeasuresOfOneAgencyWithTheScoresOfAnother() {
        CliRun r = CliRun.of("o28", "--scores", htn.resolve("scores.csv").toString(), "--measures",
                dcws.resolve("measures.yaml").toString(), "--out", out.toString());
        refused(r, 2, "measures.yaml:2: ");
    }

    @Test
    void checkRefusesTheMeasuresOfOneAgencyWithTheScoresOfAnother() {
        CliRun r = CliRun.of("check", "--scores", htn.resolve("scores.csv").toString(), "--measures",
                dcws.resolve("measures.yaml").toString());
        refused(r, 2, "measures.yaml:2: ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anAgencyOptionNamingAnotherAgencyThanTheMeasuresIsRefused() throws IOException {
        Path both = dir.resolve("both.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(dcws.resolve("scores.csv")));
        lines.addAll(Files.readAllLines(htn.resolve("scores.csv")).subList(1, 10));
        Files.write(both, lines);
        CliRun r = CliRun.of(o25(both, dcws.resolve("measures.yaml"), "--agency", "htn"));
        refused(r, 2, "measures.yaml:2: ");
    }

    // --- options that name nothing, dates no file can hold ----------------------------------------

    @Test
    void anEmptyFormatListIsExitTwoNotASilentSuccess() {
        refused(CliRun.of(o25(dcws.resolve("scores.csv"), dcws.resolve("measures.yaml"), "--format", ",")), 2, "--format: ");
    }

    @Test
    void batchWithAnEmptyDocsListIsExitTwo() {
        NationalData.generate(dir, 2, 3);
        CliRun r = CliRun.of("batch", "--scores", dir.resolve("scores.csv").toString(), "--measures-dir",
                dir.resolve("measures").toString(), "--out", out.toString(), "--docs", ",");
        refused(r, 2, "--docs: ");
    }

    // --- templates ---------------------------------------------------------------------------------

    /** The bundled O25 template with {@code paragraph} as the first block of its body; its line in {@code line[0]}. */
    static Path template(Path dir, String name, String paragraph, int[] line) throws IOException {
        String t = Files.readString(Golden.projectDir().resolve("templates/o25.yaml"));
        int at = t.indexOf("\nbody:\n");
        assertThat(at).isPositive();
        line[0] = (int) t.substring(0, at).chars().filter(c -> c == '\n').count() + 3;
        String edited = t.substring(0, at) + "\nbody:\n  - paragraph: \"" + paragraph + "\"\n" + t.substring(at + "\nbody:\n".length());
        return Files.writeString(dir.resolve(name), edited, StandardCharsets.UTF_8);
    }

    private Path template(String name, String paragraph, int[] line) throws IOException {
        return template(dir, name, paragraph, line);
    }

    private CliRun withTemplate(Path template) {
        return CliRun.of(o25(dcws.resolve("scores.csv"), dcws.resolve("measures.yaml"), "--template", template.toString()));
    }

    @Test
    void aHugeRangeStopsAtItsTemplateLineAtOnce() throws IOException {
        int[] line = new int[1];
        Path t = template("range.yaml", "{% for i in range(1, 100000000) %}{% endfor %}x", line);
        long t0 = System.nanoTime();
        CliRun r = withTemplate(t);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        refused(r, 2, "range.yaml:" + line[0] + ": ");
        assertThat(r.err()).contains("range holds more than 1,000,000 numbers");
        assertThat(ms).as("no hundred million numbers are built first").isLessThan(15_000);
    }

    @Test
    void nestedLoopsStopAtTheirTemplateLine() throws IOException {
        int[] line = new int[1];
        Path t = template("nested.yaml", "{% for i in range(1, 5000) %}{% for j in range(1, 5000) %}{% endfor %}{% endfor %}x", line);
        CliRun r = withTemplate(t);
        refused(r, 2, "nested.yaml:" + line[0] + ": ");
        assertThat(r.err()).contains("loops of this text run more than 1,000,000 times");
    }

    @Test
    void aTextThatWritesTooMuchStopsAtItsTemplateLine() throws IOException {
        int[] line = new int[1];
        Path t = template("big.yaml", "{% for i in range(1, 900000) %}{{ i }}{% endfor %}", line);
        CliRun r = withTemplate(t);
        refused(r, 2, "big.yaml:" + line[0] + ": ");
        assertThat(r.err()).contains("more than 200,000 characters");
    }

    @Test
    void aValueDoubledInALoopStopsAtItsTemplateLine() throws IOException {
        int[] line = new int[1];
        Path t = template("double.yaml", "{% set s = 'ab' %}{% for i in range(1, 60) %}{% set s = s ~ s %}{% endfor %}{{ s|length }}", line);
        CliRun r = withTemplate(t);
        refused(r, 2, "double.yaml:" + line[0] + ": ");
        assertThat(r.err()).contains("set would keep a text of more than");
    }

    @Test
    void macrosAndIncludesAreNotAvailableInTemplates() throws IOException {
        int[] line = new int[1];
        Path t = template("macro.yaml", "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", line);
        CliRun r = withTemplate(t);
        refused(r, 2, "macro.yaml:" + line[0] + ": ");
        assertThat(r.err()).contains("{% macro %} is not available");
        Path inc = template("include.yaml", "{% include 'o25.yaml' %}", line);
        refused(withTemplate(inc), 2, "include.yaml:" + line[0] + ": ");
    }

    @Test
    void anEmptyTemplateBodyIsExitTwo() throws IOException {
        String t = Files.readString(Golden.projectDir().resolve("templates/o25.yaml"));
        Path empty = Files.writeString(dir.resolve("empty.yaml"), t.substring(0, t.indexOf("\nbody:")) + "\nbody: []\n");
        CliRun r = withTemplate(empty);
        refused(r, 2, "empty.yaml: ");
        assertThat(r.err()).contains("body is empty");
    }

    @Test
    void aBodyThatShowsNothingIsExitTwoAtItsFirstBlock() throws IOException {
        String t = Files.readString(Golden.projectDir().resolve("templates/o25.yaml"));
        String head = t.substring(0, t.indexOf("\nbody:"));
        int bodyLine = (int) head.chars().filter(c -> c == '\n').count() + 2;
        Path none = Files.writeString(dir.resolve("none.yaml"), head + "\nbody:\n  - paragraph: x\n    if: false\n");
        CliRun r = withTemplate(none);
        refused(r, 2, "none.yaml:" + (bodyLine + 1) + ": ");
        assertThat(r.err()).contains("every if: condition is false");
    }

    // --- text no document may carry -----------------------------------------------------------------

    @Test
    void aControlCharacterInTheMeasuresNeverReachesADocx() throws IOException {
        String m = Files.readString(dcws.resolve("measures.yaml"));
        String title = "    title: ยกระดับมาตรฐานการให้บริการตามคู่มือ";
        assertThat(m).contains(title);
        // A YAML escape is how a BEL (or ESC, VT) survives the YAML reader.
        Path bel = Files.writeString(dir.resolve("measures.yaml"), m.replace(title, "    title: \"ยกระดับ\\aมาตรฐาน\""));
        CliRun r = CliRun.of(o25(dcws.resolve("scores.csv"), bel));
        refused(r, 2, "measures.yaml:" + lineOf(m, title) + ": ");
        assertThat(r.err()).contains("BEL (U+0007)").contains("ยกระดับ<BEL>มาตรฐาน");
    }

    /** The 1-based line of the first line of {@code text} that {@code part} starts. */
    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aVerticalTabTypedIntoTheMeasuresIsNamedWithItsLine() throws IOException {
        String m = Files.readString(dcws.resolve("measures.yaml"));
        String title = "    title: ยกระดับมาตรฐานการให้บริการตามคู่มือ";
        Path vt = Files.writeString(dir.resolve("measures.yaml"), m.replace(title, "    title: ยกระดับ\u000Bมาตรฐาน"));
        CliRun r = CliRun.of(o25(dcws.resolve("scores.csv"), vt));
        refused(r, 2, "measures.yaml:" + lineOf(m, title) + ": ");
        assertThat(r.err()).contains("VT (U+000B)").contains("ยกระดับ<VT>มาตรฐาน");
        // check refuses it the same way: the file cannot be read
        refused(CliRun.of("check", "--scores", dcws.resolve("scores.csv").toString(), "--measures", vt.toString()), 2,
                "measures.yaml:" + lineOf(m, title) + ": ");
    }

    @Test
    void controlCharactersInATemplateAreNamedWithTheirTemplateLine() throws IOException {
        int[] line = new int[1];
        Path esc = template("esc.yaml", "ก่อน\\eหลัง", line); // the YAML escape \e is ESC
        CliRun r = withTemplate(esc);
        refused(r, 2, "esc.yaml:" + line[0] + ": ");
        assertThat(r.err()).contains("ESC (U+001B)");
        Path nul = template("nul.yaml", "ก่อน\u0000หลัง", line);
        CliRun n = withTemplate(nul);
        refused(n, 2, "nul.yaml:" + line[0] + ": ");
        assertThat(n.err()).contains("NUL (U+0000)");
    }

    @Test
    void aMeasuresFileOfManyMegabytesIsRefusedBeforeParsing() throws IOException {
        String m = Files.readString(dcws.resolve("measures.yaml"));
        Path big = Files.writeString(dir.resolve("measures.yaml"), m + "# " + "x".repeat(3 * 1024 * 1024) + "\n");
        long t0 = System.nanoTime();
        CliRun r = CliRun.of(o25(dcws.resolve("scores.csv"), big));
        refused(r, 2, "measures.yaml: ");
        assertThat(r.err()).contains("the file is 3.0 MB, more than the 2 MB");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void aDeviceOrAFolderAsMeasuresIsRefusedAtOnce() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        refused(CliRun.of(o25(dcws.resolve("scores.csv"), zero)), 2, "/dev/zero: ");
        refused(CliRun.of(o25(dcws.resolve("scores.csv"), dir)), 2, dir + ": is not a file");
        Path fifo = dir.resolve("pipe.yaml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo));
        refused(CliRun.of(o25(dcws.resolve("scores.csv"), fifo)), 2, fifo + ": is not a file");
    }

    @Test
    void anEmojiIsAWarningNamingTheTextAndTheDocumentsAreWritten() throws IOException {
        String m = Files.readString(dcws.resolve("measures.yaml"));
        String title = "    title: ยกระดับมาตรฐานการให้บริการตามคู่มือ";
        Path emoji = Files.writeString(dir.resolve("measures.yaml"), m.replace(title, "    title: \"ยกระดับมาตรฐาน🙂การให้บริการ\""));
        CliRun r = CliRun.of(o25(dcws.resolve("scores.csv"), emoji, "--format", "pdf"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: O25: no embedded font can show 🙂 (U+1F642) in \"ยกระดับมาตรฐาน🙂การให้บริการ\"");
        assertThat(Files.readString(out.resolve("O25_dcws_2569.pdf"), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(Folders.temporaries(out)).isEmpty();
    }

    @Test
    void evidenceLinksOtherThanWebOrMailAreRefused() throws IOException {
        String m = Files.readString(dcws.resolve("measures.yaml"));
        String url = "https://www.dcws.example.go.th/service-manual-2569";
        assertThat(m).contains(url);
        for (String bad : List.of("file:///C:/Windows/System32/calc.exe", "javascript:alert(1)", "JavaScript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=", "\\\\server\\share\\x.pdf", "www.dcws.example.go.th", "https:///etc/passwd")) {
            Path measures = Files.writeString(dir.resolve("measures.yaml"), m.replace(url, bad.replace("\\", "\\\\")));
            CliRun r = CliRun.of(o28(measures));
            refused(r, 2, "measures.yaml:" + lineOf(m, url) + ": ");
            assertThat(r.err()).as(bad).contains("is not a web address (http:// or https://) or an e-mail address");
            // o25 reads the same measures file: refused there too, and listed by check
            refused(CliRun.of(o25(dcws.resolve("scores.csv"), measures)), 2, "measures.yaml:" + lineOf(m, url) + ": ");
        }
        Path js = Files.writeString(dir.resolve("measures.yaml"), m.replace(url, "javascript:alert(1)"));
        CliRun check = CliRun.of("check", "--scores", dcws.resolve("scores.csv").toString(), "--measures", js.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("measures.yaml:" + lineOf(m, url) + ": the link \"javascript:alert(1)\"");
        Path mail = Files.writeString(dir.resolve("measures.yaml"), m.replace(url, "mailto:saraban@dcws.example.go.th"));
        CliRun ok = CliRun.of(o28(mail));
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(Files.readString(out.resolve("O28_dcws_2569.pdf"), StandardCharsets.ISO_8859_1)).contains("mailto:saraban@dcws");
    }

    // --- output ----------------------------------------------------------------------------------------

    @Test
    void aFolderInTheWayOfTheDocxLeavesTheEarlierPdfAsItWas() throws IOException {
        // What a DOCX held open by Word does on Windows: the PDF would be new, the DOCX not.
        Files.delete(out.resolve("O25_dcws_2569.docx"));
        Files.createDirectories(out.resolve("O25_dcws_2569.docx").resolve("inside"));
        before = Folders.snapshot(out);
        CliRun r = CliRun.of(o25(dcws.resolve("scores.csv"), dcws.resolve("measures.yaml")));
        refused(r, 3, out.resolve("O25_dcws_2569.docx").toAbsolutePath() + ": ");
        assertThat(r.out()).doesNotContain("wrote");
    }

    @Test
    void anOutFolderThatIsAFileIsExitThree() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        CliRun r = CliRun.of("o25", "--scores", dcws.resolve("scores.csv").toString(), "--measures",
                dcws.resolve("measures.yaml").toString(), "--out", file.toString());
        refused(r, 3, file + ": ");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void temporaryFilesOfADeadRunAreRemovedAndASetAsideFilePutBack() throws IOException {
        // What a kill -9 leaves: a temp of a process that is gone, and an earlier O28 set aside
        // whose new version never arrived.
        long dead = deadPid();
        Files.writeString(out.resolve(".itagen-" + dead + "-123.O25_dcws_2569.pdf.tmp"), "half");
        Files.move(out.resolve("O28_dcws_2569.pdf"), out.resolve(".itagen-" + dead + "-456.O28_dcws_2569.pdf.old"));
        Files.writeString(out.resolve(".itagen-notours.txt"), "not a temp name");
        CliRun r = CliRun.of(o25(dcws.resolve("scores.csv"), dcws.resolve("measures.yaml"), "--format", "txt"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Folders.temporaries(out)).containsExactly(".itagen-notours.txt");
        assertThat(Files.readString(out.resolve("O28_dcws_2569.pdf"))).isEqualTo("earlier o28");
    }

    /** A process id no process has. */
    static long deadPid() {
        for (long pid = 4_000_000; ; pid++) {
            if (ProcessHandle.of(pid).isEmpty()) return pid;
        }
    }

    // --- batch -------------------------------------------------------------------------------------------

    private List<String> batchData(int n) {
        return NationalData.generate(dir, n, 5);
    }

    private CliRun batch(String... more) {
        List<String> a = new ArrayList<>(List.of("batch", "--scores", dir.resolve("scores.csv").toString(),
                "--measures-dir", dir.resolve("measures").toString(), "--out", out.toString(), "--progress", "none",
                "--jobs", "2"));
        a.addAll(List.of(more));
        return CliRun.of(a.toArray(String[]::new));
    }

    @Test
    void aTemplateMistakeStopsTheBatchOnceBeforeAnyAgency() throws IOException {
        batchData(4);
        int[] line = new int[1];
        Path t = template("broken.yaml", "{{ no_such_name }}", line);
        CliRun r = batch("--template", "o25=" + t, "--format", "txt");
        refused(r, 2, "broken.yaml:" + line[0] + ": ");
        assertThat(r.out()).doesNotContain("failed");
    }

    @Test
    void aRunawayTemplateStopsTheBatchOnceAtItsLine() throws IOException {
        batchData(3);
        int[] line = new int[1];
        Path t = template("nested.yaml", "{% for i in range(1, 5000) %}{% for j in range(1, 5000) %}{% endfor %}{% endfor %}x", line);
        CliRun r = batch("--template", "o25=" + t, "--format", "txt");
        refused(r, 2, "nested.yaml:" + line[0] + ": ");
    }

    /** Copies generated agency {@code from} to a new id: its score rows and its measures file. */
    private void renameAgency(String from, String to) throws IOException {
        Path scores = dir.resolve("scores.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(scores));
        List<String> copies = lines.stream().filter(l -> l.startsWith(from + ",")).map(l -> to + l.substring(from.length())).toList();
        lines.addAll(copies);
        Files.write(scores, lines);
        String m = Files.readString(dir.resolve("measures").resolve(from + ".yaml"));
        Files.writeString(dir.resolve("measures").resolve(to + ".yaml"), m.replace("id: " + from, "id: \"" + to + "\""));
    }

    @Test
    void agenciesWhoseFileNamesClashBothFailNamingEachOther() throws Exception {
        List<String> ids = batchData(3);
        renameAgency(ids.get(0), "x y");
        renameAgency(ids.get(1), "x_y");
        renameAgency(ids.get(2), "ABC");
        renameAgency(ids.get(2), "abc");
        CliRun r = batch("--format", "txt");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        String csv = Files.readString(out.resolve("summary.csv"));
        assertThat(line(csv, "x y")).contains("failed").contains("agency \"x y\" and agency \"x_y\"").containsPattern("scores\\.csv:\\d+");
        assertThat(line(csv, "x_y")).contains("failed").contains("agency \"x_y\" and agency \"x y\"");
        assertThat(line(csv, "ABC")).contains("failed").contains("\"abc\"");
        assertThat(line(csv, "abc")).contains("failed").contains("\"ABC\"");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.contains("x_y") || n.toLowerCase(java.util.Locale.ROOT).contains("abc"))
                    .contains("O25_" + ids.get(0) + "_2569.txt");
        }
        assertThat(Folders.temporaries(out)).isEmpty();
    }

    /** The summary.csv row of an agency, its cells joined by " | ". */
    private static String line(String csv, String id) {
        try (var p = org.apache.commons.csv.CSVParser.parse(csv.substring(1), org.apache.commons.csv.CSVFormat.DEFAULT)) {
            return p.getRecords().stream().filter(r -> r.get(0).equals(id)).map(r -> String.join(" | ", r.toList()))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void summaryCsvCellsCannotRunAsFormulas() throws Exception {
        List<String> ids = batchData(2);
        renameAgency(ids.get(0), "=1+2");
        renameAgency(ids.get(1), "@SUM(A1)");
        CliRun r = batch("--format", "txt");
        String csv = Files.readString(out.resolve("summary.csv"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String l : csv.lines().skip(1).toList()) {
            String first = l.startsWith("\"") ? l.substring(1) : l;
            assertThat(first).as(l).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+").doesNotStartWith("-");
        }
        assertThat(csv).contains("'=1+2,").contains("'@SUM(A1),");
        assertThat(Pattern.compile("^\"?=", Pattern.MULTILINE).matcher(csv).find()).isFalse();
    }

    // --- reference DOCX ---------------------------------------------------------------------------------

    @Test
    void aMacroDocumentAsReferenceGivesADocxWithoutMacros() throws Exception {
        Path ref = Files.write(dir.resolve("letterhead.docx"), org.itagen.render.docx.ReferenceDocxAccess.docmRenamed());
        CliRun r = CliRun.of(o25(dcws.resolve("scores.csv"), dcws.resolve("measures.yaml"), "--docx-reference", ref.toString(),
                "--format", "docx"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (var z = new java.util.zip.ZipFile(out.resolve("O25_dcws_2569.docx").toFile())) {
            assertThat(z.stream().map(java.util.zip.ZipEntry::getName)).noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("vba"));
            String types = new String(z.getInputStream(z.getEntry("[Content_Types].xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(types).doesNotContain("macroEnabled").doesNotContain("vbaProject");
        }
    }

    @Test
    void aZipBombReferenceStopsTheBatchOnceBeforeAnyAgency() throws IOException {
        batchData(3);
        Path bomb = Files.write(dir.resolve("bomb.docx"), org.itagen.render.docx.ReferenceDocxAccess.bomb());
        long t0 = System.nanoTime();
        CliRun r = batch("--docx-reference", bomb.toString(), "--format", "docx");
        refused(r, 2, bomb + ": ");
        assertThat(r.err()).contains("would unpack to more than");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(30_000);
    }
}
