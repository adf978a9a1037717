package org.itagen.report;

import org.itagen.analysis.Analysis;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.analysis.Analyzer;
import org.itagen.analysis.ItemResult;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasureRules;
import org.itagen.input.Problem;
import org.itagen.model.AgencyScores;
import org.itagen.model.Framework;
import org.itagen.model.FrameworkSet;
import org.itagen.model.IndicatorDef;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Prepares what a report is built from, and names its files. */
public final class Reports {
    private Reports() {
    }

    /**
     * Analyses the scores for the plan: the assessment year against the year before it (the
     * analyser compares the last two years it is given, so later years are left out here), and
     * for O28 the assessment year against the year after it when the scores have that year.
     * Checks that every measure links to indicators and questions that exist.
     */
    public static ReportInput prepare(DocKind kind, AgencyScores scores, FrameworkSet frameworks, AnalysisOptions options,
                                      MeasurePlan plan) {
        int a = plan.assessmentYear();
        SortedSet<Integer> years = scores.years();
        Problem unscored = MeasureRules.assessmentYearScored(a, years, scores.source(), plan.source());
        if (unscored != null) throw unscored.toException();
        Analyzer.requireConsecutive(scores, a); // as analyze does: 2565 then 2568 is a gap, not "one year only"
        // The officer's wordings (questions:) name questions of the assessed year and replace its framework's.
        Problem.throwFirstError(MeasureRules.wordings(plan.questions(), c -> plan.where("questions." + c),
                frameworks.forYear(a).orElse(null)));
        frameworks = MeasureRules.worded(frameworks, a, plan.questions());
        Analysis analysis = Analyzer.analyze(scores.onlyYears(Set.of(a - 1, a)), frameworks, options);
        Analysis after = null;
        if (kind.reportsResults() && years.contains(a + 1)) {
            after = Analyzer.analyze(scores.onlyYears(Set.of(a, a + 1)), frameworks, options);
        }

        Framework f = analysis.framework();
        List<Integer> indicators = f.indicators().stream().map(IndicatorDef::number).toList();
        Set<String> items = new TreeSet<>(f.questions().keySet());
        for (ItemResult r : analysis.items()) items.add(r.item());
        Problem.throwFirstError(MeasureRules.links(plan.measures(), indicators, items, a, scores.source()));

        Framework planFramework = frameworks.forYear(kind.submittedIn(plan.planYear()))
                .orElse(frameworks.forYear(plan.planYear()).orElse(null));
        return new ReportInput(analysis, after, plan, planFramework);
    }


    /**
     * "O25_dcws_2569.pdf": safe on Windows, macOS and Linux for any agency id or name. Characters
     * Windows forbids (&lt;&gt;:"/\|?* and controls) and spaces become "_"; Thai letters stay. The
     * name always starts with the document code, so it can never be a reserved device name (CON,
     * NUL, COM1 ...), and it is capped so that a long agency name still fits Windows paths.
     */
    public static String fileName(DocKind kind, String agency, int planYear, OutputFormat format) {
        return kind.label() + "_" + safeName(agency) + "_" + planYear + "." + format.extension();
    }

    /**
     * An agency id as a file or folder name part (batch's per-agency folders too): the rules of
     * {@link #fileName}; "agency" when nothing is left. A folder named so is never a reserved
     * device name unless the id itself is one (CON, NUL ...), which ITAS ids are not.
     */
    public static String safeName(String agency) {
        String a = agency == null ? "" : Normalizer.normalize(agency, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length(); ) {
            int cp = a.codePointAt(i);
            i += Character.charCount(cp);
            boolean bad = cp < 0x20 || cp == 0x7F || "<>:\"/\\|?*".indexOf(cp) >= 0 || Character.isWhitespace(cp)
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                    || Character.getType(cp) == Character.PRIVATE_USE || Character.getType(cp) == Character.UNASSIGNED;
            sb.appendCodePoint(bad ? '_' : cp);
        }
        String id = sb.toString().replaceAll("_+", "_").replaceAll("^[_.]+|[_.]+$", "");
        if (id.codePointCount(0, id.length()) > 60) id = id.substring(0, id.offsetByCodePoints(0, 60));
        if (id.isEmpty()) id = "agency";
        return id;
    }
}
