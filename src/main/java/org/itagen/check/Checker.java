package org.itagen.check;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.analysis.Analysis;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.analysis.Analyzer;
import org.itagen.analysis.IndicatorResult;
import org.itagen.analysis.ItemResult;
import org.itagen.analysis.Warning;
import org.itagen.analysis.WeakItem;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.input.ScoreStream;
import org.itagen.model.AgencyScores;
import org.itagen.model.Framework;
import org.itagen.model.FrameworkSet;
import org.itagen.model.IndicatorDef;
import org.itagen.model.QuestionDef;
import org.itagen.model.EitPart;
import org.itagen.report.DocKind;
import org.itagen.report.ReportBuilder;
import org.itagen.report.ReportInput;
import org.itagen.report.Reports;
import org.itagen.report.TemplateLoader;
import org.itagen.thai.ThaiDates;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The readiness check: what in the scores and measures would cost O25 or O28 its 100 points
 * (or weaken it), each finding with where and why. Inputs that cannot be read at all are thrown
 * as {@link ItagenException} (exit 2); everything else is a finding.
 */
public final class Checker {
    /**
     * What to check.
     *
     * @param scores    the score file
     * @param measures  the measures YAML
     * @param read      how to read the score file (--agency, --sheet, --encoding)
     * @param docs      the documents to check for
     */
    public record Request(Path scores, Path measures, ReadOptions read, FrameworkSet frameworks,
                          AnalysisOptions options, Set<DocKind> docs) {
        public Request {
            docs = Set.copyOf(docs);
        }
    }

    private Checker() {
    }

    /** Checks scores and measures; findings come in a stable order: scores, measures, analysis, then the rest. */
    public static CheckReport check(Request r) {
        List<Finding> f = new ArrayList<>();

        // Measures first (their findings are listed after the scores'): their agency id picks the
        // agency of a many-agency scores file when --agency is not given, as o25/o28 do.
        List<Finding> measureProblems = new ArrayList<>();
        MeasuresScan.Plan plan = MeasuresScan.read(r.measures(), measureProblems);
        ReadOptions read = pickAgency(r.scores(), r.read(), plan.agencyId());

        // Scores: every bad row, not only the first, so one run lists them all.
        AgencyScores scores = null;
        List<ItagenException> rowProblems = ScoreStream.rowProblems(r.scores(), read);
        for (ItagenException e : rowProblems) {
            f.add(Finding.error(FindingCode.SCORE_INVALID, null, e.where(), e.getMessage(), FindingCode.SCORE_INVALID.why().text()));
        }
        if (rowProblems.isEmpty()) scores = readScores(r.scores(), read);

        // Measures: the forgiving read lists every missing component.
        f.addAll(measureProblems);
        measureFindings(plan, r.docs(), scores, f);

        Analysis analysis = null;
        if (scores != null && plan.assessmentYear() != null) {
            int a = plan.assessmentYear();
            if (!scores.years().contains(a)) {
                f.add(error(FindingCode.NO_ASSESSMENT_SCORES, null, scores.source(),
                        FindingCode.NO_ASSESSMENT_SCORES.message(String.valueOf(a), scores.years().toString(), plan.source())));
            } else {
                analysis = Analyzer.analyze(scores.onlyYears(Set.of(a - 1, a)), r.frameworks(), r.options());
                analysisFindings(analysis, scores, f);
                coverageFindings(analysis, plan, f);
            }
        }

        // What the generating commands would refuse that the forgiving read does not look at.
        MeasurePlan strict = null;
        try {
            strict = MeasuresReader.read(r.measures());
        } catch (ItagenException e) {
            if (!covered(e.where(), f)) {
                f.add(Finding.error(FindingCode.MEASURES_REJECTED, null, e.where(), e.getMessage(),
                        FindingCode.MEASURES_REJECTED.why().text()));
            }
        }

        // A dry run of the generating commands catches what no rule above names.
        if (strict != null && scores != null && f.stream().noneMatch(Finding::isError)) {
            for (DocKind kind : DocKind.values()) {
                if (!r.docs().contains(kind)) continue;
                try {
                    ReportInput in = Reports.prepare(kind, scores, r.frameworks(), r.options(), strict);
                    ReportBuilder.build(in, TemplateLoader.bundled(kind.code()), ReportBuilder.Overrides.NONE);
                } catch (ItagenException e) {
                    if (!covered(e.where(), f)) {
                        f.add(Finding.error(FindingCode.GENERATION_FAILS, kind, e.where(), e.getMessage(),
                                FindingCode.GENERATION_FAILS.why(kind.code()).text()));
                    }
                }
            }
        }

        String agency = scores != null ? scores.agency().label() : plan.agencyId();
        return new CheckReport(agency, r.docs(), filter(f, r.docs()));
    }

