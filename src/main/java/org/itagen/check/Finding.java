package org.itagen.check;

/**
 * One thing the check found.
 *
 * @param severity error (the item would score 0) or warning
 * @param code     stable machine code, e.g. "O25_MISSING_OWNER" (see {@link FindingCode}); scripts match on it
 * @param doc      the document it affects ("o25", "o28"), or null when it affects both or the inputs
 * @param where    file:line, "measure M3", or a file name
 * @param message  what is wrong and how to fix it (Thai)
 * @param why      why it costs points (Thai)
 */
public record Finding(Severity severity, String code, String doc, String where, String message, String why) {
    public static Finding error(String code, String doc, String where, String message, String why) {
        return new Finding(Severity.ERROR, code, doc, where, message, why);
    }

    public static Finding warning(String code, String doc, String where, String message, String why) {
        return new Finding(Severity.WARNING, code, doc, where, message, why);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
