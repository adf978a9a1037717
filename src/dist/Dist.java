import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.zip.ZipFile;

/**
 * Lays out the release folder that the {@code dist} Maven profile packs into
 * {@code target/dist/itagen-VERSION-PLATFORM.tar.gz}. Run by Maven (exec-maven-plugin) with the
 * JDK of the build toolchain, as a single-file program: {@code java src/dist/Dist.java key=value ...}.
 *
 * <pre>
 * itagen-VERSION/
 *   itagen                 launcher (src/dist/itagen): the bundled runtime, the JVM flags, the AOT cache
 *   lib/itagen.jar         the shaded jar (fonts, templates, framework data inside)
 *   lib/itagen.aot         AOT cache of a training run on this runtime (JDK 25+; itagen.jsa, a CDS archive, before)
 *   runtime/               jlink image: the modules jdeps finds, plus charsets and Thai locale data
 *   fonts/                 the bundled OFL Sarabun, to install for Word and LibreOffice
 *   ตัวอย่าง/              an `itagen init` folder with the double-click scripts
 *   completion/itagen.bash picocli's bash/zsh completion
 *   man/man1/*.1           man pages (asciidoctor converts the AsciiDoc written here, after this step)
 *   licences/              what every bundled part is licensed under; the runtime's own in runtime/legal/
 *   README.txt, README.md
 * </pre>
 *
 * Modules: jdeps lists what the classes reference; two more are needed and invisible to it:
 * jdk.charsets (windows-874, how Thai Excel saves CSV) and jdk.localedata restricted to th and en
 * (the Thai break dictionary of java.text.BreakIterator, Thai number and date formats).
 */
public final class Dist {
    private static final List<String> EXTRA_MODULES = List.of("jdk.charsets", "jdk.localedata");
    /**
     * The folder with a working example; the scripts in it find itagen in the folder above, those
     * in its text-file subfolder two folders above.
     */
    static final String EXAMPLE = "ตัวอย่าง";
    /** init's text-file subfolder (init.text_folder in terms.properties; this program runs without itagen's classes). */
    static final String TEXT_FOLDER = "ไฟล์ข้อความ";

    private final Map<String, String> opts;
    private final Path basedir;
    private final Path jar;
    private final String version;
    private final Path work;
    private final Path layout;
    private final Instant timestamp;

