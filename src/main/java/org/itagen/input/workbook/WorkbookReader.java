package org.itagen.input.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresDraft;
import org.itagen.input.MeasuresParser;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.model.AgencyScores;
import org.itagen.thai.ThaiDigits;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ITA workbook ({@code ITA.xlsx}, written by {@code itagen init}): the agency sheet and the
 * measures sheet become the same YAML tree measures.yaml is (each cell's text one double-quoted
 * value on its own line), read by {@link MeasuresParser} with a locator from line to
 * "มาตรการ!D7", so one parser and one set of rules read both forms and every message names the
 * cell. The scores sheet goes through the XLSX score reader, which names Sheet!Cell itself.
 */
public final class WorkbookReader {
    private WorkbookReader() {
    }

    /** Whether a measures path is a workbook (check reads measures from either). */
    public static boolean isWorkbook(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    /** The measures plan as {@code o25}/{@code o28} need it (first error thrown). */
    public static MeasurePlan plan(Path file) {
        return draft(file).plan();
    }

    /** The scores of the workbook's agency (or {@code options.agency()}) from the "คะแนน" sheet. */
    public static AgencyScores scores(Path file, ReadOptions options, String agencyId) {
        return ScoreReader.read(file, new ReadOptions(options.agencyId(), WorkbookLayout.SCORES, options.encoding()), agencyId);
    }

    /** The measures as far as readable, with every problem (for {@code check}). */
    public static MeasuresDraft draft(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Yaml y = new Yaml();
            agency(wb, y);
            measures(wb, y);
            sections(wb, y);
            List<String> where = y.where;
            return MeasuresParser.parse(y.text.toString(), name,
                    line -> line >= 1 && line <= where.size() ? where.get(line - 1) : name, file.toAbsolutePath().getParent());
        } catch (NoSuchFileException e) {
            throw ItagenException.input(file.toString(), Msg.of("error.WORKBOOK_NOT_FOUND"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ItagenException ie) throw ie;
            throw ItagenException.input(file.toString(), Msg.of("error.WORKBOOK_FILE_UNREADABLE", String.valueOf(e.getMessage())));
        }
    }

    // ---- sheets --------------------------------------------------------------------------------

    private static Sheet sheet(Workbook wb, String name) {
        Sheet s = wb.getSheet(name);
        if (s == null) throw ItagenException.input(name, Msg.of("error.WORKBOOK_NO_SHEET", name, String.join(", ", WorkbookLayout.AGENCY, WorkbookLayout.SCORES, WorkbookLayout.MEASURES)));
        return s;
    }

    /** Agency-sheet keys "group.field" that become a mapping {@code group:} in the YAML. */
    private static final List<String> GROUPS = List.of("agency", "approval", "document_date", "national_rank", "monitoring",
            // the agency's look (issue 13 §4): left out of the YAML when its rows are empty
            "logo", "signature");

    /** Label in column A, value in column B; the labels are the ones init writes. */
    private static void agency(Workbook wb, Yaml y) {
        Sheet s = sheet(wb, WorkbookLayout.AGENCY);
        String sheetWhere = WorkbookLayout.AGENCY + "!A1";
        java.util.Map<String, Yaml> groups = new java.util.LinkedHashMap<>();
        java.util.Set<String> given = new java.util.HashSet<>();
        for (String g : GROUPS) groups.put(g, new Yaml());
        Yaml top = new Yaml();
        Yaml texts = new Yaml();
        for (Row r : s) {
            String label = text(r.getCell(0), s);
            if (label == null || r.getRowNum() == 0) continue;
            Cell vc = r.getCell(1);
            String ref = WorkbookLayout.AGENCY + "!" + new CellReference(r.getRowNum(), 1).formatAsString(false);
            String key = WorkbookLayout.agencyKey(label.strip());
            if (key == null) {
                throw ItagenException.input(WorkbookLayout.AGENCY + "!A" + (r.getRowNum() + 1),
                        Msg.of("error.WORKBOOK_UNKNOWN_LABEL", label.strip(),
                        String.join(", ", WorkbookLayout.AGENCY_LABELS) + ", " + WorkbookLayout.TEXT_PREFIX + "…"));
            }
            String v = WorkbookLayout.isDate(key) ? date(vc, s) : text(vc, s);
            int dot = key.indexOf('.');
            String group = dot < 0 ? null : key.substring(0, dot);
            if (key.startsWith("texts.")) {
                texts.line("  " + key.substring(6) + ": " + quote(v), ref);
            } else if (group != null && groups.containsKey(group)) {
                value(groups.get(group), "  ", key.substring(dot + 1), v, WorkbookLayout.LIST_ROWS.contains(key), ref);
                if (v != null) given.add(group);
            } else {
                value(top, "", key, v, WorkbookLayout.LIST_ROWS.contains(key), ref);
            }
        }
        y.line("agency:", sheetWhere);
        y.append(groups.get("agency"));
        y.append(top);
        // Empty rows of an optional group: no such key, as in a file without it.
        for (String g : GROUPS.subList(1, GROUPS.size())) {
            if (!given.contains(g)) continue;
            y.line(g + ":", sheetWhere);
            y.append(groups.get(g));
        }
        if (!texts.where.isEmpty()) {
            y.line("texts:", sheetWhere);
            y.append(texts);
        }
    }

    /** One key: a quoted value, or for a list row one item per line of the cell. */
    private static void value(Yaml y, String indent, String key, String v, boolean list, String ref) {
        if (!list || v == null) {
            y.line(indent + key + ": " + quote(v), ref);
            return;
        }
        y.line(indent + key + ":", ref);
        for (String item : lines(v)) y.line(indent + "  - " + quote(bullet(item)), ref);
    }

    // ---- optional sheets (issue 10 §3) ---------------------------------------------------------

    /** Rows of an optional sheet that hold anything (header row left out); empty when the sheet is absent. */
    private static List<Row> rows(Workbook wb, String name, int columns) {
        Sheet s = wb.getSheet(name);
        List<Row> out = new ArrayList<>();
        if (s == null) return out;
        for (Row r : s) {
            if (r.getRowNum() == 0) continue;
            boolean any = false;
            for (int c = 0; c < columns && !any; c++) any = text(r.getCell(c), s) != null;
            if (any) out.add(r);
        }
        return out;
    }

    private static String cell(Row r, int col) {
        return text(r.getCell(col), r.getSheet());
    }

    private static String ref(Row r, int col) {
        return r.getSheet().getSheetName() + "!" + new CellReference(r.getRowNum(), col).formatAsString(false);
    }

    /** "1, 6" or "i1 e1": a flow list on one line; nothing when the cell is empty. */
    private static void flow(Yaml y, String key, Row r, int col) {
        String v = cell(r, col);
        if (v == null) return;
        List<String> parts = new ArrayList<>();
        for (String p : v.split("[,;\\s]+")) if (!p.isBlank()) parts.add(quote(p.strip()));
        y.line("    " + key + ": [" + String.join(", ", parts) + "]", ref(r, col));
    }

    private static void sections(Workbook wb, Yaml y) {
        List<Row> recs = rows(wb, WorkbookLayout.RECOMMENDATIONS, WorkbookLayout.RECOMMENDATION_HEADINGS.size());
        if (!recs.isEmpty()) y.line("recommendations:", WorkbookLayout.RECOMMENDATIONS + "!A1");
        for (Row r : recs) {
            y.line("  - text: " + quote(cell(r, WorkbookLayout.REC_TEXT)), ref(r, WorkbookLayout.REC_TEXT));
            String tool = cell(r, WorkbookLayout.REC_TOOL);
            if (tool != null) y.line("    tool: " + quote(tool.strip()), ref(r, WorkbookLayout.REC_TOOL));
            flow(y, "indicators", r, WorkbookLayout.REC_INDICATORS);
            flow(y, "items", r, WorkbookLayout.REC_ITEMS);
        }
        List<Row> issues = rows(wb, WorkbookLayout.ISSUES, WorkbookLayout.ISSUE_HEADINGS.size());
        if (!issues.isEmpty()) y.line("issues:", WorkbookLayout.ISSUES + "!A1");
        for (Row r : issues) {
            y.line("  - title: " + quote(cell(r, WorkbookLayout.ISSUE_TITLE)), ref(r, WorkbookLayout.ISSUE_TITLE));
            String measures = cell(r, WorkbookLayout.ISSUE_MEASURES);
            if (measures == null) y.line("    measures:", ref(r, WorkbookLayout.ISSUE_MEASURES));
            else flow(y, "measures", r, WorkbookLayout.ISSUE_MEASURES);
            flow(y, "items", r, WorkbookLayout.ISSUE_ITEMS);
            String analysis = cell(r, WorkbookLayout.ISSUE_ANALYSIS);
            if (analysis != null) y.line("    analysis: " + quote(analysis), ref(r, WorkbookLayout.ISSUE_ANALYSIS));
            String limitations = cell(r, WorkbookLayout.ISSUE_LIMITATIONS);
            if (limitations != null) value(y, "    ", "limitations", limitations, true, ref(r, WorkbookLayout.ISSUE_LIMITATIONS));
        }
        java.util.Map<String, Yaml> people = new java.util.LinkedHashMap<>();
        people.put("advisers", new Yaml());
        people.put("preparers", new Yaml());
        for (Row r : rows(wb, WorkbookLayout.PEOPLE, WorkbookLayout.PEOPLE_HEADINGS.size())) {
            String g = cell(r, WorkbookLayout.PERSON_GROUP);
            String key = g == null ? null : WorkbookLayout.PEOPLE_GROUPS.get(g.strip());
            if (key == null) {
                throw ItagenException.input(ref(r, WorkbookLayout.PERSON_GROUP), Msg.of("error.WORKBOOK_PEOPLE_GROUP",
                        g == null ? "" : g.strip(), String.join(", ", new java.util.TreeSet<>(WorkbookLayout.PEOPLE_GROUPS.keySet()))));
            }
            people.get(key).line("  - {name: " + quote(cell(r, WorkbookLayout.PERSON_NAME)) + ", position: "
                    + quote(cell(r, WorkbookLayout.PERSON_POSITION)) + "}", ref(r, WorkbookLayout.PERSON_NAME));
        }
        for (var e : people.entrySet()) {
            if (e.getValue().where.isEmpty()) continue;
            y.line(e.getKey() + ":", WorkbookLayout.PEOPLE + "!A1");
            y.append(e.getValue());
        }
        List<Row> wordings = rows(wb, WorkbookLayout.WORDINGS, WorkbookLayout.WORDING_HEADINGS.size());
        if (!wordings.isEmpty()) y.line("questions:", WorkbookLayout.WORDINGS + "!A1");
        for (Row r : wordings) {
            // One line a row, at the code's cell: the parser names it for a code it does not take.
            String code = cell(r, WorkbookLayout.WORDING_CODE);
            y.line("  " + quote(code == null ? "" : code.strip()) + ": " + quote(cell(r, WorkbookLayout.WORDING_TEXT)),
                    ref(r, WorkbookLayout.WORDING_CODE));
        }
    }

    private static void measures(Workbook wb, Yaml y) {
        Sheet s = sheet(wb, WorkbookLayout.MEASURES);
        y.line("measures:", WorkbookLayout.MEASURES + "!A1");
        int count = 0;
        for (Row r : s) {
            if (r.getRowNum() == 0 || blank(r, s)) continue;
            count++;
            int row = r.getRowNum();
            y.line("  - id: " + quote(text(r.getCell(WorkbookLayout.ID), s)), ref(row, WorkbookLayout.ID));
            field(y, "title", text(r.getCell(WorkbookLayout.TITLE), s), row, WorkbookLayout.TITLE);
            list(y, "indicators", text(r.getCell(WorkbookLayout.INDICATORS), s), row, WorkbookLayout.INDICATORS);
            list(y, "items", text(r.getCell(WorkbookLayout.ITEMS), s), row, WorkbookLayout.ITEMS);
            field(y, "analysis", text(r.getCell(WorkbookLayout.ANALYSIS), s), row, WorkbookLayout.ANALYSIS);
            String steps = text(r.getCell(WorkbookLayout.STEPS), s);
            if (steps == null) {
                y.line("    steps:", ref(row, WorkbookLayout.STEPS));
            } else {
                y.line("    steps:", ref(row, WorkbookLayout.STEPS));
                for (String step : lines(steps)) y.line("      - " + quote(bullet(step)), ref(row, WorkbookLayout.STEPS));
            }
            period(y, r, s, row);
            field(y, "owner", text(r.getCell(WorkbookLayout.OWNER), s), row, WorkbookLayout.OWNER);
            field(y, "result", text(r.getCell(WorkbookLayout.RESULT), s), row, WorkbookLayout.RESULT);
            field(y, "outcome", text(r.getCell(WorkbookLayout.OUTCOME), s), row, WorkbookLayout.OUTCOME);
            String status = text(r.getCell(WorkbookLayout.STATUS), s);
            if (status != null) field(y, "status", WorkbookLayout.statusCode(status.strip()), row, WorkbookLayout.STATUS);
            String evidence = text(r.getCell(WorkbookLayout.EVIDENCE), s);
            if (evidence != null) {
                y.line("    evidence:", ref(row, WorkbookLayout.EVIDENCE));
                for (String e : lines(evidence)) {
                    int bar = e.lastIndexOf('|');
                    if (bar < 0) {
                        y.line("      - " + quote(e.strip()), ref(row, WorkbookLayout.EVIDENCE));
                    } else {
                        y.line("      - {title: " + quote(e.substring(0, bar).strip()) + ", url: "
                                + quote(e.substring(bar + 1).strip()) + "}", ref(row, WorkbookLayout.EVIDENCE));
                    }
                }
            }
        }
        if (count == 0) y.text.setLength(y.text.length() - 1); // "measures:" alone: the parser says there are none
        if (count == 0) y.text.append(" []\n");
    }

    private static void period(Yaml y, Row r, Sheet s, int row) {
        String quarters = text(r.getCell(WorkbookLayout.QUARTERS), s);
        String start = date(r.getCell(WorkbookLayout.START), s);
        String end = date(r.getCell(WorkbookLayout.END), s);
        if (quarters != null && start == null && end == null) {
            String q = ThaiDigits.toArabic(quarters).strip();
            if (q.matches("[1-4](\\s*[-–]\\s*[1-4])?")) q = "Q" + q;
            y.line("    period: " + quote(q), ref(row, WorkbookLayout.QUARTERS));
        } else if (start == null && end == null) {
            y.line("    period:", ref(row, WorkbookLayout.START));
        } else {
            y.line("    period:", ref(row, WorkbookLayout.START));
            y.line("      start: " + quote(start), ref(row, WorkbookLayout.START));
            y.line("      end: " + quote(end), ref(row, WorkbookLayout.END));
        }
    }

    private static void field(Yaml y, String key, String v, int row, int col) {
        y.line("    " + key + ": " + quote(v), ref(row, col));
    }

    /** "1, 6" or "i1 e1" or one per line: a flow list on one line, all at the cell. */
    private static void list(Yaml y, String key, String v, int row, int col) {
        if (v == null) return;
        List<String> parts = new ArrayList<>();
        for (String p : v.split("[,;\\s]+")) if (!p.isBlank()) parts.add(quote(p.strip()));
        y.line("    " + key + ": [" + String.join(", ", parts) + "]", ref(row, col));
    }

    private static String ref(int row, int col) {
        return WorkbookLayout.MEASURES + "!" + new CellReference(row, col).formatAsString(false);
    }

    private static boolean blank(Row r, Sheet s) {
        for (int c = 0; c <= WorkbookLayout.EVIDENCE; c++) if (text(r.getCell(c), s) != null) return false;
        return true;
    }

    private static List<String> lines(String v) {
        List<String> out = new ArrayList<>();
        for (String l : v.split("\\r?\\n|\\r")) if (!l.isBlank()) out.add(l.strip());
        return out;
    }

    /** A step pasted from Word keeps its bullet or number; the document numbers steps itself. */
    private static String bullet(String step) {
        return step.replaceFirst("^(?:[•●▪◦·\\-*]|\\d{1,2}[.)])\\s*", "");
    }

    // ---- cells ---------------------------------------------------------------------------------

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

    /** A cell's text: numbers without ".0", formulas by their cached value; null when empty. */
    static String text(Cell c, Sheet s) {
        if (c == null) return null;
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            if (c instanceof XSSFCell x && x.getRawValue() == null) {
                throw ItagenException.input(s.getSheetName() + "!" + new CellReference(c).formatAsString(false),
                        Msg.of("error.WORKBOOK_FORMULA_NO_VALUE", c.getCellFormula()));
            }
            type = c.getCachedFormulaResultType();
        }
        String v = switch (type) {
            case STRING -> c.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(String.valueOf(c.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            case ERROR -> throw ItagenException.input(s.getSheetName() + "!" + new CellReference(c).formatAsString(false),
                    Msg.of("error.WORKBOOK_CELL_ERROR", FORMAT.formatCellValue(c)));
            default -> null;
        };
        return v == null || v.isBlank() ? null : v;
    }

    /** A date cell as ISO: an Excel date, or text as 14/11/2568, 14/11/2025, 2568-11-14 (Thai digits too). */
    static String date(Cell c, Sheet s) {
        String v = text(c, s);
        if (v == null) return null;
        String a = ThaiDigits.toArabic(v).strip();
        Matcher m = DMY.matcher(a);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), month, day);
        }
        if (a.matches("\\d{5}(\\.0+)?")) { // a date serial typed into a text-formatted... or a general cell
            LocalDate d = DateUtil.getLocalDateTime(Double.parseDouble(a)).toLocalDate();
            return d.toString();
        }
        return a;
    }

    /** A double-quoted YAML scalar (JSON escapes are valid YAML), or nothing for an empty cell. */
    static String quote(String v) {
        if (v == null) return "";
        StringBuilder b = new StringBuilder("\"");
        for (char ch : v.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
                    else b.append(ch);
                }
            }
        }
        return b.append('"').toString();
    }

    /** YAML text with, for each line, the cell it came from. */
    private static final class Yaml {
        final StringBuilder text = new StringBuilder();
        final List<String> where = new ArrayList<>();

        void line(String l, String cell) {
            text.append(l).append('\n');
            where.add(cell);
        }

        void append(Yaml other) {
            text.append(other.text);
            where.addAll(other.where);
        }
    }
}
