package org.itagen.check;

import org.itagen.Diagnostic;
import org.itagen.Messages;
import org.itagen.report.DocKind;
import org.itagen.testing.EnglishMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What o25, o28 and batch print when a document would score 0 ({@link Checker#wouldScoreZero},
 * {@link Checker.Zero}), the counts of a report, which agencies of a whole-file check would score
 * 0, and the text forms of a report and of one agency's line. Findings are made up here, so each
 * expected line is worked out from them; the wording is the English bundle's.
 */
@ExtendWith(EnglishMessages.class)
class ZeroAndOutputTest {

    private static final Finding BOTH = Finding.error(FindingCode.NO_MEASURES, null, "m.yaml:3", "no measures", "nothing planned");
    private static final Finding O25 = Finding.error(FindingCode.O25_MISSING_OWNER, DocKind.O25, "m.yaml:9", "no owner", "no one answers");
    private static final Finding O28 = Finding.error(FindingCode.O28_MISSING_RESULT, DocKind.O28, "m.yaml:20", "no result", "nothing to report");
    private static final Finding WARN = Finding.warning(FindingCode.UNKNOWN_LINK, DocKind.O25, "m.yaml:30", "odd link", "unread");

    // guards: warnings never cost points; a finding of a document not made is left out; a finding
    // of no document costs every document made (in kind order), one of a document only that one
    @Test
    void onlyErrorsOfTheDocumentsMadeCostPointsAndAFindingOfBothCostsEach() {
        CheckReport r = new CheckReport("ag", Set.of(DocKind.O25, DocKind.O28), List.of(WARN, BOTH, O25, O28));

        List<Checker.Zero> o25only = Checker.wouldScoreZero(r, List.of(DocKind.O25));
        assertThat(o25only).extracting(Checker.Zero::finding).containsExactly(BOTH, O25);
        assertThat(o25only).extracting(Checker.Zero::items).containsExactly(List.of(DocKind.O25), List.of(DocKind.O25));

        // Given O28 first: the items are still listed O25, O28.
        List<Checker.Zero> both = Checker.wouldScoreZero(r, List.of(DocKind.O28, DocKind.O25));
        assertThat(both).extracting(Checker.Zero::finding).containsExactly(BOTH, O25, O28);
        assertThat(both.get(0).itemLabels()).isEqualTo("O25, O28");
        assertThat(both.get(2).itemLabels()).isEqualTo("O28");
        assertThat(both.get(0).message()).isEqualTo("O25, O28 would score 0: no measures (nothing planned)");
        assertThat(both.get(1).message()).isEqualTo("O25 would score 0: no owner (no one answers)");

        assertThat(Checker.wouldScoreZero(new CheckReport("ag", Set.of(DocKind.O25), List.of(WARN)), List.of(DocKind.O25)))
                .as("a warning alone costs nothing").isEmpty();
    }

    // guards: errors and warnings counted apart (warnings = all findings - errors)
    @Test
    void aReportCountsItsErrorsAndItsWarningsApart() {
        CheckReport r = new CheckReport("ag", Set.of(DocKind.O25), List.of(BOTH, O25, O28, WARN));
        assertThat(r.errors()).isEqualTo(3);
        assertThat(r.warnings()).isEqualTo(1);
        assertThat(new CheckReport("ag", Set.of(DocKind.O25), List.of(WARN, WARN)).warnings()).isEqualTo(2);
    }

    // guards: an agency with errors or that cannot be read would score 0; ok and skipped would not;
    // the run lists them in file order
    @Test
    void errorsAndFailuresWouldScoreZeroInFileOrder() {
        assertThat(agency("a", CheckRun.Status.OK).wouldScoreZero()).isFalse();
        assertThat(agency("a", CheckRun.Status.SKIPPED).wouldScoreZero()).isFalse();
        assertThat(agency("a", CheckRun.Status.ERRORS).wouldScoreZero()).isTrue();
        assertThat(agency("a", CheckRun.Status.FAILED).wouldScoreZero()).isTrue();

        CheckRun.Tally t = new CheckRun.Tally();
        t.add(agency("z-failed", CheckRun.Status.FAILED));
        t.add(agency("b-ok", CheckRun.Status.OK));
        t.add(agency("a-errors", CheckRun.Status.ERRORS));
        t.add(agency("c-skipped", CheckRun.Status.SKIPPED));
        CheckRun.Summary s = t.summary("scores.csv", List.of());
        assertThat(s.wouldScoreZero()).containsExactly("z-failed", "a-errors");
        // Only the ERRORS agency has a report: its 1 error and 1 warning.
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.warnings()).isEqualTo(1);
    }

    private static CheckRun.AgencyCheck agency(String id, CheckRun.Status status) {
        CheckReport r = status == CheckRun.Status.ERRORS ? new CheckReport(id, Set.of(DocKind.O25), List.of(O25, WARN))
                : status == CheckRun.Status.OK ? new CheckReport(id, Set.of(DocKind.O25), List.of()) : null;
        Diagnostic d = status == CheckRun.Status.FAILED ? Diagnostic.error("INPUT", "cannot read", "m.yaml:1") : null;
        return new CheckRun.AgencyCheck(id, status, status == CheckRun.Status.SKIPPED ? null : Path.of(id + ".yaml"), r, d);
    }

    // guards: the title with and without an agency, errors before warnings grouped by code with the
    // document in brackets when it has one, and the closing line (errors / warnings only / none)
    @Test
    void theTextReportGroupsErrorsThenWarningsAndSaysWhetherToFixBeforeSubmitting() {
        CheckReport r = new CheckReport("ag1 Agency", Set.of(DocKind.O28, DocKind.O25), List.of(WARN, O25, BOTH));
        assertThat(CheckOutput.text(r)).isEqualTo("""
                Readiness check O25, O28: ag1 Agency

                error O25_MISSING_OWNER [O25]
                  why it costs points: no one answers
                  - m.yaml:9: no owner

                error NO_MEASURES
                  why it costs points: nothing planned
                  - m.yaml:3: no measures

                warning UNKNOWN_LINK [O25]
                  why it costs points: unread
                  - m.yaml:30: odd link

                Summary: 2 error(s), 1 warning(s) (fix the errors before submitting)
                """);

        assertThat(CheckOutput.text(new CheckReport(null, Set.of(DocKind.O25), List.of(WARN))))
                .startsWith("Readiness check O25\n")
                .endsWith("\nSummary: 0 error(s), 1 warning(s)\n");
        assertThat(CheckOutput.text(new CheckReport(null, Set.of(DocKind.O28), List.of())))
                .isEqualTo("Readiness check O28\n\nNo problems found: ready to submit\n");
    }

    // guards: one agency's line names it by id (and its name when the report's label differs),
    // then errors before warnings, each with its document when it has one
    @Test
    void oneAgencysLinesNameItAndListErrorsBeforeWarnings() {
        CheckReport r = new CheckReport("ag1 Agency", Set.of(DocKind.O25), List.of(WARN, BOTH));
        assertThat(CheckOutput.text(new CheckRun.AgencyCheck("ag1", CheckRun.Status.ERRORS, Path.of("ag1.yaml"), r, null)))
                .isEqualTo("""
                        ag1 ag1 Agency: 1 error(s), 1 warning(s)
                          error NO_MEASURES: m.yaml:3: no measures
                          warning UNKNOWN_LINK [O25]: m.yaml:30: odd link
                        """);
        CheckReport same = new CheckReport("ag1", Set.of(DocKind.O25), List.of());
        assertThat(CheckOutput.text(new CheckRun.AgencyCheck("ag1", CheckRun.Status.OK, Path.of("ag1.yaml"), same, null)))
                .isEqualTo("ag1: 0 error(s), 0 warning(s)\n");
        CheckReport unnamed = new CheckReport(null, Set.of(DocKind.O25), List.of());
        assertThat(CheckOutput.text(new CheckRun.AgencyCheck("ag2", CheckRun.Status.OK, Path.of("ag2.yaml"), unnamed, null)))
                .isEqualTo("ag2: 0 error(s), 0 warning(s)\n");
        assertThat(CheckOutput.text(new CheckRun.AgencyCheck("ag3", CheckRun.Status.SKIPPED, null, null, null)))
                .isEqualTo("ag3: skipped (no measures file)\n");
    }
}
