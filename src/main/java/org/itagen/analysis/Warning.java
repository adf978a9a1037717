package org.itagen.analysis;

/**
 * Something the officer should look at; the analysis still completes.
 *
 * @param code    stable machine code; its name is what JSON and CSV print
 * @param message one sentence naming the numbers involved, in the language of the run
 *                ({@link org.itagen.Messages}); scripts match on {@code code}, never on this
 * @param where   input location it concerns ("scores.csv:12"), or null
 */
public record Warning(WarningCode code, String message, String where) {
}
