package org.itagen.analysis;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.itagen.Messages;
import org.itagen.model.Direction;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis as one CSV table for spreadsheets: a "section" column says what each row is
 * (indicator, tool, ita, band, weak_item, warning); one score column per analysed year. Like the
 * JSON, a data export whose words are Thai whatever the user's language (the terminal table's words,
 * {@code analysis.text.*}, in Thai); only the warnings follow the user's language.
 */
public final class AnalysisCsv {
    private AnalysisCsv() {
    }

    public static String toCsv(Analysis a) {
        List<String> header = new ArrayList<>(List.of("section", "tool", "indicator", "item", "part", "name"));
        for (int y : a.years()) header.add("score_" + y);
        header.addAll(List.of("change", "direction", "rank", "mark"));
        StringWriter sw = new StringWriter();
        // UTF-8 BOM so Excel opens the Thai text correctly.
        sw.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(sw, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            p.printRecord(header);
            for (IndicatorResult r : a.indicators()) {
                List<Object> row = new ArrayList<>(List.of("indicator", r.tool().name(), r.number(), "", "", r.name()));
                for (int y : a.years()) row.add(num(r.scores().get(y)));
                String mark = r.highestInTool() ? thai("highest") : r.lowestInTool() ? thai("lowest") : "";
                row.addAll(List.of(num(r.change()), word(r.direction()),
                        r.rank() == null ? "" : r.rank(), mark));
                p.printRecord(row);
            }
            for (ToolResult t : a.tools()) {
                List<Object> row = new ArrayList<>(List.of("tool", t.tool().name(), "", "", "", thai("tool_total", t.tool().name())));
                for (int y : a.years()) row.add(num(t.total(y)));
                row.addAll(List.of(num(t.change()), word(t.direction()), "", ""));
                p.printRecord(row);
            }
            List<Object> ita = new ArrayList<>(List.of("ita", "ITA", "", "", "", thai("ita")));
            for (int y : a.years()) ita.add(num(a.ita().total(y)));
            ita.addAll(List.of(num(a.ita().change()), word(a.ita().direction()), "", ""));
            p.printRecord(ita);
            List<Object> band = new ArrayList<>(List.of("band", "ITA", "", "", "", thai("band")));
            for (int y : a.years()) {
                Band b = a.ita().band().get(y);
                band.add(b == null || b.name() == null ? "" : b.name());
            }
            band.addAll(List.of("", "", "", ""));
            p.printRecord(band);
            for (WeakItem w : a.weakItems()) {
                List<Object> row = new ArrayList<>(List.of("weak_item", w.tool().name(), w.indicator(), w.item(),
                        w.part() == null ? "" : w.part().code(), w.wording() == null ? "" : w.wording()));
                for (int y : a.years()) row.add(y == w.fiscalYear() ? num(w.score()) : "");
                row.addAll(List.of("", "", "", w.fallback() ? thai("lowest_of_indicator") : ""));
                p.printRecord(row);
            }
            for (Warning w : a.warnings()) {
                List<Object> row = new ArrayList<>(List.of("warning", "", "", "", "", w.code().name() + ": " + w.message()));
                for (int ignored : a.years()) row.add("");
                row.addAll(List.of("", "", "", ""));
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static String thai(String key, Object... args) {
        return Messages.text(Messages.THAI, "analysis.text." + key, args);
    }

    private static String word(Direction d) {
        return d == null ? "" : thai("direction." + d.code());
    }

    private static String num(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
