package org.itagen.cli;

import org.itagen.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The double-click scripts `itagen init` writes next to the data (the run itself: MakeDocumentsScriptIT). */
class InitCommandTest {
    @Test
    void writesTheScriptsForEachDesktop(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("ita");
        // --lang sets the language for the whole JVM; put it back for the tests that run after this one.
        java.util.Locale before = Messages.current();
        CliRun r;
        try {
            r = CliRun.of("--lang", "th", "init", dir.toString());
        } finally {
            Messages.use(before);
        }
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ขั้นต่อไป", "ITA.xlsx", "สร้างเอกสาร.cmd", "สร้างเอกสาร.command", "สร้างเอกสาร.sh",
                dir.resolve("ไฟล์ข้อความ").toString());

        // One folder, one kind of input: the workbook on top, the text files (and their own scripts) below.
        Path text = dir.resolve("ไฟล์ข้อความ");
        assertThat(list(dir)).containsExactlyInAnyOrder("ITA.xlsx", "README.txt", "สร้างเอกสาร.cmd", "สร้างเอกสาร.command",
                "สร้างเอกสาร.sh", "ไฟล์ข้อความ");
        assertThat(list(text)).containsExactlyInAnyOrder("scores.csv", "measures.yaml", "สร้างเอกสาร.cmd", "สร้างเอกสาร.command",
                "สร้างเอกสาร.sh");
        for (String script : new String[]{"สร้างเอกสาร.cmd", "สร้างเอกสาร.command", "สร้างเอกสาร.sh"}) {
            assertThat(text.resolve(script)).hasSameBinaryContentAs(dir.resolve(script));
        }