    /** --agency, else the measures file's agency id when the scores file holds several agencies. */
    static ReadOptions pickAgency(Path scores, ReadOptions read, String planAgencyId) {
        if (read.agencyId() != null || planAgencyId == null || planAgencyId.isBlank()) return read;
        try {
            if (ScoreStream.index(scores, read).agencyIds().size() < 2) return read;
        } catch (ItagenException e) {
            return read; // no agency_id column (or unreadable): the score reader will say what is wrong
        }
        return new ReadOptions(planAgencyId.strip(), read.sheet(), read.encoding());
    }

    /**
     * The agency's scores. With --agency only that agency's rows are parsed (streamed), so that a
     * mistake in another agency's rows of a shared file does not stop this agency's check.
     */
    static AgencyScores readScores(Path file, ReadOptions read) {
        if (read.agencyId() == null || read.sheet() != null) return ScoreReader.read(file, read);
        String id = read.agencyId().strip();
        List<ScoreStream.AgencyRows> found = new ArrayList<>();
        try {
            ScoreStream.forEach(file, read, id::equals, false, found::add);
        } catch (ItagenException e) {
            return ScoreReader.read(file, read); // not a many-agency long file: the reader explains
        }
        if (found.isEmpty()) return ScoreReader.read(file, read); // unknown agency: the reader names the ids
        return found.getFirst().parse();
    }

    /** Findings of the chosen documents (and those that concern both). */
    static List<Finding> filter(List<Finding> f, Set<DocKind> docs) {
        return f.stream().filter(x -> x.doc() == null || docs.contains(x.doc())).toList();
    }

    private static boolean covered(String where, List<Finding> f) {
        return where != null && f.stream().anyMatch(x -> where.equals(x.where()));
    }

    static void measureFindings(MeasuresScan.Plan plan, Set<DocKind> docs, AgencyScores scores, List<Finding> f) {
        if (plan.planYear() == null && f.stream().noneMatch(x -> x.code() == FindingCode.PLAN_YEAR_MISSING)) {
            f.add(error(FindingCode.PLAN_YEAR_MISSING, null, plan.topWhere(), FindingCode.PLAN_YEAR_MISSING.message()));
        }
        if (plan.measures().isEmpty()) {
            f.add(error(FindingCode.NO_MEASURES, null, plan.measuresWhere(), FindingCode.NO_MEASURES.message()));
            return;
        }
        boolean afterYear = scores != null && plan.assessmentYear() != null
                && scores.years().contains(plan.assessmentYear() + 1);
        for (MeasuresScan.Draft m : plan.measures()) {
            String label = label(m);
            if (m.title() == null) {
                f.add(error(FindingCode.O25_MISSING_TITLE, null, m.where("title"), FindingCode.O25_MISSING_TITLE.message(m.id())));
            }
            if (m.indicators().isEmpty() && m.items().isEmpty()) {
                FindingCode c = FindingCode.O25_MISSING_ANALYSIS;
                f.add(error(c, null, m.where(), m.analysis() == null ? c.message(label) : c.variant("text_only", label)));
            }
            if (m.steps().isEmpty()) {
                f.add(error(FindingCode.O25_MISSING_STEPS, null, m.where("steps"), FindingCode.O25_MISSING_STEPS.message(label)));
            }
            if (!m.hasPeriod()) {
                f.add(error(FindingCode.O25_MISSING_PERIOD, null, m.where("period"), FindingCode.O25_MISSING_PERIOD.message(label)));
            } else if (m.periodProblem() != null) {
                f.add(Finding.error(FindingCode.PERIOD_INVALID, null, m.where("period"), label + ": " + m.periodProblem(),
                        FindingCode.PERIOD_INVALID.why().text()));
            } else if (plan.planYear() != null && m.start() != null) {
                LocalDate fyStart = ThaiDates.fiscalYearStart(plan.planYear());
                LocalDate fyEnd = ThaiDates.fiscalYearEnd(plan.planYear());
                if (m.start().isBefore(fyStart) || m.end().isAfter(fyEnd)) {
                    String key = m.start().isBefore(fyStart) ? "period.start" : "period.end";
                    String year = String.valueOf(plan.planYear());
                    f.add(Finding.error(FindingCode.PERIOD_OUTSIDE_PLAN_YEAR, null, m.where(key),
                            FindingCode.PERIOD_OUTSIDE_PLAN_YEAR.message(label, m.start().toString(), m.end().toString(), year,
                                    fyStart.toString(), fyEnd.toString()),
                            FindingCode.PERIOD_OUTSIDE_PLAN_YEAR.why(year)));
                }
            }
            if (m.owner() == null) {
                f.add(error(FindingCode.O25_MISSING_OWNER, null, m.where("owner"), FindingCode.O25_MISSING_OWNER.message(label)));
            }
            if (docs.contains(DocKind.O28)) {
                if (m.result() == null) {
                    f.add(error(FindingCode.O28_MISSING_RESULT, DocKind.O28, m.where(), FindingCode.O28_MISSING_RESULT.message(label)));
                }
                if (m.outcome() == null) {
                    if (afterYear) {
                        f.add(warning(FindingCode.O28_OUTCOME_ONLY_EVIDENCE, DocKind.O28, m.where(),
                                FindingCode.O28_OUTCOME_ONLY_EVIDENCE.message(label, String.valueOf(plan.assessmentYear() + 1))));
                    } else {
                        f.add(error(FindingCode.O28_MISSING_OUTCOME, DocKind.O28, m.where(), FindingCode.O28_MISSING_OUTCOME.message(label)));
                    }
                }
                if (m.status() != null && !m.status().strip().equalsIgnoreCase("done")) {
                    f.add(warning(FindingCode.O28_NOT_DONE, DocKind.O28, m.where("status"),
                            FindingCode.O28_NOT_DONE.message(label, m.status())));
                }
            }
        }
    }

