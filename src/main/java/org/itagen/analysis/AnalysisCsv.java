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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The analysis as one CSV table for spreadsheets: a "section" column says what each row is
 * (indicator, tool, ita, band, weak_item, warning); one score column per analysed year. Like the
 * JSON, a data export whose words are Thai whatever the user's language (the terminal table's words,
 * {@code analysis.text.*}, in Thai); only the warnings follow the user's language. Many agencies
 * ({@link Table}) make one table with the agency's id and name first and a score column for every
 * year any of them analysed.
 */
public final class AnalysisCsv {
    private AnalysisCsv() {
    }

    /** One row: the cells before the scores, the scores by year, and the cells after them. */
    private record Row(List<Object> head, Map<Integer, String> scores, List<Object> tail) {
    }

    public static String toCsv(Analysis a) {
        StringWriter sw = new StringWriter();
        print(sw, List.of(), a.years(), List.of(new Rows(List.of(), rows(a))));
        return sw.toString();
    }

    /** Many agencies' analyses as one CSV: agency_id and agency_name first, then as {@link #toCsv}. */
    public static final class Table {
        private final List<Rows> agencies = new ArrayList<>();
        private final TreeSet<Integer> years = new TreeSet<>();

        /** Adds an agency's rows (only the rows are kept, not the analysis). */
        public void add(Analysis a) {
            agencies.add(new Rows(List.of(a.agency().id() == null ? "" : a.agency().id(),
                    a.agency().name() == null ? "" : a.agency().name()), rows(a)));
            years.addAll(a.years());
        }

        public String toCsv() {
            StringWriter sw = new StringWriter();
            print(sw, List.of("agency_id", "agency_name"), List.copyOf(years), agencies);
            return sw.toString();
        }
    }

    /** An agency's rows with the cells that start each of them (its id and name, or nothing). */
    private record Rows(List<Object> lead, List<Row> rows) {
    }

    private static void print(StringWriter sw, List<String> leadHeader, List<Integer> years, List<Rows> all) {
        List<String> header = new ArrayList<>(leadHeader);
        header.addAll(List.of("section", "tool", "indicator", "item", "part", "name"));
        for (int y : years) header.add("score_" + y);
        header.addAll(List.of("change", "direction", "rank", "mark"));
        // UTF-8 BOM so Excel opens the Thai text correctly.
        sw.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(sw, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            p.printRecord(header);
            for (Rows agency : all) {
                for (Row r : agency.rows()) {
                    List<Object> row = new ArrayList<>(agency.lead());
                    row.addAll(r.head());
                    for (int y : years) row.add(r.scores().getOrDefault(y, ""));
                    row.addAll(r.tail());
                    p.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> rows(Analysis a) {
        List<Row> out = new ArrayList<>();
        for (IndicatorResult r : a.indicators()) {
            Map<Integer, String> s = new HashMap<>();
            for (int y : a.years()) s.put(y, num(r.scores().get(y)));
            String mark = r.highestInTool() ? thai("highest") : r.lowestInTool() ? thai("lowest") : "";
            out.add(new Row(List.of("indicator", r.tool().name(), r.number(), "", "", r.name()), s,
                    List.of(num(r.change()), word(r.direction()), r.rank() == null ? "" : r.rank(), mark)));
        }
        for (ToolResult t : a.tools()) {
            Map<Integer, String> s = new HashMap<>();
            for (int y : a.years()) s.put(y, num(t.total(y)));
            out.add(new Row(List.of("tool", t.tool().name(), "", "", "", thai("tool_total", t.tool().name())), s,
                    List.of(num(t.change()), word(t.direction()), "", "")));
        }
        Map<Integer, String> ita = new HashMap<>();
        for (int y : a.years()) ita.put(y, num(a.ita().total(y)));
        out.add(new Row(List.of("ita", "ITA", "", "", "", thai("ita")), ita,
                List.of(num(a.ita().change()), word(a.ita().direction()), "", "")));
        Map<Integer, String> band = new HashMap<>();
        for (int y : a.years()) {
            Band b = a.ita().band().get(y);
            band.put(y, b == null || b.name() == null ? "" : b.name());
        }
        out.add(new Row(List.of("band", "ITA", "", "", "", thai("band")), band, List.of("", "", "", "")));
        for (WeakItem w : a.weakItems()) {
            out.add(new Row(List.of("weak_item", w.tool().name(), w.indicator(), w.item(),
                    w.part() == null ? "" : w.part().code(), w.wording() == null ? "" : w.wording()),
                    Map.of(w.fiscalYear(), num(w.score())),
                    List.of("", "", "", w.fallback() ? thai("lowest_of_indicator") : "")));
        }
        for (Warning w : a.warnings()) {
            out.add(new Row(List.of("warning", "", "", "", "", w.code().name() + ": " + w.message()), Map.of(),
                    List.of("", "", "", "")));
        }
        return out;
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
