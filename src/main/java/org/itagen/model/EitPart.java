package org.itagen.model;

import java.util.Locale;
import java.util.Optional;

/** The two parts of the EIT from FY2568: answered by respondents themselves, or collected by assessors. */
public enum EitPart {
    PUBLIC("public", "EIT Public"),
    SURVEY("survey", "EIT Survey");

    private final String code;
    private final String thaiLabel;
    private final String englishLabel;

    EitPart(String code, String englishLabel) {
        this.code = code;
        this.thaiLabel = org.itagen.thai.ThaiTerms.get("eit_part." + name());
        this.englishLabel = englishLabel;
    }

    /** "public" or "survey": the value in CSV input and JSON output. */
    public String code() {
        return code;
    }

    /** "part 1" / "part 2" in Thai ({@code eit_part.*} Thai terms; Arabic digits: writers localize them). */
    public String thaiLabel() {
        return thaiLabel;
    }

    /** "EIT Public" / "EIT Survey", as NACC reports name them. */
    public String englishLabel() {
        return englishLabel;
    }

    public static Optional<EitPart> parse(String s) {
        if (s == null) return Optional.empty();
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (v.equals(PUBLIC.thaiLabel)) return Optional.of(PUBLIC);
        if (v.equals(SURVEY.thaiLabel)) return Optional.of(SURVEY);
        return switch (v) {
            case "public", "eit public", "1", "part1", "part 1" -> Optional.of(PUBLIC);
            case "survey", "eit survey", "2", "part2", "part 2" -> Optional.of(SURVEY);
            default -> Optional.empty();
        };
    }
}
