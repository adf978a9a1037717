package org.itagen.analysis;

import org.itagen.model.Agency;
import org.itagen.model.Framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * The whole analysis of one agency: what every document and output format is built from.
 *
 * @param years          the analysed fiscal years, ascending: one or two
 * @param previousYear   the earlier year, or null with one year
 * @param currentYear    the latest year (the one being reported on)
 * @param framework      the latest year's framework (names, documents, questions)
 * @param indicators     all ten, by number
 * @param tools          IIT, EIT, OIT in that order
 * @param overall        highest and lowest of all indicators in the latest year
 * @param ranking        indicators high to low in the latest year
 * @param falls          indicators that fell, largest fall first (empty with one year)
 * @param items          every question score of the latest year
 * @param weakItems      questions below the threshold, plus the per-indicator fallbacks
 * @param notes          sentences a document may print (one year only, band notes, ties), in order
 * @param warnings       problems in the input the officer should see
 */
public record Analysis(Agency agency, List<Integer> years, Integer previousYear, int currentYear,
                       Framework framework, List<IndicatorResult> indicators, List<ToolResult> tools,
                       ItaResult ita, Extremes overall, List<RankEntry> ranking, List<Fall> falls,
                       List<ItemResult> items, List<WeakItem> weakItems, BigDecimal threshold,
                       List<Note> notes, List<Warning> warnings, String source) {
    public Analysis {
        years = List.copyOf(years);
        indicators = List.copyOf(indicators);
        tools = List.copyOf(tools);
        ranking = List.copyOf(ranking);
        falls = List.copyOf(falls);
        items = List.copyOf(items);
        weakItems = List.copyOf(weakItems);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public boolean twoYears() {
        return previousYear != null;
    }

    public IndicatorResult indicator(int number) {
        return indicators.stream().filter(i -> i.number() == number).findFirst().orElseThrow();
    }

    public ToolResult tool(org.itagen.model.Tool tool) {
        return tools.stream().filter(t -> t.tool() == tool).findFirst().orElseThrow();
    }

    /** The falls with the largest drop (more than one when tied). */
    public List<Fall> largestFalls() {
        return falls.stream().filter(Fall::largest).toList();
    }

    /** The band of the latest year. */
    public Band band() {
        return ita.band().get(currentYear);
    }
}
