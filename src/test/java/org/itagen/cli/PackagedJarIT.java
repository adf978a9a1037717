package org.itagen.cli;

import org.itagen.testing.ExternalTools;
import org.itagen.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar as users do ({@code java -jar target/itagen.jar ...}) in a separate
 * process: the shaded jar must carry the fonts, templates, framework data and service files,
 * and print one-line errors with the documented exit codes.
 */
class PackagedJarIT {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run itagen(String... args) throws IOException, InterruptedException {
        return itagen(java.util.Map.of(), List.of(), args);
    }

    /** With environment variables set and JVM options (a system locale: -Duser.language=th) before -jar. */
    private Run itagen(java.util.Map<String, String> env, List<String> jvm, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = Path.of(System.getProperty("itagen.jar", "target/itagen.jar"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Golden.projectDir().toFile());
        pb.environment().remove("ITAGEN_LANG");
        pb.environment().putAll(env);
        pb.redirectOutput(tmp.resolve("out.txt").toFile());
        pb.redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("itagen " + String.join(" ", args) + " timed out");
        }
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelp() throws Exception {
        Run v = itagen("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("itagen ").doesNotContain("dev");
        // The commit the jar was built from, as git itself names it (or "unknown" outside a checkout).
        ExternalTools.Result head = ExternalTools.run(30, "git", "-C", Golden.projectDir().toString(), "rev-parse", "--short=10", "HEAD");
        assertThat(v.out()).contains(head.exitCode() == 0 ? "(commit " + head.stdout().strip() : "(commit unknown)");
        Run completion = itagen("generate-completion");
        assertThat(completion.code()).isZero();
        assertThat(completion.out()).contains("_picocli_itagen_o25", "complete -F");
        Run h = itagen("--help");
        assertThat(h.out()).contains("analyze", "o25", "o28", "init", "templates").doesNotContain("generate-completion");
    }

    /**
     * The jar shapes Thai through the JDK's JNI HarfBuzz (Main sets sun.font.layout.ffm=false, for
     * a cheaper start): the documents are byte for byte those of the FFM binding, the JDK default.
     */
    @Test
    void jniFontLayoutGivesTheBytesOfTheFfmOne() throws Exception {
        String scores = "samples/department/scores.csv";
        String measures = "samples/department/measures.yaml";
        Path jni = tmp.resolve("jni");
        Path ffm = tmp.resolve("ffm");
        assertThat(itagen("o25", "--scores", scores, "--measures", measures, "--out", jni.toString()).code()).isZero();
        assertThat(itagen(java.util.Map.of(), List.of("-Dsun.font.layout.ffm=true"), "o25", "--scores", scores,
                "--measures", measures, "--out", ffm.toString()).code()).isZero();
        for (String f : List.of("O25_dcws_2569.pdf", "O25_dcws_2569.docx")) {
            assertThat(Files.readAllBytes(jni.resolve(f))).as(f).isEqualTo(Files.readAllBytes(ffm.resolve(f)));
        }
    }

    /** The language of help and errors: ITAGEN_LANG, else the system locale; --lang wins over both. */
    @Test
    void thaiFromItagenLangOrAThaiSystemLocaleAndLangEnOverrides() throws Exception {
        Run env = itagen(java.util.Map.of("ITAGEN_LANG", "th"), List.of(), "o25", "--help");
        assertThat(env.out()).startsWith("วิธีใช้: itagen o25").contains("ไฟล์คะแนน");
        Run system = itagen(java.util.Map.of(), List.of("-Duser.language=th", "-Duser.country=TH"), "o25", "--bogus");
        assertThat(system.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(system.err()).startsWith("ข้อผิดพลาด: ไม่มีตัวเลือก --bogus");
        Run english = itagen(java.util.Map.of("ITAGEN_LANG", "th"), List.of("-Duser.language=th"), "--lang", "en", "o25", "--bogus");
        assertThat(english.err()).startsWith("error: unknown option --bogus");
        Run plain = itagen(java.util.Map.of(), List.of("-Duser.language=en"), "--help");
        assertThat(plain.out()).startsWith("Usage: itagen");
    }

    @Test
    void o25FromTheJarHasEmbeddedFontAndThaiText() throws Exception {
        Path out = tmp.resolve("out");
        Run r = itagen("o25", "--scores", "samples/department/scores.csv",
                "--measures", "samples/department/measures.yaml", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path pdf = out.resolve("O25_dcws_2569.pdf");
        assertThat(out.resolve("O25_dcws_2569.docx")).exists();
        String text = ExternalTools.pdfToText(pdf);
        assertThat(text).contains("การใช้ทรัพย์สินของราชการ", "ตัวชี้วัด");
        ExternalTools.Result fonts = ExternalTools.run(60, "pdffonts", pdf.toString());
        assertThat(fonts.stdout()).contains("yes yes yes").doesNotContain(" no ");
    }

    @Test
    void badInputIsOneLineWithExitTwoAndNoStackTrace() throws Exception {
        Path bad = tmp.resolve("scores.csv");
        Files.writeString(bad, "fiscal_year,tool,indicator,score\n2568,IIT,1,1O1\n");
        Run r = itagen("analyze", "--scores", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err().strip()).startsWith("error: ").contains("scores.csv:2").doesNotContain("\n").doesNotContain("at org.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void jsonFromTheJarCarriesItsVersionAndValidatesAgainstTheSchemasTheJarShips() throws Exception {
        Run r = itagen("analyze", "--scores", "samples/department/scores.csv", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        org.itagen.testing.JsonSchemas.assertValid("analyze", r.out());
        String version = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("itagen_version").asText();
        assertThat(version).isNotEqualTo("dev").matches("\\d+\\.\\d+\\.\\d+.*");
        Run e = itagen("analyze", "--scores", "nope.csv", "--format", "json");
        assertThat(e.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(org.itagen.testing.JsonSchemas.assertValidLines("errors", e.err()).getFirst().get("itagen_version").asText())
                .isEqualTo(version);
        Path jar = Golden.projectDir().resolve(Path.of(System.getProperty("itagen.jar", "target/itagen.jar")));
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (String name : org.itagen.testing.JsonSchemas.NAMES) {
                var entry = zip.getEntry("org/itagen/schema/" + name + ".schema.json");
                assertThat(entry).as(name).isNotNull();
                assertThat(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(org.itagen.testing.JsonSchemas.text(name));
            }
        }
    }

    @Test
    void bundledFontIsInTheJar() throws Exception {
        Path jar = Path.of(System.getProperty("itagen.jar", "target/itagen.jar"));
        try (var zip = new java.util.zip.ZipFile(Golden.projectDir().resolve(jar).toFile())) {
            assertThat(zip.getEntry("org/itagen/fonts/Sarabun_400Regular.ttf")).isNotNull();
            assertThat(zip.getEntry("org/itagen/fonts/OFL-Sarabun.txt")).isNotNull();
            assertThat(zip.getEntry("templates/o25.yaml") != null || zip.getEntry("org/itagen/templates/o25.yaml") != null
                    || zip.stream().anyMatch(e -> e.getName().endsWith("o25.yaml"))).isTrue();
        }
    }
}
