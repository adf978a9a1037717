package org.itagen.input;

import org.itagen.ItagenException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The edges of each number rule of a scores file, value by value: a score is 0-100, a fiscal year
 * a Buddhist Era year 2500-2700 (1900-2199 read as a CE year), an indicator 1-10. Expected values
 * are the numbers as an officer would read them, written out here.
 */
class NumbersTest {
    private static String code(Runnable r) {
        ItagenException e = catchThrowableOfType(ItagenException.class, r::run);
        assertThat(e).as("expected an input error").isNotNull();
        assertThat(e.where()).isEqualTo("scores.csv:3");
        return e.code();
    }

    // guards: 100 is the top score (> not >=), and anything above it is refused
    @Test
    void aScoreOfExactlyOneHundredIsAcceptedAndOneHundredthMoreIsNot() {
        assertThat(Numbers.score("100", "scores.csv:3")).isEqualByComparingTo("100");
        assertThat(Numbers.score("100.00", "scores.csv:3")).isEqualByComparingTo("100");
        assertThat(code(() -> Numbers.score("100.01", "scores.csv:3"))).isEqualTo("error.SCORE_ABOVE_100");
        assertThat(Numbers.score("0", "scores.csv:3")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    // guards: Thai digits, spaces, a no-break space and a trailing % are what officers type
    @Test
    void thaiDigitsSpacesAndAPercentSignReadAsTheNumber() {
        assertThat(Numbers.score(" ๙๑.๖๒ ", "scores.csv:3")).isEqualTo(new BigDecimal("91.62"));
        assertThat(Numbers.score("\u00A091.62 %", "scores.csv:3")).isEqualTo(new BigDecimal("91.62"));
        assertThat(Numbers.score(".5", "scores.csv:3")).isEqualTo(new BigDecimal(".5"));
        assertThat(Numbers.normalize("85.5%")).isEqualTo("85.5");
    }

    // guards: a decimal comma with one, two or four digits is a decimal; three digits could be thousands
    @Test
    void aDecimalCommaIsReadUnlessThreeDigitsFollowIt() {
        assertThat(Numbers.score("93,08", "scores.csv:3")).isEqualTo(new BigDecimal("93.08"));
        assertThat(Numbers.score("93,5", "scores.csv:3")).isEqualTo(new BigDecimal("93.5"));
        assertThat(Numbers.score("93,0812", "scores.csv:3")).isEqualTo(new BigDecimal("93.0812"));
        assertThat(code(() -> Numbers.score("1,000", "scores.csv:3"))).isEqualTo("error.SCORE_COMMA_UNCLEAR");
    }

    // guards: empty, words and dates are refused, each with its own code
    @Test
    void emptyTextAndDatesAreRefusedEachWithItsOwnCode() {
        assertThat(code(() -> Numbers.score("  ", "scores.csv:3"))).isEqualTo("error.SCORE_EMPTY");
        assertThat(code(() -> Numbers.score("ดี", "scores.csv:3"))).isEqualTo("error.SCORE_NOT_NUMBER");
        assertThat(code(() -> Numbers.score("1-Oct", "scores.csv:3"))).isEqualTo("error.VALUE_IS_DATE");
        assertThat(code(() -> Numbers.score("2025-10-01", "scores.csv:3"))).isEqualTo("error.VALUE_IS_DATE");
        assertThat(code(() -> Numbers.score("10 ต.ค. 68", "scores.csv:3"))).isEqualTo("error.VALUE_IS_DATE");
        assertThat(code(() -> Numbers.fiscalYear("1/10/2568", "scores.csv:3"))).isEqualTo("error.VALUE_IS_DATE");
        assertThat(code(() -> Numbers.indicator("Jan-25", "scores.csv:3"))).isEqualTo("error.VALUE_IS_DATE");
    }

    // guards: the Buddhist Era range 2500..2700 inclusive, and CE years 1900..2199 named as CE
    @Test
    void fiscalYearEdgesOfTheBuddhistEraAndTheCeRanges() {
        assertThat(Numbers.fiscalYear("2500", "scores.csv:3")).isEqualTo(2500);
        assertThat(Numbers.fiscalYear("2700", "scores.csv:3")).isEqualTo(2700);
        assertThat(Numbers.fiscalYear("๒๕๖๘", "scores.csv:3")).isEqualTo(2568);
        assertThat(Numbers.fiscalYear("2568.0", "scores.csv:3")).isEqualTo(2568); // a spreadsheet number
        assertThat(code(() -> Numbers.fiscalYear("2499", "scores.csv:3"))).isEqualTo("error.YEAR_RANGE");
        assertThat(code(() -> Numbers.fiscalYear("2701", "scores.csv:3"))).isEqualTo("error.YEAR_RANGE");
        assertThat(code(() -> Numbers.fiscalYear("1899", "scores.csv:3"))).isEqualTo("error.YEAR_RANGE");
        assertThat(code(() -> Numbers.fiscalYear("1900", "scores.csv:3"))).isEqualTo("error.YEAR_CE");
        assertThat(code(() -> Numbers.fiscalYear("2199", "scores.csv:3"))).isEqualTo("error.YEAR_CE");
        assertThat(code(() -> Numbers.fiscalYear("2200", "scores.csv:3"))).isEqualTo("error.YEAR_RANGE");
        assertThat(code(() -> Numbers.fiscalYear("256", "scores.csv:3"))).isEqualTo("error.YEAR_NOT_YEAR");
        // 2025 + 543 = 2568: the message offers the Buddhist Era year.
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> Numbers.fiscalYear("2025", "scores.csv:3"));
        assertThat(e.getMessage()).contains("2025").contains("2568");
    }

    // guards: indicators 1..10 inclusive; "3.0" from a spreadsheet is 3
    @Test
    void indicatorsOneToTenAndNothingAround() {
        assertThat(Numbers.indicator("1", "scores.csv:3")).isEqualTo(1);
        assertThat(Numbers.indicator("10", "scores.csv:3")).isEqualTo(10);
        assertThat(Numbers.indicator("๓.0", "scores.csv:3")).isEqualTo(3);
        assertThat(code(() -> Numbers.indicator("0", "scores.csv:3"))).isEqualTo("error.INDICATOR_RANGE");
        assertThat(code(() -> Numbers.indicator("11", "scores.csv:3"))).isEqualTo("error.INDICATOR_RANGE");
        assertThat(code(() -> Numbers.indicator("1a", "scores.csv:3"))).isEqualTo("error.INDICATOR_NOT_NUMBER");
    }
}
