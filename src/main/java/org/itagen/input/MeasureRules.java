package org.itagen.input;

import org.itagen.Msg;
import org.itagen.input.yaml.YamlDoc;
import org.itagen.thai.ThaiDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules a measures file must keep, each written once: the parser ({@link MeasuresParser})
 * applies those that need only the file, {@code report.Reports}/{@code ReportData} and
 * {@code check.Checker} apply those that need the scores and the framework. Every rule returns
 * problems; the generating commands throw the first error, the check lists them all.
 */
public final class MeasureRules {
    /** Fiscal years (BE) a plan can name. */
    static final int FIRST_YEAR = 2500;
    static final int LAST_YEAR = 2700;

    private MeasureRules() {
    }

    /** A fiscal year must be Buddhist Era; a Christian-era year gets the BE year to write instead. */
    static Msg fiscalYear(int y) {
        if (y >= FIRST_YEAR && y <= LAST_YEAR) return null;
        if (y > 1900 && y < 2200) {
            return Msg.of("error.MEASURES_YEAR_CE", String.valueOf(y), String.valueOf(y + ThaiDates.BE_OFFSET));
        }
        return Msg.of("error.MEASURES_YEAR_NOT_BE", String.valueOf(y));
    }

    /** The results a plan answers come from a year before the plan's. */
    static Msg assessmentBeforePlan(int assessmentYear, int planYear) {
        return assessmentYear < planYear ? null
                : Msg.of("error.MEASURES_ASSESSMENT_NOT_BEFORE", String.valueOf(assessmentYear), String.valueOf(planYear));
    }

    /**
     * A measure runs within the plan's fiscal year.
     *
     * @return null when it does
     */
    static Msg periodOutsidePlanYear(String measureId, Period p, int planYear) {
        LocalDate fyStart = ThaiDates.fiscalYearStart(planYear);
        LocalDate fyEnd = ThaiDates.fiscalYearEnd(planYear);
        if (!p.start().isBefore(fyStart) && !p.end().isAfter(fyEnd)) return null;
        return Msg.of("error.PERIOD_OUTSIDE_PLAN_YEAR", measureId, p.start().toString(), p.end().toString(),
                String.valueOf(planYear), fyStart.toString(), fyEnd.toString());
    }

    /** Whether the period's start (rather than its end) is the date outside the plan year. */
    static boolean startsTooEarly(Period p, int planYear) {
        return p.start().isBefore(ThaiDates.fiscalYearStart(planYear));
    }

