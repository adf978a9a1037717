package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.model.EitPart;
import org.itagen.model.Tool;
import org.itagen.thai.ThaiDigits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The long layout: one score per row, headers in any order (the issue-2 contract):
 * agency_id, agency_name, fiscal_year, tool, indicator, item, part, score, or their Thai names
 * (รหัสหน่วยงาน, ชื่อหน่วยงาน, ปีงบประมาณ, เครื่องมือ, ตัวชี้วัด, ข้อคำถาม, ส่วน, คะแนน; see {@link Columns}).
 */
final class LongLayout {
    static final List<String> REQUIRED = List.of("fiscal_year", "tool", "score");
    static final List<String> KNOWN = List.of("agency_id", "agency_name", "fiscal_year", "tool", "indicator",
            "item", "part", "score");
    /** "e1 (EIT Public)", "e1 public", "e1 ส่วนที่ 1": a question code with its EIT part, as itagen prints them. */
    private static final Pattern ITEM_WITH_PART = Pattern.compile("^([ieoIEO]\\s*[0-9]{1,3})\\s*[(\\[]?\\s*(.+?)\\s*[)\\]]?$");

    private LongLayout() {
    }

    static boolean matches(List<String> header) {
        return Columns.isLong(header);
    }

    /** The agency_id column of a header, or -1. */
    static int agencyColumn(List<String> header) {
        return Columns.keys(header).indexOf("agency_id");
    }

    /**
     * The agency a row belongs to: its id cell without control characters (so that a NUL typed
     * into an id still fails that agency, not a new one), or null when empty. When a row's cell
     * count is off and the id cell may have moved, the row belongs to no one for sure: its problem
     * is then the whole file's.
     */
    static String agencyOf(TableRow row, int column) {
        if (column < 0) return null;
        if (!row.inPlace(column)) row.check();
        String id = Texts.withoutControls(row.cell(column)).strip();
        return id.isEmpty() ? null : id;
    }

    /** Checks the header and returns the handler of the data rows. */
    static Consumer<TableRow> start(List<String> rawHeader, String headerWhere, ScoreCollector out) {
        List<String> header = Columns.keys(rawHeader);
        List<String> missing = new ArrayList<>();
        for (String r : REQUIRED) if (!header.contains(r)) missing.add(r);
        if (!missing.isEmpty()) {
            throw ItagenException.input(headerWhere, Msg.of("error.LONG_MISSING_COLUMNS", String.join(", ", missing),
                    Texts.echo(String.join(", ", rawHeader))));
        }
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (!h.isEmpty() && !KNOWN.contains(h)) {
                throw ItagenException.input(headerWhere, Msg.of("error.LONG_UNKNOWN_COLUMN", Texts.echo(rawHeader.get(i)),
                        String.join(", ", KNOWN)));
            }
            if (header.indexOf(h) != i && !h.isEmpty()) {
                throw ItagenException.input(headerWhere, Msg.of("error.LONG_DUPLICATE_COLUMN", h));
            }
        }
        int cAgency = header.indexOf("agency_id");
        int cName = header.indexOf("agency_name");
        int cYear = header.indexOf("fiscal_year");
        int cTool = header.indexOf("tool");
        int cInd = header.indexOf("indicator");
        int cItem = header.indexOf("item");
        int cPart = header.indexOf("part");
        int cScore = header.indexOf("score");

