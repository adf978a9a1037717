package org.itagen.cli;

import org.itagen.Messages;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Thai README.txt that init writes walks the whole path, check included, in the words the
 * program prints: if a message or a script step is reworded, this says the README is out of date.
 */
class InitReadmeTest {
    private static final String README = new String(InitCommand.resource("org/itagen/init/README.txt"), StandardCharsets.UTF_8);

    @Test
    void explainsEveryStepFromDataToPublishing() {
        assertThat(README).contains("scores.csv", "measures.yaml", "\"" + InitCommand.TEXT_FOLDER + "\"", InitCommand.SCRIPT_WINDOWS, InitCommand.SCRIPT_MACOS,
                InitCommand.SCRIPT_LINUX, "\"" + InitCommand.OUTPUT_FOLDER + "\"", "itagen check", "itagen o25", "itagen o28",
                "itagen check --generated", "ITAS", "เผยแพร่");
        // The double-click script's steps and its line naming the data, as it prints them.
        String script = new String(InitCommand.resource("org/itagen/init/make-documents.sh"), StandardCharsets.UTF_8);
        for (String step : new String[]{"ขั้นที่ 1/3", "ขั้นที่ 2/3", "ขั้นที่ 3/3", "ข้อมูล: สมุดงาน ITA.xlsx"}) {
            assertThat(script).contains(step);
            assertThat(README).contains(step);
        }
    }

    @Test
    void explainsHowToReadTheCheckInTheWordsItPrints() {
        assertThat(README)
                .contains(Messages.text(Messages.THAI, "label.error") + " O25_MISSING_OWNER")
                .contains("\"" + Messages.text(Messages.THAI, "label.error") + "\"")
                .contains("\"" + Messages.text(Messages.THAI, "label.warning") + "\"")
                .contains(Messages.text(Messages.THAI, "check.why", "..."))
                .contains(Messages.text(Messages.THAI, "check.none").split(":")[0])
                .contains(Messages.text(Messages.THAI, "label.error") + ":")
                .contains("measures.yaml:11");
    }

    /**
     * Issue 13: the workbook is the officer's way in. README.txt explains ITA.xlsx and its
     * commands before the steps, which fill the workbook (the text files are in their subfolder); README.md's quick start runs --workbook before
     * --scores/--measures.
     */
    @Test
    void bothReadmesGiveTheWorkbookPathFirst() throws java.io.IOException {
        int workbook = README.indexOf("itagen o25 --workbook ITA.xlsx");
        int textSteps = README.indexOf("1. เตรียมคะแนน");
        // The double-click steps fill the workbook; the text files are the subfolder's.
        assertThat(README.substring(textSteps, README.indexOf("2. เขียนมาตรการ"))).contains("ITA.xlsx")
                .contains("\"" + InitCommand.TEXT_FOLDER + "\"");
        assertThat(README).doesNotContain("ยังอ่าน scores.csv");
        assertThat(README.indexOf("ITA.xlsx")).isNotNegative().isLessThan(README.indexOf("scores.csv"));
        assertThat(workbook).isNotNegative().isLessThan(textSteps);
        assertThat(README).contains("--workbooks");

        String md = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"), StandardCharsets.UTF_8);
        String quick = md.substring(md.indexOf("## Quick start"), md.indexOf("## Commands"));
        assertThat(quick.indexOf("--workbook ")).isNotNegative().isLessThan(quick.indexOf("--scores "));
        assertThat(md.indexOf("### The ITA workbook")).isNotNegative();
    }
}
