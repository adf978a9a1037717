package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.thai.ThaiDigits;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as officers type them: Thai or Arabic digits, spaces around, an optional "%". */
final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Numbers() {
    }

    /** Normalises digits and spaces: "๙๑.๖๒ " -> "91.62". */
    static String normalize(String raw) {
        String s = ThaiDigits.toArabic(raw).strip().replace('\u00A0', ' ').strip();
        if (s.endsWith("%")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    /** A score 0-100, or an input error naming the value. */
    static BigDecimal score(String raw, String where) {
        String s = normalize(raw);
        if (s.isEmpty()) throw ItagenException.input(where, "score is empty; give a number from 0 to 100");
        if (!DECIMAL.matcher(s).matches()) {
            throw ItagenException.input(where, "score \"" + raw.strip() + "\" is not a number (0-100); "
                    + "use digits with a dot for decimals, e.g. 91.62");
        }
        BigDecimal v = new BigDecimal(s);
        if (v.compareTo(HUNDRED) > 0) {
            throw ItagenException.input(where, "score " + s + " is above 100; scores are 0-100");
        }
        return v;
    }

    /** A Buddhist Era fiscal year such as 2568; rejects CE years with a hint. */
    static int fiscalYear(String raw, String where) {
        String s = normalize(raw);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2); // spreadsheet numbers
        if (!s.matches("[0-9]{4}")) {
            throw ItagenException.input(where, "fiscal year \"" + raw.strip() + "\" is not a year; "
                    + "give the Buddhist Era year, e.g. 2568");
        }
        int y = Integer.parseInt(s);
        if (y >= 1900 && y < 2200) {
            throw ItagenException.input(where, "fiscal year " + y + " looks like a CE year; "
                    + "give the Buddhist Era year (" + (y + 543) + ")");
        }
        if (y < 2500 || y > 2700) {
            throw ItagenException.input(where, "fiscal year " + y + " is out of range; give the Buddhist Era year, e.g. 2568");
        }
        return y;
    }

    /** An indicator number 1-10. */
    static int indicator(String raw, String where) {
        String s = normalize(raw);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        if (!s.matches("[0-9]{1,3}")) {
            throw ItagenException.input(where, "indicator \"" + raw.strip() + "\" is not a number; give 1-10");
        }
        int n = Integer.parseInt(s);
        if (n < 1 || n > 10) {
            throw ItagenException.input(where, "indicator " + n + " does not exist; ITA indicators are 1-10");
        }
        return n;
    }
}
