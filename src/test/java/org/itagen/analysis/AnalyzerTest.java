package org.itagen.analysis;

import org.itagen.ItagenException;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.model.Agency;
import org.itagen.model.AgencyScores;
import org.itagen.model.EitPart;
import org.itagen.model.IndicatorScore;
import org.itagen.model.ItemScore;
import org.itagen.model.Tool;
import org.itagen.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalyzerTest {

    static Analysis analyse(String caseName, String agency) {
        AgencyScores s = ScoreReader.read(Golden.caseDir(caseName).resolve("scores.csv"), new ReadOptions(agency, null, null));
        return Analyzer.analyze(s, FrameworkLoader.bundled(), AnalysisOptions.defaults());
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static List<WarningCode> codes(Analysis a) {
        return a.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void seed002TwoYearTable() {
        Analysis a = analyse("seed002-two-years", null);
        assertThat(a.years()).containsExactly(2567, 2568);
        assertThat(a.tool(Tool.IIT).computed()).containsEntry(2567, d("82.03")).containsEntry(2568, d("91.07"));
        assertThat(a.tool(Tool.EIT).computed()).containsEntry(2567, d("77.93")).containsEntry(2568, d("84.29"));
        assertThat(a.ita().computed()).containsEntry(2567, d("87.99")).containsEntry(2568, d("92.61"));
        // Printed: the published 86.05 (seed 002), and the change between published figures.
        assertThat(a.ita().printed()).containsEntry(2567, d("86.05")).containsEntry(2568, d("92.61"));
        assertThat(a.ita().change()).isEqualByComparingTo("6.56");
        assertThat(a.warnings()).filteredOn(w -> w.code() == WarningCode.DECLARED_TOTAL_MISMATCH)
                .singleElement().satisfies(w -> {
                    assertThat(w.message()).contains("86.05").contains("87.99").contains("2567");
                    assertThat(w.where()).isEqualTo("scores.csv:15");
                });
        // 92.61 reaches ผ่านดี on the ITA total but EIT 84.29 < 85: ผ่าน, and the note says why.
        assertThat(a.band().name()).isEqualTo("ผ่าน");
        assertThat(a.band().unconfirmed()).isNull();
        assertThat(a.band().note().thai()).contains("EIT 84.29").contains("ผ่านดี");
        assertThat(a.ita().band().get(2567).name()).isEqualTo("ผ่าน");
        IndicatorResult i1 = a.indicator(1);
        assertThat(i1.change()).isEqualByComparingTo("9.37");
        assertThat(i1.direction().code()).isEqualTo("up");
        assertThat(a.indicator(3).highestInTool()).isTrue();
        assertThat(a.indicator(4).lowestInTool()).isTrue();
        assertThat(a.indicator(6).highestInTool()).isTrue();
        assertThat(a.indicator(8).lowestInTool()).isTrue();
        assertThat(a.indicator(8).names()).containsEntry(2567, "การปรับปรุงระบบการทำงาน").containsEntry(2568, "การปรับปรุงการทำงาน");
        assertThat(a.indicator(9).direction().code()).isEqualTo("same");
        assertThat(a.falls()).isEmpty();
        // Indicator 3's questions are all >= 90: its lowest (i7) is taken as a fallback.
        assertThat(a.weakItems()).filteredOn(WeakItem::fallback).extracting(WeakItem::item).containsExactly("i7");
        assertThat(a.weakItems()).filteredOn(w -> w.item().equals("e1")).extracting(WeakItem::part)
                .containsExactly(EitPart.PUBLIC, EitPart.SURVEY);
        assertThat(a.weakItems()).filteredOn(w -> w.item().equals("i10")).singleElement()
                .satisfies(w -> assertThat(w.wording()).startsWith("เจ้าหน้าที่ในหน่วยงานของท่านมีการขอยืม"));
    }

    @Test
    void seed004WideTable() {
        Analysis a = analyse("seed004-wide", null);
        assertThat(a.warnings()).filteredOn(w -> w.message().startsWith("EIT total 2566")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("96.84").contains("90.11"));
        assertThat(a.warnings()).filteredOn(w -> w.message().startsWith("IIT total 2565")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("94.90").contains("97.86"));
        assertThat(a.ita().computed()).containsEntry(2566, d("95.49"));
        assertThat(a.tool(Tool.OIT).computed()).containsEntry(2566, d("96.25"));
        // Five indicators at 100 share rank 1; then 2 (99.24) is sixth, 8 (88.56) last.
        assertThat(a.ranking()).extracting(RankEntry::rank).containsExactly(1, 1, 1, 1, 1, 6, 7, 8, 9, 10);
        assertThat(a.ranking()).extracting(RankEntry::indicator).containsExactly(1, 3, 4, 5, 10, 2, 9, 7, 6, 8);
        assertThat(a.ranking().get(7).score()).isEqualByComparingTo("91.20");
        assertThat(a.largestFalls()).singleElement().satisfies(f -> {
            assertThat(f.indicator()).isEqualTo(8);
            assertThat(f.change()).isEqualByComparingTo("-7.58");
        });
        // The published total 94.49 and band A are printed; the recomputed 95.35 would read AA.
        assertThat(a.ita().total(2565)).isEqualByComparingTo("94.49");
        assertThat(a.ita().band().get(2565).name()).isEqualTo("A");
        assertThat(a.ita().band().get(2566).name()).isEqualTo("ผ่าน");
        assertThat(codes(a)).doesNotContain(WarningCode.DECLARED_BAND_MISMATCH);
        AgencyScores s = ScoreReader.read(Golden.caseDir("seed004-wide").resolve("scores.csv"), ReadOptions.defaults());
        Analysis computed = Analyzer.analyze(s, FrameworkLoader.bundled(),
                new AnalysisOptions(AnalysisOptions.DEFAULT_THRESHOLD, AnalysisOptions.Totals.COMPUTED));
        assertThat(computed.ita().total(2565)).isEqualByComparingTo("95.35");
        assertThat(computed.ita().band().get(2565).name()).isEqualTo("AA");
        assertThat(codes(computed)).contains(WarningCode.DECLARED_BAND_MISMATCH);
    }

    @Test
    void fy2565LetterScale() {
        Analysis a = analyse("fy2565-letter", null);
        assertThat(a.band().scheme()).isEqualTo("letter");
        assertThat(a.ita().computed()).containsEntry(2565, d("81.78"));
        assertThat(a.band().name()).isEqualTo("B");
        assertThat(a.ita().band().get(2564).name()).isEqualTo("B");
        // OIT evidence items: o5 failed (0) is weak, o6 (100) is not, and OIT gets no fallback.
        assertThat(a.weakItems()).filteredOn(w -> w.tool() == Tool.OIT).extracting(WeakItem::item).containsExactly("o5");
        assertThat(a.weakItems()).filteredOn(w -> w.indicator() == 1).singleElement()
                .satisfies(w -> assertThat(w.fallback()).isTrue());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "B6999, ต้องปรับปรุงโดยด่วน, -",
            "B7000, ต้องปรับปรุง, -",
            "B8499, ต้องปรับปรุง, -",
            "B8500, ผ่านดี, -",
            "B8500-NOPARTS, ผ่าน, ผ่านดี",
            "B8500-PART8499, ผ่าน, -",
            "B9499, ผ่านดี, -",
            "B9500, ผ่านดีเยี่ยม, -",
            "B9500-PART9499, ผ่านดี, -",
            "B9500-NOPARTS, ผ่าน, ผ่านดีเยี่ยม",
            "OIT8499, ผ่าน, -"})
    void fy2568Bands(String agency, String band, String unconfirmed) {
        Analysis a = analyse("fy2568-boundaries", agency);
        assertThat(a.band().name()).isEqualTo(band);
        assertThat(a.band().unconfirmed()).isEqualTo(unconfirmed);
        if (unconfirmed != null) {
            assertThat(a.band().note().thai()).contains("ไม่สามารถยืนยันระดับ " + unconfirmed);
            assertThat(codes(a)).contains(WarningCode.BAND_UNCONFIRMED);
        } else {
            assertThat(codes(a)).doesNotContain(WarningCode.BAND_UNCONFIRMED);
        }
    }

    @Test
    void tiesAreStated() {
        Analysis a = analyse("ties", null);
        Extremes iit = a.tool(Tool.IIT).extremes();
        assertThat(iit.highest()).containsExactly(1, 2);
        assertThat(iit.lowest()).containsExactly(4, 5);
        assertThat(iit.note().thai()).contains("1 และ 2").contains("4 และ 5");
        assertThat(a.overall().highest()).containsExactly(1, 2, 9);
        assertThat(a.overall().lowest()).containsExactly(7, 8);
        assertThat(a.largestFalls()).extracting(Fall::indicator).containsExactly(9, 10);
        assertThat(a.ranking()).extracting(RankEntry::rank).containsExactly(1, 1, 1, 4, 5, 6, 6, 8, 9, 9);
        assertThat(a.indicator(7).rank()).isEqualTo(9);
        // i1 and i2 tie as indicator 1's lowest (all >= 90); 90.00 is not below 90.
        assertThat(a.weakItems()).extracting(w -> w.item() + (w.part() == null ? "" : "/" + w.part().code())
                        + (w.fallback() ? "*" : ""))
                .containsExactly("i1*", "i2*", "i10", "i11", "e7/public", "e7/survey");
    }

    @Test
    void oneYearGivesTotalsBandAndANote() {
        List<IndicatorScore> ind = new ArrayList<>();
        String[] v = {"91.62", "92.08", "98.05", "86.10", "87.49", "90.72", "82.72", "79.43", "100", "100"};
        for (int i = 0; i < 10; i++) {
            ind.add(new IndicatorScore(2568, i + 1, null, d(v[i]), "t:" + (i + 2)));
        }
        AgencyScores s = new AgencyScores(Agency.UNNAMED, ind, List.of(), List.of(), List.of(), "t");
        Analysis a = Analyzer.analyze(s, FrameworkLoader.bundled(), AnalysisOptions.defaults());
        assertThat(a.years()).containsExactly(2568);
        assertThat(a.twoYears()).isFalse();
        assertThat(a.ita().computed()).containsEntry(2568, d("92.61"));
        assertThat(a.band().name()).isEqualTo("ผ่าน");
        assertThat(a.indicator(1).change()).isNull();
        assertThat(a.falls()).isEmpty();
        assertThat(codes(a)).contains(WarningCode.SINGLE_YEAR);
        assertThat(a.notes().getFirst().thai()).contains("2568").contains("สองปี");
    }

    @Test
    void totalsAreComputedFromUnroundedMeansAndRoundedHalfUp() {
        // IIT mean is exactly 91.625: half up gives 91.63 (half even would give 91.62).
        // EIT mean is 89.98666...; ITA from the unrounded means = 27.4875 + 26.996 + 40 = 94.4835 -> 94.48,
        // whereas from the rounded tool totals (91.63, 89.99) it would be 94.486 -> 94.49.
        List<IndicatorScore> ind = new ArrayList<>();
        String[] v = {"91.62", "91.63", "91.62", "91.63", "91.625", "89.98", "89.99", "89.99", "100", "100"};
        for (int i = 0; i < 10; i++) ind.add(new IndicatorScore(2568, i + 1, null, d(v[i]), "t"));
        AgencyScores s = new AgencyScores(Agency.UNNAMED, ind, List.of(), List.of(), List.of(), "t");
        Analysis a = Analyzer.analyze(s, FrameworkLoader.bundled(), AnalysisOptions.defaults());
        assertThat(a.tool(Tool.IIT).computed().get(2568)).isEqualTo(d("91.63"));
        assertThat(a.tool(Tool.EIT).computed().get(2568)).isEqualTo(d("89.99"));
        assertThat(a.ita().computed().get(2568)).isEqualTo(d("94.48"));
        assertThat(Scores.round2(d("84.285"))).isEqualTo(d("84.29"));
        assertThat(Scores.round2(d("84.284999"))).isEqualTo(d("84.28"));
    }

    @Test
    void declaredTotalWithinToleranceIsNotWarned() {
        List<IndicatorScore> ind = new ArrayList<>();
        String[] v = {"91.62", "92.08", "98.05", "86.10", "87.49", "90.72", "82.72", "79.43", "100", "100"};
        for (int i = 0; i < 10; i++) ind.add(new IndicatorScore(2568, i + 1, null, d(v[i]), "t"));
        var totals = List.of(new org.itagen.model.TotalScore(2568, Tool.IIT, null, d("91.06"), "t:20"),
                new org.itagen.model.TotalScore(2568, Tool.EIT, null, d("84.31"), "t:21"));
        AgencyScores s = new AgencyScores(Agency.UNNAMED, ind, totals, List.of(), List.of(), "t");
        Analysis a = Analyzer.analyze(s, FrameworkLoader.bundled(), AnalysisOptions.defaults());
        // IIT 91.07 vs 91.06: rounding; EIT 84.29 vs 84.31: beyond 0.01, warned with both numbers.
        assertThat(a.warnings()).filteredOn(w -> w.code() == WarningCode.DECLARED_TOTAL_MISMATCH)
                .singleElement().satisfies(w -> assertThat(w.message()).contains("84.31").contains("84.29"));
    }

    @Test
    void thresholdIsASetting() {
        AgencyScores s = ScoreReader.read(Golden.caseDir("seed002-two-years").resolve("scores.csv"), ReadOptions.defaults());
        Analysis a = Analyzer.analyze(s, FrameworkLoader.bundled(), new AnalysisOptions(d("80")));
        assertThat(a.weakItems()).filteredOn(w -> !w.fallback()).extracting(WeakItem::item)
                .containsExactly("i10", "e4", "e5", "e7", "e7", "e8");
    }

    @Test
    void indicatorUnderTheWrongToolIsAnInputError() {
        var ind = List.of(new IndicatorScore(2568, 3, Tool.EIT, d("90"), "s.csv:4"));
        AgencyScores s = new AgencyScores(Agency.UNNAMED, ind, List.of(), List.of(), List.of(), "s.csv");
        assertThatThrownBy(() -> Analyzer.analyze(s, FrameworkLoader.bundled(), AnalysisOptions.defaults()))
                .isInstanceOf(ItagenException.class)
                .hasMessageContaining("indicator 3 belongs to IIT")
                .satisfies(e -> assertThat(((ItagenException) e).where()).isEqualTo("s.csv:4"));
    }

    @Test
    void yearWithoutFrameworkIsAnInputError() {
        var ind = List.of(new IndicatorScore(2555, 1, null, d("90"), "s.csv:2"));
        AgencyScores s = new AgencyScores(Agency.UNNAMED, ind, List.of(), List.of(), List.of(), "s.csv");
        assertThatThrownBy(() -> Analyzer.analyze(s, FrameworkLoader.bundled(), AnalysisOptions.defaults()))
                .isInstanceOf(ItagenException.class)
                .hasMessageContaining("no framework data for fiscal year 2555 (bundled: 2561-2569)");
    }

    @Test
    void questionWithoutIndicatorIsPlacedByTheFramework() {
        var items = List.of(new ItemScore(2568, Tool.IIT, null, "i11", null, d("70"), "s.csv:2"));
        AgencyScores s = new AgencyScores(Agency.UNNAMED, List.of(), List.of(), items, List.of(), "s.csv");
        Analysis a = Analyzer.analyze(s, FrameworkLoader.bundled(), AnalysisOptions.defaults());
        assertThat(a.weakItems()).singleElement().satisfies(w -> assertThat(w.indicator()).isEqualTo(4));
        var unknown = List.of(new ItemScore(2566, Tool.IIT, null, "i11", null, d("70"), "s.csv:2"));
        AgencyScores s2 = new AgencyScores(Agency.UNNAMED, List.of(), List.of(), unknown, List.of(), "s.csv");
        assertThatThrownBy(() -> Analyzer.analyze(s2, FrameworkLoader.bundled(), AnalysisOptions.defaults()))
                .hasMessageContaining("fill in the indicator column");
    }
}
