package org.itagen.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every boundary of the analysis rules, through the command line (`analyze --format json`), so
 * the tests hold whatever the engine looks like inside. Expected values are written by hand from
 * ITA.md (bands, weights 0.30/0.30/0.40, half-up rounding to two decimals) with the arithmetic in
 * the comments; none is read back from the code under test.
 */
class AnalysisEdgesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Rows of a long score file: agency_id,fiscal_year,tool,indicator,item,part,score. */
    static final class Rows {
        final List<String> lines = new ArrayList<>(List.of("agency_id,fiscal_year,tool,indicator,item,part,score"));

        /** Indicators 1..10 of one year, given in order. */
        Rows indicators(int year, String... scores) {
            String[] tools = {"IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"};
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] != null) lines.add("A1," + year + "," + tools[i] + "," + (i + 1) + ",,," + scores[i]);
            }
            return this;
        }

        /** All ten indicators of one year at one score. */
        Rows all(int year, String score) {
            return indicators(year, score, score, score, score, score, score, score, score, score, score);
        }

        Rows total(int year, String tool, String part, String score) {
            lines.add("A1," + year + "," + tool + ",,," + (part == null ? "" : part) + "," + score);
            return this;
        }

        Rows item(int year, String tool, int indicator, String item, String part, String score) {
            lines.add("A1," + year + "," + tool + "," + indicator + "," + item + "," + (part == null ? "" : part) + "," + score);
            return this;
        }
    }

    JsonNode analyze(Rows rows, String... extra) throws IOException {
        Path csv = tmp.resolve("scores.csv");
        Files.writeString(csv, String.join("\n", rows.lines) + "\n", StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("--lang", "en", "analyze", "--scores", csv.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        return JSON.readTree(r.out());
    }

    static BigDecimal num(JsonNode n) {
        assertThat(n.isNumber()).as("a number: %s", n).isTrue();
        return n.decimalValue();
    }

    static void assertNumber(JsonNode n, String expected) {
        assertThat(num(n)).isEqualByComparingTo(expected);
    }

    static JsonNode tool(JsonNode a, String name) {
        for (JsonNode t : a.get("tools")) if (t.get("tool").asText().equals(name)) return t;
        throw new AssertionError("no tool " + name);
    }

    static JsonNode indicator(JsonNode a, int n) {
        for (JsonNode t : a.get("indicators")) if (t.get("number").asInt() == n) return t;
        throw new AssertionError("no indicator " + n);
    }

    static List<String> warningCodes(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.get("warnings").forEach(w -> out.add(w.get("code").asText()));
        return out;
    }

    // ---- bands: every edge of every year's scale ----------------------------------------------

    /**
     * All ten indicators at one score make IIT = EIT = OIT = ITA = that score (0.3 + 0.3 + 0.4 = 1),
     * so each row puts the ITA total exactly on or just under a band edge. Bands from ITA.md.
     */
    @ParameterizedTest(name = "FY{0} ITA {1} is {2}")
    @CsvSource({
            "2561, 95.00, AA", "2561, 94.99, A",
            "2565, 100, AA", "2565, 95.00, AA", "2565, 94.99, A", "2565, 85.00, A", "2565, 84.99, B",
            "2565, 75.00, B", "2565, 74.99, C", "2565, 65.00, C", "2565, 64.99, D", "2565, 55.00, D",
            "2565, 54.99, E", "2565, 50.00, E", "2565, 49.99, F", "2565, 0, F",
            "2566, 85.00, ผ่าน", "2566, 84.99, ไม่ผ่าน", "2567, 85.00, ผ่าน", "2567, 84.99, ไม่ผ่าน",
    })
    void bandEdgesOfTheLetterAndPassFailScales(int year, String ita, String band) throws IOException {
        JsonNode a = analyze(new Rows().all(year, ita));
        assertNumber(a.at("/ita/computed/" + year), ita);
        assertThat(a.at("/ita/band/" + year).asText()).isEqualTo(band);
    }

    /** FY2568 and FY2569: five levels; the all-tools rule needs both EIT parts, given here at the same score. */
    @ParameterizedTest(name = "FY{0} ITA {1} is {2}")
    @CsvSource({
            "2568, 100, ผ่านดีเยี่ยม", "2568, 95.00, ผ่านดีเยี่ยม", "2568, 94.99, ผ่านดี", "2568, 85.00, ผ่านดี",
            "2568, 84.99, ต้องปรับปรุง", "2568, 70.00, ต้องปรับปรุง", "2568, 69.99, ต้องปรับปรุงโดยด่วน",
            "2569, 95.00, ผ่านดีเยี่ยม", "2569, 94.99, ผ่านดี", "2569, 85.00, ผ่านดี", "2569, 84.99, ต้องปรับปรุง",
            "2569, 70.00, ต้องปรับปรุง", "2569, 69.99, ต้องปรับปรุงโดยด่วน", "2569, 0, ต้องปรับปรุงโดยด่วน",
    })
    void bandEdgesOfTheFiveLevelScale(int year, String ita, String band) throws IOException {
        JsonNode a = analyze(new Rows().all(year, ita).total(year, "EIT", "public", ita).total(year, "EIT", "survey", ita));
        assertNumber(a.at("/ita/computed/" + year), ita);
        assertThat(a.at("/ita/band/" + year).asText()).isEqualTo(band);
        assertThat(a.at("/ita/band_detail/" + year + "/unconfirmed").isNull()).isTrue();
    }

    @Test
    void fy2569ToolBelowTheBarHoldsTheBandAtPass() throws IOException {
        // IIT 85.50, EIT 85.50, OIT 84.99: ITA = 0.3*85.50 + 0.3*85.50 + 0.4*84.99 = 25.65 + 25.65 + 33.996
        // = 85.296 -> 85.30, which reaches ผ่านดี on the total, but OIT 84.99 < 85.00: ผ่าน.
        JsonNode a = analyze(new Rows()
                .indicators(2569, "85.50", "85.50", "85.50", "85.50", "85.50", "85.50", "85.50", "85.50", "84.99", "84.99")
                .total(2569, "EIT", "public", "85.50").total(2569, "EIT", "survey", "85.50"));
        assertNumber(a.at("/ita/computed/2569"), "85.30");
        assertThat(a.at("/ita/band/2569").asText()).isEqualTo("ผ่าน");
        assertThat(a.at("/ita/band_detail/2569/note").asText()).contains("OIT 84.99").contains("ผ่านดี");
    }

    @Test
    void fy2569WithoutEitPartsCannotConfirmTheTopLevel() throws IOException {
        JsonNode a = analyze(new Rows().all(2569, "95.00"));
        assertThat(a.at("/ita/band/2569").asText()).isEqualTo("ผ่าน");
        assertThat(a.at("/ita/band_detail/2569/unconfirmed").asText()).isEqualTo("ผ่านดีเยี่ยม");
        assertThat(warningCodes(a)).contains("BAND_UNCONFIRMED");
    }

    @Test
    void mixedToolsLandingExactlyOnEightyFivePass() throws IOException {
        // 0.3*80 + 0.3*80 + 0.4*92.50 = 24 + 24 + 37 = 85.00 exactly: ผ่าน (FY2566, pass at 85.00 or more).
        JsonNode pass = analyze(new Rows().indicators(2566, "80", "80", "80", "80", "80", "80", "80", "80", "92.50", "92.50"));
        assertNumber(pass.at("/ita/computed/2566"), "85.00");
        assertThat(pass.at("/ita/band/2566").asText()).isEqualTo("ผ่าน");
        // OIT 92.475: 48 + 0.4*92.475 = 48 + 36.99 = 84.99: ไม่ผ่าน.
        JsonNode fail = analyze(new Rows().indicators(2566, "80", "80", "80", "80", "80", "80", "80", "80", "92.475", "92.475"));
        assertNumber(fail.at("/ita/computed/2566"), "84.99");
        assertThat(fail.at("/ita/band/2566").asText()).isEqualTo("ไม่ผ่าน");
    }

    @Test
    void anItaOfHalfAHundredthBelowTheEdgeRoundsUpAndPasses() throws IOException {
        // Every indicator 84.995: ITA 84.995 rounds half up to 85.00, the score a reader sees: ผ่าน.
        JsonNode a = analyze(new Rows().all(2567, "84.995"));
        assertNumber(a.at("/ita/computed/2567"), "85.00");
        assertThat(a.at("/ita/band/2567").asText()).isEqualTo("ผ่าน");
        // 84.994 stays 84.99: ไม่ผ่าน.
        JsonNode b = analyze(new Rows().all(2567, "84.994"));
        assertNumber(b.at("/ita/computed/2567"), "84.99");
        assertThat(b.at("/ita/band/2567").asText()).isEqualTo("ไม่ผ่าน");
    }

    // ---- rounding: three decimals in both years -------------------------------------------------

    @Test
    void scoresWithThreeDecimalsInBothYearsRoundHalfUpAndTotalsRoundOnce() throws IOException {
        JsonNode a = analyze(new Rows()
                .indicators(2567, "82.245", "80.005", "90.125", "78.345", "79.565", "77.005", "78.405", "78.385", "100", "99.985")
                .indicators(2568, "91.625", "92.085", "98.045", "86.105", "87.485", "90.725", "82.725", "79.425", "99.985", "100"));
        // Half up: x.xx5 goes up whatever the digit before it (half-even would give 82.24, 80.00, 90.12 ...).
        String[][] rounded = {
                {"82.25", "91.63"}, {"80.01", "92.09"}, {"90.13", "98.05"}, {"78.35", "86.11"}, {"79.57", "87.49"},
                {"77.01", "90.73"}, {"78.41", "82.73"}, {"78.39", "79.43"}, {"100.00", "99.99"}, {"99.99", "100.00"}};
        // Changes are differences of the printed scores, so the table adds up for its reader.
        String[] change = {"9.38", "12.08", "7.92", "7.76", "7.92", "13.72", "4.32", "1.04", "-0.01", "0.01"};
        for (int n = 1; n <= 10; n++) {
            JsonNode ind = indicator(a, n);
            assertNumber(ind.at("/scores/2567"), rounded[n - 1][0]);
            assertNumber(ind.at("/scores/2568"), rounded[n - 1][1]);
            assertNumber(ind.get("change"), change[n - 1]);
        }
        // 2568: IIT (91.625+92.085+98.045+86.105+87.485)/5 = 455.345/5 = 91.069 -> 91.07;
        // EIT (90.725+82.725+79.425)/3 = 252.875/3 = 84.2916.. -> 84.29; OIT (99.985+100)/2 = 99.9925 -> 99.99.
        // ITA from the unrounded means: 0.3*91.069 + 0.3*84.29166.. + 0.4*99.9925 = 27.3207 + 25.2875 + 39.997
        // = 92.6052 -> 92.61 (rounding the tools first would give 27.321 + 25.287 + 39.996 = 92.604 -> 92.60).
        assertNumber(tool(a, "IIT").at("/computed/2568"), "91.07");
        assertNumber(tool(a, "EIT").at("/computed/2568"), "84.29");
        assertNumber(tool(a, "OIT").at("/computed/2568"), "99.99");
        assertNumber(a.at("/ita/computed/2568"), "92.61");
        // 2567: IIT 410.285/5 = 82.057 -> 82.06; EIT 233.795/3 = 77.9316.. -> 77.93; OIT 99.9925 -> 99.99;
        // ITA 24.6171 + 23.3795 + 39.997 = 87.9936 -> 87.99.
        assertNumber(tool(a, "IIT").at("/computed/2567"), "82.06");
        assertNumber(a.at("/ita/computed/2567"), "87.99");
        // Tool and ITA changes from the printed totals: 91.07 - 82.06 = 9.01; 92.61 - 87.99 = 4.62.
        assertNumber(tool(a, "IIT").get("change"), "9.01");
        assertNumber(a.at("/ita/change"), "4.62");
        // The only fall is indicator 9 (100.00 -> 99.99), by the printed scores.
        assertThat(a.get("falls")).hasSize(1);
        assertThat(a.at("/falls/0/indicator").asInt()).isEqualTo(9);
        assertNumber(a.at("/falls/0/change"), "-0.01");
        // OIT extremes on printed scores: 9 (99.99) lowest, 10 (100.00) highest.
        assertThat(indicator(a, 10).get("highest_in_tool").asBoolean()).isTrue();
        assertThat(indicator(a, 9).get("lowest_in_tool").asBoolean()).isTrue();
        // FY2568 band: ITA 92.61 reaches ผ่านดี but EIT 84.29 < 85.00 rules it out: ผ่าน; FY2567 ผ่าน.
        assertThat(a.at("/ita/band/2568").asText()).isEqualTo("ผ่าน");
        assertThat(a.at("/ita/band/2567").asText()).isEqualTo("ผ่าน");
    }

    // ---- years ---------------------------------------------------------------------------------

    @Test
    void threeFiscalYearsCompareTheLastTwoAndSaySo() throws IOException {
        // 2566 is far lower; if it were used as the previous year every change would be about +40.
        JsonNode a = analyze(new Rows().all(2566, "50").all(2567, "80").all(2568, "90"));
        assertThat(a.get("years")).extracting(JsonNode::asInt).containsExactly(2567, 2568);
        assertThat(a.get("previous_year").asInt()).isEqualTo(2567);
        assertThat(a.get("current_year").asInt()).isEqualTo(2568);
        assertThat(warningCodes(a)).contains("EXTRA_YEARS");
        assertThat(a.get("warnings").toString()).contains("2566, 2567, 2568");
        assertNumber(indicator(a, 1).get("change"), "10.00");
        assertThat(indicator(a, 1).get("scores").has("2566")).isFalse();
        assertNumber(a.at("/ita/change"), "10.00");
        assertThat(a.at("/ita/computed").has("2566")).isFalse();
    }

    @Test
    void yearsWithAGapAreRefusedNamingTheMissingYears() throws IOException {
        // 2566 then 2568: a "change from last year" would span two years. One missing year is
        // enough to refuse; the message names it and points at the later year's first row.
        Path csv = tmp.resolve("scores.csv");
        Files.writeString(csv, String.join("\n", new Rows().all(2566, "80").all(2568, "90").lines) + "\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("--lang", "en", "analyze", "--scores", csv.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        // Line 12: the header, ten 2566 rows, then the first 2568 row.
        // --format json: the error is a JSON line (issue 15) with the place as file and line.
        assertThat(r.err()).contains("\"where\":\"scores.csv:12\"").contains("\"line\":12")
                .contains("2566").contains("2568").contains("2567");
        // Consecutive years with a third before them are fine (the first is only warned about).
        assertThat(analyze(new Rows().all(2566, "70").all(2567, "80").all(2568, "90")).get("current_year").asInt())
                .isEqualTo(2568);
    }

    // guards: Analyzer.requireConsecutive names exactly the missing years (2565 and 2566 between
    // 2564 and 2567, not the years before) and points at the later year's first row even when
    // that year has only declared totals or only questions
    @Test
    void aGapOfTwoYearsNamesBothAndPointsAtTheLaterYearsFirstTotalOrQuestion() throws IOException {
        Path csv = tmp.resolve("scores.csv");
        // header (1), ten 2564 rows (2-11), the 2567 ITA total (12)
        Files.writeString(csv, String.join("\n", new Rows().all(2564, "80").total(2567, "ITA", null, "90").lines) + "\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("--lang", "en", "analyze", "--scores", csv.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("scores.csv:12").contains("2565, 2566").doesNotContain("2563");
        // header (1), ten 2564 rows (2-11), one 2567 question (12)
        Files.writeString(csv, String.join("\n", new Rows().all(2564, "80").item(2567, "IIT", 1, "i1", null, "90").lines) + "\n",
                StandardCharsets.UTF_8);
        CliRun q = CliRun.of("--lang", "en", "analyze", "--scores", csv.toString());
        assertThat(q.exitCode()).isEqualTo(2);
        assertThat(q.err()).contains("scores.csv:12").contains("2565, 2566");
    }

    @Test
    void twoYearsGiveNoExtraYearsWarningAndOneYearSaysItIsAlone() throws IOException {
        JsonNode two = analyze(new Rows().all(2567, "80").all(2568, "90"));
        assertThat(warningCodes(two)).doesNotContain("EXTRA_YEARS", "SINGLE_YEAR");
        JsonNode one = analyze(new Rows().all(2568, "90"));
        assertThat(warningCodes(one)).contains("SINGLE_YEAR").doesNotContain("EXTRA_YEARS");
        assertThat(one.get("previous_year").isNull()).isTrue();
        assertThat(indicator(one, 1).get("change").isNull()).isTrue();
    }

    // ---- a band NACC published against the rule --------------------------------------------------

    /**
     * A wide file (as ITAS exports it) whose 2567 band row says ผ่าน under an ITA of 80.00, where
     * FY2567's rule (ITA.md: pass at 85 or more) gives ไม่ผ่าน; 2566's row agrees with its rule.
     */
    private JsonNode wideWithPublishedBands(String... extra) throws IOException {
        StringBuilder w = new StringBuilder("รายตัวชี้วัด,คะแนนปีงบประมาณ 2566,คะแนนปีงบประมาณ 2567\n");
        String[] names = {"การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
                "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน",
                "การเปิดเผยข้อมูล", "การป้องกันการทุจริต"};
        for (int i = 0; i < 10; i++) w.append(i + 1).append('.').append(names[i]).append(",80,80\n");
        w.append("คะแนนเฉลี่ยประจำปี,80.00,80.00\n");
        w.append("ระดับผลการประเมิน,ไม่ผ่าน,ผ่าน\n");
        Path csv = tmp.resolve("wide.csv");
        Files.writeString(csv, w.toString(), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("--lang", "en", "analyze", "--scores", csv.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    // guards: Analyzer.declaredBand (the published band is printed with declared totals, the rule's
    // band with --totals computed) and bandWarnings (the contradiction is warned once, for 2567 only)
    @Test
    void aPublishedBandAgainstTheRuleIsPrintedAndWarnedAndComputedTotalsKeepTheRule() throws IOException {
        JsonNode declared = wideWithPublishedBands();
        assertThat(declared.at("/ita/band/2567").asText()).isEqualTo("ผ่าน");
        assertThat(declared.at("/ita/band/2566").asText()).isEqualTo("ไม่ผ่าน");
        assertThat(warningCodes(declared).stream().filter("DECLARED_BAND_MISMATCH"::equals)).hasSize(1);
        assertThat(declared.get("warnings").toString()).contains("2567").doesNotContain("2566 ");
        JsonNode computed = wideWithPublishedBands("--totals", "computed");
        assertThat(computed.at("/ita/band/2567").asText()).isEqualTo("ไม่ผ่าน");
        assertThat(warningCodes(computed).stream().filter("DECLARED_BAND_MISMATCH"::equals)).hasSize(1);
    }

    // ---- partial tools -------------------------------------------------------------------------

    @Test
    void aToolWithSomeIndicatorsMissingHasNoTotalAndNoIta() throws IOException {
        // IIT has indicators 1-4 only: its total (and so the ITA total) cannot be computed.
        JsonNode a = analyze(new Rows().indicators(2568, "90", "90", "90", "90", null, "90", "90", "90", "90", "90"));
        assertThat(tool(a, "IIT").at("/computed").has("2568")).isFalse();
        assertNumber(tool(a, "EIT").at("/computed/2568"), "90.00");
        assertThat(a.at("/ita/computed").has("2568")).isFalse();
        assertThat(warningCodes(a)).contains("MISSING_INDICATORS");
        assertThat(a.get("warnings").toString()).contains("IIT 2568").contains("indicator 5");
        // Ranking and extremes use the indicators that are there.
        assertThat(a.get("ranking")).hasSize(9);
    }

    @Test
    void aPartialToolWithADeclaredTotalUsesTheDeclaredTotalForTheIta() throws IOException {
        // IIT indicator 5 missing, IIT declared 80.00: ITA = 0.3*80 + 0.3*90 + 0.4*90 = 24 + 27 + 36 = 87.00.
        JsonNode a = analyze(new Rows().indicators(2567, "90", "90", "90", "90", null, "90", "90", "90", "90", "90")
                .total(2567, "IIT", null, "80.00"));
        assertNumber(a.at("/ita/computed/2567"), "87.00");
        assertThat(a.at("/ita/band/2567").asText()).isEqualTo("ผ่าน");
        assertThat(warningCodes(a)).contains("MISSING_INDICATORS").doesNotContain("DECLARED_TOTAL_MISMATCH");
    }

    @Test
    void aDeclaredTotalOffByMoreThanOneHundredthIsWarnedAndOneHundredthIsNot() throws IOException {
        // Computed IIT 90.00; declared 90.01 is within rounding, 90.02 is not.
        JsonNode ok = analyze(new Rows().all(2567, "90").total(2567, "IIT", null, "90.01"));
        assertThat(warningCodes(ok)).doesNotContain("DECLARED_TOTAL_MISMATCH");
        JsonNode bad = analyze(new Rows().all(2567, "90").total(2567, "IIT", null, "90.02"));
        assertThat(warningCodes(bad)).contains("DECLARED_TOTAL_MISMATCH");
        assertThat(bad.get("warnings").toString()).contains("90.02").contains("90.00");
        assertNumber(tool(bad, "IIT").at("/computed/2567"), "90.00");
    }

    // ---- weak questions ------------------------------------------------------------------------

    @Test
    void oitItemsAllPassingGiveNoWeakItemWhileIitFallsBackToItsLowest() throws IOException {
        Rows rows = new Rows().all(2568, "95");
        for (int i = 1; i <= 5; i++) rows.item(2568, "OIT", 9, "o" + i, null, "100");
        rows.item(2568, "IIT", 1, "i1", null, "96.00").item(2568, "IIT", 1, "i2", null, "90.00");
        JsonNode a = analyze(rows);
        List<String> weak = new ArrayList<>();
        a.get("weak_items").forEach(w -> weak.add(w.get("item").asText() + (w.get("fallback").asBoolean() ? "*" : "")));
        // No OIT item: all passed and OIT gets no fallback. i2 at exactly 90.00 is not below the
        // threshold, so indicator 1 contributes its lowest question as a fallback.
        assertThat(weak).containsExactly("i2*");
    }

    @Test
    void aQuestionJustBelowTheThresholdIsWeakAndOneAtItIsNot() throws IOException {
        Rows rows = new Rows().all(2568, "95")
                .item(2568, "IIT", 1, "i1", null, "89.99").item(2568, "IIT", 1, "i2", null, "90.00")
                .item(2568, "OIT", 9, "o1", null, "0").item(2568, "OIT", 9, "o2", null, "100");
        JsonNode a = analyze(rows);
        List<String> weak = new ArrayList<>();
        a.get("weak_items").forEach(w -> weak.add(w.get("item").asText() + (w.get("fallback").asBoolean() ? "*" : "")));
        assertThat(weak).containsExactly("i1", "o1");
        // The threshold is a setting: at 89.99 nothing of indicator 1 is below, so its lowest is the fallback.
        JsonNode b = analyze(rows, "--threshold", "89.99");
        List<String> weakB = new ArrayList<>();
        b.get("weak_items").forEach(w -> weakB.add(w.get("item").asText() + (w.get("fallback").asBoolean() ? "*" : "")));
        assertThat(weakB).containsExactly("i1*", "o1");
    }
}