    private Dist(Map<String, String> opts) {
        this.opts = opts;
        basedir = Path.of(need("basedir"));
        jar = Path.of(need("jar"));
        version = need("version");
        work = Path.of(need("work"));
        layout = work.resolve("itagen-" + version);
        timestamp = Instant.parse(need("timestamp"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("expected key=value, got " + a);
            opts.put(a.substring(0, eq), a.substring(eq + 1));
        }
        if (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) {
            fail("the release has Thai file names and needs a UTF-8 locale; build with e.g. LC_ALL=C.UTF-8");
        }
        new Dist(opts).run();
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        deleteTree(work);
        Files.createDirectories(layout);
        Path out = Path.of(need("out"));
        Files.createDirectories(out);

        // The plain jar, for anyone with a Java 21+.
        Files.copy(jar, out.resolve("itagen-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        Path lib = Files.createDirectories(layout.resolve("lib"));
        Path libJar = lib.resolve("itagen.jar");
        Files.copy(jar, libJar);
        // The archive gives every file this time; the AOT cache remembers the jar's, so they must agree.
        Files.setLastModifiedTime(libJar, FileTime.from(timestamp));

        fonts();
        runtime();
        copy(basedir.resolve("src/dist/itagen"), layout.resolve("itagen"), true);
        copy(basedir.resolve("src/dist/README.txt"), layout.resolve("README.txt"), false);
        copy(basedir.resolve("README.md"), layout.resolve("README.md"), false);
        licences();

        Path runtimeJava = layout.resolve("runtime/bin/java");
        // The example folder, made by the release's own runtime: it must run before anything else does.
        // No itagen.home: the scripts find the release in the folder above wherever it is unpacked.
        Path example = layout.resolve(EXAMPLE);
        exec(List.of(runtimeJava.toString(), "-Djava.awt.headless=true", "-jar", libJar.toString(), "init", example.toString()),
                Map.of(), null);

        train(example);

        Path buildJava = Path.of(System.getProperty("java.home"), "bin", "java");
        Path completion = Files.createDirectories(layout.resolve("completion")).resolve("itagen.bash");
        exec(List.of(buildJava.toString(), "-Duser.language=en", "-jar", libJar.toString(), "generate-completion"),
                Map.of("ITAGEN_LANG", "en"), completion);
        Path adoc = Path.of(need("man-adoc"));
        deleteTree(adoc);
        exec(List.of(buildJava.toString(), "-Duser.language=en", "-cp", libJar + java.io.File.pathSeparator + need("codegen"),
                "picocli.codegen.docgen.manpage.ManPageGenerator", "--outdir=" + adoc, "org.itagen.cli.ItagenCommand"),
                Map.of("ITAGEN_LANG", "en"), null);
        System.out.printf("dist: %s laid out in %.1f s%n", layout, (System.nanoTime() - t0) / 1e9);
    }

    /** The bundled fonts, unpacked for installing; a release without them would be a broken promise. */
    private void fonts() throws IOException {
        Path fonts = Files.createDirectories(layout.resolve("fonts"));
        int n = 0;
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                String name = e.getName();
                if (!name.startsWith("org/itagen/fonts/") || e.isDirectory()) continue;
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, fonts.resolve(name.substring(name.lastIndexOf('/') + 1)));
                }
                if (name.endsWith(".ttf")) n++;
            }
        }
        if (n == 0) {
            fail("the jar has no bundled font (was npm missing?); a release must carry it: install Node.js (npm) and build again");
        }
    }

    private void runtime() throws IOException {
        ToolProvider jdeps = tool("jdeps");
        ToolProvider jlink = tool("jlink");
        var text = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        int rc = jdeps.run(new java.io.PrintWriter(text), new java.io.PrintWriter(err),
                "--ignore-missing-deps", "--print-module-deps", "--multi-release", "21", jar.toString());
        if (rc != 0) fail("jdeps failed: " + err);
        TreeSet<String> modules = new TreeSet<>();
        for (String m : text.toString().strip().split(",")) {
            if (!m.isBlank()) modules.add(m.strip());
        }
        modules.addAll(EXTRA_MODULES);
        System.out.println("dist: runtime modules " + String.join(",", modules));
        // Modules left uncompressed: the download (gzip over all) is 8 MB smaller than with --compress=zip-6.
        rc = jlink.run(System.out, System.err, "--add-modules", String.join(",", modules),
                "--include-locales=en,th", "--strip-debug", "--no-man-pages", "--no-header-files",
                "--output", layout.resolve("runtime").toString());
        if (rc != 0) fail("jlink failed (exit " + rc + ")");
    }

    /**
     * One run of a sample O25 through the release's launcher with the JVM flags users get, writing
     * the AOT cache (JDK 25+) or a CDS archive (JDK 21-24) of the classes it loaded.
     */
    private void train(Path example) throws IOException {
        boolean aot = Runtime.version().feature() >= 25;
        Path scratch = Files.createTempDirectory("itagen-train");
        try {
            // init keeps the text files in their own subfolder (the top folder is the workbook's).
            Path text = example.resolve(TEXT_FOLDER);
            exec(List.of(layout.resolve("itagen").toString(), "o25", "--scores", text.resolve("scores.csv").toString(),
                            "--measures", text.resolve("measures.yaml").toString(), "--out", scratch.toString()),
                    Map.of("ITAGEN_TRAIN", aot ? "aot" : "cds"), null);
        } finally {
            deleteTree(scratch);
        }
        Path cache = layout.resolve(aot ? "lib/itagen.aot" : "lib/itagen.jsa");
        if (!Files.isRegularFile(cache)) fail("the training run wrote no " + cache);
        Files.deleteIfExists(layout.resolve("lib/itagen.aot.config"));
    }

    /**
     * licences/: the list of libraries and their licences (license-maven-plugin), the licence and
     * notice files the library jars carry, the texts of those that carry none, the font's OFL and
     * the Thai word list's LGPL.
     */
    private void licences() throws IOException {
        Path dir = Files.createDirectories(layout.resolve("licences"));
        copyTree(Path.of(need("licences")), dir);
        copyTree(basedir.resolve("src/dist/licences"), dir);
        copy(layout.resolve("fonts/OFL-Sarabun.txt"), dir.resolve("OFL-Sarabun.txt"), false);
        // The Thai word list of the line breaker (inside the jar) is LGPL.
        copy(basedir.resolve("src/main/resources/org/itagen/thai/thai-words.LICENSE.txt"), dir.resolve("thai-words.LICENSE.txt"), false);
    }

    private static ToolProvider tool(String name) {
        return ToolProvider.findFirst(name).orElseThrow(() ->
                new IllegalStateException(name + " is not in this JDK (" + System.getProperty("java.home") + ")"));
    }

    /** Runs a command (its output to the build log, or to a file), failing the build when it fails. */
    private static void exec(List<String> cmd, Map<String, String> env, Path stdout) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("ITAGEN_NO_AOT");
        if (stdout != null) pb.redirectOutput(stdout.toFile());
        else pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("timed out: " + String.join(" ", cmd));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted: " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0) fail("exit " + p.exitValue() + ": " + String.join(" ", cmd));
    }

    private static void copy(Path from, Path to, boolean executable) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        if (executable && to.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) fail("missing " + from);
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private String need(String key) {
        String v = opts.get(key);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("missing " + key + "=...");
        return v;
    }

    private static void fail(String why) {
        System.err.println("dist: " + why);
        System.exit(1);
    }
}
