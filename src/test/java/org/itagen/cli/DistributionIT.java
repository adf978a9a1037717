package org.itagen.cli;

import org.itagen.testing.ExternalTools;
import org.itagen.testing.Golden;
import org.itagen.testing.Processes;
import org.itagen.testing.Processes.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Linux release archive (built by {@code mvn -Pdist}), as an officer gets it: unpacked into an
 * empty folder and run in a bare environment ({@code env -i PATH=/usr/bin:/bin}) with no Java of
 * its own. It must make the department sample's O25 and O28 with the same bytes the full JDK
 * makes (so the trimmed runtime lacks nothing: charsets, Thai line breaking, fonts), start from its
 * AOT cache, and carry its example folder, completion, man pages and licences.
 * Runs when the dist profile names the archive (-Ditagen.dist), i.e. in CI's dist step.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {
    private static final List<String> DOCUMENTS =
            List.of("O25_dcws_2569.docx", "O25_dcws_2569.pdf", "O28_dcws_2569.docx", "O28_dcws_2569.pdf");

    @TempDir
    Path tmp;

    @Test
    void theUnpackedArchiveMakesO25AndO28WithoutAJavaOfItsOwn() throws Exception {
        Path home = unpack();
        Map<String, String> bare = Map.of("PATH", "/usr/bin:/bin");

        // The layout the README and docs/release.md promise.
        assertThat(home.resolve("itagen")).isExecutable();
        assertThat(home.resolve("runtime/bin/java")).isExecutable();
        assertThat(home.resolve("lib/itagen.jar")).isRegularFile();
        assertThat(home.resolve("lib/itagen.aot")).isRegularFile();
        assertThat(home.resolve("README.txt")).isRegularFile();
        try (var fonts = Files.list(home.resolve("fonts"))) {
            assertThat(fonts.filter(p -> p.toString().endsWith(".ttf")).count()).isEqualTo(4);
        }

        // The bundled runtime runs it, whatever java the PATH has.
        Run version = run(bare, home.resolve("itagen").toString(), "--version");
        assertThat(version.code()).as(version.all()).isZero();
        assertThat(version.out()).contains("itagen ", "Java " + runtimeVersion(home));

        // The department sample, from a folder outside the release (Thai name, as officers name them).
        Path data = Files.createDirectories(tmp.resolve("ข้อมูล ITA"));
        Path sample = Golden.projectDir().resolve("samples/department");
        Files.copy(sample.resolve("scores.csv"), data.resolve("scores.csv"));
        Files.copy(sample.resolve("measures.yaml"), data.resolve("measures.yaml"));
        for (String kind : List.of("o25", "o28")) {
            Run r = run(bare, home.resolve("itagen").toString(), kind, "--scores", data.resolve("scores.csv").toString(),
                    "--measures", data.resolve("measures.yaml").toString(), "--out", data.resolve("out").toString());
            assertThat(r.code()).as(r.all()).isZero();
            assertThat(r.err()).isEmpty();
        }
        assertThat(list(data.resolve("out"))).containsExactlyElementsOf(DOCUMENTS);
        assertThat(ExternalTools.pdfToText(data.resolve("out/O28_dcws_2569.pdf"))).contains("กรมพัฒนาระบบน้ำชุมชน");

        // The same bytes as the full JDK running the same jar.
        String java = ProcessHandle.current().info().command().orElseThrow();
        for (String kind : List.of("o25", "o28")) {
            Run r = run(Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8"), java, "-Djava.awt.headless=true", "-jar",
                    home.resolve("lib/itagen.jar").toString(), kind, "--scores", data.resolve("scores.csv").toString(),
                    "--measures", data.resolve("measures.yaml").toString(), "--out", data.resolve("reference").toString());
            assertThat(r.code()).as(r.all()).isZero();
        }
        for (String name : DOCUMENTS) {
            assertThat(data.resolve("out/" + name)).as(name).hasSameBinaryContentAs(data.resolve("reference/" + name));
        }

        // A Thai Excel CSV (windows-874) reads the same: the runtime has jdk.charsets.
        Path cp874 = data.resolve("scores-874.csv");
        Files.writeString(cp874, Files.readString(data.resolve("scores.csv")), Charset.forName("windows-874"));
        Run utf8 = run(bare, home.resolve("itagen").toString(), "analyze", "--scores", data.resolve("scores.csv").toString(), "--format", "json");
        Run thai = run(bare, home.resolve("itagen").toString(), "analyze", "--scores", cp874.toString(), "--format", "json");
        assertThat(thai.code()).as(thai.all()).isZero();
        // (The JSON names its source file; otherwise the two are the same.)
        assertThat(thai.out().replace("scores-874.csv", "scores.csv")).isEqualTo(utf8.out()).contains("กรมพัฒนาระบบน้ำชุมชน");

        // The AOT cache made at build time fits the unpacked runtime and jar (AOTMode=on fails otherwise).
        Map<String, String> strict = new HashMap<>(bare);
        strict.put("JAVA_OPTS", "-XX:AOTMode=on");
        Run cached = run(strict, home.resolve("itagen").toString(), "--version");
        assertThat(cached.code()).as(cached.all()).isZero();

        // The example folder's double-click script finds the release in the folder above it and reads
        // the workbook (POI in the trimmed runtime); its text-file subfolder's, two folders up, the text files.
        Path example = home.resolve("ตัวอย่าง");
        Map<String, String> desktop = new HashMap<>(bare);
        desktop.put("ITAGEN_NO_OPEN", "1");
        Run script = Processes.run(List.of("./สร้างเอกสาร.sh"), example, desktop, tmp.resolve("logs"), 600);
        assertThat(script.code()).as(script.all()).isZero();
        assertThat(script.out()).contains("ข้อมูล: สมุดงาน ITA.xlsx");
        assertThat(list(example.resolve("เอกสาร"))).containsExactlyElementsOf(DOCUMENTS);
        assertThat(example.resolve("สร้างเอกสาร.command")).isExecutable();
        assertThat(example.resolve("สร้างเอกสาร.cmd")).isRegularFile();
        Path text = example.resolve(InitCommand.TEXT_FOLDER);
        Run textScript = Processes.run(List.of("./สร้างเอกสาร.sh"), text, desktop, tmp.resolve("logs"), 600);
        assertThat(textScript.code()).as(textScript.all()).isZero();
        assertThat(textScript.out()).contains("ข้อมูล: scores.csv และ measures.yaml");
        assertThat(list(text.resolve("เอกสาร"))).containsExactlyElementsOf(DOCUMENTS);

        // Shell niceties and licences.
        assertThat(Files.readString(home.resolve("completion/itagen.bash"))).contains("_picocli_itagen_o25", "complete -F");
        assertThat(Files.readString(home.resolve("man/man1/itagen.1"))).contains(".TH \"ITAGEN\"", "o25");
        assertThat(home.resolve("man/man1/itagen-o25.1")).isRegularFile();
        assertThat(Files.readString(home.resolve("licences/THIRD-PARTY.txt"))).contains("icu4j", "openpdf", "poi");
        assertThat(home.resolve("licences/OFL-Sarabun.txt")).isRegularFile();
        assertThat(home.resolve("runtime/legal/java.base/LICENSE")).exists();
    }

    /** tar xzf into an empty folder (tar keeps the file times the AOT cache depends on). */
    private Path unpack() throws IOException, InterruptedException {
        String archive = System.getProperty("itagen.dist", "");
        Assumptions.assumeFalse(archive.isBlank(), "no release archive to try (mvn -Pdist verify builds one)");
        Path tgz = Path.of(archive);
        assertThat(tgz).as("the dist profile's archive").isRegularFile();
        Path root = Files.createDirectories(tmp.resolve("unpacked"));
        Run tar = run(Map.of("PATH", "/usr/bin:/bin"), "tar", "xzf", tgz.toString(), "-C", root.toString());
        assertThat(tar.code()).as(tar.all()).isZero();
        List<Path> top = new ArrayList<>();
        try (var s = Files.list(root)) {
            s.forEach(top::add);
        }
        assertThat(top).as("one folder at the top of the archive").hasSize(1);
        return top.get(0);
    }

    /** JAVA_VERSION from the runtime's release file, e.g. 25.0.3. */
    private static String runtimeVersion(Path home) throws IOException {
        Matcher m = Pattern.compile("JAVA_VERSION=\"([^\"]+)\"").matcher(Files.readString(home.resolve("runtime/release")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private Run run(Map<String, String> env, String... cmd) throws IOException, InterruptedException {
        return Processes.run(List.of(cmd), tmp, env, tmp.resolve("logs"), 600);
    }

    /** The documents in a folder (not itagen's record of what it wrote there, .itagen-manifest.jsonl). */
    private static List<String> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
