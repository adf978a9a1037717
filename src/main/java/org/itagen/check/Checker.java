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
import org.itagen.input.Measure;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasureRules;
import org.itagen.input.MeasuresDraft;
import org.itagen.input.MeasuresParser;
import org.itagen.input.Problem;
import org.itagen.input.ReadOptions;
import org.itagen.input.SameAgency;
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

import java.nio.file.Path;
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

    /**
     * The scores of the agency being checked: every row problem (so one run lists them all), and
     * the parsed scores when there are none. The measures file's agency id is given to pick the
     * agency of a many-agency file when nothing else does.
     */
    interface ScoreSource {
        List<ItagenException> problems(String planAgencyId);

        AgencyScores read(String planAgencyId);

        /** Scores already split off or read: the same problems and scores whatever agency is asked for. */
        static ScoreSource of(java.util.function.Supplier<List<ItagenException>> problems,
                              java.util.function.Supplier<AgencyScores> scores) {
            return new ScoreSource() {
                @Override
                public List<ItagenException> problems(String planAgencyId) {
                    return problems.get();
                }

                @Override
                public AgencyScores read(String planAgencyId) {
                    return scores.get();
                }
            };
        }
    }

    /** Checks scores and measures; findings come in a stable order: scores, measures, analysis, then the rest. */
    public static CheckReport check(Request r) {
        ReadOptions[] read = {null};
        ScoreSource file = new ScoreSource() {
            @Override
            public List<ItagenException> problems(String planAgencyId) {
                read[0] = pickAgency(r.scores(), r.read(), planAgencyId);
                return ScoreStream.rowProblems(r.scores(), read[0]);
            }

            @Override
            public AgencyScores read(String planAgencyId) {
                return readScores(r.scores(), read[0]);
            }
        };
        return check(file, r.measures(), r.frameworks(), r.options(), r.docs(), true);
    }

    /**
     * Checks one agency of a many-agency file from its rows, already split off the file (check
     * --measures-dir reads the file once for all agencies). A row that cannot be read is a
     * finding, as in {@link #check(Request)}.
     */
    public static CheckReport check(ScoreStream.AgencyRows rows, Path measures, FrameworkSet frameworks,
                                    AnalysisOptions options, Set<DocKind> docs) {
        ScoreSource own = ScoreSource.of(rows::problems, rows::parse);
        return check(own, measures, frameworks, options, Set.copyOf(docs), true);
    }

    /**
     * The rules of {@code check} on what o25, o28 and batch have just made (issue 10 §4): the
     * agency's scores already read, its measures file (YAML or workbook) read again for every
     * problem. No dry run of the bundled templates: the command has built its documents already.
     * Only the findings of {@code docs} and those that concern both documents are kept.
     */
    public static CheckReport made(AgencyScores scores, Path measures, FrameworkSet frameworks, AnalysisOptions options,
                                   Set<DocKind> docs) {
        ScoreSource given = ScoreSource.of(List::of, () -> scores);
        return check(given, measures, frameworks, options, Set.copyOf(docs), false);
    }

    /**
     * The findings of {@code report} that would make {@code kinds} score 0: its errors, each with
     * the document it costs (a finding about both, or about the inputs, costs every kind made).
     */
    public static List<Zero> wouldScoreZero(CheckReport report, java.util.Collection<DocKind> kinds) {
        List<Zero> out = new ArrayList<>();
        Set<DocKind> made = new java.util.TreeSet<>(kinds);
        for (Finding f : report.findings()) {
            if (!f.isError()) continue;
            if (f.doc() != null && !made.contains(f.doc())) continue;
            List<DocKind> costs = f.doc() != null ? List.of(f.doc()) : List.copyOf(made);
            out.add(new Zero(costs, f));
        }
        return out;
    }

    /**
     * A finding that would make one or more OIT items score 0, as a generating command prints it:
     * one line naming the items (O25, O28), what is wrong and how to fix it, and why it costs points.
     */
    public record Zero(List<DocKind> items, Finding finding) {
        public Zero {
            items = List.copyOf(items);
        }

        /** "O25, O28" */
        public String itemLabels() {
            return String.join(", ", items.stream().map(DocKind::label).toList());
        }

        /** The line's sentence, in the user's language (key run.WOULD_SCORE_ZERO), without its place. */
        public String message() {
            return Msg.of("run.WOULD_SCORE_ZERO", itemLabels(), finding.message(), finding.why()).text();
        }
    }

    private static CheckReport check(ScoreSource source, Path measuresFile, FrameworkSet frameworks,
                                     AnalysisOptions options, Set<DocKind> docs, boolean dryRun) {
        Request r = new Request(null, measuresFile, null, frameworks, options, docs);
        List<Finding> f = new ArrayList<>();

        // Measures first (their findings are listed after the scores'): their agency id picks the
        // agency of a many-agency scores file when --agency is not given, as o25/o28 do. The same
        // parser as o25/o28 reads them, listing every problem where those commands stop at the first.
        MeasuresDraft plan = org.itagen.input.workbook.WorkbookReader.isWorkbook(r.measures())
                ? org.itagen.input.workbook.WorkbookReader.draft(r.measures()) : MeasuresParser.parse(r.measures());

        // Scores: every bad row, not only the first, so one run lists them all.
        AgencyScores scores = null;
        List<ItagenException> rowProblems = source.problems(plan.agency().id());
        for (ItagenException e : rowProblems) {
            f.add(Finding.error(FindingCode.SCORE_INVALID, null, e.where(), e.getMessage(), FindingCode.SCORE_INVALID.why().text()));
        }
        if (rowProblems.isEmpty()) scores = source.read(plan.agency().id());
        // Another agency's scores would make every finding below about the wrong agency: exit 2, as o25/o28.
        if (scores != null && plan.agency() != null) SameAgency.require(plan.agency().id(), plan.where("agency"), scores);

        // Measures: every problem of the file, then what O28 needs of each measure.
        measureFindings(plan, r.docs(), scores, f);

        Analysis analysis = null;
        if (scores != null && plan.assessmentYear() != null) {
            int a = plan.assessmentYear();
            Problem unscored = MeasureRules.assessmentYearScored(a, scores.years(), scores.source(), plan.source());
            if (unscored != null) {
                f.add(finding(unscored, null, plan));
            } else {
                // The officer's wordings replace the framework's, as o25/o28 print them (Reports.prepare).
                for (Problem p : MeasureRules.wordings(plan.questions(), c -> plan.where("questions." + c),
                        r.frameworks().forYear(a).orElse(null))) {
                    f.add(finding(p, null, plan));
                }
                FrameworkSet worded = MeasureRules.worded(r.frameworks(), a, plan.questions());
                analysis = Analyzer.analyze(scores.onlyYears(Set.of(a - 1, a)), worded, r.options());
                analysisFindings(analysis, scores, f);
                coverageFindings(analysis, plan, scores.source(), f);
            }
        }

        // A dry run of the generating commands catches what no rule above names.
        if (dryRun && !plan.hasErrors() && scores != null && f.stream().noneMatch(Finding::isError)) {
            MeasurePlan strict = plan.plan();
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

        String agency = scores != null ? scores.agency().label() : plan.agency().id();
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

    /** The parser's problems, then (for O28) each measure's result, outcome and status. */
    static void measureFindings(MeasuresDraft plan, Set<DocKind> docs, AgencyScores scores, List<Finding> f) {
        for (Problem p : plan.problems()) f.add(finding(p, null, plan));
        if (!docs.contains(DocKind.O28)) return;
        boolean afterYear = scores != null && plan.assessmentYear() != null
                && scores.years().contains(plan.assessmentYear() + 1);
        for (Measure m : plan.measures()) {
            for (Problem p : MeasureRules.o28(m, plan.assessmentYear(), afterYear)) f.add(finding(p, DocKind.O28, plan));
        }
    }

    /**
     * A problem of the measures (or of a rule on them) as a finding: the problem's own message, the
     * one o25/o28 stop with, and the code's reason why it costs points.
     */
    private static Finding finding(Problem p, DocKind doc, MeasuresDraft plan) {
        FindingCode code = FindingCode.valueOf(p.code());
        Msg why = switch (code) {
            case PERIOD_OUTSIDE_PLAN_YEAR -> code.why(String.valueOf(plan.planYear()));
            case UNKNOWN_LINK -> code.whyOf(p.message().code().equals("error.UNKNOWN_LINK_QUESTION") ? "item" : "indicator");
            default -> code.why();
        };
        return p.isError() ? Finding.error(code, doc, p.where(), p.message(), why) : Finding.warning(code, doc, p.where(), p.message(), why);
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
                // An error only where the framework marks the year's rule verified: otherwise our
                // reading of the rule may be what is wrong, and the declared figure is printed anyway.
                case DECLARED_TOTAL_MISMATCH, DECLARED_BAND_MISMATCH -> {
                    FindingCode c = FindingCode.valueOf(w.code().name());
                    f.add(w.ruleVerified() ? Finding.error(c, null, w.where(), w.message(), c.why().text())
                            : Finding.warning(c, null, w.where(), w.message(), c.why().text()));
                }
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
    static void coverageFindings(Analysis a, MeasuresDraft plan, String scoresSource, List<Finding> f) {
        Framework fw = a.framework();
        Map<String, Integer> itemIndicator = new HashMap<>();
        for (QuestionDef q : fw.questions().values()) itemIndicator.put(q.code(), q.indicator());
        for (ItemResult i : a.items()) itemIndicator.put(i.item(), i.indicator());
        Set<Integer> known = new HashSet<>();
        for (IndicatorDef d : fw.indicators()) known.add(d.number());

        for (Problem p : MeasureRules.links(plan.measures(), known, itemIndicator.keySet(), a.currentYear(), scoresSource)) {
            f.add(finding(p, null, plan));
        }
        Set<Integer> answered = new TreeSet<>();
        Set<String> answeredItems = new HashSet<>();
        for (Measure m : plan.measures()) {
            for (int n : m.indicators()) if (known.contains(n)) answered.add(n);
            for (String item : m.items()) {
                Integer n = itemIndicator.get(item);
                if (n != null) {
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
                f.add(warning(c, DocKind.O25, plan.where("measures"), i.lowestInTool()
                        ? c.variant("lowest", n, i.name(), score, i.tool().name()) : c.message(n, i.name(), score)));
            }
        }
        // A measure linked to an indicator without naming any of its questions answers the indicator as a whole.
        Set<Integer> wholeIndicators = new HashSet<>();
        for (Measure m : plan.measures()) {
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
            f.add(warning(c, DocKind.O25, plan.where("measures"), w.fallback()
                    ? c.variant("fallback", item, score, String.valueOf(w.indicator()))
                    : c.message(item, score, a.threshold().toPlainString())));
        }
        // The weak-questions table prints the code and its indicator's name where the wording is
        // unknown; the assessor reads the question itself, so check says which wordings to add.
        Set<String> unworded = new LinkedHashSet<>();
        for (WeakItem w : a.weakItems()) {
            if (w.wording() == null && unworded.add(w.item())) {
                IndicatorResult ind = a.indicator(w.indicator());
                f.add(warning(FindingCode.QUESTION_WORDING_MISSING, DocKind.O25, scoresSource,
                        FindingCode.QUESTION_WORDING_MISSING.message(w.item(), String.valueOf(w.indicator()),
                                ind == null ? "" : ind.name(), String.valueOf(a.currentYear()),
                                org.itagen.input.workbook.WorkbookLayout.WORDINGS)));
            }
        }
    }

}
