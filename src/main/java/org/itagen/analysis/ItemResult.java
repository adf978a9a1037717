package org.itagen.analysis;

import org.itagen.model.EitPart;
import org.itagen.model.Tool;

import java.math.BigDecimal;

/**
 * A question score of the latest year, with its wording when the framework knows it.
 *
 * @param part    null, or the EIT part (part 1 and part 2 scores are separate results)
 * @param wording question text, or null when unknown
 */
public record ItemResult(int fiscalYear, String item, Tool tool, int indicator, EitPart part,
                         BigDecimal score, String wording) {
}