        byte[] cmd = Files.readAllBytes(dir.resolve("สร้างเอกสาร.cmd"));
        String cmdText = new String(cmd, StandardCharsets.UTF_8);
        // cmd.exe needs CRLF everywhere, no BOM, and UTF-8 switched on before the first Thai line.
        assertThat(cmdText).startsWith("@echo off\r\nchcp 65001 >nul\r\n");
        assertThat(cmdText.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(cmdText).contains("check --lang th", "o25 --lang th", "o28 --lang th", "--out .\r\n", "pause", "itagen.exe", "ITAGEN_HOME")
                .doesNotContain("@ITAGEN_HOME@");

        String sh = Files.readString(dir.resolve("สร้างเอกสาร.sh"));
        assertThat(sh).startsWith("#!/bin/sh\n").doesNotContain("\r").doesNotContain("@ITAGEN_HOME@").contains("made_by=\"\"");
        assertThat(Files.readString(dir.resolve("สร้างเอกสาร.command"))).isEqualTo(sh);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("สร้างเอกสาร.sh")))).isEqualTo("rwxr-xr-x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("สร้างเอกสาร.command")))).isEqualTo("rwxr-xr-x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(text.resolve("สร้างเอกสาร.sh")))).isEqualTo("rwxr-xr-x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(text.resolve("สร้างเอกสาร.command")))).isEqualTo("rwxr-xr-x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(text.resolve("scores.csv")))).isEqualTo("rw-r--r--");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ITA.xlsx")))).isEqualTo("rw-r--r--");
        }
        assertThat(Files.readString(dir.resolve("README.txt"))).contains("สร้างเอกสาร.cmd", "itagen check");
    }

    /**
     * There is no Windows here, so the .cmd's choice of data is read as text: the same branch as
     * the .sh (MakeDocumentsScriptIT runs that one), ITA.xlsx first, text files only without it,
     * and every argument Java gets ASCII (Java on Windows reads them in the ANSI code page).
     */
    @Test
    void theCmdScriptTakesTheWorkbookWhenItIsThereAndTheTextFilesOtherwise() {
        String cmd = InitCommand.script("org/itagen/init/make-documents.cmd", "", "\r\n");
        List<String> lines = List.of(cmd.split("\r\n"));

        int ask = lines.indexOf("if not exist \"ITA.xlsx\" goto :textfiles");
        int book = lines.indexOf("set \"DATA=--workbook ITA.xlsx\"");
        int bookUp = lines.indexOf("set \"DATA_UP=--workbook ..\\ITA.xlsx\"");
        int toData = lines.subList(bookUp, lines.size()).indexOf("goto :data") + bookUp;
        int textFiles = lines.indexOf(":textfiles");
        int noScores = lines.indexOf("if not defined SCORES goto :nodata");
        int noMeasures = lines.indexOf("if not exist \"measures.yaml\" goto :nodata");
        int files = lines.indexOf("set \"DATA=--scores %SCORES% --measures measures.yaml\"");
        int filesUp = lines.indexOf("set \"DATA_UP=--scores ..\\%SCORES% --measures ..\\measures.yaml\"");
        int data = lines.indexOf(":data");
        assertThat(List.of(ask, book, bookUp, toData, textFiles, noScores, noMeasures, files, filesUp, data))
                .as("the order of the branch").doesNotContain(-1).isSorted();
        assertThat(lines.subList(book, toData)).anySatisfy(l -> assertThat(l).contains("echo ข้อมูล: สมุดงาน ITA.xlsx"))
                .anySatisfy(l -> assertThat(l).startsWith("for %%F in (scores.csv scores.xlsx measures.yaml) do if exist \"%%F\" echo ไม่ได้ใช้ %%F")
                        .satisfies(x -> assertThat(x.substring(x.indexOf(" do "))).doesNotContain("(", ")")));

        // itagen is called on DATA in this folder and on DATA_UP from inside the output folder, nothing else.
        List<String> calls = lines.stream().filter(l -> l.startsWith("call \"%ITAGEN%\"")).toList();
        assertThat(calls).containsExactly("call \"%ITAGEN%\" check --lang th %DATA%",
                "call \"%ITAGEN%\" o25 --lang th %DATA_UP% --out .", "call \"%ITAGEN%\" o28 --lang th %DATA_UP% --out .");
        int pushd = lines.indexOf("pushd \"%OUT%\"");
        assertThat(lines.indexOf(calls.get(0))).isGreaterThan(data).isLessThan(pushd);
        assertThat(lines.indexOf(calls.get(1))).isGreaterThan(pushd).isLessThan(lines.indexOf("popd"));
        assertThat(lines.indexOf(calls.get(2))).isGreaterThan(pushd).isLessThan(lines.indexOf("popd"));
        for (String l : lines) {
            if (l.startsWith("set \"DATA")) assertThat(l).as("an argument to Java").matches("\\p{ASCII}*");
        }

        // The text folder's copy finds a release two folders up; every goto has its label.
        assertThat(lines).contains("if not defined ITAGEN call :home \"%HERE%\\..\\..\"");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("goto :(\\w+)").matcher(cmd);
        while (m.find()) {
            if (!m.group(1).equals("eof")) assertThat(lines).as("goto :" + m.group(1)).contains(":" + m.group(1));
        }
    }

    private static List<String> list(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void theLauncherFolderIsWrittenSoEachShellReadsItBack() {
        // sh: inside double quotes only \ " $ ` are special.
        assertThat(InitCommand.shellQuoted("/opt/a \"b\" $c `d` \\e")).isEqualTo("/opt/a \\\"b\\\" \\$c \\`d\\` \\\\e");
        String cmd = InitCommand.script("org/itagen/init/make-documents.cmd", "C:\\itagen 100%%", "\r\n");
        assertThat(cmd).contains("set \"MADE_BY=C:\\itagen 100%%\"\r\n");
        String sh = InitCommand.script("org/itagen/init/make-documents.sh", InitCommand.shellQuoted("/opt/it$"), "\n");
        assertThat(sh).contains("made_by=\"/opt/it\\$\"\n");
    }
}
