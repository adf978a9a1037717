package org.itagen.report;

import org.itagen.Messages;
import org.itagen.analysis.Analysis;
import org.itagen.analysis.Warning;
import org.itagen.analysis.WarningCode;
import org.itagen.input.MeasurePlan;
import org.itagen.model.Framework;
import org.itagen.model.OitDocumentDef;

import java.util.List;

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
        // Reports.prepare analyses the assessment year (MeasureRules.assessmentYearScored checks the
        // scores have it); any other year would make the document describe the wrong results.
        if (analysis.currentYear() != plan.assessmentYear()) {
            throw new IllegalArgumentException("analysis of FY" + analysis.currentYear() + " for a plan answering FY"
                    + plan.assessmentYear());
        }
    }

    /**
     * The framework that says which OIT item the document is: the year it is submitted in, else
     * the assessed year; null when neither has the item.
     *
     * @param kind the document, whose code ("o25") is the item's role in the framework data
     */
    public Framework documentFramework(DocKind kind) {
        String role = kind.code();
        if (planFramework != null && planFramework.document(role).isPresent()) return planFramework;
        Framework assessed = analysis.framework();
        return assessed != null && assessed.document(role).isPresent() ? assessed : null;
    }

    /** The OIT item the document is (code, title, components), or null; see {@link #documentFramework}. */
    public OitDocumentDef document(DocKind kind) {
        Framework f = documentFramework(kind);
        return f == null ? null : f.document(kind.code()).orElseThrow();
    }

    /**
     * What the framework data is not sure of and the document prints: an item number and
     * components marked low confidence are printed as the data has them, so the officer is told to
     * check them against that year's NACC manual rather than publish them as certain.
     */
    public List<Warning> frameworkWarnings(DocKind kind) {
        Framework f = documentFramework(kind);
        OitDocumentDef d = document(kind);
        if (d == null || !"low".equals(d.confidence())) return List.of();
        return List.of(new Warning(WarningCode.FRAMEWORK_UNCONFIRMED,
                Messages.text("warning.FRAMEWORK_UNCONFIRMED", d.code(), String.valueOf(f.fiscalYear())), null));
    }
}
