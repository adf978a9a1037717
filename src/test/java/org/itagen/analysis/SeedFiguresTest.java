package org.itagen.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.cli.CliRun;
import org.itagen.testing.Golden;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden seed cases against numbers computed here from the figures the seeds publish
 * (/work/shared/seeds, copied into the case's scores.csv), with ITA.md's rules written out
 * again in the test: tool = mean of its indicators, ITA = 0.30 IIT + 0.30 EIT + 0.40 OIT from
 * the unrounded means, half up to two decimals. Nothing here comes from itagen's own arithmetic.
 */
class SeedFiguresTest {
    private static final MathContext MC = MathContext.DECIMAL128;

    static BigDecimal mean(String... xs) {
        BigDecimal s = BigDecimal.ZERO;
        for (String x : xs) s = s.add(new BigDecimal(x));
        return s.divide(BigDecimal.valueOf(xs.length), MC);
    }

    static BigDecimal ita(BigDecimal iit, BigDecimal eit, BigDecimal oit) {
        return new BigDecimal("0.30").multiply(iit).add(new BigDecimal("0.30").multiply(eit))
                .add(new BigDecimal("0.40").multiply(oit));
    }

    static BigDecimal r(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static JsonNode analyze(String caseName) throws Exception {
        CliRun run = CliRun.of("analyze", "--scores", Golden.caseDir(caseName).resolve("scores.csv").toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    static JsonNode tool(JsonNode a, String t) {
        for (JsonNode n : a.get("tools")) if (n.get("tool").asText().equals(t)) return n;
        throw new AssertionError(t);
    }

    @Test
    void seed002TotalsFromItsPublishedIndicatorScores() throws Exception {
        // Seed 002 (Secretariat of the Prime Minister), two-year table, indicators 1-10.
        BigDecimal iit68 = mean("91.62", "92.08", "98.05", "86.10", "87.49");
        BigDecimal eit68 = mean("90.72", "82.72", "79.43");
        BigDecimal oit68 = mean("100", "100");
        BigDecimal iit67 = mean("82.25", "85.60", "93.66", "71.57", "77.05");
        BigDecimal eit67 = mean("89.67", "79.27", "64.84");
        BigDecimal oit67 = mean("100", "100");
        JsonNode a = analyze("seed002-two-years");
        assertThat(tool(a, "IIT").at("/computed/2568").decimalValue()).isEqualByComparingTo(r(iit68));   // 91.07
        assertThat(tool(a, "EIT").at("/computed/2568").decimalValue()).isEqualByComparingTo(r(eit68));   // 84.29
        assertThat(a.at("/ita/computed/2568").decimalValue()).isEqualByComparingTo(r(ita(iit68, eit68, oit68))); // 92.61
        assertThat(tool(a, "IIT").at("/computed/2567").decimalValue()).isEqualByComparingTo(r(iit67));   // 82.03
        assertThat(tool(a, "EIT").at("/computed/2567").decimalValue()).isEqualByComparingTo(r(eit67));   // 77.93
        BigDecimal ita67 = r(ita(iit67, eit67, oit67));                                                   // 87.99
        assertThat(a.at("/ita/computed/2567").decimalValue()).isEqualByComparingTo(ita67);
        // The seed prints 86.05 for FY2567: itagen must say the two differ, naming both.
        assertThat(a.get("warnings").toString()).contains("86.05").contains(ita67.toPlainString());
        // Published and computed agree on FY2568's 92.61; the band is ผ่าน because EIT < 85.00 (ITA.md).
        assertThat(r(ita(iit68, eit68, oit68))).isEqualByComparingTo("92.61");
        assertThat(a.at("/ita/band/2568").asText()).isEqualTo("ผ่าน");
        // Each indicator's change is the difference of the two published scores.
        String[][] pub = {{"82.25", "91.62"}, {"85.60", "92.08"}, {"93.66", "98.05"}, {"71.57", "86.10"}, {"77.05", "87.49"},
                {"89.67", "90.72"}, {"79.27", "82.72"}, {"64.84", "79.43"}, {"100", "100"}, {"100", "100"}};
        for (JsonNode ind : a.get("indicators")) {
            String[] p = pub[ind.get("number").asInt() - 1];
            assertThat(ind.get("change").decimalValue()).as("indicator %s", ind.get("number"))
                    .isEqualByComparingTo(new BigDecimal(p[1]).subtract(new BigDecimal(p[0])));
        }
    }

    @Test
    void seed004TotalsFromItsPublishedIndicatorScores() throws Exception {
        // Seed 004 (Dong Sombun Subdistrict Municipality), FY2566 column.
        JsonNode a = analyze("seed004-wide");
        BigDecimal iit = new BigDecimal(tool(a, "IIT").at("/computed/2566").decimalValue().toPlainString());
        BigDecimal oit66 = mean("92.50", "100");
        assertThat(tool(a, "OIT").at("/computed/2566").decimalValue()).isEqualByComparingTo(r(oit66)); // 96.25
        // ITA.md: 0.3*99.85 + 0.3*90.11 + 0.4*96.25 = 95.49 (the seed prints EIT 96.84, a typo).
        assertThat(r(ita(new BigDecimal("99.85"), new BigDecimal("90.11"), oit66))).isEqualByComparingTo("95.49");
        assertThat(iit).isEqualByComparingTo("99.85");
        assertThat(tool(a, "EIT").at("/computed/2566").decimalValue()).isEqualByComparingTo("90.11");
        assertThat(a.at("/ita/computed/2566").decimalValue()).isEqualByComparingTo("95.49");
        assertThat(a.get("warnings").toString()).contains("96.84").contains("90.11");
    }
}
