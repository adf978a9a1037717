package org.itagen;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the input, parsed from the {@code where} of an error, warning or finding: the one
 * place that knows how those strings are written, so that JSON output can give scripts the file,
 * line, sheet and cell as fields.
 *
 * <pre>
 *   scores.csv:12                 file scores.csv, line 12   (CSV, YAML, templates)
 *   scores.xlsx:Sheet1!B7         file, sheet Sheet1, cell B7
 *   scores.xlsx:'My sheet'!B7     a quoted sheet name, as Excel writes it
 *   scores.xlsx:Sheet1            a whole sheet
 *   measures.yaml                 a file
 *   --encoding, measure M3        an option or a key: no file
 * </pre>
 *
 * @param file  the file name as the message shows it, or null
 * @param line  1-based line, or null
 * @param sheet the XLSX sheet, or null
 * @param cell  the cell reference such as B7, or null
 */
public record Location(String file, Integer line, String sheet, String cell) {
    public static final Location NONE = new Location(null, null, null, null);

    private static final Pattern LINE = Pattern.compile("(.+):(\\d{1,9})");
    // Excel forbids ':' in sheet names, so the last ':' before a sheet ends the file name.
    private static final Pattern SHEET_CELL = Pattern.compile("(.+):('(?:[^']|'')+'|[^:'!]+)(?:!\\$?([A-Z]{1,3})\\$?(\\d{1,7}))?");
    private static final Pattern FILE_NAME = Pattern.compile(
            ".*\\.(csv|tsv|txt|xlsx|xlsm|xls|ods|yaml|yml|json|ttf|otf|ttc|docx|pdf)", Pattern.CASE_INSENSITIVE);

    /** Parses a {@code where}; null, blank or a key gives {@link #NONE} or a location without file. */
    public static Location parse(String where) {
        if (where == null || where.isBlank()) return NONE;
        String w = where.strip();
        if (w.startsWith("-")) return NONE; // an option such as --encoding
        // Workbooks first: a sheet may well be named "2568", which is no line number.
        Matcher m = SHEET_CELL.matcher(w);
        if (m.matches() && spreadsheet(m.group(1))) {
            String sheet = m.group(2);
            if (sheet.startsWith("'")) sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
            String cell = m.group(3) == null ? null : m.group(3) + m.group(4);
            return new Location(m.group(1), null, sheet, cell);
        }
        m = LINE.matcher(w);
        if (m.matches() && looksLikeFile(m.group(1))) {
            return new Location(m.group(1), Integer.valueOf(m.group(2)), null, null);
        }
        return looksLikeFile(w) ? new Location(w, null, null, null) : NONE;
    }

    private static boolean spreadsheet(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        return f.endsWith(".xlsx") || f.endsWith(".xlsm") || f.endsWith(".xls") || f.endsWith(".ods");
    }

    /** A path (has a folder separator) or a name with a file extension itagen reads or writes. */
    private static boolean looksLikeFile(String s) {
        return s.indexOf('/') >= 0 || s.indexOf('\\') >= 0 || FILE_NAME.matcher(s).matches();
    }
}
