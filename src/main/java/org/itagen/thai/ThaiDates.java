package org.itagen.thai;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;

/**
 * Buddhist Era dates and Thai fiscal years, as official documents print them. Digits are
 * Arabic here: writers localize them to Thai digits when the document asks for it, so one
 * string serves both settings.
 */
public final class ThaiDates {
    /** Buddhist Era = Common Era + 543. */
    public static final int BE_OFFSET = 543;

    /** Month names as official documents abbreviate and write them (Thai terms months.*). */
    private static final List<String> SHORT_MONTHS = ThaiTerms.list("months.short");
    private static final List<String> FULL_MONTHS = ThaiTerms.list("months.full");
    private static final String QUARTER = ThaiTerms.get("quarter");
    /** The dash between the two ends of a range, as Thai documents set it. */
    public static final String RANGE_DASH = " – ";

    private ThaiDates() {
    }

    public static int toBe(int ceYear) {
        return ceYear + BE_OFFSET;
    }

    public static int toCe(int beYear) {
        return beYear - BE_OFFSET;
    }

    /** "ธ.ค." for December. */
    public static String shortMonth(Month m) {
        return SHORT_MONTHS.get(m.getValue() - 1);
    }

    /** "ธันวาคม" for December. */
    public static String fullMonth(Month m) {
        return FULL_MONTHS.get(m.getValue() - 1);
    }

    /** "1 ธ.ค. 68": day, short month, last two digits of the BE year. */
    public static String shortDate(LocalDate d) {
        Objects.requireNonNull(d, "d");
        return d.getDayOfMonth() + " " + shortMonth(d.getMonth()) + " " + twoDigitYear(d);
    }

    /** "1 ธันวาคม 2568". */
    public static String fullDate(LocalDate d) {
        Objects.requireNonNull(d, "d");
        return d.getDayOfMonth() + " " + fullMonth(d.getMonth()) + " " + toBe(d.getYear());
    }

    /**
     * "1 ธ.ค. 68 – 30 มิ.ย. 69". When both ends fall in the same BE year the first year is left
     * out ("1 เม.ย. – 30 มิ.ย. 69"), as the seeds print ranges inside one year.
     */
    public static String shortRange(LocalDate start, LocalDate end) {
        String left = start.getYear() == end.getYear()
                ? start.getDayOfMonth() + " " + shortMonth(start.getMonth())
                : shortDate(start);
        return left + RANGE_DASH + shortDate(end);
    }

