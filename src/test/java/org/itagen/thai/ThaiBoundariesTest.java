package org.itagen.thai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The edges of each rule in the thai package, one test per boundary. Expected values are written
 * by hand from ITA.md's calendar (fiscal year N = 1 Oct of N-1 .. 30 Sep of N, BE = CE + 543) and
 * from the Unicode charts, never computed by the code under test.
 */
class ThaiBoundariesTest {

    @Test
    void fiscalYearTurnsOnOctoberFirstEveryDayOfTheMonthAroundIt() {
        // Every day from 1 Sep to 31 Oct, for two fiscal-year ends (one across a leap February).
        for (int ce : new int[]{2024, 2025}) {
            LocalDate firstOfNewYear = LocalDate.of(ce, 10, 1);
            for (LocalDate d = LocalDate.of(ce, 9, 1); !d.isAfter(LocalDate.of(ce, 10, 31)); d = d.plusDays(1)) {
                int expected = d.isBefore(firstOfNewYear) ? ce + 543 : ce + 544;
                assertThat(ThaiDates.fiscalYearOf(d)).as("fiscal year of %s", d).isEqualTo(expected);
            }
        }
        assertThat(ThaiDates.fiscalYearOf(LocalDate.of(2026, 1, 1))).isEqualTo(2569);
    }

    @Test
    void fiscalYearStartsOnOctoberFirstAndEndsOnSeptemberThirtieth() {
        assertThat(ThaiDates.fiscalYearStart(2568)).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(ThaiDates.fiscalYearEnd(2568)).isEqualTo(LocalDate.of(2025, 9, 30));
        // The day after one year's end is the next year's start.
        assertThat(ThaiDates.fiscalYearEnd(2568).plusDays(1)).isEqualTo(ThaiDates.fiscalYearStart(2569));
    }

