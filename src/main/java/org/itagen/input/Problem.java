package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;

import java.util.List;
import java.util.function.Consumer;

/**
 * Something wrong (or weak) in an input file, found by a lenient reader or a rule: the
 * generating commands throw the first error, {@code itagen check} lists them all.
 *
 * @param level   error (a document cannot be made) or warning (it can, but is weaker)
 * @param code    stable code scripts see as the check's finding code, e.g. "O25_MISSING_TITLE";
 *                problems without a finding of their own carry {@link #REJECTED}
 * @param where   "measures.yaml:12", or a file name
 * @param message what is wrong and how to fix it, in the user's language
 */
public record Problem(Level level, String code, String where, Msg message) {
    /** The code of a problem that has no finding code of its own: the generating commands refuse the file. */
    public static final String REJECTED = "MEASURES_REJECTED";

    /** A sink that throws each problem it gets: strict readers stop at the first one. */
    public static final Consumer<Problem> THROW = p -> {
        throw p.toException();
    };

    public enum Level { ERROR, WARNING }

    public static Problem error(String code, String where, Msg message) {
        return new Problem(Level.ERROR, code, where, message);
    }

    public static Problem warning(String code, String where, Msg message) {
        return new Problem(Level.WARNING, code, where, message);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** The one-line error the generating commands stop with (exit 2). */
    public ItagenException toException() {
        return ItagenException.input(where, message);
    }

    /** Throws the first error among {@code problems}; warnings are left to the caller. */
    public static void throwFirstError(List<Problem> problems) {
        for (Problem p : problems) if (p.isError()) throw p.toException();
    }
}
