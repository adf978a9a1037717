package org.itagen.analysis;

/** The warning codes the analysis emits; scripts match on these, so never rename one. */
public final class WarningCode {
    /** A declared tool or ITA total differs from the one computed from the indicators by more than 0.01. */
    public static final String DECLARED_TOTAL_MISMATCH = "DECLARED_TOTAL_MISMATCH";
    /** A declared band differs from the band the computed total gives. */
    public static final String DECLARED_BAND_MISMATCH = "DECLARED_BAND_MISMATCH";
    /** FY2568 on: a higher band may apply but EIT part scores are missing, so it cannot be confirmed. */
    public static final String BAND_UNCONFIRMED = "BAND_UNCONFIRMED";
    /** A tool lacks some indicator scores, so its total could not be computed. */
    public static final String MISSING_INDICATORS = "MISSING_INDICATORS";
    /** Only one fiscal year in the input: no year-over-year comparison. */
    public static final String SINGLE_YEAR = "SINGLE_YEAR";
    /** More than two years in the input: the last two are compared. */
    public static final String EXTRA_YEARS = "EXTRA_YEARS";
    /** An indicator has scores for some of its questions but not all the framework lists. */
    public static final String MISSING_QUESTIONS = "MISSING_QUESTIONS";
    /** No question scores for the latest year: weak questions cannot be listed. */
    public static final String NO_QUESTIONS = "NO_QUESTIONS";

    private WarningCode() {
    }
}
