package org.itagen.cli;

import org.itagen.Messages;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/** Entry point: builds the command line and exits with its code. */
public final class Main {
    /** The help texts picocli reads (usage sections, option descriptions), English and Thai. */
    static final String HELP_BUNDLE = "org.itagen.help";
    /** The JDK's switch between its FFM (default since 22) and JNI bindings of HarfBuzz. */
    static final String FONT_LAYOUT_FFM = "sun.font.layout.ffm";

    private Main() {
    }

    public static void main(String[] args) {
        preferJniFontLayout();
        System.exit(run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /**
     * HarfBuzz through the JDK's JNI binding, not the FFM one JDK 22+ picks by default: the same
     * library, glyphs and bytes, but FFM's linker generates some 400 classes and method handles at
     * the first shaped string, about a tenth of a one-document run's CPU (docs/performance.md, issue
     * 16 third pass). The JDK reads the switch once, when its font layout engine starts, so this runs
     * before anything else; a {@code -Dsun.font.layout.ffm} given on the command line wins. JDK 21
     * has only the JNI binding and ignores it.
     */
    static void preferJniFontLayout() {
        if (System.getProperty(FONT_LAYOUT_FFM) == null) System.setProperty(FONT_LAYOUT_FFM, "false");
    }

    /** Runs the CLI with the given streams; tests call this in-process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // --lang sets the language for this run only (tests run many in one JVM).
        Locale language = Messages.current();
        // picocli takes its help texts when the command line is built, before --lang is parsed:
        // look for --lang first so that `itagen --lang th o25 --help` is Thai throughout.
        Locale asked = langArgument(args);
        if (asked != null) Messages.use(asked);
        // Errors in the format the arguments ask for, also when they cannot be parsed.
        Diagnostics.Format format = Diagnostics.fromArgs(args);
        try {
            CommandLine cl = commandLine(out, err);
            ((ItagenCommand) cl.getCommand()).messageFormat = format;
            return cl.execute(args);
        } catch (Throwable t) {
            // picocli handles Exceptions; Errors such as OutOfMemoryError still get one line and a code.
            boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
            return ExitCodes.handle(t, new Diagnostics(err, format == Diagnostics.Format.json), verbose);
        } finally {
            Messages.use(language);
            out.flush();
            err.flush();
        }
    }

    /** The language {@code --lang X} or {@code --lang=X} names before {@code --}, or null (none, or not th/en). */
    static Locale langArgument(String[] args) {
        Locale found = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            if (a.equals("--lang") && i + 1 < args.length) found = Messages.parse(args[++i]);
            else if (a.startsWith("--lang=")) found = Messages.parse(a.substring("--lang=".length()));
        }
        return found;
    }

    /**
     * The help texts in a language: Thai, or the base (English) bundle, which asked for by the root
     * locale never falls back to the machine's locale. The default loading control shares its cache
     * with the load picocli makes for the annotation, so the usual case reads the file once.
     */
    static ResourceBundle helpBundle(Locale language) {
        return ResourceBundle.getBundle(HELP_BUNDLE, Messages.THAI.equals(language) ? Messages.THAI : Locale.ROOT);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ItagenCommand root = new ItagenCommand();
        CommandLine cl = new CommandLine(root);
        // After the subcommands are added, so that every one of them gets it.
        cl.setResourceBundle(helpBundle(Messages.current()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        byCode(cl, org.itagen.report.DocKind.class);
        byCode(cl, org.itagen.report.OutputFormat.class);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                ExitCodes.handle(ex, new Diagnostics(commandLine.getErr(), root.messageFormat == Diagnostics.Format.json),
                        root.verbose));
        cl.setParameterExceptionHandler((ex, args) -> ExitCodes.handle(ex,
                new Diagnostics(ex.getCommandLine().getErr(), root.messageFormat == Diagnostics.Format.json), false));
        return cl;
    }

    /** Options of a type whose code (its toString, e.g. "pdf") is what users type and what an error lists. */
    private static <E extends Enum<E>> void byCode(CommandLine cl, Class<E> type) {
        E[] values = type.getEnumConstants();
        cl.registerConverter(type, value -> {
            for (E e : values) {
                if (e.toString().equalsIgnoreCase(value.strip())) return e;
            }
            throw new CommandLine.TypeConversionException("expected one of " + java.util.Arrays.toString(values)
                    + " (case-insensitive) but was '" + value + "'");
        });
    }
}
