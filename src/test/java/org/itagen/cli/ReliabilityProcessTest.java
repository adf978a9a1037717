package org.itagen.cli;

import org.itagen.bench.NationalData;
import org.itagen.report.SampleReports;
import org.itagen.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * README's reliability promises (all or nothing, no half-written files, documented exit codes)
 * under real faults, each in a separate JVM: a full disk (the file-size limit of {@code ulimit -f},
 * which fails writes exactly as a full disk does), SOURCE_DATE_EPOCH from the environment,
 * kill -9 in the middle of a batch, and a runaway template under batch's small heap.
 */
class ReliabilityProcessTest {
    @TempDir
    Path dir;

    private static boolean unix() {
        return !System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows")
                && Files.isExecutable(Path.of("/bin/sh"));
    }

    /** java -cp (this test's class path) org.itagen.cli.Main ARGS, as a list. */
    private static List<String> itagen(List<String> jvm, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.itagen.cli.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    record Result(int code, String out, String err) {
    }

    private Result run(ProcessBuilder pb, long timeoutSeconds) throws Exception {
        Path o = dir.resolve("stdout-" + System.nanoTime());
        Path e = dir.resolve("stderr-" + System.nanoTime());
        Process p = pb.redirectOutput(o.toFile()).redirectError(e.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("no answer in " + timeoutSeconds + " s: " + Files.readString(e));
        }
        Result r = new Result(p.exitValue(), Files.readString(o), Files.readString(e));
        Files.delete(o);
        Files.delete(e);
        return r;
    }

    /** The bundled Sarabun as a file, so that the PDF reads its font in place (no temporary copy). */
    private Path fontFile() throws IOException {
        Path f = dir.resolve("fonts/Sarabun-Regular.ttf");
        Files.createDirectories(f.getParent());
        try (InputStream in = getClass().getResourceAsStream("/org/itagen/fonts/Sarabun_400Regular.ttf")) {
            assertThat(in).as("the build bundles Sarabun").isNotNull();
            Files.copy(in, f);
        }
        return f;
    }

    @Test
    void aFullDiskHalfWayLeavesTheEarlierDocumentsAndNoTemporary() throws Exception {
        assumeTrue(unix());
        Path sample = SampleReports.dir("department");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        // Earlier documents itagen wrote (recorded in its manifest, so they may be replaced).
        Map<Path, byte[]> earlier = new java.util.LinkedHashMap<>();
        earlier.put(out.resolve("O25_dcws_2569.docx"), "earlier docx".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        earlier.put(out.resolve("O25_dcws_2569.pdf"), "earlier pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.itagen.render.OutputManifest.write(earlier, false, p -> { }, org.itagen.render.OutputFiles.Io.DEFAULT);
        Map<String, String> before = Folders.snapshot(out);
        // 50 KB per file (sh counts 512-byte blocks): the DOCX (about 30 KB) is written first and
        // fits, the PDF (about 80 KB) does not, so without all-or-nothing a new DOCX would stand
        // next to the old PDF.
        String command = "ulimit -f 100 && exec \"$@\"";
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", command, "sh"));
        cmd.addAll(itagen(List.of(), "o25", "--scores", sample.resolve("scores.csv").toString(),
                "--measures", sample.resolve("measures.yaml").toString(), "--out", out.toString(),
                "--format", "docx,pdf", "--font", fontFile().toString()));
        Result r = run(new ProcessBuilder(cmd), 180);
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err().strip().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("error: " + out.resolve("O25_dcws_2569.pdf").toAbsolutePath() + ": cannot write the file (")
                .contains("File too large").contains("nothing of this run was kept");
        assertThat(r.out()).doesNotContain("wrote");
        assertThat(Folders.snapshot(out)).isEqualTo(before);
    }

    @Test
    void aSourceDateEpochNoZipCanHoldIsExitTwoBeforeAnything() throws Exception {
        Path sample = SampleReports.dir("department");
        Path out = dir.resolve("out");
        ProcessBuilder pb = new ProcessBuilder(itagen(List.of(), "o25", "--scores", sample.resolve("scores.csv").toString(),
                "--measures", sample.resolve("measures.yaml").toString(), "--out", out.toString()));
        pb.environment().put("SOURCE_DATE_EPOCH", "4354819199");
        Result r = run(pb, 180);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error: SOURCE_DATE_EPOCH: 4354819199 is outside the dates").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void killDashNineMidBatchThenTheNextRunLeavesNoTemporaryAndNoHalfFile() throws Exception {
        assumeTrue(unix());
        List<String> ids = NationalData.generate(dir, 20, 9);
        Path out = dir.resolve("out");
        List<String> args = List.of("batch", "--scores", dir.resolve("scores.csv").toString(), "--measures-dir",
                dir.resolve("measures").toString(), "--out", out.toString(), "--jobs", "1", "--progress", "none");
        Process p = new ProcessBuilder(itagen(List.of("-Xmx256m"), args.toArray(String[]::new)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (documents(out).size() < 6) {
                assertThat(p.isAlive()).as("the batch is still running when killed").isTrue();
                assertThat(System.nanoTime()).as("six documents within 240 s").isLessThan(deadline);
                Thread.sleep(20);
            }
        } finally {
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no cleanup
            p.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(p.exitValue()).isEqualTo(137);
        // Whatever it left: every document in place is whole (written to a temp file, then moved).
        for (Path d : documents(out)) assertWhole(d);
        // And a temp file of a killed run for certain, should the kill have fallen between files.
        Files.writeString(out.resolve(".itagen-" + HardeningCliTest.deadPid() + "-7.O25_" + ids.getFirst() + "_2569.pdf.tmp"), "half");

        CliRun again = CliRun.of(args.toArray(String[]::new));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Folders.temporaries(out)).isEmpty();
        assertThat(documents(out)).hasSize(4 * ids.size());
        for (Path d : documents(out)) assertWhole(d);
    }

    @Test
    void aRunawayTemplateUnderBatchsHeapIsExitTwoAtItsLine() throws Exception {
        NationalData.generate(dir, 3, 4);
        int[] at = new int[1];
        Path template = HardeningCliTest.template(dir, "o25.yaml",
                "{% for i in range(1, 100000000) %}{% for j in range(1, 100000000) %}{% endfor %}{% endfor %}", at);
        int line = at[0];
        Path out = dir.resolve("out");
        long t0 = System.nanoTime();
        Result r = run(new ProcessBuilder(itagen(List.of("-Xmx256m", "-XX:+UseParallelGC"), "batch", "--scores",
                dir.resolve("scores.csv").toString(), "--measures-dir", dir.resolve("measures").toString(), "--out",
                out.toString(), "--template", "o25=" + template, "--progress", "none")), 180);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error: o25.yaml:" + line + ": template error: the range holds more than")
                .doesNotContain("\n");
        assertThat(Folders.snapshot(out)).isEmpty();
        assertThat(seconds).as("refused at once, not after building a hundred million numbers").isLessThan(120);
    }

    private static List<Path> documents(Path out) throws IOException {
        if (!Files.isDirectory(out)) return List.of();
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith("O2")).sorted().toList();
        }
    }

    /** A PDF that ends with its trailer, a DOCX that opens as a package with its main part. */
    private static void assertWhole(Path doc) throws IOException {
        String name = doc.getFileName().toString();
        if (name.endsWith(".pdf")) {
            byte[] b = Files.readAllBytes(doc);
            String tail = new String(b, Math.max(0, b.length - 32), Math.min(32, b.length), StandardCharsets.ISO_8859_1);
            assertThat(new String(b, 0, 5, StandardCharsets.ISO_8859_1)).as(name).isEqualTo("%PDF-");
            assertThat(tail.strip()).as(name).endsWith("%%EOF");
        } else if (name.endsWith(".docx")) {
            try (ZipFile z = new ZipFile(doc.toFile())) {
                assertThat(z.getEntry("word/document.xml")).as(name).isNotNull();
            }
        }
    }
}
