package org.itagen.input;

import org.itagen.model.Framework;
import org.itagen.model.FrameworkSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled years extend each other (each states only what NACC changed); loaded, every year
 * must still be exactly what the nine fully written files said. The oracle is a snapshot of every
 * fact, written from those files by the loader before inheritance existed.
 */
class FrameworkInheritanceTest {
    @Test
    void everyBundledYearLoadsToTheFactsOfTheFullyWrittenFiles() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("framework-snapshot.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(FrameworkSnapshot.dump(FrameworkLoader.bundled())).isEqualTo(expected);
    }

    @Test
    void theMasterPlanTargetIsDataAndEveryYearHasIt() {
        FrameworkSet all = FrameworkLoader.bundled();
        for (Framework f : all.byYear().values()) {
            assertThat(f.masterPlanTarget()).as("FY" + f.fiscalYear()).isEqualByComparingTo(new BigDecimal("85"));
        }
    }

    @Test
    void onlyTheItemNumbersBeforeFy2568AreLowConfidence() {
        FrameworkSet all = FrameworkLoader.bundled();
        for (Framework f : all.byYear().values()) {
            for (var d : f.documents()) {
                assertThat(d.confidence()).as(f.fiscalYear() + " " + d.role())
                        .isEqualTo(f.fiscalYear() < 2568 ? "low" : d.role().equals("o25") == (f.fiscalYear() == 2568) ? "medium" : "high");
            }
        }
    }

    @Test
    void noBundledFileNamesAMachinePath() throws IOException {
        for (int y = FrameworkLoader.FIRST_YEAR; y <= FrameworkLoader.LAST_YEAR; y++) {
            try (InputStream in = FrameworkLoader.class.getResourceAsStream("/org/itagen/framework/fy" + y + ".yaml")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as("fy" + y).doesNotContainPattern("(?m)(^|\\s)/(work|home|tmp|usr)/").doesNotContain("ITA.md");
            }
        }
    }
}
