package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.Msg;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one measures parser: every problem with its code and line, the first error thrown by plan(). */
class MeasuresParserTest {
    /** One mistake per line that has a comment; the line numbers are what the problems must name. */
    private static final String BROKEN = """
            agency: {id: x, name: กรมทดสอบ, nickname: ก}
            plan_year: 2569
            assessment_year: 2569
            approval: {date: 2025-02-30}
            measures:
              - id: M1
                indicators: [1, 11]
                items: [x5]
                steps: []
                period: {start: 2025-09-30, end: 2026-03-31}
                owner:
                status: finished
              - id: M1
                title: ซ้ำ
                period: Q3-Q1
              - just text
            """;

    private record Seen(String code, String where) {
    }

    private static List<Seen> seen(MeasuresDraft d) {
        return d.problems().stream().map(p -> new Seen(p.code(), p.where())).toList();
    }

    @Test
    void everyProblemIsListedWithItsCodeAndLineInReadingOrder() {
        MeasuresDraft d = MeasuresParser.parse(BROKEN, "m.yaml");
        assertThat(seen(d)).containsExactly(
                new Seen("MEASURES_REJECTED", "m.yaml:3"),        // assessment_year not before plan_year
                new Seen("MEASURES_REJECTED", "m.yaml:1"),        // agency: unknown key nickname
                new Seen("MEASURES_REJECTED", "m.yaml:4"),        // approval: 30 February
                new Seen("O25_MISSING_TITLE", "m.yaml:6"),
                new Seen("UNKNOWN_LINK", "m.yaml:7"),             // indicator 11
                new Seen("MEASURES_REJECTED", "m.yaml:8"),        // x5 is not a question code
                new Seen("O25_MISSING_STEPS", "m.yaml:9"),        // steps: []
                new Seen("PERIOD_OUTSIDE_PLAN_YEAR", "m.yaml:10"), // 2025-09-30 is FY2568
                new Seen("O25_MISSING_OWNER", "m.yaml:11"),
                new Seen("MEASURES_REJECTED", "m.yaml:12"),       // status finished
                new Seen("O25_MISSING_ANALYSIS", "m.yaml:13"),
                new Seen("O25_MISSING_STEPS", "m.yaml:13"),
                new Seen("PERIOD_INVALID", "m.yaml:15"),          // Q3-Q1
                new Seen("O25_MISSING_OWNER", "m.yaml:13"),
                new Seen("MEASURES_REJECTED", "m.yaml:13"),       // duplicate id M1
                new Seen("MEASURES_REJECTED", "m.yaml:16"));      // a measure that is not 'key: value' lines
        assertThat(d.problems()).allSatisfy(p -> assertThat(p.isError()).isTrue());
    }

    @Test
    void theMessagesSayWhatAndHowToFix() {
        List<String> lines = MeasuresParser.parse(BROKEN, "m.yaml").problems().stream()
                .map(p -> p.toException().oneLine()).toList();
        assertThat(lines).contains(
                "m.yaml:1: unknown key \"nickname\" in agency; allowed keys: id, name, short_name, prepared_by",
                "m.yaml:3: assessment_year 2569 must be before plan_year 2569 (the results analysed come from an earlier year)",
                "m.yaml:7: indicator 11 does not exist; ITA indicators are 1-10",
                "m.yaml:10: period of measure M1 (2025-09-30 to 2026-03-31) is outside fiscal year 2569"
                        + " (2025-10-01 to 2026-09-30); keep it within plan_year or change plan_year",
                "m.yaml:12: status \"finished\" is not one of done, in_progress, not_started",
                "m.yaml:13: duplicate measure id \"M1\" (already used at line 6); give every measure its own id",
                "m.yaml:15: period Q3-Q1 ends before it starts; write Q1-Q3",
                "m.yaml:16: measure 3 must be a set of 'key: value' lines with keys such as id, title, indicators");
    }

