package org.itagen.cli;

import org.itagen.Diagnostic;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where a command's errors and warnings go: stderr, as text lines or as JSON lines
 * ({@code --message-format}, default json when the command's {@code --format} is json). Decided
 * once per run from the arguments, before picocli parses them, so that a mistyped option is
 * reported in the format the script asked for.
 */
public final class Diagnostics {
    /** How diagnostics are written. */
    public enum Format { text, json }

    private final PrintWriter err;
    private final boolean json;

    Diagnostics(PrintWriter err, boolean json) {
        this.err = err;
        this.json = json;
    }

    /** The diagnostics of the running command (the format its root command was given). */
    static Diagnostics of(CommandSpec spec) {
        Format f = spec.root().userObject() instanceof ItagenCommand root ? root.messageFormat : Format.text;
        return new Diagnostics(spec.commandLine().getErr(), f == Format.json);
    }

    public boolean json() {
        return json;
    }

    public PrintWriter err() {
        return err;
    }

    /** Prints one line; safe from several threads. */
    public void print(Diagnostic d) {
        synchronized (err) {
            err.println(json ? d.json() : d.text());
            err.flush();
        }
    }

    /**
     * The format the arguments ask for: {@code --message-format X}, else json when some
     * {@code --format} is json (analyze, check, templates vars), else text.
     */
    static Format fromArgs(String[] args) {
        Format byFormat = Format.text;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[i + 1];
            }
            if (value == null) continue;
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (name.equals("--message-format")) {
                if (v.equals("json")) return Format.json;
                if (v.equals("text")) return Format.text;
            } else if (name.equals("--format") && v.equals("json")) {
                byFormat = Format.json;
            }
        }
        return byFormat;
    }
}
