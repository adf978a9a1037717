package org.itagen.render.text;

import org.itagen.doc.SampleDocuments;
import org.itagen.testing.Golden;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDumpWriterTest {
    @Test
    void longSampleMatchesGolden() {
        String dump = TextDumpWriter.write(SampleDocuments.longSample());
        Golden.assertMatches(Golden.caseDir("doc-long-sample").resolve("expected.txt"), dump);
    }

    @Test
    void thaiDigitsAreAppliedExceptToLiterals() {
        String dump = TextDumpWriter.write(SampleDocuments.longSample());
        assertThat(dump).contains("๙๒.๖๑ คะแนน").contains("i10").contains("O25")
                .contains("https://www.example.go.th/ita/2568").doesNotContain("92.61 คะแนน");
    }
}
