package org.itagen.cli;

import org.itagen.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

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
        assertThat(r.out()).contains("ขั้นต่อไป", "สร้างเอกสาร.cmd", "สร้างเอกสาร.command", "สร้างเอกสาร.sh");

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
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("scores.csv")))).isEqualTo("rw-r--r--");
        }
        assertThat(Files.readString(dir.resolve("README.txt"))).contains("สร้างเอกสาร.cmd", "itagen check");
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
