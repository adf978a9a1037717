package org.itagen;

/**
 * Warnings about a run rather than about an agency's results (those are the analysis's
 * {@code analysis.WarningCode}s): the constant's name is the code scripts see in JSON lines, so
 * never rename one; its sentence is {@code warning.<NAME>} in the message bundles.
 */
public enum RunWarning {
    /** --font names a family that is not installed: the PDF uses another font. */
    FONT_NOT_INSTALLED,
    /** An agency of the scores file has no measures file: it is skipped (batch, check --measures-dir). */
    NO_MEASURES_FILE,
    /** A measures file whose agency is not in the scores file (a misspelt file name?). */
    MEASURES_WITHOUT_SCORES,
    /** A character neither the document's font nor the fallback can draw in the PDF. */
    UNSHOWABLE_CHARACTER,
    /**
     * o25/o28 wrote their documents although check's rules find that they would score 0 (the
     * lines before it name each reason, with the finding's code); --strict makes it an error.
     */
    WOULD_SCORE_ZERO;

    /** The warning with its sentence in the user's language. */
    public Diagnostic at(String where, Object... args) {
        return Diagnostic.warning(name(), Msg.of("warning." + name(), args).text(), where);
    }
}
