package org.itagen.analysis;

import org.itagen.Messages;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A sentence the analysis states (a tie, why a band was held down or cannot be confirmed) in both
 * languages, worded from the message bundles ({@code note.*}). Documents and the JSON print the
 * Thai one whatever the user's language, because the documents are Thai; the terminal table
 * prints the user's.
 */
public record Note(String thai, String english) {
    public Note {
        Objects.requireNonNull(thai, "thai");
        Objects.requireNonNull(english, "english");
    }

    /** The note of {@code key} with values that read the same in both languages (numbers, band names). */
    static Note of(String key, Object... args) {
        return new Note(Messages.text(Messages.THAI, key, args), Messages.text(Messages.ENGLISH, key, args));
    }

    /** The note of {@code key} with values worded per language (lists joined with "และ"/"and" ...). */
    static Note of(String key, Function<Locale, Object[]> args) {
        return new Note(Messages.text(Messages.THAI, key, args.apply(Messages.THAI)),
                Messages.text(Messages.ENGLISH, key, args.apply(Messages.ENGLISH)));
    }

    /** The text in {@code locale}: Thai for Thai, English otherwise. */
    public String in(Locale locale) {
        return Messages.THAI.getLanguage().equals(locale.getLanguage()) ? thai : english;
    }

    /** The text in the user's language. */
    public String text() {
        return in(Messages.current());
    }
}
