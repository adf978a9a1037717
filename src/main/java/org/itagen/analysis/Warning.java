package org.itagen.analysis;

/**
 * Something the officer should look at; the analysis still completes.
 *
 * @param code    stable machine code; its name is what JSON and CSV print
 * @param message one sentence naming the numbers involved, in the language of the run
 *                ({@link org.itagen.Messages}); scripts match on {@code code}, never on this
 * @param where   input location it concerns ("scores.csv:12"), or null
 * @param ruleVerified for a declared figure that contradicts a rule: true when the framework
 *                marks that rule of that year verified (check then calls it an error)
 */
public record Warning(WarningCode code, String message, String where, boolean ruleVerified) {
    public Warning(WarningCode code, String message, String where) {
        this(code, message, where, false);
    }
}
