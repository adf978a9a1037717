package org.itagen;

/**
 * A problem the user can fix, reported as one line: where it is, what is wrong, how to fix it.
 * The CLI maps each {@link Kind} to an exit code in one place ({@code cli.ExitCodes}).
 */
public class ItagenException extends RuntimeException {
    /** What went wrong, which decides the exit code. */
    public enum Kind {
        /** Bad command line or bad input file: exit 2. */
        INPUT,
        /** An output file or folder could not be written: exit 3. */
        OUTPUT
    }

    private final Kind kind;
    private final String where;
    private final String code;

    /**
     * @param kind    what went wrong
     * @param where   file:line, file, or a key such as "measures.yaml:12" or "measure M3"; may be null
     * @param message what is wrong and how to fix it, in one sentence, no trailing period needed
     */
    public ItagenException(Kind kind, String where, String message) {
        this(kind, where, message, null);
    }

    public ItagenException(Kind kind, String where, String message, Throwable cause) {
        this(kind, where, kind.name(), message, cause);
    }

    private ItagenException(Kind kind, String where, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.where = where;
        this.code = code;
    }

    /** Input problem by message key: the text is in the user's language, the code stays the key. */
    public static ItagenException input(String where, Msg msg) {
        return new ItagenException(Kind.INPUT, where, msg.code(), msg.text(), null);
    }

    public static ItagenException output(String where, Msg msg, Throwable cause) {
        return new ItagenException(Kind.OUTPUT, where, msg.code(), msg.text(), cause);
    }

    /**
     * Input problem with a fixed sentence, for tests. Main code words every message by key
     * ({@link #input(String, Msg)}) so that it reads in Thai and English; none uses this.
     */
    public static ItagenException input(String where, String message) {
        return new ItagenException(Kind.INPUT, where, message);
    }

    public static ItagenException output(String where, String message, Throwable cause) {
        return new ItagenException(Kind.OUTPUT, where, message, cause);
    }

    public Kind kind() {
        return kind;
    }

    public String where() {
        return where;
    }

    /** Stable machine code: the message key, or INPUT/OUTPUT for messages not yet keyed. */
    public String code() {
        return code;
    }

    /** The one line users see after "error: ". */
    public String oneLine() {
        String msg = getMessage() == null ? "" : getMessage().replace('\n', ' ').strip();
        return where == null || where.isBlank() ? msg : where + ": " + msg;
    }
}
