package org.itagen.analysis;

import org.itagen.model.EitPart;
import org.itagen.model.Tool;

import java.math.BigDecimal;

/**
 * A question that should drive a measure: below the threshold, or (fallback) the lowest question
 * of an indicator whose questions all reach it.
 *
 * @param part     null, "public" or "survey" part of the EIT
 * @param fallback true when taken only because it is its indicator's lowest
 * @param wording  question text, or null when unknown
 */
public record WeakItem(String item, Tool tool, int indicator, String indicatorName, EitPart part,
                       BigDecimal score, boolean fallback, String wording, int fiscalYear) {
}
