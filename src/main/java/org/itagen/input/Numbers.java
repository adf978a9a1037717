package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.thai.ThaiDigits;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as officers type them: Thai or Arabic digits, spaces around, an optional "%", a
 * decimal comma ("93,08" in a semicolon-separated file or a quoted cell). A date where a number
 * belongs (Excel turns "1.10" into 1 October) is named as the date.
 */
final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");
    /** A decimal comma: a score is at most 100, so "93,08" can only mean 93.08 (but "1,000" is unclear). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("([0-9]{1,3}),([0-9]+)");
    /** Thai consonants ก to ฮ, as abbreviated Thai months are written (ม.ค.). */
    private static final String THAI_CONSONANTS = "[\\u0E01-\\u0E2E]";
    /** 2025-01-10, 10/1/2025, 10-01-68, 10-Jan, Jan-25, 10 ม.ค. 68: what a date cell exports as. */
    private static final String MONTH = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
    private static final Pattern DATE = Pattern.compile(
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}( [0-9:]+)?|[0-9]{1,2}[/-][0-9]{1,2}[/-][0-9]{2,4}"
                    + "|[0-9]{1,2}[-\\s]?" + MONTH + "([-\\s]?[0-9]{2,4})?|" + MONTH + "[-\\s][0-9]{2,4}"
                    + "|[0-9]{1,2}\\s*" + THAI_CONSONANTS + "{1,2}\\." + THAI_CONSONANTS + "{1,2}\\.?(\\s*[0-9]{2,4})?");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Numbers() {
    }

    /** Normalises digits and spaces: "๙๑.๖๒ " -> "91.62". */
    static String normalize(String raw) {
        String s = ThaiDigits.toArabic(raw).strip().replace('\u00A0', ' ').strip();
        if (s.endsWith("%")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    private static boolean looksLikeDate(String s) {
        return DATE.matcher(s).matches();
    }

    /** A score 0-100, or an input error naming the value. */
    static BigDecimal score(String raw, String where) {
        String s = normalize(raw);
        if (s.isEmpty()) throw ItagenException.input(where, Msg.of("error.SCORE_EMPTY"));
        var comma = DECIMAL_COMMA.matcher(s);
        if (comma.matches()) {
            if (comma.group(2).length() == 3) {
                throw ItagenException.input(where, Msg.of("error.SCORE_COMMA_UNCLEAR", Texts.echo(raw.strip())));
            }
            s = comma.group(1) + "." + comma.group(2);
        }
        if (!DECIMAL.matcher(s).matches()) {
            if (looksLikeDate(s)) throw ItagenException.input(where, Msg.of("error.VALUE_IS_DATE", "score", Texts.echo(s)));
            throw ItagenException.input(where, Msg.of("error.SCORE_NOT_NUMBER", Texts.echo(raw.strip())));
        }
        BigDecimal v = new BigDecimal(s);
        if (v.compareTo(HUNDRED) > 0) throw ItagenException.input(where, Msg.of("error.SCORE_ABOVE_100", s));
        return v;
    }

    /** A Buddhist Era fiscal year such as 2568; rejects CE years with a hint. */
    static int fiscalYear(String raw, String where) {
        String s = normalize(raw);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2); // spreadsheet numbers
        if (!s.matches("[0-9]{4}")) {
            if (looksLikeDate(s)) throw ItagenException.input(where, Msg.of("error.VALUE_IS_DATE", "fiscal_year", Texts.echo(s)));
            throw ItagenException.input(where, Msg.of("error.YEAR_NOT_YEAR", Texts.echo(raw.strip())));
        }
        int y = Integer.parseInt(s);
        if (y >= 1900 && y < 2200) throw ItagenException.input(where, Msg.of("error.YEAR_CE", String.valueOf(y), String.valueOf(y + 543)));
        if (y < 2500 || y > 2700) throw ItagenException.input(where, Msg.of("error.YEAR_RANGE", String.valueOf(y)));
        return y;
    }

    /** An indicator number 1-10. */
    static int indicator(String raw, String where) {
        String s = normalize(raw);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        if (!s.matches("[0-9]{1,3}")) {
            if (looksLikeDate(s)) throw ItagenException.input(where, Msg.of("error.VALUE_IS_DATE", "indicator", Texts.echo(s)));
            throw ItagenException.input(where, Msg.of("error.INDICATOR_NOT_NUMBER", Texts.echo(raw.strip())));
        }
        int n = Integer.parseInt(s);
        if (n < 1 || n > 10) throw ItagenException.input(where, Msg.of("error.INDICATOR_RANGE", String.valueOf(n)));
        return n;
    }
}
