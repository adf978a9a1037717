package org.itagen.model;

/**
 * A question whose wording we know for a fiscal year.
 *
 * @param code      "i1", "e4", "o12"
 * @param indicator the indicator it belongs to
 * @param text      the question wording, without the code; null when only the indicator is known
 */
public record QuestionDef(String code, Tool tool, int indicator, String text) {
}
