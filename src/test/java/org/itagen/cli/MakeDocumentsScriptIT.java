package org.itagen.cli;

import org.itagen.testing.ExternalTools;
import org.itagen.testing.Golden;
import org.itagen.testing.Processes;
import org.itagen.testing.Processes.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The double-click script `itagen init` writes (สร้างเอกสาร.sh, the same text as the macOS
 * .command), run as a file manager would: in a bare environment, from its own folder, nobody
 * typing. The full run uses the packaged jar; the others use a stand-in itagen that only records
 * how it was called, to test where the script looks for itagen and what it does with exit codes.
 */
@DisabledOnOs(OS.WINDOWS)
class MakeDocumentsScriptIT {
    private static final String SCRIPT = "สร้างเอกสาร.sh";

    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void init() {
        data = tmp.resolve("ข้อมูล ITA");
        CliRun r = CliRun.of("init", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void makesTheFourDocumentsWithTheItagenInitRanFrom() throws Exception {
        // A launcher like a release's, where `init` was run from (-Ditagen.home): the script must find
        // it there with no ITAGEN_HOME and nothing on PATH.
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path jar = Golden.projectDir().resolve(System.getProperty("itagen.jar", "target/itagen.jar"));
        Path home = Files.createDirectories(tmp.resolve("itagen home"));
        launcher(home.resolve("itagen"), "exec '" + java + "' -Djava.awt.headless=true -jar '" + jar + "' \"$@\"");
        Path folder = tmp.resolve("from-launcher");
        Run init = Processes.run(List.of(java, "-Ditagen.home=" + home, "-jar", jar.toString(), "init", folder.toString()),
                tmp, env(), tmp.resolve("logs"), 120);
        assertThat(init.code()).as(init.all()).isZero();
        assertThat(folder.resolve(SCRIPT)).isExecutable();

        Run r = Processes.run(List.of("./" + SCRIPT), folder, env(), tmp.resolve("logs"), 600);

        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).contains("ขั้นที่ 1/3", "ขั้นที่ 2/3", "ขั้นที่ 3/3", "เสร็จแล้ว");
        Path out = folder.resolve("เอกสาร");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(org.itagen.render.OutputManifest.FILE_NAME, "O25_dcws_2569.docx", "O25_dcws_2569.pdf", "O28_dcws_2569.docx", "O28_dcws_2569.pdf");
        }
        // Read back: the documents are the agency's, in Thai.
        for (String kind : List.of("O25", "O28")) {
            assertThat(ExternalTools.pdfToText(out.resolve(kind + "_dcws_2569.pdf"))).contains("กรมพัฒนาระบบน้ำชุมชน");
            try (ZipFile docx = new ZipFile(out.resolve(kind + "_dcws_2569.docx").toFile())) {
                String xml = new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(xml).contains("กรมพัฒนาระบบน้ำชุมชน");
            }
        }
    }

    @Test
    void initSaysSoWhenTheLocaleCannotNameFilesInThai() throws Exception {
        // No locale at all (as under cron): Java names files in ASCII; the launchers set C.UTF-8, java -jar does not.
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path jar = Golden.projectDir().resolve(System.getProperty("itagen.jar", "target/itagen.jar"));
        Run r = Processes.run(List.of(java, "-jar", jar.toString(), "init", "plain"), tmp, Map.of("PATH", "/usr/bin:/bin"),
                tmp.resolve("logs"), 120);
        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).contains("cannot name files in Thai", "LC_ALL=C.UTF-8");
        assertThat(tmp.resolve("plain")).doesNotExist();
    }

    @Test
    void runsCheckThenO25AndO28OnTheFolderFiles() throws Exception {
        Path home = recorder(tmp.resolve("home"), 0);
        Run r = script(Map.of("ITAGEN_HOME", home.toString()));
        assertThat(r.code()).as(r.all()).isZero();
        Path out = data.toRealPath().resolve("เอกสาร");
        assertThat(calls()).containsExactly(
                home.resolve("itagen") + " check --lang th --scores scores.csv --measures measures.yaml",
                home.resolve("itagen") + " o25 --lang th --scores scores.csv --measures measures.yaml --out " + out,
                home.resolve("itagen") + " o28 --lang th --scores scores.csv --measures measures.yaml --out " + out);
    }

    @Test
    void looksNextToItselfFirstThenItagenHomeThenPath() throws Exception {
        Path onPath = recorder(tmp.resolve("on path"), 0);
        Path home = recorder(tmp.resolve("home"), 0);
        script(Map.of("PATH", onPath + ":/usr/bin:/bin"));
        assertThat(calls()).first().asString().startsWith(onPath.resolve("itagen").toString());

        Files.delete(tmp.resolve("calls.txt"));
        script(Map.of("PATH", onPath + ":/usr/bin:/bin", "ITAGEN_HOME", home.toString()));
        assertThat(calls()).first().asString().startsWith(home.resolve("itagen").toString());

        Files.delete(tmp.resolve("calls.txt"));
        recorder(data, 0);
        script(Map.of("PATH", onPath + ":/usr/bin:/bin", "ITAGEN_HOME", home.toString()));
        assertThat(calls()).first().asString().startsWith(data.toRealPath().resolve("itagen").toString());
    }

    @Test
    void saysInThaiWhenItagenIsNowhere() throws Exception {
        Run r = script(Map.of());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("ไม่พบโปรแกรม itagen", "ITAGEN_HOME");
    }

    @Test
    void stopsAfterCheckWhenTheDataCannotBeRead() throws Exception {
        Path home = recorder(tmp.resolve("home"), 2);
        Run r = script(Map.of("ITAGEN_HOME", home.toString()));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("อ่านไฟล์ข้อมูลไม่ได้");
        assertThat(calls()).hasSize(1);
    }

    @Test
    void findingsStillMakeTheDocumentsButSaySo() throws Exception {
        Path home = recorder(tmp.resolve("home"), 1);
        // The stand-in fails check with findings (1) and succeeds otherwise.
        Files.writeString(home.resolve("itagen"), "#!/bin/sh\necho \"$0 $*\" >> \"$ITAGEN_CALLS\"\n"
                + "[ \"$1\" = check ] && exit 1\nexit 0\n");
        Run r = script(Map.of("ITAGEN_HOME", home.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(calls()).hasSize(3);
        assertThat(r.out()).contains("ยังมีข้อผิดพลาดที่จะทำให้เสียคะแนน");
    }

    private Run script(Map<String, String> extra) throws IOException, InterruptedException {
        Map<String, String> env = env();
        env.put("ITAGEN_CALLS", tmp.resolve("calls.txt").toString());
        env.putAll(extra);
        return Processes.run(List.of("./" + SCRIPT), data, env, tmp.resolve("logs"), 120);
    }

    /** A bare desktop session: a UTF-8 locale, the system PATH, and no folder opened. */
    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("LC_ALL", "C.UTF-8");
        env.put("ITAGEN_NO_OPEN", "1");
        return env;
    }

    /** An itagen that writes how it was called to $ITAGEN_CALLS and exits with {@code code}. */
    private static Path recorder(Path dir, int code) throws IOException {
        Files.createDirectories(dir);
        launcher(dir.resolve("itagen"), "echo \"$0 $*\" >> \"$ITAGEN_CALLS\"\nexit " + code);
        return dir;
    }

    private static void launcher(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> calls() throws IOException {
        Path log = tmp.resolve("calls.txt");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }
}