    /** "measure M3 (title)", as findings name a measure. */
    static String label(MeasuresScan.Draft m) {
        return m.title() == null ? Msg.of("finding.measure", m.id()).text() : Msg.of("finding.measure.titled", m.id(), m.title()).text();
    }

    /** An error with the code's own reason. */
    private static Finding error(FindingCode code, DocKind doc, String where, Msg message) {
        return Finding.error(code, doc, where, message, code.why());
    }

    /** A warning with the code's own reason. */
    private static Finding warning(FindingCode code, DocKind doc, String where, Msg message) {
        return Finding.warning(code, doc, where, message, code.why());
    }

    static void analysisFindings(Analysis a, AgencyScores scores, List<Finding> f) {
        for (IndicatorResult i : a.indicators()) {
            if (i.score(a.currentYear()) == null) {
                f.add(error(FindingCode.INDICATOR_NOT_ANALYSED, DocKind.O25, scores.source(), FindingCode.INDICATOR_NOT_ANALYSED
                        .message(String.valueOf(i.number()), i.name(), String.valueOf(a.currentYear()))));
            }
        }
        for (Warning w : a.warnings()) {
            switch (w.code()) {
                case DECLARED_TOTAL_MISMATCH -> f.add(Finding.error(FindingCode.DECLARED_TOTAL_MISMATCH, null,
                        w.where(), w.message(), FindingCode.DECLARED_TOTAL_MISMATCH.why().text()));
                case DECLARED_BAND_MISMATCH -> f.add(Finding.error(FindingCode.DECLARED_BAND_MISMATCH, null,
                        w.where(), w.message(), FindingCode.DECLARED_BAND_MISMATCH.why().text()));
                case BAND_UNCONFIRMED -> f.add(Finding.warning(FindingCode.BAND_UNCONFIRMED, null,
                        w.where() == null ? scores.source() : w.where(), w.message(), FindingCode.BAND_UNCONFIRMED.why().text()));
                case SINGLE_YEAR -> f.add(Finding.warning(FindingCode.SINGLE_YEAR, DocKind.O25, scores.source(),
                        w.message(), FindingCode.SINGLE_YEAR.why().text()));
                case NO_QUESTIONS -> f.add(Finding.warning(FindingCode.NO_QUESTIONS, DocKind.O25, scores.source(),
                        w.message(), FindingCode.NO_QUESTIONS.why().text()));
                case MISSING_INDICATORS, EXTRA_YEARS, MISSING_QUESTIONS -> {
                    // MISSING_INDICATORS is named per indicator above; EXTRA_YEARS cannot happen (two
                    // years only); MISSING_QUESTIONS is the analysis's to say (o25/o28 print it).
                }
            }
        }
    }

