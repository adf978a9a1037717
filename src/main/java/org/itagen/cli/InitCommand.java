package org.itagen.cli;

import org.itagen.ItagenException;
import org.itagen.render.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code itagen init DIR}: a working example folder an officer edits. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a ready-to-edit example folder (scores.csv, measures.yaml, a short Thai README.txt) from a bundled sample agency; existing files are never overwritten.",
        footer = {"", "Then: itagen o25 --scores DIR/scores.csv --measures DIR/measures.yaml --out DIR"})
public class InitCommand implements Callable<Integer> {
    static final String README = "README.txt";

    /** The bundled samples, by the folder name under samples/. */
    enum Sample { department, municipality, public_organization }

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to create or fill (it may exist, the files must not).")
    Path dir;

    @Option(names = "--sample", paramLabel = "KIND", defaultValue = "department",
            description = "department, municipality or public_organization (default: ${DEFAULT-VALUE}).")
    Sample sample;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String folder = sample.name().replace('_', '-');
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("scores.csv", resource("org/itagen/samples/" + folder + "/scores.csv"));
        files.put("measures.yaml", resource("org/itagen/samples/" + folder + "/measures.yaml"));
        files.put(README, resource("org/itagen/init/README.txt"));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw ItagenException.input(dir.toString(), "is a file; give a folder for the example");
        }
        // Check every file first: either the whole example is written or nothing is.
        for (String name : files.keySet()) {
            Path p = dir.resolve(name);
            if (Files.exists(p)) {
                throw ItagenException.input(p.toString(), "already exists and init never overwrites; choose an empty folder"
                        + " or move the file away");
            }
        }
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            OutputFiles.writeAtomically(p, e.getValue());
            spec.commandLine().getOut().println("wrote " + p);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
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
