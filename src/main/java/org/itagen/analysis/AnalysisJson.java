package org.itagen.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.itagen.model.EitPart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an {@link Analysis} (issue-2 contract: year keys are strings, bands are the
 * official names, part is null/"public"/"survey"). Built as a tree so key order is fixed and the
 * output is byte-for-byte stable. Extend with new keys; never rename or remove one.
 */
public final class AnalysisJson {
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private AnalysisJson() {
    }

    public static String toJson(Analysis a) {
        try {
            return MAPPER.writeValueAsString(tree(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same document on one line, for JSON lines (one agency a line). */
    public static String toJsonLine(Analysis a) {
        try {
            return LINE.writeValueAsString(tree(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper LINE = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    public static ObjectNode tree(Analysis a) {
        ObjectNode root = F.objectNode();
        root.put("schema_version", org.itagen.Version.SCHEMA);
        root.put("itagen_version", org.itagen.Version.itagen());
        ObjectNode agency = root.putObject("agency");
        agency.put("id", a.agency().id());
        agency.put("name", a.agency().name());
        root.put("source", a.source());
        ArrayNode years = root.putArray("years");
        a.years().forEach(years::add);
        root.put("previous_year", a.previousYear());
        root.put("current_year", a.currentYear());
        ObjectNode fw = root.putObject("framework");
        fw.put("fiscal_year", a.framework().fiscalYear());
        fw.put("rating_scheme", a.framework().rating().kind());
        fw.put("source", a.framework().source());

        ArrayNode inds = root.putArray("indicators");
        for (IndicatorResult r : a.indicators()) {
            ObjectNode o = inds.addObject();
            o.put("number", r.number());
            o.put("name", r.name());
            o.set("names", yearMapText(r.names()));
            o.put("tool", r.tool().name());
            o.set("scores", yearMap(r.scores()));
            o.put("change", r.change());
            o.put("direction", r.direction() == null ? null : r.direction().code());
            o.put("rank", r.rank());
            o.put("highest_in_tool", r.highestInTool());
            o.put("lowest_in_tool", r.lowestInTool());
            o.put("highest_overall", r.highestOverall());
            o.put("lowest_overall", r.lowestOverall());
        }

        ArrayNode tools = root.putArray("tools");
        for (ToolResult t : a.tools()) {
            ObjectNode o = tools.addObject();
            o.put("tool", t.tool().name());
            o.set("computed", yearMap(t.computed()));
            o.set("declared", yearMap(t.declared()));
            o.set("printed", yearMap(t.printed()));
            if (!t.parts().isEmpty()) {
                ObjectNode parts = o.putObject("parts");
                t.parts().forEach((y, m) -> {
                    ObjectNode py = parts.putObject(String.valueOf(y));
                    for (EitPart p : EitPart.values()) if (m.containsKey(p)) py.put(p.code(), m.get(p));
                });
            }
            o.put("change", t.change());
            o.put("direction", t.direction() == null ? null : t.direction().code());
            o.set("indicators", ints(t.indicators()));
            o.set("extremes", extremes(t.extremes()));
        }

        ObjectNode ita = root.putObject("ita");
        ita.set("computed", yearMap(a.ita().computed()));
        ita.set("declared", yearMap(a.ita().declared()));
        ita.set("printed", yearMap(a.ita().printed()));
        ObjectNode band = ita.putObject("band");
        ObjectNode detail = F.objectNode();
        a.ita().band().forEach((y, b) -> {
            band.put(String.valueOf(y), b.name());
            ObjectNode d = detail.putObject(String.valueOf(y));
            d.put("name", b.name());
            d.put("scheme", b.scheme());
            d.put("based_on", b.basedOn());
            d.put("unconfirmed", b.unconfirmed());
            d.put("note", thai(b.note()));
        });
        ita.set("band_detail", detail);
        ita.put("change", a.ita().change());
        ita.put("direction", a.ita().direction() == null ? null : a.ita().direction().code());

        root.set("overall", extremes(a.overall()));

        ArrayNode ranking = root.putArray("ranking");
        for (RankEntry r : a.ranking()) {
            ObjectNode o = ranking.addObject();
            o.put("rank", r.rank());
            o.put("indicator", r.indicator());
            o.put("name", r.name());
            o.put("tool", r.tool().name());
            o.put("score", r.score());
            o.put("tied", r.tied());
        }

        ArrayNode falls = root.putArray("falls");
        for (Fall f : a.falls()) {
            ObjectNode o = falls.addObject();
            o.put("indicator", f.indicator());
            o.put("name", f.name());
            o.put("tool", f.tool().name());
            o.put("previous", f.previous());
            o.put("current", f.current());
            o.put("change", f.change());
            o.put("largest", f.largest());
        }

        root.put("threshold", a.threshold());
        ArrayNode items = root.putArray("items");
        for (ItemResult r : a.items()) {
            ObjectNode o = items.addObject();
            o.put("item", r.item());
            o.put("tool", r.tool().name());
            o.put("indicator", r.indicator());
            o.put("part", r.part() == null ? null : r.part().code());
            o.put("score", r.score());
            o.put("wording", r.wording());
        }
        ArrayNode weak = root.putArray("weak_items");
        for (WeakItem w : a.weakItems()) {
            ObjectNode o = weak.addObject();
            o.put("item", w.item());
            o.put("tool", w.tool().name());
            o.put("indicator", w.indicator());
            o.put("indicator_name", w.indicatorName());
            o.put("part", w.part() == null ? null : w.part().code());
            o.put("score", w.score());
            o.put("fallback", w.fallback());
            o.put("wording", w.wording());
        }
        ArrayNode notes = root.putArray("notes");
        a.notes().forEach(n -> notes.add(n.thai()));
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : a.warnings()) {
            ObjectNode o = warnings.addObject();
            o.put("code", w.code().name());
            o.put("message", w.message());
            o.put("where", w.where());
        }
        return root;
    }

    private static ObjectNode extremes(Extremes e) {
        ObjectNode o = F.objectNode();
        o.set("highest", ints(e.highest()));
        o.put("highest_score", e.highestScore());
        o.set("lowest", ints(e.lowest()));
        o.put("lowest_score", e.lowestScore());
        o.put("all_equal", e.allEqual());
        o.put("note", thai(e.note()));
        return o;
    }

    /** Notes are the documents' sentences, so the JSON carries them as the documents print them: in Thai. */
    private static String thai(Note n) {
        return n == null ? null : n.thai();
    }

    private static ArrayNode ints(List<Integer> ns) {
        ArrayNode arr = F.arrayNode();
        ns.forEach(arr::add);
        return arr;
    }

    private static ObjectNode yearMap(Map<Integer, BigDecimal> m) {
        ObjectNode o = F.objectNode();
        m.forEach((y, v) -> o.put(String.valueOf(y), v));
        return o;
    }

    private static ObjectNode yearMapText(Map<Integer, String> m) {
        ObjectNode o = F.objectNode();
        m.forEach((y, v) -> o.put(String.valueOf(y), v));
        return o;
    }
}