    @Test
    void theDraftKeepsWhatCouldBeRead() {
        MeasuresDraft d = MeasuresParser.parse(BROKEN, "m.yaml");
        assertThat(d.planYear()).isEqualTo(2569);
        assertThat(d.agency().id()).isEqualTo("x");
        assertThat(d.measures()).extracting(Measure::id).containsExactly("M1", "M1");
        Measure m1 = d.measures().getFirst();
        assertThat(m1.title()).isNull();
        assertThat(m1.indicators()).containsExactly(1);
        assertThat(m1.period().start()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(m1.owner()).isNull();
        assertThat(m1.status()).isNull();
    }

    @Test
    void theGeneratingCommandsStopAtTheFirstError() {
        assertThatThrownBy(() -> MeasuresParser.parse(BROKEN, "m.yaml").plan())
                .isInstanceOfSatisfying(ItagenException.class, e -> {
                    assertThat(e.where()).isEqualTo("m.yaml:3");
                    assertThat(e.code()).isEqualTo("error.MEASURES_ASSESSMENT_NOT_BEFORE");
                });
    }

    @Test
    void aFileThatCannotBeReadAtAllIsThrown() {
        assertThatThrownBy(() -> MeasuresParser.parse("", "m.yaml")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> MeasuresParser.parse("- a\n- b\n", "m.yaml"))
                .isInstanceOfSatisfying(ItagenException.class, e -> assertThat(e.oneLine())
                        .isEqualTo("m.yaml:1: the file must be a set of 'key: value' lines with keys such as agency, plan_year, assessment_year"));
        assertThatThrownBy(() -> MeasuresParser.parse("plan_year: 2569\nmeasures:\n  - title: a: b\n", "m.yaml"))
                .isInstanceOfSatisfying(ItagenException.class, e -> assertThat(e.oneLine()).startsWith("m.yaml:3: YAML syntax error:"));
    }

    @Test
    void yearsAndMeasuresMissingAtTheTop() {
        MeasuresDraft d = MeasuresParser.parse("# a comment\nagency: {id: x}\nplan_year: 2026\n", "m.yaml");
        assertThat(seen(d)).containsExactly(new Seen("PLAN_YEAR_MISSING", "m.yaml:3"), new Seen("NO_MEASURES", "m.yaml:2"));
        assertThat(d.problems().getFirst().toException().getMessage())
                .isEqualTo("fiscal year 2026 must be a Buddhist-era year such as 2569 (2026 looks like a Christian-era year: write 2569)");
        assertThat(d.planYear()).isNull();
        assertThat(d.assessmentYear()).isNull();
        assertThat(seen(MeasuresParser.parse("measures: []\n", "m.yaml")))
                .containsExactly(new Seen("PLAN_YEAR_MISSING", "m.yaml:1"), new Seen("NO_MEASURES", "m.yaml:1"));
    }

    @Test
    void aMisspeltKeyComesBeforeWhatItLeavesMissing() {
        MeasuresDraft d = MeasuresParser.parse("plan_year: 2569\nmeasures:\n  - id: M1\n    titel: ก\n", "m.yaml");
        assertThat(d.problems().getFirst().toException().oneLine())
                .isEqualTo("m.yaml:4: unknown key \"titel\" in measure 1 (did you mean \"title\"?); allowed keys: id, title,"
                        + " indicators, items, analysis, steps, period, owner, result, outcome, status, evidence");
        assertThat(d.problems().get(1).code()).isEqualTo("O25_MISSING_TITLE");
    }

    @Test
    void aValidFileHasNoProblems() {
        MeasuresDraft d = MeasuresParser.parse("""
                plan_year: 2569
                measures:
                  - {id: M1, title: ก, indicators: [1], steps: [ข], period: Q1, owner: ค}
                """, "m.yaml");
        assertThat(d.problems()).isEmpty();
        assertThat(d.plan().measures()).singleElement().satisfies(m -> assertThat(m.period().label()).isEqualTo("ไตรมาส 1 (ต.ค. – ธ.ค. 68)"));
    }

    @Test
    void everyMessageHasAThaiText() {
        MeasuresDraft d = MeasuresParser.parse(BROKEN, "m.yaml");
        for (Problem p : d.problems()) {
            Msg m = p.message();
            assertThat(Messages.bundle(Messages.THAI).containsKey(m.code())).as(m.code()).isTrue();
            assertThat(Messages.text(Messages.THAI, m.code(), m.args())).as(m.code()).containsPattern("[\\u0E00-\\u0E7F]");
        }
        assertThat(new TreeSet<>(d.problems().stream().map(p -> p.message().code()).toList())).hasSizeGreaterThan(8);
    }
}
