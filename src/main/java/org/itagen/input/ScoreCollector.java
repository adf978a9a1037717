package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.model.Agency;
import org.itagen.model.AgencyScores;
import org.itagen.model.DeclaredBand;
import org.itagen.model.EitPart;
import org.itagen.model.IndicatorScore;
import org.itagen.model.ItemScore;
import org.itagen.model.ScoreTable;
import org.itagen.model.Tool;
import org.itagen.model.TotalScore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers parsed rows per agency and refuses a second score for the same thing. Only the rows of
 * the agencies being kept are parsed (all of them for batch reads), so one agency out of a
 * national file costs little memory, and a mistake in another agency's row is not this agency's
 * problem. A row's mistake is kept against its own agency ({@link #parse}) and reading goes on;
 * it is thrown when that agency's scores are asked for.
 */
final class ScoreCollector {
    /** Which agencies to keep. */
    enum Keep {
        ALL,
        /** Only {@code keepId}. */
        ONE,
        /** The first agency met. */
        FIRST,
        /** The first agency met and {@code keepId} (the measures file's agency, used if the file holds several). */
        PREFER
    }

    private final String source;
    private final Keep keep;
    private final String keepId;
    private final Map<String, Builder> agencies = new LinkedHashMap<>();
    private final Map<String, String> seen = new HashMap<>();
    private final Set<String> allIds = new LinkedHashSet<>();
    /** The first mistake of each kept agency, in file order. */
    private final Map<String, ItagenException> errors = new LinkedHashMap<>();
    private String firstKey;
    private boolean anyId;
    private boolean anyRow;

    ScoreCollector(String source, Keep keep, String keepId) {
        this.source = source;
        this.keep = keep;
        this.keepId = keepId;
    }

    String source() {
        return source;
    }

    /** Every agency id met, in order ("" for rows without one). */
    List<String> allIds() {
        return List.copyOf(allIds);
    }

    String firstKey() {
        return firstKey;
    }

    boolean anyId() {
        return anyId;
    }

    boolean anyRow() {
        return anyRow;
    }

    private static String key(String agencyId) {
        return agencyId == null ? "" : agencyId;
    }

    /** Notes a row's agency; true when the row is to be parsed and kept. */
    boolean wants(String agencyId) {
        String key = key(agencyId);
        anyRow = true;
        if (agencyId != null) anyId = true;
        allIds.add(key);
        if (firstKey == null) firstKey = key;
        return switch (keep) {
            case ALL -> true;
            case ONE -> key.equals(keepId);
            case FIRST -> key.equals(firstKey);
            case PREFER -> key.equals(firstKey) || key.equals(keepId);
        };
    }

    /**
     * Parses one row of a kept agency. An input mistake is recorded against that agency (its first
     * one; the agency's later rows are then skipped) instead of ending the read.
     */
    void parse(String agencyId, Runnable row) {
        String key = key(agencyId);
        if (errors.containsKey(key)) return;
        try {
            row.run();
        } catch (ItagenException e) {
            if (e.kind() != ItagenException.Kind.INPUT) throw e;
            errors.put(key, e);
        }
    }

    /** The first mistake of any kept agency, or null. */
    ItagenException firstError() {
        return errors.isEmpty() ? null : errors.values().iterator().next();
    }

    private static final class Builder {
        final String id;
        String name;
        final List<IndicatorScore> indicators = new ArrayList<>();
        final List<TotalScore> totals = new ArrayList<>();
        final List<ItemScore> items = new ArrayList<>();
        final List<DeclaredBand> bands = new ArrayList<>();

        Builder(String id) {
            this.id = id;
        }
    }

    private Builder agency(String id, String name) {
        Builder b = agencies.computeIfAbsent(key(id), k -> new Builder(id));
        if (b.name == null && name != null && !name.isEmpty()) b.name = name;
        return b;
    }

    /** Refuses a second row for the same thing; {@code what} names it (built only then: rows are many). */
    private void once(String agencyId, String key, java.util.function.Supplier<String> what, String where) {
        String first = seen.putIfAbsent(key(agencyId) + "|" + key, where);
        if (first != null) throw ItagenException.input(where, Msg.of("error.DUPLICATE_ROW", what.get(), first));
    }

    void indicator(String agencyId, String agencyName, int year, int indicator, Tool tool, BigDecimal score, String where) {
        once(agencyId, year + "|ind|" + indicator,
                () -> Msg.of("label.WHAT_INDICATOR", String.valueOf(indicator), String.valueOf(year)).text(), where);
        agency(agencyId, agencyName).indicators.add(new IndicatorScore(year, indicator, tool, score, where));
    }

    void total(String agencyId, String agencyName, int year, Tool tool, EitPart part, BigDecimal score, String where) {
        once(agencyId, year + "|tot|" + tool + "|" + part,
                () -> Msg.of("label.WHAT_TOTAL", tool + (part == null ? "" : " " + part.code()), String.valueOf(year)).text(), where);
        agency(agencyId, agencyName).totals.add(new TotalScore(year, tool, part, score, where));
    }

    void item(String agencyId, String agencyName, int year, Tool tool, Integer indicator, String item, EitPart part,
              BigDecimal score, String where) {
        once(agencyId, year + "|item|" + item + "|" + part,
                () -> Msg.of("label.WHAT_QUESTION", item + (part == null ? "" : " (" + part.code() + ")"), String.valueOf(year)).text(), where);
        agency(agencyId, agencyName).items.add(new ItemScore(year, tool, indicator, item, part, score, where));
    }

    void band(String agencyId, int year, String name, String where) {
        once(agencyId, year + "|band", () -> Msg.of("label.WHAT_BAND", String.valueOf(year)).text(), where);
        agency(agencyId, null).bands.add(new DeclaredBand(year, name, where));
    }

    /** Every kept agency; throws the first mistake of any of them. */
    ScoreTable build() {
        ItagenException e = firstError();
        if (e != null) throw e;
        List<AgencyScores> list = new ArrayList<>();
        for (Builder b : agencies.values()) list.add(scores(b));
        return new ScoreTable(source, list);
    }

    /** One kept agency ("" for rows without an id); throws that agency's first mistake only. */
    AgencyScores buildOne(String agencyKey) {
        ItagenException e = errors.get(agencyKey);
        if (e != null) throw e;
        Builder b = agencies.get(agencyKey);
        if (b == null) b = new Builder(agencyKey.isEmpty() ? null : agencyKey);
        return scores(b);
    }

    private AgencyScores scores(Builder b) {
        return new AgencyScores(new Agency(b.id, b.name), b.indicators, b.totals, b.items, b.bands, source);
    }
}
