package org.itagen.report;

import org.itagen.render.text.TextDumpWriter;
import org.itagen.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text dump of every sample's O25 and O28 against its golden file: the whole wording,
 * every table cell and the page settings. Rewrite with -Dgolden.update=true and read the diff.
 */
class SampleGoldenTest {
    @ParameterizedTest
    @CsvSource({"o25,department", "o28,department", "o25,public-organization", "o28,public-organization",
            "o25,municipality", "o28,municipality"})
    void matchesGolden(String kind, String sample) {
        String dump = TextDumpWriter.write(SampleReports.document(kind, sample));
        Golden.assertMatches(Golden.caseDir("report-" + kind + "-" + sample).resolve("expected.txt"), dump);
    }
}
