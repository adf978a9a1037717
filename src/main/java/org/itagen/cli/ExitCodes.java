package org.itagen.cli;

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
 *   3  output could not be written (folder missing or not writable, disk full)
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

    /** Maps an exception to its exit code, printing one line (and a stack trace only when verbose). */
    public static int handle(Throwable t, PrintWriter err, boolean verbose) {
        Throwable e = unwrap(t);
        int code;
        String line;
        if (e instanceof ItagenException ie) {
            code = ie.kind() == ItagenException.Kind.OUTPUT ? OUTPUT : INPUT;
            line = ie.oneLine();
        } else if (e instanceof CommandLine.ParameterException pe) {
            code = INPUT;
            line = UsageErrors.seeHelp(pe);
        } else if (e instanceof OutOfMemoryError) {
            code = INTERNAL;
            line = Msg.of("error.OUT_OF_MEMORY").text();
        } else {
            code = INTERNAL;
            String msg = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
            line = Msg.of("error.INTERNAL", e.getClass().getSimpleName() + msg).text();
        }
        err.println(errorLine(line));
        if (verbose) e.printStackTrace(err);
        err.flush();
        return code;
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
