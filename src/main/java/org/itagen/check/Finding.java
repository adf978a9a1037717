package org.itagen.check;

import org.itagen.Msg;
import org.itagen.report.DocKind;

/**
 * One thing the check found.
 *
 * @param severity error (the item would score 0) or warning
 * @param code     stable machine code; its name is what text and JSON print and scripts match on
 * @param doc      the document it affects, or null when it affects both or the inputs
 * @param where    file:line, "measure M3", or a file name
 * @param message  what is wrong and how to fix it, in the user's language
 * @param why      why it costs points, in the user's language
 */
public record Finding(Severity severity, FindingCode code, DocKind doc, String where, String message, String why) {
    public static Finding error(FindingCode code, DocKind doc, String where, String message, String why) {
        return new Finding(Severity.ERROR, code, doc, where, message, why);
    }

    public static Finding warning(FindingCode code, DocKind doc, String where, String message, String why) {
        return new Finding(Severity.WARNING, code, doc, where, message, why);
    }

    /** An error worded from the message bundles, in the user's language. */
    public static Finding error(FindingCode code, DocKind doc, String where, Msg message, Msg why) {
        return error(code, doc, where, message.text(), why.text());
    }

    /** A warning worded from the message bundles, in the user's language. */
    public static Finding warning(FindingCode code, DocKind doc, String where, Msg message, Msg why) {
        return warning(code, doc, where, message.text(), why.text());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
