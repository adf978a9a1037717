package org.itagen.model;

import java.math.BigDecimal;

/**
 * One question's (item's) score.
 *
 * @param item      normalised code: "i10", "e4", "o12" (lower case)
 * @param indicator 1-10, or null when the input left it empty (the framework may know it)
 * @param part      null, or the EIT part the score belongs to (EIT questions only)
 */
public record ItemScore(int fiscalYear, Tool tool, Integer indicator, String item, EitPart part,
                        BigDecimal score, String where) {
}
