package org.itagen.input;

import org.itagen.ItagenException;
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
import java.util.List;
import java.util.Map;

/**
 * Gathers parsed rows per agency and refuses a second score for the same thing. Every row is
 * parsed and checked, but only the selected agency's scores are kept (all of them for batch
 * reads), so one agency out of a national file costs little memory.
 */
final class ScoreCollector {
    /** Which agencies to keep. */
    enum Keep { ALL, ONE, FIRST }

    private final String source;
    private final Keep keep;
    private final String keepId;
    private final Map<String, Builder> agencies = new LinkedHashMap<>();
    private final Map<String, String> seen = new HashMap<>();
    private final java.util.LinkedHashSet<String> allIds = new java.util.LinkedHashSet<>();
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
    java.util.List<String> allIds() {
        return java.util.List.copyOf(allIds);
    }

    boolean anyId() {
        return anyId;
    }

    boolean anyRow() {
        return anyRow;
    }

    private boolean kept(String agencyId) {
        String key = agencyId == null ? "" : agencyId;
        anyRow = true;
        if (agencyId != null) anyId = true;
        allIds.add(key);
        if (firstKey == null) firstKey = key;
        return switch (keep) {
            case ALL -> true;
            case ONE -> key.equals(keepId);
            case FIRST -> key.equals(firstKey);
        };
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
        Builder b = agencies.computeIfAbsent(id == null ? "" : id, k -> new Builder(id));
        if (b.name == null && name != null && !name.isEmpty()) b.name = name;
        return b;
    }

    private void once(String agencyId, String key, String what, String where) {
        String first = seen.putIfAbsent((agencyId == null ? "" : agencyId) + "|" + key, where);
        if (first != null) {
            throw ItagenException.input(where, "duplicate row: " + what + " already given at " + first
                    + "; keep one of the two");
        }
    }

    void indicator(String agencyId, String agencyName, int year, int indicator, Tool tool, BigDecimal score, String where) {
        if (!kept(agencyId)) return;
        once(agencyId, year + "|ind|" + indicator, "indicator " + indicator + " of " + year, where);
        agency(agencyId, agencyName).indicators.add(new IndicatorScore(year, indicator, tool, score, where));
    }

    void total(String agencyId, String agencyName, int year, Tool tool, EitPart part, BigDecimal score, String where) {
        if (!kept(agencyId)) return;
        String label = tool + (part == null ? "" : " " + part.code()) + " total of " + year;
        once(agencyId, year + "|tot|" + tool + "|" + part, label, where);
        agency(agencyId, agencyName).totals.add(new TotalScore(year, tool, part, score, where));
    }

    void item(String agencyId, String agencyName, int year, Tool tool, Integer indicator, String item, EitPart part,
              BigDecimal score, String where) {
        if (!kept(agencyId)) return;
        String label = "question " + item + (part == null ? "" : " (" + part.code() + ")") + " of " + year;
        once(agencyId, year + "|item|" + item + "|" + part, label, where);
        agency(agencyId, agencyName).items.add(new ItemScore(year, tool, indicator, item, part, score, where));
    }

    void band(String agencyId, int year, String name, String where) {
        if (!kept(agencyId)) return;
        once(agencyId, year + "|band", "band of " + year, where);
        agency(agencyId, null).bands.add(new DeclaredBand(year, name, where));
    }

    ScoreTable build() {
        List<AgencyScores> list = new ArrayList<>();
        for (Builder b : agencies.values()) {
            list.add(new AgencyScores(new Agency(b.id, b.name), b.indicators, b.totals, b.items, b.bands, source));
        }
        return new ScoreTable(source, list);
    }
}
