package org.itagen.analysis;

/**
 * The warnings the analysis emits. The constant's name is the code in JSON and CSV output and
 * scripts match on it, so never rename one; its sentence is {@code warning.<NAME>} in the message
 * bundles (variants add a suffix).
 */
public enum WarningCode {
    /** A declared tool or ITA total differs from the one computed from the indicators by more than 0.01. */
    DECLARED_TOTAL_MISMATCH,
    /** A declared band differs from the band the computed total gives. */
    DECLARED_BAND_MISMATCH,
    /** FY2568 on: a higher band may apply but EIT part scores are missing, so it cannot be confirmed. */
    BAND_UNCONFIRMED,
    /** A tool lacks some indicator scores, so its total could not be computed. */
    MISSING_INDICATORS,
    /** Only one fiscal year in the input: no year-over-year comparison. */
    SINGLE_YEAR,
    /** More than two years in the input: the last two are compared. */
    EXTRA_YEARS,
    /** An indicator has scores for some of its questions but not all the framework lists. */
    MISSING_QUESTIONS,
    /** No question scores for the latest year: weak questions cannot be listed. */
    NO_QUESTIONS,
    /**
     * Not the analysis's: o25/o28 print an OIT item number and components that the framework data
     * marks low confidence (report.ReportInput#frameworkWarnings).
     */
    FRAMEWORK_UNCONFIRMED;

    /** The message key of this warning's sentence, with an optional variant suffix. */
    String key(String... variant) {
        return "warning." + name() + (variant.length == 0 ? "" : "." + variant[0]);
    }
}
