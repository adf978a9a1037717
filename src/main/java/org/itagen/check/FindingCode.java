package org.itagen.check;

import org.itagen.Msg;

/**
 * The finding codes. The constant's name is the code in text and JSON output and scripts match on
 * it, so never rename one. Each code's sentences live in the message bundles: what is wrong under
 * {@code finding.<NAME>} (variants add a suffix) and why it costs points under
 * {@code finding.<NAME>.why}, or under a reason several codes share ({@code finding.why.<REASON>}).
 */
public enum FindingCode {
    // Scores
    SCORE_INVALID,
    NO_ASSESSMENT_SCORES,
    INDICATOR_NOT_ANALYSED,
    SINGLE_YEAR,
    DECLARED_TOTAL_MISMATCH,
    DECLARED_BAND_MISMATCH,
    BAND_UNCONFIRMED,
    NO_QUESTIONS,
    // Measures against the analysis
    NO_MEASURES,
    INDICATOR_WITHOUT_MEASURE("LINK"),
    WEAK_QUESTION_WITHOUT_MEASURE("LINK"),
    UNKNOWN_LINK,
    // A weak question whose wording itagen does not know (issue 10 §3)
    QUESTION_WORDING_MISSING,
    // O25 components of each measure
    O25_MISSING_TITLE("O25_COMPONENTS"),
    O25_MISSING_ANALYSIS("O25_COMPONENTS"),
    O25_MISSING_STEPS("O25_COMPONENTS"),
    O25_MISSING_PERIOD("O25_COMPONENTS"),
    O25_MISSING_OWNER("O25_COMPONENTS"),
    PERIOD_INVALID("O25_COMPONENTS"),
    PERIOD_OUTSIDE_PLAN_YEAR,
    PLAN_YEAR_MISSING,
    // O28
    O28_MISSING_RESULT("O28_COMPONENTS"),
    O28_MISSING_OUTCOME("O28_COMPONENTS"),
    O28_OUTCOME_ONLY_EVIDENCE,
    O28_NOT_DONE,
    // What the o25/o28 commands would refuse that the checks above did not name
    MEASURES_REJECTED,
    // YAML text a rule of YAML likely dropped or merged (a warning: the file still reads)
    YAML_TEXT_LOST,
    GENERATION_FAILS,
    // Generated files
    PDF_MISSING,
    PDF_UNREADABLE,
    FONT_NOT_EMBEDDED,
    TEXT_NOT_EXTRACTABLE,
    DOCX_UNREADABLE,
    NO_GENERATED_FILES;

    private final String whyKey;

    FindingCode() {
        this.whyKey = null;
    }

    /** @param reason a reason several codes share: {@code finding.why.<reason>} */
    FindingCode(String reason) {
        this.whyKey = "finding.why." + reason;
    }

    /** What is wrong: {@code finding.<NAME>}. */
    public Msg message(Object... args) {
        return Msg.of("finding." + name(), args);
    }

    /** A variant of what is wrong: {@code finding.<NAME>.<variant>}. */
    public Msg variant(String variant, Object... args) {
        return Msg.of("finding." + name() + "." + variant, args);
    }

    /** Why it costs points: the code's own reason, or the one it shares. */
    public Msg why(Object... args) {
        return Msg.of(whyKey != null ? whyKey : "finding." + name() + ".why", args);
    }

    /** The reason of a variant: {@code finding.<NAME>.<variant>.why}. */
    public Msg whyOf(String variant, Object... args) {
        return Msg.of("finding." + name() + "." + variant + ".why", args);
    }
}
