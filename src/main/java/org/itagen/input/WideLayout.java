package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.model.EitPart;
import org.itagen.model.Tool;
import org.itagen.thai.ThaiDigits;
import org.itagen.thai.ThaiTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wide layout officers copy from published tables (seed 004): first header "indicator", one
 * column per fiscal year; rows are indicators 1-10 ("1", "1.การปฏิบัติหน้าที่", "(1) การปฏิบัติหน้าที่"),
 * tool totals (a label containing IIT, EIT, OIT; "EIT public"/"EIT survey" for parts), the ITA
 * total ("ITA", "คะแนนเฉลี่ย..."), questions ("i4", "e4 public", "e1 (EIT Public)" as itagen prints
 * them) and optionally the stated band ("band", "ระดับ..."). A value in a column without a year
 * heading is refused: it would otherwise be lost.
 */
final class WideLayout {
    private static final Pattern YEAR = Pattern.compile("(2[5-6][0-9]{2})");
    private static final Pattern CE_YEAR = Pattern.compile("(19|20)[0-9]{2}");
    private static final Pattern INDICATOR_LABEL = Pattern.compile("^\\(?([0-9]{1,3})\\)?(?:[.)\\s].*|)$");
    private static final Pattern ITEM_LABEL = Pattern.compile("^([ieoIEO][0-9]{1,3})(?:\\s+(.*))?$");
    /** How the ITA total's and the band's row labels may begin in Thai. */
    private static final List<String> ITA_ROW = ThaiTerms.list("wide.ita_row");
    private static final List<String> BAND_ROW = ThaiTerms.list("wide.band_row");

    private WideLayout() {
    }

    static boolean matches(List<String> header) {
        return Columns.isWide(header);
    }

    /** Checks the header and returns the handler of the data rows. */
    static Consumer<TableRow> start(List<String> header, String headerWhere, ScoreCollector out) {
        List<Integer> years = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            String h = header.get(c);
            if (h.isEmpty()) {
                years.add(null);
                continue;
            }
            String arabic = ThaiDigits.toArabic(h);
            Matcher m = YEAR.matcher(arabic);
            if (!m.find()) {
                Matcher ce = CE_YEAR.matcher(arabic);
                if (ce.find()) {
                    int y = Integer.parseInt(ce.group());
                    throw ItagenException.input(headerWhere, Msg.of("error.WIDE_CE_YEAR", Texts.echo(h), String.valueOf(y + 543)));
                }
                throw ItagenException.input(headerWhere, Msg.of("error.WIDE_NOT_YEAR", Texts.echo(h)));
            }
            int y = Integer.parseInt(m.group(1));
            if (years.contains(y)) throw ItagenException.input(headerWhere, Msg.of("error.WIDE_YEAR_TWICE", String.valueOf(y)));
            years.add(y);
        }
        if (years.stream().allMatch(java.util.Objects::isNull)) {
            throw ItagenException.input(headerWhere, Msg.of("error.WIDE_NO_YEARS"));
        }
        return row -> {
            if (!out.wants(null)) return;
            out.parse(null, () -> {
                row.check();
                String label = ThaiDigits.toArabic(row.cell(0)).strip();
                Row kind = classify(label, row.where(0));
                for (int c = 1; c < row.cells().size(); c++) {
                    if (row.rawCell(c).isEmpty()) continue;
                    String cell = row.cell(c);
                    String where = row.where(c);
                    if (c > years.size() || years.get(c - 1) == null) {
                        throw ItagenException.input(where, Msg.of("error.WIDE_VALUE_WITHOUT_YEAR", Texts.echo(cell)));
                    }
                    int year = years.get(c - 1);
                    switch (kind) {
                        case Row.Indicator ind -> out.indicator(null, null, year, ind.number(), null,
                                Numbers.score(cell, where), where);
                        case Row.Total tot -> out.total(null, null, year, tot.tool(), tot.part(),
                                Numbers.score(cell, where), where);
                        case Row.Item it -> out.item(null, null, year, Items.toolOf(it.code()), null, it.code(), it.part(),
                                Numbers.score(cell, where), where);
                        case Row.BandRow b -> out.band(null, year, cell, where);
                    }
                }
            });
        };
    }

    private sealed interface Row {
        record Indicator(int number) implements Row {
        }

        record Total(Tool tool, EitPart part) implements Row {
        }

        record Item(String code, EitPart part) implements Row {
        }

        record BandRow() implements Row {
        }
    }

    private static Row classify(String label, String where) {
        if (label.isEmpty()) throw ItagenException.input(where, Msg.of("error.WIDE_EMPTY_LABEL"));
        Matcher ind = INDICATOR_LABEL.matcher(label);
        if (ind.matches()) return new Row.Indicator(Numbers.indicator(ind.group(1), where));
        Matcher item = ITEM_LABEL.matcher(label);
        if (item.matches()) {
            EitPart part = null;
            if (item.group(2) != null) {
                part = LongLayout.part(item.group(2)).orElseThrow(() -> ItagenException.input(where,
                        Msg.of("error.WIDE_UNKNOWN_PART", Texts.echo(label))));
            }
            String code = Items.normalize(item.group(1));
            if (part != null && code.charAt(0) != 'e') {
                throw ItagenException.input(where, Msg.of("error.WIDE_PART_NOT_EIT", Texts.echo(label)));
            }
            return new Row.Item(code, part);
        }
        String up = label.toUpperCase(Locale.ROOT);
        for (Tool tool : List.of(Tool.IIT, Tool.EIT, Tool.OIT)) {
            if (up.contains(tool.name())) {
                EitPart part = null;
                if (tool == Tool.EIT) {
                    if (up.contains("PUBLIC") || label.contains(EitPart.PUBLIC.thaiLabel())) part = EitPart.PUBLIC;
                    else if (up.contains("SURVEY") || label.contains(EitPart.SURVEY.thaiLabel())) part = EitPart.SURVEY;
                }
                return new Row.Total(tool, part);
            }
        }
        if (up.contains("ITA") || ITA_ROW.stream().anyMatch(label::startsWith)) {
            return new Row.Total(Tool.ITA, null);
        }
        if (up.equals("BAND") || BAND_ROW.stream().anyMatch(label::startsWith)) return new Row.BandRow();
        throw ItagenException.input(where, Msg.of("error.WIDE_UNKNOWN_LABEL", Texts.echo(label)));
    }
}