    @Test
    void everyQuarterStartAndEndOfFiscalYear2569() {
        // Q1 Oct-Dec, Q2 Jan-Mar, Q3 Apr-Jun, Q4 Jul-Sep (ITA.md), written out for FY2569.
        LocalDate[][] expected = {
                {LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)},
                {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)},
                {LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)},
                {LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)},
        };
        for (int q = 1; q <= 4; q++) {
            assertThat(ThaiDates.quarterStart(2569, q)).as("Q%d start", q).isEqualTo(expected[q - 1][0]);
            assertThat(ThaiDates.quarterEnd(2569, q)).as("Q%d end", q).isEqualTo(expected[q - 1][1]);
        }
    }

    @Test
    void lastQuarterEndsOnTheFiscalYearEndNotAMonthPastIt() {
        for (int fy = 2561; fy <= 2570; fy++) {
            assertThat(ThaiDates.quarterEnd(fy, 4)).as("FY%d Q4 end", fy).isEqualTo(LocalDate.of(fy - 543, 9, 30));
            assertThat(ThaiDates.quarterStart(fy, 1)).as("FY%d Q1 start", fy).isEqualTo(LocalDate.of(fy - 544, 10, 1));
        }
    }

    @Test
    void quarterNumbersOutsideOneToFourAreRefusedEverywhere() {
        for (int bad : new int[]{0, 5}) {
            assertThatThrownBy(() -> ThaiDates.quarterStart(2569, bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ThaiDates.quarterEnd(2569, bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ThaiDates.quarters(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThaiDates.quarters(1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ThaiDates.quarters(1, 4)).isEqualTo("ไตรมาส 1-4");
        assertThat(ThaiDates.quarters(4, 4)).isEqualTo("ไตรมาส 4");
    }

    @Test
    void twoDigitYearPadsOnlyBelowTen() {
        assertThat(ThaiDates.twoDigitYear(LocalDate.of(2066, 1, 1))).isEqualTo("09"); // BE 2609
        assertThat(ThaiDates.twoDigitYear(LocalDate.of(2067, 1, 1))).isEqualTo("10"); // BE 2610
        assertThat(ThaiDates.toBe(2025)).isEqualTo(2568);
        assertThat(ThaiDates.toCe(2568)).isEqualTo(2025);
    }

    @Test
    void monthNamesOfTheFirstAndLastMonth() {
        assertThat(ThaiDates.shortMonth(java.time.Month.JANUARY)).isEqualTo("ม.ค.");
        assertThat(ThaiDates.shortMonth(java.time.Month.DECEMBER)).isEqualTo("ธ.ค.");
        assertThat(ThaiDates.fullMonth(java.time.Month.JANUARY)).isEqualTo("มกราคม");
        assertThat(ThaiDates.fullMonth(java.time.Month.DECEMBER)).isEqualTo("ธันวาคม");
        // A range across the calendar year keeps both years.
        assertThat(ThaiDates.shortRange(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1)))
                .isEqualTo("31 ธ.ค. 68 – 1 ม.ค. 69");
    }

    // ---- digits --------------------------------------------------------------------------------

    @Test
    void onlyTheTenThaiDigitsAreDigits() {
        assertThat(ThaiDigits.isThaiDigit('\u0E50')).isTrue();  // ๐
        assertThat(ThaiDigits.isThaiDigit('\u0E59')).isTrue();  // ๙
        assertThat(ThaiDigits.isThaiDigit('\u0E4F')).isFalse(); // ๏ fongman, just before ๐
        assertThat(ThaiDigits.isThaiDigit('\u0E5A')).isFalse(); // ๚ angkhankhu, just after ๙
        assertThat(ThaiDigits.toArabic("๏๐๙๚")).isEqualTo("๏09๚");
        assertThat(ThaiDigits.toArabic(null)).isNull();
    }

    @Test
    void toThaiAllChangesEveryArabicDigitAndNothingNextToThem() {
        // '/' and ':' are the characters just before '0' and just after '9'.
        assertThat(ThaiDigits.toThaiAll("/0123456789:")).isEqualTo("/๐๑๒๓๔๕๖๗๘๙:");
        assertThat(ThaiDigits.toThaiAll("i10")).isEqualTo("i๑๐");
    }

    @Test
    void localizeKeepsEverythingAroundTheDigits() {
        assertThat(ThaiDigits.localize(null)).isNull();
        assertThat(ThaiDigits.localize("")).isEmpty();
        assertThat(ThaiDigits.localize("10:30/2568")).isEqualTo("๑๐:๓๐/๒๕๖๘");
        // Trailing and repeated whitespace survive untouched.
        assertThat(ThaiDigits.localize("  ปี 2568 \t")).isEqualTo("  ปี ๒๕๖๘ \t");
        assertThat(ThaiDigits.localize("0 9")).isEqualTo("๐ ๙");
    }

    @Test
    void digitsTouchingTheFirstOrLastLatinLetterStayArabic() {
        assertThat(ThaiDigits.localize("A1 Z2 a3 z4 1A 2Z 3a 4z")).isEqualTo("A1 Z2 a3 z4 1A 2Z 3a 4z");
        // The characters next to A-Z and a-z in ASCII are not letters.
        assertThat(ThaiDigits.localize("[1] {2} `3` (4)")).isEqualTo("[๑] {๒} `๓` (๔)");
    }

    @Test
    void aSlashMakesAnAddressOnlyWithALetterAndADot() {
        assertThat(ThaiDigits.localize("1/2")).isEqualTo("๑/๒");
        assertThat(ThaiDigits.localize("ita/2568.pdf")).isEqualTo("ita/2568.pdf");
        assertThat(ThaiDigits.localize("ita/2568")).isEqualTo("ita/๒๕๖๘");
        assertThat(ThaiDigits.localize("www.x.go.th")).isEqualTo("www.x.go.th");
    }

    // ---- display width -------------------------------------------------------------------------

    @Test
    void controlCharactersTakeNoColumnAndTheirNeighboursOne() {
        assertThat(DisplayWidth.displayWidth("\u001F")).isZero();
        assertThat(DisplayWidth.displayWidth(" ")).isEqualTo(1);
        assertThat(DisplayWidth.displayWidth("~")).isEqualTo(1);
        assertThat(DisplayWidth.displayWidth("\u007F")).isZero();
        assertThat(DisplayWidth.displayWidth("\u009F")).isZero();
        assertThat(DisplayWidth.displayWidth("\u00A0")).isEqualTo(1);
        assertThat(DisplayWidth.displayWidth("\uFEFF")).isZero(); // format character
        assertThat(DisplayWidth.displayWidth(null)).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0x1100, 0x115F, 0x2E80, 0xA4CF, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE30, 0xFE4F,
            0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x1F300, 0x1FAFF, 0x20000, 0x3FFFD})
    void firstAndLastCodePointOfEachWideRangeTakeTwoColumns(int cp) {
        assertThat(DisplayWidth.displayWidth(Character.toString(cp))).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x10FF, 0x1160, 0x2E7F, 0xA4D0, 0xABFF, 0xD7A4, 0xF8FF, 0xFB00, 0xFE50, 0xFF61, 0xFFDF,
            0xFFE7, 0x1F2FF, 0x1FB00, 0x1FFFF, 0x3FFFE})
    void codePointsJustOutsideTheWideRangesTakeOneColumn(int cp) {
        assertThat(DisplayWidth.displayWidth(Character.toString(cp))).isEqualTo(1);
    }

    @Test
    void paddingCountsColumnsNotChars() {
        assertThat(DisplayWidth.padLeft("ที่", 3)).isEqualTo("  ที่");
        assertThat(DisplayWidth.padLeft("12345", 3)).isEqualTo("12345");
        assertThat(DisplayWidth.padRight("12345", 3)).isEqualTo("12345");
        assertThat(DisplayWidth.padRight("中", 3)).isEqualTo("中 ");
    }

    // ---- word breaker and cache ----------------------------------------------------------------

    @Test
    void thaiCombiningMarksAreExactlyTheNonSpacingOnes() {
        // U+0E31 mai han-akat, U+0E33 sara am .. U+0E3A phinthu, U+0E47 maitaikhu .. U+0E4E yamakkan.
        for (char c : new char[]{'\u0E31', '\u0E33', '\u0E34', '\u0E3A', '\u0E47', '\u0E48', '\u0E4E'}) {
            assertThat(WordBreaker.isThaiCombining(c)).as("U+%04X", (int) c).isTrue();
        }
        // Spacing vowels and the neighbours of each range.
        for (char c : new char[]{'\u0E30', '\u0E32', '\u0E3B', '\u0E3F', '\u0E46', '\u0E4F', '\u0E01'}) {
            assertThat(WordBreaker.isThaiCombining(c)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void breaksAndClustersLieStrictlyInsideTheText() {
        WordBreaker jdk = WordBreaker.of(WordBreaker.Engine.JDK);
        for (WordBreaker b : new WordBreaker[]{WordBreaker.thai(), jdk}) {
            String s = "ผู้บริหารมอบหมายให้ผู้ใหญ่ ";
            int[] breaks = b.lineBreaks(s);
            assertThat(breaks).isNotEmpty();
            assertThat(java.util.Arrays.stream(breaks).boxed().toList()).allMatch(p -> p > 0 && p < s.length());
            assertThat(b.lineBreaks("")).isEmpty();
        }
        assertThat(WordBreaker.thai().clusterBreaks("")).isEmpty();
        assertThat(WordBreaker.thai().clusterBreaks("ก")).isEmpty();
        assertThat(WordBreaker.thai().clusterBreaks("กข")).containsExactly(1);
        assertThat(WordBreaker.thai().clusterBreaks("ที่ดี")).containsExactly(3);
    }

    @Test
    void engineChoiceIsKept() {
        assertThat(WordBreaker.of(WordBreaker.Engine.ICU)).isSameAs(WordBreaker.thai());
        assertThat(WordBreaker.thai().engine()).isEqualTo(WordBreaker.Engine.ICU);
        assertThat(WordBreaker.of(WordBreaker.Engine.JDK).engine()).isEqualTo(WordBreaker.Engine.JDK);
        assertThat(WordBreaker.of(WordBreaker.Engine.JDK)).isNotSameAs(WordBreaker.of(WordBreaker.Engine.JDK));
    }

    @Test
    void onlyTextsUpToTheSizeLimitAreCached() {
        // A private breaker: the shared one is used by other tests at the same time.
        WordBreaker own = WordBreaker.of(WordBreaker.Engine.JDK);
        String atLimit = "ก".repeat(WordBreaker.CACHE_MAX_CHARS);
        own.lineBreaks(atLimit + "ข");
        assertThat(own.cachedTexts()).isZero();
        own.lineBreaks(atLimit);
        assertThat(own.cachedTexts()).isEqualTo(1);
        own.lineBreaks("คะแนน");
        assertThat(own.cachedTexts()).isEqualTo(2);
    }

    @Test
    void boundedCacheEmptiesOnlyWhenFull() {
        BoundedCache<String, String> c = new BoundedCache<>(3);
        assertThat(c.maxEntries()).isEqualTo(3);
        c.computeIfAbsent("a", k -> k + "!");
        c.computeIfAbsent("b", k -> k + "!");
        assertThat(c.size()).isEqualTo(2);
        c.computeIfAbsent("c", k -> k + "!");
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.computeIfAbsent("a", k -> "recomputed")).isEqualTo("a!");
        c.computeIfAbsent("d", k -> k + "!");
        assertThat(c.size()).isEqualTo(1);
        assertThatThrownBy(() -> new BoundedCache<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BoundedCache<String, String>(1).maxEntries()).isEqualTo(1);
    }
}
