package org.itagen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command; subcommands do the work. */
@Command(name = "itagen",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns Thai ITA results into the O25 and O28 documents agencies publish (PDF and DOCX).",
        subcommands = {
                AnalyzeCommand.class,
                O25Command.class,
                O28Command.class,
                InitCommand.class,
                TemplatesCommand.class,
                CheckCommand.class,
                BatchCommand.class,
                // `source <(itagen generate-completion)`: bash/zsh TAB completion (hidden in the help).
                CompletionCommand.class,
        },
        footer = {"", "Exit codes: 0 ok; 1 findings or partial failure; 2 usage or input error;",
                "3 output not writable; 4 internal error."})
public class ItagenCommand implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Say more (fonts used, timings) and print stack traces on errors.")
    boolean verbose;

    /** Sets the language of messages before any command runs (picocli calls setters while parsing). */
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "th|en",
            description = "Language of messages: th (Thai) or en (English). Default: ITAGEN_LANG, else the system's.")
    void setLang(String lang) {
        java.util.Locale l = org.itagen.Messages.parse(lang);
        if (l == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--lang takes th or en, not '" + lang + "'");
        }
        org.itagen.Messages.use(l);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
