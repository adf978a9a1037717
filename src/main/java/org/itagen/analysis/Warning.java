package org.itagen.analysis;

/**
 * Something the officer should look at; the analysis still completes.
 *
 * @param code    stable machine code, e.g. "DECLARED_TOTAL_MISMATCH" (see {@link WarningCode})
 * @param message one Thai/English sentence naming the numbers involved
 * @param where   input location it concerns ("scores.csv:12"), or null
 */
public record Warning(String code, String message, String where) {
}
