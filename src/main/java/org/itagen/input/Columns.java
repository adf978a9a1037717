package org.itagen.input;

import org.itagen.thai.ThaiDigits;
import org.itagen.thai.ThaiTerms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Column headings as officers write them: the long layout's English keys (any case, spaces for
 * underscores), their Thai names as ITAS tables print them, and a few short forms. Also decides
 * which row of a file is its header, so that title rows above it (an ITAS export, a pasted
 * table) are passed over.
 */
final class Columns {
    /** Rows looked at for the header before giving up: titles above a table are a few lines. */
    static final int HEADER_SEARCH_ROWS = 30;

    /** A Buddhist Era year, or a CE one (which the wide layout then refuses with a hint). */
    private static final Pattern YEAR = Pattern.compile("(2[5-6][0-9]{2})|((19|20)[0-9]{2})");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]\\s*$");

    /** Heading (normalised) to long-layout key: English names here, Thai ones from the Thai terms heading.*. */
    private static final Map<String, String> ALIASES = aliases(
            Map.entry("agency_id", "agency_id"), Map.entry("agency", "agency_id"), Map.entry("agency_code", "agency_id"),
            Map.entry("agency_name", "agency_name"),
            Map.entry("fiscal_year", "fiscal_year"), Map.entry("year", "fiscal_year"), Map.entry("fy", "fiscal_year"),
            Map.entry("tool", "tool"),
            Map.entry("indicator", "indicator"),
            Map.entry("item", "item"), Map.entry("question", "item"),
            Map.entry("part", "part"),
            Map.entry("score", "score"));
    /** How a wide layout's first heading may begin besides "indicator". */
    private static final List<String> WIDE_FIRST = ThaiTerms.list("wide.first_heading");

    private static final List<String> REQUIRED = List.of("fiscal_year", "tool", "score");

    private Columns() {
    }

    @SafeVarargs
    private static Map<String, String> aliases(Map.Entry<String, String>... english) {
        Map<String, String> all = new java.util.HashMap<>(Map.ofEntries(english));
        for (String key : java.util.Set.copyOf(all.values())) {
            for (String thai : ThaiTerms.list("heading." + key)) all.put(thai, key);
        }
        return Map.copyOf(all);
    }

    /** A heading as compared: lower case, spaces as "_", a trailing note in brackets dropped. */
    static String normalize(String heading) {
        String h = ThaiDigits.toArabic(heading).strip().toLowerCase(Locale.ROOT);
        h = TRAILING_NOTE.matcher(h).replaceAll("");
        return h.strip().replaceAll("[\\s\\-]+", "_");
    }

    /** The long-layout key of a heading ("ปีงบประมาณ" -> "fiscal_year"), or the normalised heading when unknown. */
    static String key(String heading) {
        String h = normalize(heading);
        return ALIASES.getOrDefault(h, h);
    }

    static List<String> keys(List<String> header) {
        return header.stream().map(Columns::key).toList();
    }

    /**
     * A long-layout header: at least two known headings, one of them fiscal_year, tool or score.
     * (One known word alone is more likely a title such as "คะแนน".)
     */
    static boolean isLong(List<String> header) {
        List<String> keys = keys(header);
        long known = keys.stream().filter(ALIASES::containsValue).distinct().count();
        return known >= 2 && keys.stream().anyMatch(REQUIRED::contains);
    }

    /** A wide-layout header: "indicator" (or ตัวชี้วัด...) first, then at least one fiscal year. */
    static boolean isWide(List<String> header) {
        if (header.size() < 2) return false;
        String first = header.getFirst().strip().toLowerCase(Locale.ROOT);
        if (!(first.equals("indicator") || WIDE_FIRST.stream().anyMatch(first::startsWith))) return false;
        for (int c = 1; c < header.size(); c++) {
            if (YEAR.matcher(ThaiDigits.toArabic(header.get(c))).find()) return true;
        }
        return false;
    }

    static boolean isHeader(List<String> cells) {
        return isLong(cells) || isWide(cells);
    }
}
