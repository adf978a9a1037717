package org.itagen.analysis;

import org.itagen.cli.CliRun;
import org.itagen.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terminal table (`--format text`, in Thai: `--lang th`) and CSV forms of `analyze`, whole, for cases that reach
 * every part of them: two years with declared totals, EIT parts and weak questions (seed 002),
 * a copied table with ties and a stated band (seed 004), and one year alone. The numbers in them
 * are the JSON's (checked by hand elsewhere); these files pin what a reader sees.
 */
class AnalysisFormatsGoldenTest {
    @ParameterizedTest(name = "{0} {2} as {1}")
    @CsvSource({
            "seed002-two-years, text, ''", "seed002-two-years, csv, ''",
            "seed004-wide, text, ''", "seed004-wide, csv, ''",
            "fy2568-boundaries, text, B8500-PART8499", "fy2568-boundaries, csv, B8500-PART8499",
            "fy2568-boundaries, text, B9500-NOPARTS",
    })
    void formatMatchesGolden(String caseName, String format, String agency) {
        Path dir = Golden.caseDir(caseName);
        List<String> args = new ArrayList<>(List.of("--lang", "th", "analyze", "--scores", dir.resolve("scores.csv").toString(),
                "--format", format));
        if (!agency.isEmpty()) args.addAll(List.of("--agency", agency));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        String name = "expected" + (agency.isEmpty() ? "" : "-" + agency) + "." + (format.equals("text") ? "txt" : "csv");
        Golden.assertMatches(dir.resolve(name), r.out());
    }
}
