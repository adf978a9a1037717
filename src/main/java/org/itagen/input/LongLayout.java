package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.model.EitPart;
import org.itagen.model.Tool;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The long layout: one score per row, headers in any order (the issue-2 contract):
 * agency_id, agency_name, fiscal_year, tool, indicator, item, part, score.
 */
final class LongLayout {
    static final List<String> REQUIRED = List.of("fiscal_year", "tool", "score");
    static final List<String> KNOWN = List.of("agency_id", "agency_name", "fiscal_year", "tool", "indicator",
            "item", "part", "score");

    private LongLayout() {
    }

    static boolean matches(List<String> header) {
        return header.stream().map(LongLayout::key).anyMatch(h -> h.equals("score") || h.equals("tool")
                || h.equals("fiscal_year"));
    }

    private static String key(String h) {
        return h.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** Checks the header and returns the handler of the data rows. */
    static java.util.function.Consumer<TableRow> start(List<String> rawHeader, String headerWhere, ScoreCollector out) {
        List<String> header = rawHeader.stream().map(LongLayout::key).toList();
        List<String> missing = new ArrayList<>();
        for (String r : REQUIRED) if (!header.contains(r)) missing.add(r);
        if (!missing.isEmpty()) {
            throw ItagenException.input(headerWhere, "missing column " + String.join(", ", missing)
                    + "; the header must have fiscal_year, tool, score (and indicator, item, part, agency_id as needed); found: "
                    + String.join(", ", rawHeader));
        }
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (!h.isEmpty() && !KNOWN.contains(h)) {
                throw ItagenException.input(headerWhere, "unknown column \"" + rawHeader.get(i)
                        + "\"; columns are " + String.join(", ", KNOWN));
            }
            if (header.indexOf(h) != i && !h.isEmpty()) {
                throw ItagenException.input(headerWhere, "column \"" + h + "\" appears twice; keep one");
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
            String agencyId = cAgency < 0 ? null : emptyToNull(row.cell(cAgency));
            String agencyName = cName < 0 ? null : emptyToNull(row.cell(cName));
            String toolText = row.cell(cTool);
            if (toolText.isEmpty()) {
                throw ItagenException.input(row.where(cTool), "tool is empty; use IIT, EIT, OIT or ITA");
            }
            Tool tool = Tool.parse(toolText).orElseThrow(() -> ItagenException.input(row.where(cTool),
                    "unknown tool \"" + toolText + "\"; use IIT, EIT, OIT or ITA"));
            int year = Numbers.fiscalYear(row.cell(cYear), row.where(cYear));
            Integer indicator = cInd < 0 || row.cell(cInd).isEmpty() ? null : Numbers.indicator(row.cell(cInd), row.where(cInd));
            String itemText = cItem < 0 ? "" : row.cell(cItem);
            String partText = cPart < 0 ? "" : row.cell(cPart);
            EitPart part = null;
            if (!partText.isEmpty()) {
                part = EitPart.parse(partText).orElseThrow(() -> ItagenException.input(row.where(cPart),
                        "unknown part \"" + partText + "\"; use public or survey (EIT only)"));
                if (tool != Tool.EIT) {
                    throw ItagenException.input(row.where(cPart), "part is only for EIT rows, but this row is "
                            + tool + "; leave part empty");
                }
            }
            BigDecimal score = Numbers.score(row.cell(cScore), row.where(cScore));
            if (tool == Tool.ITA) {
                if (indicator != null || !itemText.isEmpty()) {
                    throw ItagenException.input(row.where(cInd), "tool ITA is the overall total: leave indicator and item empty");
                }
                out.total(agencyId, agencyName, year, tool, null, score, row.where());
            } else if (!itemText.isEmpty()) {
                String item = Items.parse(itemText, tool, row.where(cItem));
                out.item(agencyId, agencyName, year, tool, indicator, item, part, score, row.where());
            } else if (indicator != null) {
                if (part != null) {
                    throw ItagenException.input(row.where(cPart), "part applies to EIT questions and EIT totals, "
                            + "not to indicator rows; leave part empty");
                }
                out.indicator(agencyId, agencyName, year, indicator, tool, score, row.where());
            } else {
                out.total(agencyId, agencyName, year, tool, part, score, row.where());
            }
        };
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