    /**
     * "ม.ค. – มี.ค. 67", "ต.ค. 68 – ก.ย. 69": months only (for fiscal quarters), the year after
     * each month that ends a BE year in the range, as the seeds print quarter periods.
     */
    public static String monthRange(LocalDate start, LocalDate end) {
        String left = start.getYear() == end.getYear()
                ? shortMonth(start.getMonth())
                : shortMonth(start.getMonth()) + " " + twoDigitYear(start);
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return shortMonth(end.getMonth()) + " " + twoDigitYear(end);
        }
        return left + RANGE_DASH + shortMonth(end.getMonth()) + " " + twoDigitYear(end);
    }

    /** The fiscal year (BE) a date falls in: 1 Oct 2025 is in FY2569. */
    public static int fiscalYearOf(LocalDate d) {
        int be = toBe(d.getYear());
        return d.getMonthValue() >= 10 ? be + 1 : be;
    }

    /** 1 October of the year before: FY2569 starts on 1 Oct 2025. */
    public static LocalDate fiscalYearStart(int fiscalYearBe) {
        return LocalDate.of(toCe(fiscalYearBe) - 1, 10, 1);
    }

    /** 30 September: FY2569 ends on 30 Sep 2026. */
    public static LocalDate fiscalYearEnd(int fiscalYearBe) {
        return LocalDate.of(toCe(fiscalYearBe), 9, 30);
    }

    /** First day of fiscal quarter {@code q} (1-4): Q1 Oct-Dec, Q2 Jan-Mar, Q3 Apr-Jun, Q4 Jul-Sep. */
    public static LocalDate quarterStart(int fiscalYearBe, int q) {
        checkQuarter(q);
        return fiscalYearStart(fiscalYearBe).plusMonths(3L * (q - 1));
    }

    /** Last day of fiscal quarter {@code q}. */
    public static LocalDate quarterEnd(int fiscalYearBe, int q) {
        checkQuarter(q);
        return fiscalYearStart(fiscalYearBe).plusMonths(3L * q).minusDays(1);
    }

    /** "ไตรมาส 2" or "ไตรมาส 1-2". */
    public static String quarters(int from, int to) {
        checkQuarter(from);
        checkQuarter(to);
        if (to < from) throw new IllegalArgumentException("quarter range " + from + "-" + to);
        return from == to ? QUARTER + " " + from : QUARTER + " " + from + "-" + to;
    }

    /** The last two digits of the BE year, zero-padded: "68". */
    public static String twoDigitYear(LocalDate d) {
        int y = toBe(d.getYear()) % 100;
        return y < 10 ? "0" + y : Integer.toString(y);
    }

    /** What joins the parts of a short date so no line ends inside it. */
    public static final char NO_BREAK_SPACE = '\u00A0';
    /** What keeps a dash inside a score range from ending a line (invisible, no width). */
    public static final char WORD_JOINER = '\u2060';

    private static final String DIGIT = "[0-9" + '\u0E50' + "-" + '\u0E59' + "]";
    private static final String MONTH = alternatives(SHORT_MONTHS);
    private static final String ERA = alternatives(ThaiTerms.list("dates.eras"));
    /** "ปี" (Thai terms dates.year) and the space after it. */
    private static final String YEAR_WORD = ThaiTerms.get("dates.year") + " ";

    private static String alternatives(List<String> words) {
        StringBuilder m = new StringBuilder();
        for (String s : words) m.append(m.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(s));
        return "(?:" + m + ")";
    }

    /**
     * Short dates ("1 ธ.ค. 68", "1 เม.ย.", "ธ.ค. 68"), years ("พ.ศ. 2569", "ปี 2568"), score
     * ranges ("95.00 - 100.00") and the space before any other range dash ("68 – 30"): the
     * spaces a line must not end at. A date range may still break after its dash.
     */
    private static final java.util.regex.Pattern TOGETHER = java.util.regex.Pattern.compile(
            "(?<!" + DIGIT + ")" + DIGIT + "{1,2} " + MONTH + "(?: " + DIGIT + "{2,4}(?!" + DIGIT + "))?"
                    + "|" + MONTH + " " + DIGIT + "{2,4}(?!" + DIGIT + ")"
                    + "|" + ERA + " " + DIGIT + "{2,4}(?!" + DIGIT + ")"
                    + "|" + java.util.regex.Pattern.quote(YEAR_WORD) + DIGIT + "{4}(?!" + DIGIT + ")"
                    + "|(?<!" + DIGIT + ")" + DIGIT + "+\\." + DIGIT + "+ [\u2013-] " + DIGIT + "+\\." + DIGIT + "+"
                    + "|(?<=" + DIGIT + "|\\.) (?=[\u2013-] )");

    /**
     * The text with the spaces inside short dates, years, score ranges and before a range dash replaced by
     * NO-BREAK SPACE (and a WORD JOINER after the dash of a score range), so a line breaks
     * neither inside "๑ ธ.ค. ๖๘" or "๙๕.๐๐ - ๑๐๐.๐๐" nor before "– ๓๐ มิ.ย. ๖๙": a Thai
     * typesetter keeps them whole. Thai or Arabic digits; everything else unchanged.
     */
    public static String keepTogether(String text) {
        // Every match holds a dot (month, era, decimal), a dash or the year word; much text has none.
        if (text.indexOf('.') < 0 && text.indexOf('\u2013') < 0 && text.indexOf('-') < 0 && !text.contains(YEAR_WORD)) return text;
        java.util.regex.Matcher m = TOGETHER.matcher(text);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (sb == null) sb = new StringBuilder(text.length() + 4);
            sb.append(text, last, m.start());
            for (int i = m.start(); i < m.end(); i++) {
                char c = text.charAt(i);
                if (c == ' ') {
                    sb.append(NO_BREAK_SPACE);
                } else {
                    sb.append(c);
                    // Line breaking allows a break after a dash even before a NO-BREAK SPACE (UAX #14
                    // LB12a); a WORD JOINER forbids it: the score range stays one unit.
                    if ((c == '-' || c == '\u2013') && i + 1 < m.end()) sb.append(WORD_JOINER);
                }
            }
            last = m.end();
        }
        return sb == null ? text : sb.append(text, last, text.length()).toString();
    }

    private static void checkQuarter(int q) {
        if (q < 1 || q > 4) throw new IllegalArgumentException("fiscal quarter 1-4: " + q);
    }
}
