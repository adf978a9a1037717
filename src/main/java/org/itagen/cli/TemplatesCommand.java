package org.itagen.cli;

import org.itagen.ItagenException;
import org.itagen.render.OutputFiles;
import org.itagen.report.TemplateLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code itagen templates export DIR}: the bundled templates, to edit. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Work with the document templates (o25.yaml, o28.yaml).",
        subcommands = {TemplatesCommand.Export.class})
public class TemplatesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code itagen templates export DIR}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Copy the bundled templates o25.yaml and o28.yaml into DIR to edit; use one with itagen o25 --template DIR/o25.yaml.")
    public static class Export implements java.util.concurrent.Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write to.")
        Path dir;

        @Option(names = "--force", description = "Overwrite templates already in DIR.")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!force) {
                for (String kind : TemplateLoader.KINDS) {
                    Path p = dir.resolve(kind + ".yaml");
                    if (Files.exists(p)) {
                        throw ItagenException.input(p.toString(), "already exists; your edits would be lost, so export"
                                + " to another folder or add --force");
                    }
                }
            }
            for (String kind : TemplateLoader.KINDS) {
                Path p = dir.resolve(kind + ".yaml");
                OutputFiles.writeAtomically(p, TemplateLoader.bundledText(kind).getBytes(StandardCharsets.UTF_8));
                spec.commandLine().getOut().println("wrote " + p);
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
