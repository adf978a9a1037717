package org.itagen.cli;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.render.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code itagen init DIR}: a working example folder an officer edits. */
@Command(name = "init", mixinStandardHelpOptions = true)
public class InitCommand implements Callable<Integer> {
    static final String README = "README.txt";
    /** The double-click scripts, one per desktop: a file name the officer reads ("make documents"), not a message. */
    static final String SCRIPT = org.itagen.thai.ThaiTerms.get("init.script");
    static final String SCRIPT_WINDOWS = SCRIPT + ".cmd";
    static final String SCRIPT_MACOS = SCRIPT + ".command";
    static final String SCRIPT_LINUX = SCRIPT + ".sh";
    /** Where the scripts write the documents ("documents"), inside the example folder. */
    static final String OUTPUT_FOLDER = org.itagen.thai.ThaiTerms.get("init.output_folder");
    /**
     * The subfolder with the same example as text files (scores.csv, measures.yaml) and its own
     * scripts. The scripts read ITA.xlsx whenever it is next to them, so text files beside the
     * workbook would be silently ignored: one folder, one kind of input.
     */
    static final String TEXT_FOLDER = org.itagen.thai.ThaiTerms.get("init.text_folder");
    /** Set by the launchers to their folder; the scripts look there for itagen last. */
    static final String HOME_PROPERTY = "itagen.home";

    /** The bundled samples, by the folder name under samples/. */
    enum Sample { department, municipality, public_organization }

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--sample", paramLabel = "KIND", defaultValue = "department")
    Sample sample;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String folder = sample.name().replace('_', '-');
        byte[] scores = resource("org/itagen/samples/" + folder + "/scores.csv");
        byte[] measures = resource("org/itagen/samples/" + folder + "/measures.yaml");
        String home = System.getProperty(HOME_PROPERTY, "");
        byte[] cmd = script("org/itagen/init/make-documents.cmd", home.replace("%", "%%"), "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] sh = script("org/itagen/init/make-documents.sh", shellQuoted(home), "\n").getBytes(StandardCharsets.UTF_8);
        // Keys are paths relative to DIR, with / between folders.
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ITA.xlsx", workbook(folder, scores, measures));
        files.put(README, resource("org/itagen/init/README.txt"));
        for (String at : new String[]{"", TEXT_FOLDER + "/"}) {
            if (!at.isEmpty()) {
                files.put(at + "scores.csv", scores);
                files.put(at + "measures.yaml", measures);
            }
            files.put(at + SCRIPT_WINDOWS, cmd);
            files.put(at + SCRIPT_MACOS, sh);
            files.put(at + SCRIPT_LINUX, sh);
        }
        try {
            dir.resolve(TEXT_FOLDER).resolve(SCRIPT_LINUX).resolve(OUTPUT_FOLDER);
        } catch (InvalidPathException e) {
            // Java names files in the locale's charset; without a UTF-8 locale Thai names cannot exist.
            throw ItagenException.output(dir.toString(), Msg.of("error.NO_THAI_FILE_NAMES", System.getProperty("sun.jnu.encoding")), e);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw ItagenException.input(dir.toString(), Msg.of("error.INIT_NOT_FOLDER"));
        }
        // Check every file first: either the whole example is written or nothing is.
        Path textFolder = dir.resolve(TEXT_FOLDER);
        if (Files.exists(textFolder) && !Files.isDirectory(textFolder)) {
            throw ItagenException.input(textFolder.toString(), Msg.of("error.INIT_FILE_EXISTS"));
        }
        for (String name : files.keySet()) {
            Path p = dir.resolve(name);
            if (Files.exists(p)) {
                throw ItagenException.input(p.toString(), Msg.of("error.INIT_FILE_EXISTS"));
            }
        }
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            OutputFiles.writeAtomically(p, e.getValue());
            if (e.getKey().endsWith(".sh") || e.getKey().endsWith(".command")) executable(p);
            spec.commandLine().getOut().println(Msg.of("output.WROTE", p).text());
        }
        spec.commandLine().getOut().println(Msg.of("init.next", dir, SCRIPT_WINDOWS, SCRIPT_MACOS, SCRIPT_LINUX, OUTPUT_FOLDER,
                dir.resolve(TEXT_FOLDER)).text());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The ITA workbook holding the same sample as scores.csv and measures.yaml. */
    static byte[] workbook(String folder, byte[] scoresCsv, byte[] measuresYaml) {
        org.itagen.input.MeasurePlan plan = org.itagen.input.MeasuresReader.read(
                new String(measuresYaml, StandardCharsets.UTF_8), "measures.yaml");
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        for (String line : new String(scoresCsv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n")) {
            if (!line.isBlank()) rows.add(java.util.Arrays.asList(line.split(",", -1)));
        }
        java.util.Collection<String> codes = org.itagen.input.FrameworkLoader.bundled().forYear(plan.assessmentYear())
                .map(f -> f.questions().keySet()).orElse(java.util.Set.of());
        return org.itagen.input.workbook.WorkbookWriter.write(plan, rows, codes);
    }

    /** A script resource with the launcher's folder filled in and the line ends its shell wants. */
    static String script(String name, String home, String newline) {
        String text = new String(resource(name), StandardCharsets.UTF_8).replace("@ITAGEN_HOME@", home);
        return text.replace("\r\n", "\n").replace("\n", newline);
    }

    /** A value for inside a double-quoted sh string. */
    static String shellQuoted(String s) {
        return s.replaceAll("([\\\\\"$`])", "\\\\$1");
    }

    /** rwxr-xr-x where the file system knows permissions (a double-click must be able to run it). */
    private static void executable(Path p) {
        if (!p.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw ItagenException.output(p.toString(), Msg.of("error.SCRIPT_NOT_EXECUTABLE", String.valueOf(e.getMessage())), e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (build problem)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
