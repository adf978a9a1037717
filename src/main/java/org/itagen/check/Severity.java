package org.itagen.check;

/** How bad a finding is: errors would cost the item its 100 points, warnings weaken it. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** "error" or "warning" (text and JSON output). */
    public String code() {
        return code;
    }
}
