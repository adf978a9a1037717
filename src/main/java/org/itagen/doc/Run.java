package org.itagen.doc;

import java.util.Objects;

/**
 * A piece of text with one style.
 *
 * @param text    the text, Unicode NFC; may hold Thai, Latin and digits (Arabic digits: the
 *                writer localizes them per {@link PageSetup#digits()})
 * @param bold    bold
 * @param italic  italic
 * @param link    a URL the text links to, or null
 * @param literal true when the text must appear exactly as given (codes, URLs): writers do not
 *                localize its digits
 */
public record Run(String text, boolean bold, boolean italic, String link, boolean literal) {
    public Run {
        Objects.requireNonNull(text, "text");
    }

    public static Run plain(String text) {
        return new Run(text, false, false, null, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false, null, false);
    }

    public static Run italic(String text) {
        return new Run(text, false, true, null, false);
    }

    public static Run link(String text, String url) {
        return new Run(text, false, false, url, true);
    }

    public static Run literal(String text) {
        return new Run(text, false, false, null, true);
    }
}
