package org.itagen.cli;

import org.itagen.Diagnostic;
import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.Msg;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * The one place that maps outcomes to exit codes and prints errors. Keep README's table in step.
 *
 * <pre>
 *   0  success
 *   1  findings (check) or partial failure (batch: some agencies failed)
 *   2  usage error or input error (bad file, bad value, unknown agency ...)
 *   3  output could not be written (folder missing or not writable, disk full), or would
 *      replace a document changed since itagen wrote it, or a file itagen never wrote
 *      (OUTPUT_EDITED, OUTPUT_NOT_ITAGENS; --force allows it)
 *   4  internal error (a bug: please report it with --verbose output)
 * </pre>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int INPUT = 2;
    public static final int OUTPUT = 3;
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }

    /** Maps an exception to its exit code, printing one text line (and a stack trace only when verbose). */
    public static int handle(Throwable t, PrintWriter err, boolean verbose) {
        return handle(t, new Diagnostics(err, false), verbose);
    }

    /**
     * Maps an exception to its exit code, printing one line as the run asked (text, or a JSON
     * object with the error's code and place), and a stack trace only when verbose.
     */
    static int handle(Throwable t, Diagnostics out, boolean verbose) {
        Throwable e = unwrap(t);
        out.print(diagnostic(e));
        if (verbose) {
            synchronized (out.err()) {
                e.printStackTrace(out.err());
                out.err().flush();
            }
        }
        return exitCode(e);
    }

    /** The exit code of what was thrown. */
    public static int exitCode(Throwable t) {
        Throwable e = unwrap(t);
        if (e instanceof ItagenException ie) return ie.kind() == ItagenException.Kind.OUTPUT ? OUTPUT : INPUT;
        if (e instanceof CommandLine.ParameterException) return INPUT;
        return INTERNAL;
    }

    /** What was thrown as the line users see: its code (the message key), message and place. */
    static Diagnostic diagnostic(Throwable e) {
        if (e instanceof ItagenException ie) return Diagnostic.of(ie);
        if (e instanceof CommandLine.ParameterException pe) {
            return Diagnostic.error(Diagnostic.code(UsageErrors.msg(pe).code()), UsageErrors.seeHelp(pe), null);
        }
        if (e instanceof OutOfMemoryError) return Diagnostic.error("OUT_OF_MEMORY", Msg.of("error.OUT_OF_MEMORY").text(), null);
        String msg = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
        return Diagnostic.error("INTERNAL", Msg.of("error.INTERNAL", e.getClass().getSimpleName() + msg).text(), null);
    }

    /** "error: LINE", the prefix in the user's language ("ข้อผิดพลาด: " in Thai). */
    static String errorLine(String line) {
        return Messages.text("label.error") + ": " + line;
    }

    /** "warning: LINE", the prefix in the user's language ("คำเตือน: " in Thai). */
    static String warningLine(String line) {
        return Messages.text("label.warning") + ": " + line;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CommandLine.ExecutionException || e instanceof java.util.concurrent.CompletionException
                || e instanceof java.util.concurrent.ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
