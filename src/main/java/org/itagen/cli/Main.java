package org.itagen.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: builds the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the CLI with the given streams; tests call this in-process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        // --lang sets the language for this run only (tests run many in one JVM).
        java.util.Locale language = org.itagen.Messages.current();
        try {
            return cl.execute(args);
        } catch (Throwable t) {
            // picocli handles Exceptions; Errors such as OutOfMemoryError still get one line and a code.
            boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
            return ExitCodes.handle(t, err, verbose);
        } finally {
            org.itagen.Messages.use(language);
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ItagenCommand root = new ItagenCommand();
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        byCode(cl, org.itagen.report.DocKind.class);
        byCode(cl, org.itagen.report.OutputFormat.class);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                ExitCodes.handle(ex, commandLine.getErr(), root.verbose));
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("error: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            e.flush();
            return ExitCodes.INPUT;
        });
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
