package org.itagen.analysis;

import org.itagen.cli.CliRun;
import org.itagen.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input -> analysis JSON, through the real command line. Each case is a folder under
 * src/test/resources/cases/ with scores.csv and expected*.json (rewrite with -Dgolden.update=true,
 * then review the diff by eye). The facts that matter are also asserted in {@link AnalyzerTest}.
 */
class GoldenCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed002-two-years", "seed004-wide", "fy2565-letter", "ties"})
    void singleAgencyCase(String name) {
        Path dir = Golden.caseDir(name);
        CliRun r = CliRun.of("analyze", "--scores", dir.resolve("scores.csv").toString(), "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        Golden.assertMatches(dir.resolve("expected.json"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"B6999", "B7000", "B8499", "B8500", "B8500-NOPARTS", "B8500-PART8499", "B9499",
            "B9500", "B9500-PART9499", "B9500-NOPARTS", "OIT8499"})
    void fy2568Boundaries(String agency) {
        Path dir = Golden.caseDir("fy2568-boundaries");
        CliRun r = CliRun.of("analyze", "--scores", dir.resolve("scores.csv").toString(), "--agency", agency,
                "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        Golden.assertMatches(dir.resolve("expected-" + agency + ".json"), r.out());
    }
}
