package org.itagen.model;

import java.util.Locale;
import java.util.Optional;

/** The three ITA tools (แบบวัด) and the ITA total itself; their official Thai names are {@code tool.*} Thai terms. */
public enum Tool {
    IIT,
    EIT,
    OIT,
    ITA;

    private final String thaiName;

    Tool() {
        this.thaiName = org.itagen.thai.ThaiTerms.get("tool." + name());
    }

    public String thaiName() {
        return thaiName;
    }

    /** True for IIT, EIT and OIT: the tools whose indicators make up the ITA total. */
    public boolean isMeasure() {
        return this != ITA;
    }

    /** The question-code prefix: i, e or o (ITA has none). */
    public Optional<Character> itemPrefix() {
        return switch (this) {
            case IIT -> Optional.of('i');
            case EIT -> Optional.of('e');
            case OIT -> Optional.of('o');
            case ITA -> Optional.empty();
        };
    }

    /** Case-insensitive parse of "IIT", "eit", ...; empty when unknown. */
    public static Optional<Tool> parse(String s) {
        if (s == null) return Optional.empty();
        try {
            return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
