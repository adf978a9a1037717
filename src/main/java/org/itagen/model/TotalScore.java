package org.itagen.model;

import java.math.BigDecimal;

/**
 * A total the input declares: a tool total (IIT, EIT, OIT), an EIT part total, or the ITA total.
 * Declared totals are never trusted: the analysis computes its own and warns when they differ.
 *
 * @param part  null, or the EIT part for an EIT part total (FY2568 on)
 * @param where where it came from, for messages
 */
public record TotalScore(int fiscalYear, Tool tool, EitPart part, BigDecimal score, String where) {
}
