package org.itagen.render;

import org.itagen.ItagenException;
import org.itagen.Msg;

import java.time.Instant;

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): the one instant PDF and DOCX files are stamped
 * with when it is set. Both writers read it here, and the commands check it once before any file
 * is made, so a value no document date can hold is one line and exit 2, not a silently clamped
 * (ZIP) or ignored (PDF) date.
 */
public final class SourceDate {
    /** 1980-01-01T00:00:00Z: ZIP entry (DOS) dates start here. */
    public static final long MIN = 315_532_800L;
    /** 2107-12-31T23:59:58Z: the last DOS date; PDF dates reach year 9999, so ZIP decides. */
    public static final long MAX = 4_354_819_198L;
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private SourceDate() {
    }

    /** The instant SOURCE_DATE_EPOCH names, or null when it is not set. */
    public static Instant fromEnvironment() {
        return parse(System.getenv(VARIABLE));
    }

    /**
     * @param value seconds since 1970-01-01 UTC, or null/blank for "not set"
     * @return the instant, or null when not set
     * @throws ItagenException (input) when the value is not a whole number of seconds or lies
     *                         outside what ZIP and PDF dates can hold (1980-2107)
     */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        long seconds;
        try {
            if (!v.matches("[+-]?\\d{1,19}")) throw new NumberFormatException(v);
            seconds = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ItagenException.input(VARIABLE, Msg.of("error.SOURCE_DATE_EPOCH_NOT_NUMBER", org.itagen.input.Texts.echo(v)));
        }
        if (seconds < MIN || seconds > MAX) {
            throw ItagenException.input(VARIABLE, Msg.of("error.SOURCE_DATE_EPOCH_RANGE", v, String.valueOf(MIN), String.valueOf(MAX)));
        }
        return Instant.ofEpochSecond(seconds);
    }
}
