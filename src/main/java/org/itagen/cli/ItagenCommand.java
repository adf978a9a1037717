package org.itagen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command; subcommands do the work. Every help text (descriptions, footers, option
 * descriptions) is in the bundle {@code org/itagen/help*.properties}, English and Thai: Main sets
 * the one of the run's language, and the man page generator reads this annotation's.
 */
@Command(name = "itagen",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Main.HELP_BUNDLE,
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
        })
public class ItagenCommand implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT)
    boolean verbose;

    /** Sets the language of messages before any command runs (picocli calls setters while parsing). */
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "th|en")
    void setLang(String lang) {
        java.util.Locale l = org.itagen.Messages.parse(lang);
        if (l == null) {
            throw new UsageErrors.UsageException(spec.commandLine(), org.itagen.Msg.of("error.INVALID_CHOICE", "--lang", lang, "th, en"));
        }
        org.itagen.Messages.use(l);
    }

    /** Set by {@link Main} from the arguments before parsing (so parse errors follow it too); the option documents it. */
    Diagnostics.Format messageFormat = Diagnostics.Format.text;

    @Option(names = "--message-format", scope = ScopeType.INHERIT, paramLabel = "text|json")
    void setMessageFormat(Diagnostics.Format format) {
        messageFormat = format;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
