package org.itagen.cli;

import org.itagen.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: one line on stderr, exit 2, no stack trace, nothing on stdout. */
class AnalyzeCommandTest {
    static final String HEAD = "agency_id,fiscal_year,tool,indicator,score\n";

    @TempDir
    Path tmp;

    String failsWith(String csv, String... extra) throws IOException {
        return failsWithBytes(csv.getBytes(StandardCharsets.UTF_8), extra);
    }

    String failsWithBytes(byte[] bytes, String... extra) throws IOException {
        Path f = tmp.resolve("bad.csv");
        Files.write(f, bytes);
        String[] args = new String[3 + extra.length];
        args[0] = "analyze";
        args[1] = "--scores";
        args[2] = f.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.err().lines().count()).as("one line: %s", r.err()).isEqualTo(1);
        return r.err().strip();
    }

    @Test
    void missingColumn() throws IOException {
        assertThat(failsWith("fiscal_year,tool,indicator\n2568,IIT,1\n")).isEqualTo(
                "error: bad.csv:1: missing column score; the header must have fiscal_year, tool, score "
                        + "(and indicator, item, part, agency_id as needed); found: fiscal_year, tool, indicator");
    }

    @Test
    void unknownTool() throws IOException {
        assertThat(failsWith(HEAD + "A1,2568,XIT,1,90\n"))
                .isEqualTo("error: bad.csv:2: unknown tool \"XIT\"; use IIT, EIT, OIT or ITA");
    }

    @Test
    void scoreAbove100() throws IOException {
        assertThat(failsWith(HEAD + "A1,2568,IIT,1,90\nA1,2568,IIT,2,101\n"))
                .isEqualTo("error: bad.csv:3: score 101 is above 100; scores are 0-100");
    }

    @Test
    void scoreNotANumber() throws IOException {
        assertThat(failsWith(HEAD + "A1,2568,IIT,1,abc\n")).isEqualTo(
                "error: bad.csv:2: score \"abc\" is not a number (0-100); use digits with a dot for decimals, e.g. 91.62");
    }

    @Test
    void duplicateRow() throws IOException {
        assertThat(failsWith(HEAD + "A1,2568,IIT,1,90\nA1,2568,IIT,2,91\nA1,2568,IIT,1,92\n")).isEqualTo(
                "error: bad.csv:4: duplicate row: indicator 1 of 2568 already given at bad.csv:2; keep one of the two");
    }

    @Test
    void emptyFile() throws IOException {
        assertThat(failsWith("")).isEqualTo(
                "error: bad.csv: the file is empty; it needs a header row and score rows (see itagen analyze --help)");
    }

    @Test
    void wrongEncoding() throws IOException {
        byte[] bytes = (HEAD + "A1,2568,IIT,1,90\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xFC; // undefined in windows-874 and invalid in UTF-8
        bad[bytes.length + 1] = '\n';
        assertThat(failsWithBytes(bad)).isEqualTo("error: bad.csv: the file's encoding is neither UTF-8 nor "
                + "windows-874 (Thai); save it from Excel as \"CSV UTF-8 (Comma delimited)\", or name the encoding with --encoding");
    }

    @Test
    void unknownAgency() throws IOException {
        assertThat(failsWith(HEAD + "A1,2568,IIT,1,90\nA2,2568,IIT,1,91\n", "--agency", "B7"))
                .isEqualTo("error: bad.csv: unknown agency \"B7\"; the file has 2 agencies, e.g. A1, A2");
    }

    @Test
    void indicator11() throws IOException {
        assertThat(failsWith(HEAD + "A1,2568,OIT,11,90\n"))
                .isEqualTo("error: bad.csv:2: indicator 11 does not exist; ITA indicators are 1-10");
    }

    @Test
    void badThresholdAndEncodingOptions() throws IOException {
        Path f = Golden.caseDir("seed002-two-years").resolve("scores.csv");
        CliRun r = CliRun.of("analyze", "--scores", f.toString(), "--threshold", "120");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: --threshold: \"120\" is not a score from 0 to 100");
        CliRun e = CliRun.of("analyze", "--scores", f.toString(), "--encoding", "klingon");
        assertThat(e.err().strip()).isEqualTo("error: --encoding: unknown encoding \"klingon\"; use UTF-8 or windows-874");
    }

    @Test
    void textOutputIsAThaiTableAlignedByDisplayWidth() {
        Path f = Golden.caseDir("seed002-two-years").resolve("scores.csv");
        CliRun r = CliRun.of("--lang", "th", "analyze", "--scores", f.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("ผลการประเมิน ITA ภาพรวม").contains("87.99").contains("92.61").contains("ผ่าน");
        // The direction column starts at the same display column on every indicator row, although
        // the Thai names before it have different numbers of (zero-width) marks.
        var rows = r.out().lines().filter(l -> l.matches("^(IIT|EIT|OIT| ) +\\(\\d+\\) .*")).toList();
        assertThat(rows).hasSize(10);
        var widths = rows.stream().map(l -> {
            int i = l.contains("เพิ่ม") ? l.indexOf("เพิ่ม") : l.indexOf("เท่าเดิม");
            return org.itagen.thai.DisplayWidth.displayWidth(l.substring(0, i));
        }).distinct().toList();
        assertThat(widths).as("display width before the direction column").hasSize(1);
    }

    @Test
    void textOutputInEnglishKeepsTheFrameworkNamesAndTheDocumentsThaiNotesInTheJson() throws Exception {
        Path f = Golden.caseDir("seed002-two-years").resolve("scores.csv");
        CliRun r = CliRun.of("--lang", "en", "analyze", "--scores", f.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("ITA analysis: ").contains("ITA overall").contains("FY2567").contains("Notes")
                .contains("FY2568: the ITA score 92.61 reaches ผ่านดี, but not every tool reaches 85.00 (EIT 84.29), so the band is ผ่าน")
                .contains("การปฏิบัติหน้าที่").doesNotContain("ผลการประเมิน ITA ภาพรวม");
        // The JSON carries the notes as the documents print them, in Thai, whatever the language.
        CliRun json = CliRun.of("--lang", "en", "analyze", "--scores", f.toString(), "--format", "json");
        assertThat(json.out()).contains("ปีงบประมาณ 2568: คะแนน ITA 92.61 ถึงเกณฑ์ระดับ ผ่านดี แต่ EIT 84.29 ต่ำกว่า 85.00 จึงได้ระดับ ผ่าน");
        assertThat(CliRun.of("--lang", "th", "analyze", "--scores", f.toString(), "--format", "json").out())
                .as("the JSON is the same in both languages but for the warnings' sentences")
                .contains("ปีงบประมาณ 2568: คะแนน ITA 92.61 ถึงเกณฑ์ระดับ ผ่านดี แต่ EIT 84.29 ต่ำกว่า 85.00 จึงได้ระดับ ผ่าน");
    }

    @Test
    void csvOutputHasOneColumnPerYear() {
        Path f = Golden.caseDir("seed002-two-years").resolve("scores.csv");
        CliRun r = CliRun.of("analyze", "--scores", f.toString(), "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("\uFEFFsection,tool,indicator,item,part,name,score_2567,score_2568,change,direction,rank,mark");
        // The published FY2567 ITA (seed 002: 86.05), not the recomputed 87.99.
        assertThat(r.out()).contains("ita,ITA,,,,ผลการประเมิน ITA ภาพรวม,86.05,92.61,6.56,เพิ่ม,,");
        assertThat(r.out()).contains("weak_item,IIT,3,i7,,");
        CliRun computed = CliRun.of("analyze", "--scores", f.toString(), "--format", "csv", "--totals", "computed");
        assertThat(computed.out()).contains("ita,ITA,,,,ผลการประเมิน ITA ภาพรวม,87.99,92.61,4.62,เพิ่ม,,");
        CliRun bad = CliRun.of("analyze", "--scores", f.toString(), "--totals", "official");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--totals").contains("official");
    }
}
