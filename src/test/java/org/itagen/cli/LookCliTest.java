package org.itagen.cli;

import org.itagen.report.LookFixture;
import org.itagen.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 §4 through the CLI: the look in both files, and mistakes as one line, exit 2, nothing written. */
class LookCliTest {
    @TempDir
    Path tmp;

    private CliRun o25(LookFixture f, Path out, String... more) {
        String[] base = {"o25", "--scores", f.scores.toString(), "--measures", f.measures.toString(), "--out", out.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }

    private static void oneLine(CliRun r, String start) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err().strip().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("error: " + start);
    }

    @Test
    void logoAndSignatureInBothFiles() throws IOException {
        LookFixture f = LookFixture.create(tmp);
        Path out = tmp.resolve("out");
        CliRun r = o25(f, out);
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path pdf = out.resolve("O25_htn_2569.pdf");
        String list = ExternalTools.run(60, "pdfimages", "-list", pdf.toString()).stdout();
        assertThat(list.lines().filter(l -> l.matches("\\s*\\d+\\s+\\d+\\s+image .*"))).hasSize(2);
        assertThat(ExternalTools.pdfToText(pdf)).contains("(นายสมชาย ใจดี)");
        try (var z = new java.util.zip.ZipFile(out.resolve("O25_htn_2569.docx").toFile())) {
            assertThat(z.stream().filter(e -> e.getName().startsWith("word/media/"))).hasSize(2);
        }
    }

    @Test
    void missingPictureIsOneLineWithTheFileLineAndNothingWritten() throws IOException {
        LookFixture f = LookFixture.create(tmp, "\nlogo: ตรา.png\n");
        Path out = tmp.resolve("out");
        CliRun r = o25(f, out);
        oneLine(r, "measures.yaml:");
        assertThat(r.err()).contains("ตรา.png");
        assertThat(out).doesNotExist();
        // In Thai, as the officer reads it; check lists it too.
        CliRun th = CliRun.of("--lang", "th", "o25", "--scores", f.scores.toString(), "--measures", f.measures.toString(),
                "--out", out.toString());
        assertThat(th.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(th.err().strip().lines()).hasSize(1);
        assertThat(th.err()).matches("(?s)ข้อผิดพลาด: measures\\.yaml:\\d+: logo: ไม่พบไฟล์ภาพ \"ตรา\\.png\" .*");
        CliRun check = CliRun.of("check", "--scores", f.scores.toString(), "--measures", f.measures.toString());
        assertThat(check.exitCode()).isNotZero();
        assertThat(check.out() + check.err()).contains("MEASURES_REJECTED").containsPattern("measures\\.yaml:\\d+: logo: image file \"ตรา\\.png\" not found");
    }

    @Test
    void badLetterheadAndBothDocxOptionsAreOneLine() throws IOException {
        LookFixture f = LookFixture.create(tmp, "");
        Path notes = Files.writeString(tmp.resolve("letterhead.docx"), "not a zip");
        Path out = tmp.resolve("out");
        oneLine(o25(f, out, "--docx-letterhead", notes.toString()), notes.toString());
        oneLine(o25(f, out, "--docx-letterhead", tmp.resolve("none.docx").toString()), tmp.resolve("none.docx").toString());
        oneLine(o25(f, out, "--docx-letterhead", notes.toString(), "--docx-reference", notes.toString()), "");
        assertThat(out).doesNotExist();
    }
}
