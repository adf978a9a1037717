package org.itagen.report;

import org.itagen.analysis.Analysis;
import org.itagen.input.MeasurePlan;
import org.itagen.model.Framework;

/**
 * What a document is built from.
 *
 * @param analysis      the assessment year analysed (with the year before it when the scores have it)
 * @param after         O28: the assessment year against the year after it, when the scores have
 *                      that year; null otherwise
 * @param plan          the officer's measures
 * @param planFramework the framework of the year the document is submitted in (for the item's
 *                      code and title, e.g. "O25"), or null when none is bundled for that year
 */
public record ReportInput(Analysis analysis, Analysis after, MeasurePlan plan, Framework planFramework) {
    public ReportInput {
        java.util.Objects.requireNonNull(analysis, "analysis");
        java.util.Objects.requireNonNull(plan, "plan");
    }
}