    /**
     * The scores must hold the year whose results the measures answer.
     *
     * @param scoreYears   the fiscal years the score file has
     * @param scoresSource the score file's name, where the problem is
     * @param plansSource  the measures file's name
     * @return the problem, or null when the year is there
     */
    public static Problem assessmentYearScored(int assessmentYear, SortedSet<Integer> scoreYears, String scoresSource,
                                               String plansSource) {
        if (scoreYears.contains(assessmentYear)) return null;
        return Problem.error("NO_ASSESSMENT_SCORES", scoresSource, Msg.of("error.NO_ASSESSMENT_SCORES",
                String.valueOf(assessmentYear), plansSource,
                scoreYears.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }

    /**
     * Every measure links only to indicators and questions that exist. {@code knownItems} are the
     * question codes the framework or the scores know for the assessed year; when it is empty
     * (neither lists questions) only the code format was checked, by the parser.
     *
     * @param scoresSource the score file's name, for the message
     */
    public static List<Problem> links(List<Measure> measures, Collection<Integer> indicators, Collection<String> knownItems,
                                      int assessmentYear, String scoresSource) {
        Set<String> known = new TreeSet<>();
        for (String s : knownItems) known.add(s.toLowerCase(Locale.ROOT));
        List<Problem> out = new ArrayList<>();
        for (Measure m : measures) {
            for (int i : m.indicators()) {
                if (!indicators.contains(i)) {
                    out.add(Problem.error("UNKNOWN_LINK", m.where("indicator:" + i), Msg.of("error.UNKNOWN_LINK_INDICATOR",
                            m.id(), String.valueOf(i), String.valueOf(assessmentYear))));
                }
            }
            if (known.isEmpty()) continue;
            for (String item : m.items()) {
                if (!known.contains(item)) {
                    out.add(Problem.error("UNKNOWN_LINK", m.where("item:" + item), Msg.of("error.UNKNOWN_LINK_QUESTION",
                            m.id(), item, String.valueOf(assessmentYear), scoresSource, YamlDoc.didYouMean(item, known))));
                }
            }
        }
        return out;
    }

    /**
     * The officer's question wordings ({@code questions:}) name questions the assessment year's
     * framework has: a code it does not list would print nowhere, and is most likely a typo or a
     * code of another year. Only the framework's list counts (not codes the scores alone carry),
     * since the framework places the wording under its indicator.
     *
     * @param where "measures.yaml:12" or "ถ้อยคำข้อคำถาม!A3" of a code
     */
    public static List<Problem> wordings(java.util.Map<String, String> questions, java.util.function.Function<String, String> where,
                                         org.itagen.model.Framework framework) {
        List<Problem> out = new ArrayList<>();
        if (framework == null) return out; // no framework of the year: the analysis says so
        Set<String> known = new TreeSet<>(framework.questions().keySet());
        for (String code : new TreeSet<>(questions.keySet())) {
            if (known.contains(code)) continue;
            // "e1-e9": the year's codes of the same tool, so the officer sees which ones exist.
            List<Integer> numbers = known.stream().filter(k -> k.charAt(0) == code.charAt(0))
                    .map(k -> Integer.parseInt(k.substring(1))).sorted().toList();
            String range = numbers.isEmpty() ? "-" : code.charAt(0) + numbers.getFirst().toString()
                    + (numbers.size() > 1 ? "-" + code.charAt(0) + numbers.getLast() : "");
            out.add(Problem.error(Problem.REJECTED, where.apply(code), Msg.of("error.QUESTIONS_UNKNOWN_CODE", code,
                    String.valueOf(framework.fiscalYear()), range, YamlDoc.didYouMean(code, known))));
        }
        return out;
    }

    /** The frameworks with the officer's wordings in the assessment year's (see {@code Framework.withWordings}). */
    public static org.itagen.model.FrameworkSet worded(org.itagen.model.FrameworkSet frameworks, int assessmentYear,
                                                       java.util.Map<String, String> questions) {
        if (questions.isEmpty()) return frameworks;
        return frameworks.forYear(assessmentYear).map(f -> frameworks.with(f.withWordings(questions))).orElse(frameworks);
    }

    /**
     * O28 scores 100 only when every measure has what was done (result) and its outcome; score
     * evidence of the year after can stand in for an outcome the officer did not write, but is
     * weaker. A measure not done weakens the report.
     *
     * @param assessmentYear the year the measures answer, or null when the file does not say (the
     *                       message then names plan_year, its default successor)
     * @param scoreEvidence  whether the document will print score evidence of the year after for it
     */
    public static List<Problem> o28(Measure m, Integer assessmentYear, boolean scoreEvidence) {
        List<Problem> out = new ArrayList<>();
        String after = assessmentYear == null ? "plan_year" : String.valueOf(assessmentYear + 1);
        if (m.result() == null) {
            out.add(Problem.error("O28_MISSING_RESULT", m.where(), Msg.of("error.O28_MISSING_RESULT", m.id())));
        }
        if (m.outcome() == null) {
            out.add(scoreEvidence
                    ? Problem.warning("O28_OUTCOME_ONLY_EVIDENCE", m.where(), Msg.of("measures.O28_OUTCOME_ONLY_EVIDENCE", label(m), after))
                    : Problem.error("O28_MISSING_OUTCOME", m.where(), Msg.of("error.O28_MISSING_OUTCOME", m.id(), after)));
        }
        if (m.status() != null && m.status() != Measure.Status.DONE) {
            out.add(Problem.warning("O28_NOT_DONE", m.where("status"), Msg.of("measures.O28_NOT_DONE", label(m), m.status().code())));
        }
        return out;
    }

    /**
     * "M7 (title)": the warnings only the check shows name the measure with its title, which helps
     * an officer find it; the errors keep the id alone, as o25/o28 have always printed them.
     */
    private static String label(Measure m) {
        return m.title() == null ? m.id() : m.id() + " (" + m.title() + ")";
    }
}
