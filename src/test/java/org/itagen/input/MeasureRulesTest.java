package org.itagen.input;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on measures, at its boundaries; the expected dates are FY2569 = 1 Oct 2025 - 30 Sep 2026 (BE = CE + 543). */
class MeasureRulesTest {
    private static Measure measure(String result, String outcome, Measure.Status status) {
        return new Measure("M1", "t", List.of(1), List.of(), null, List.of("s"), Period.quarters(2569, 1, 1), "o",
                result, outcome, status, List.of(), "m.yaml:5", Map.of("status", "m.yaml:9"));
    }

    private static String outside(String start, String end) {
        String yaml = "plan_year: 2569\nmeasures:\n  - {id: M1, title: t, indicators: [1], steps: [s], owner: o,\n"
                + "     period: {start: " + start + ", end: " + end + "}}\n";
        return MeasuresParser.parse(yaml, "m.yaml").problems().stream().map(Problem::code).findFirst().orElse("none");
    }

    @Test
    void periodBoundsAreTheFiscalYearInclusive() {
        assertThat(outside("2025-10-01", "2026-09-30")).as("first and last day of FY2569").isEqualTo("none");
        assertThat(outside("2025-09-30", "2026-09-30")).as("a day before").isEqualTo("PERIOD_OUTSIDE_PLAN_YEAR");
        assertThat(outside("2025-10-01", "2026-10-01")).as("a day after").isEqualTo("PERIOD_OUTSIDE_PLAN_YEAR");
        assertThat(outside("2025-09-01", "2025-09-30")).as("the month before the year").isEqualTo("PERIOD_OUTSIDE_PLAN_YEAR");
        assertThat(outside("2026-10-01", "2026-10-31")).as("the month after the year").isEqualTo("PERIOD_OUTSIDE_PLAN_YEAR");
        assertThat(outside("2568-10-01", "2569-09-30")).as("Buddhist-era dates").isEqualTo("none");
    }

    @Test
    void o28NeedsResultAndOutcome() {
        List<Problem> none = MeasureRules.o28(measure(null, null, Measure.Status.IN_PROGRESS), 2568, false);
        assertThat(none).extracting(Problem::code, Problem::where, Problem::isError).containsExactly(
                org.assertj.core.groups.Tuple.tuple("O28_MISSING_RESULT", "m.yaml:5", true),
                org.assertj.core.groups.Tuple.tuple("O28_MISSING_OUTCOME", "m.yaml:5", true),
                org.assertj.core.groups.Tuple.tuple("O28_NOT_DONE", "m.yaml:9", false));
        assertThat(none.get(1).toException().getMessage()).endsWith("score evidence is added only when the scores have fiscal year 2569");
        assertThat(none.get(2).toException().getMessage()).as("a check-only warning names the title")
                .isEqualTo("measure M1 (t) has status in_progress (not finished)");
        // Score evidence of the year after stands in for the outcome, but only as a warning.
        assertThat(MeasureRules.o28(measure("r", null, Measure.Status.DONE), 2568, true))
                .extracting(Problem::code, Problem::isError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("O28_OUTCOME_ONLY_EVIDENCE", false));
        assertThat(MeasureRules.o28(measure("r", "o", Measure.Status.DONE), 2568, false)).isEmpty();
        assertThat(MeasureRules.o28(measure("r", "o", null), 2568, false)).as("no status is not 'not done'").isEmpty();
    }

    @Test
    void theScoresMustHoldTheAssessmentYear() {
        assertThat(MeasureRules.assessmentYearScored(2568, new TreeSet<>(List.of(2567, 2568)), "s.csv", "m.yaml")).isNull();
        Problem p = MeasureRules.assessmentYearScored(2568, new TreeSet<>(List.of(2566, 2567)), "s.csv", "m.yaml");
        assertThat(p.code()).isEqualTo("NO_ASSESSMENT_SCORES");
        assertThat(p.toException().oneLine()).isEqualTo("s.csv: no scores for fiscal year 2568, the year m.yaml answers"
                + " (assessment_year); the file has 2566, 2567: add that year or set assessment_year in m.yaml");
    }

    @Test
    void fiscalYearsAreBuddhistEra() {
        assertThat(MeasureRules.fiscalYear(2569)).isNull();
        assertThat(MeasureRules.fiscalYear(2500)).isNull();
        assertThat(MeasureRules.fiscalYear(2700)).isNull();
        assertThat(MeasureRules.fiscalYear(2499).code()).isEqualTo("error.MEASURES_YEAR_NOT_BE");
        assertThat(MeasureRules.fiscalYear(2026).code()).isEqualTo("error.MEASURES_YEAR_CE");
        assertThat(MeasureRules.assessmentBeforePlan(2568, 2569)).isNull();
        assertThat(MeasureRules.assessmentBeforePlan(2569, 2569)).isNotNull();
    }
}