        return row -> {
            String agencyId = agencyOf(row, cAgency);
            if (!out.wants(agencyId)) return;
            out.parse(agencyId, () -> {
                row.check();
                String agencyName = cName < 0 ? null : emptyToNull(row.cell(cName));
                String toolText = row.cell(cTool);
                if (toolText.isEmpty()) throw ItagenException.input(row.where(cTool), Msg.of("error.TOOL_EMPTY"));
                ToolPart tp = toolPart(toolText).orElseThrow(() -> ItagenException.input(row.where(cTool),
                        Msg.of("error.TOOL_UNKNOWN", Texts.echo(toolText))));
                Tool tool = tp.tool();
                int year = Numbers.fiscalYear(row.cell(cYear), row.where(cYear));
                Integer indicator = cInd < 0 || row.cell(cInd).isEmpty() ? null : Numbers.indicator(row.cell(cInd), row.where(cInd));
                String itemText = cItem < 0 ? "" : row.cell(cItem);
                String partText = cPart < 0 ? "" : row.cell(cPart);
                EitPart part = tp.part();
                if (!partText.isEmpty()) {
                    EitPart p = part(partText).orElseThrow(() -> ItagenException.input(row.where(cPart),
                            Msg.of("error.PART_UNKNOWN", Texts.echo(partText))));
                    if (part != null && p != part) {
                        throw ItagenException.input(row.where(cPart), Msg.of("error.PART_CONFLICT", Texts.echo(toolText), p.code()));
                    }
                    part = p;
                }
                String item = null;
                if (!itemText.isEmpty()) {
                    Matcher m = ITEM_WITH_PART.matcher(ThaiDigits.toArabic(itemText).strip());
                    if (!Items.looksLikeItem(itemText) && m.matches() && part(m.group(2)).isPresent()) {
                        // "e1 (EIT Public)": the label itagen prints, read back.
                        EitPart p = part(m.group(2)).get();
                        if (part != null && p != part) {
                            throw ItagenException.input(row.where(cItem), Msg.of("error.PART_CONFLICT", Texts.echo(itemText), part.code()));
                        }
                        part = p;
                        item = Items.parse(m.group(1), tool, row.where(cItem));
                    } else {
                        item = Items.parse(itemText, tool, row.where(cItem));
                    }
                }
                if (part != null && tool != Tool.EIT) {
                    throw ItagenException.input(row.where(cPart), Msg.of("error.PART_NOT_EIT", tool));
                }
                BigDecimal score = Numbers.score(row.cell(cScore), row.where(cScore));
                if (tool == Tool.ITA) {
                    if (indicator != null || item != null) {
                        throw ItagenException.input(row.where(cInd), Msg.of("error.ITA_WITH_INDICATOR"));
                    }
                    out.total(agencyId, agencyName, year, tool, null, score, row.where());
                } else if (item != null) {
                    out.item(agencyId, agencyName, year, tool, indicator, item, part, score, row.where());
                } else if (indicator != null) {
                    if (part != null) throw ItagenException.input(row.where(cPart), Msg.of("error.PART_ON_INDICATOR"));
                    out.indicator(agencyId, agencyName, year, indicator, tool, score, row.where());
                } else {
                    out.total(agencyId, agencyName, year, tool, part, score, row.where());
                }
            });
        };
    }

    /** A tool cell's tool, and the EIT part when it names one ("EIT Public"). */
    record ToolPart(Tool tool, EitPart part) {
    }

    /** "IIT", "eit", "EIT Public", "EIT (ส่วนที่ 1)", or a tool's Thai name. */
    static Optional<ToolPart> toolPart(String text) {
        String t = ThaiDigits.toArabic(text).strip();
        Optional<Tool> plain = Tool.parse(t);
        if (plain.isPresent()) return Optional.of(new ToolPart(plain.get(), null));
        for (Tool tool : Tool.values()) {
            if (t.equals(tool.thaiName())) return Optional.of(new ToolPart(tool, null));
        }
        String up = t.toUpperCase(Locale.ROOT);
        if (up.startsWith("EIT")) {
            Optional<EitPart> p = part(t.substring(3));
            if (p.isPresent()) return Optional.of(new ToolPart(Tool.EIT, p.get()));
        }
        return Optional.empty();
    }

    /** An EIT part as written in a cell: "public", "EIT Public", "(EIT Survey)", "ส่วนที่ ๑", "2". */
    static Optional<EitPart> part(String text) {
        String s = ThaiDigits.toArabic(text).strip();
        while (s.length() >= 2 && (s.startsWith("(") && s.endsWith(")") || s.startsWith("[") && s.endsWith("]"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        s = s.replaceAll("\\s+", " ");
        Optional<EitPart> p = EitPart.parse(s);
        if (p.isPresent()) return p;
        String compact = s.replace(" ", "").toLowerCase(Locale.ROOT);
        for (EitPart p2 : EitPart.values()) {
            String label = p2.thaiLabel().replace(" ", "");
            if (compact.equals(label) || compact.equals("eit" + label)) return Optional.of(p2);
        }
        return Optional.empty();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