    /** Indicators and weak questions no measure answers; links to indicators or questions that do not exist. */
    static void coverageFindings(Analysis a, MeasuresScan.Plan plan, List<Finding> f) {
        Framework fw = a.framework();
        Map<String, Integer> itemIndicator = new HashMap<>();
        for (QuestionDef q : fw.questions().values()) itemIndicator.put(q.code(), q.indicator());
        for (ItemResult i : a.items()) itemIndicator.put(i.item(), i.indicator());
        Set<Integer> known = new HashSet<>();
        for (IndicatorDef d : fw.indicators()) known.add(d.number());

        Set<Integer> answered = new TreeSet<>();
        Set<String> answeredItems = new HashSet<>();
        for (MeasuresScan.Draft m : plan.measures()) {
            for (int n : m.indicators()) {
                if (!known.contains(n)) {
                    f.add(Finding.error(FindingCode.UNKNOWN_LINK, null, m.where("indicator:" + n),
                            FindingCode.UNKNOWN_LINK.variant("indicator", label(m), String.valueOf(n), String.valueOf(a.currentYear())),
                            FindingCode.UNKNOWN_LINK.whyOf("indicator")));
                } else {
                    answered.add(n);
                }
            }
            for (String item : m.items()) {
                Integer n = itemIndicator.get(item);
                if (n == null) {
                    if (!itemIndicator.isEmpty()) {
                        f.add(Finding.error(FindingCode.UNKNOWN_LINK, null, m.where("item:" + item),
                                FindingCode.UNKNOWN_LINK.variant("item", label(m), item, String.valueOf(a.currentYear()),
                                        MeasuresReader.didYouMean(item, itemIndicator.keySet())),
                                FindingCode.UNKNOWN_LINK.whyOf("item")));
                    }
                } else {
                    answered.add(n);
                    answeredItems.add(item);
                }
            }
        }
        for (IndicatorResult i : a.indicators()) {
            if (!answered.contains(i.number()) && i.score(a.currentYear()) != null) {
                FindingCode c = FindingCode.INDICATOR_WITHOUT_MEASURE;
                String n = String.valueOf(i.number());
                String score = org.itagen.analysis.Scores.format(i.score(a.currentYear()));
                f.add(warning(c, DocKind.O25, plan.measuresWhere(), i.lowestInTool()
                        ? c.variant("lowest", n, i.name(), score, i.tool().name()) : c.message(n, i.name(), score)));
            }
        }
        // A measure linked to an indicator without naming any of its questions answers the indicator as a whole.
        Set<Integer> wholeIndicators = new HashSet<>();
        for (MeasuresScan.Draft m : plan.measures()) {
            for (int n : m.indicators()) {
                boolean namesOne = m.items().stream().anyMatch(i -> Integer.valueOf(n).equals(itemIndicator.get(i)));
                if (!namesOne) wholeIndicators.add(n);
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (WeakItem w : a.weakItems()) {
            if (answeredItems.contains(w.item()) || wholeIndicators.contains(w.indicator()) || !reported.add(w.item())) continue;
            FindingCode c = FindingCode.WEAK_QUESTION_WITHOUT_MEASURE;
            String item = w.part() == null ? w.item() : w.item() + " (" + Msg.of("finding.part." + w.part().name()).text() + ")";
            String score = org.itagen.analysis.Scores.format(w.score());
            f.add(warning(c, DocKind.O25, plan.measuresWhere(), w.fallback()
                    ? c.variant("fallback", item, score, String.valueOf(w.indicator()))
                    : c.message(item, score, a.threshold().toPlainString())));
        }
        if (plan.agencyId() != null && a.agency().id() != null && !plan.agencyId().equals(a.agency().id())) {
            f.add(warning(FindingCode.AGENCY_MISMATCH, null, plan.source(),
                    FindingCode.AGENCY_MISMATCH.message(plan.agencyId(), a.agency().id())));
        }
    }

}
