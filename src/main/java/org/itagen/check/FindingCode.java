package org.itagen.check;

/** The finding codes; scripts match on these, so never rename one. */
public final class FindingCode {
    // Scores
    public static final String SCORE_INVALID = "SCORE_INVALID";
    public static final String NO_ASSESSMENT_SCORES = "NO_ASSESSMENT_SCORES";
    public static final String INDICATOR_NOT_ANALYSED = "INDICATOR_NOT_ANALYSED";
    public static final String SINGLE_YEAR = "SINGLE_YEAR";
    public static final String DECLARED_TOTAL_MISMATCH = "DECLARED_TOTAL_MISMATCH";
    public static final String DECLARED_BAND_MISMATCH = "DECLARED_BAND_MISMATCH";
    public static final String BAND_UNCONFIRMED = "BAND_UNCONFIRMED";
    // Measures against the analysis
    public static final String NO_MEASURES = "NO_MEASURES";
    public static final String INDICATOR_WITHOUT_MEASURE = "INDICATOR_WITHOUT_MEASURE";
    public static final String WEAK_QUESTION_WITHOUT_MEASURE = "WEAK_QUESTION_WITHOUT_MEASURE";
    public static final String UNKNOWN_LINK = "UNKNOWN_LINK";
    public static final String AGENCY_MISMATCH = "AGENCY_MISMATCH";
    // O25 components of each measure
    public static final String O25_MISSING_TITLE = "O25_MISSING_TITLE";
    public static final String O25_MISSING_ANALYSIS = "O25_MISSING_ANALYSIS";
    public static final String O25_MISSING_STEPS = "O25_MISSING_STEPS";
    public static final String O25_MISSING_PERIOD = "O25_MISSING_PERIOD";
    public static final String O25_MISSING_OWNER = "O25_MISSING_OWNER";
    public static final String PERIOD_INVALID = "PERIOD_INVALID";
    public static final String PERIOD_OUTSIDE_PLAN_YEAR = "PERIOD_OUTSIDE_PLAN_YEAR";
    public static final String PLAN_YEAR_MISSING = "PLAN_YEAR_MISSING";
    // O28
    public static final String O28_MISSING_RESULT = "O28_MISSING_RESULT";
    public static final String O28_MISSING_OUTCOME = "O28_MISSING_OUTCOME";
    public static final String O28_OUTCOME_ONLY_EVIDENCE = "O28_OUTCOME_ONLY_EVIDENCE";
    public static final String O28_NOT_DONE = "O28_NOT_DONE";
    // What the o25/o28 commands would refuse that the checks above did not name
    public static final String MEASURES_REJECTED = "MEASURES_REJECTED";
    public static final String GENERATION_FAILS = "GENERATION_FAILS";
    // Generated files
    public static final String PDF_MISSING = "PDF_MISSING";
    public static final String PDF_UNREADABLE = "PDF_UNREADABLE";
    public static final String FONT_NOT_EMBEDDED = "FONT_NOT_EMBEDDED";
    public static final String TEXT_NOT_EXTRACTABLE = "TEXT_NOT_EXTRACTABLE";
    public static final String DOCX_UNREADABLE = "DOCX_UNREADABLE";
    public static final String NO_GENERATED_FILES = "NO_GENERATED_FILES";

    private FindingCode() {
    }
}
