package org.itagen.report;

import org.itagen.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names a template's Pebble text can use, declared once: {@code itagen templates vars} lists
 * them, and tests hold {@link ReportData} (which provides the values) and the bundled templates
 * (which use them) to this list. Each name's description is {@code template.var.<name>} in the
 * message bundles, and a field of a shape's is {@code template.var.<shape>.<field>}.
 *
 * <p>Types: {@code text}, {@code number}, {@code score} (text with two decimals such as "92.07"),
 * {@code yes/no}, {@code object} (its members are declared as {@code name.member}), a shape (a
 * map that appears in several places, such as an indicator), or {@code list of} one of these. Any
 * value may be null when the input does not have it; templates test with {@code is not null}.
 */
public final class TemplateVariables {
    public static final String TEXT = "text";
    public static final String NUMBER = "number";
    public static final String SCORE = "score";
    public static final String YES_NO = "yes/no";
    public static final String OBJECT = "object";
    private static final String LIST_OF = "list of ";

    /** Where a name can be used. */
    public enum Scope {
        /** Every text of the template. */
        DOCUMENT,
        /** Inside a {@code group} with {@code each:} (the element itself is named by {@code as:}). */
        GROUP,
        /** The {@code measure_analysis} sentence. */
        MEASURE_ANALYSIS,
        /** The {@code evidence} sentence. */
        EVIDENCE
    }

    /**
     * A name and the kind of value it holds.
     *
     * @param name a dotted name ({@code agency.name}) or, in a shape, the field's name
     * @param key  its description's message key
     */
    public record Variable(String name, String type, Scope scope, String key) {
        public String description(Locale locale) {
            return Messages.text(locale, key);
        }

        /** The shape of the value, or of each element of a list; empty for text, numbers and objects. */
        public Optional<Shape> shape() {
            return TemplateVariables.shape(elementType(type));
        }
    }

    /** A map that appears in several places: an indicator in {@code indicators}, {@code ranking}, {@code overall.highest} ... */
    public record Shape(String name, List<Variable> fields) {
        public Shape {
            fields = List.copyOf(fields);
        }

        public Optional<Variable> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    private static final Map<String, Shape> SHAPES = new LinkedHashMap<>();

    static {
        declare("indicator",
                field("number", NUMBER), field("name", TEXT), field("tool", TEXT), field("score", SCORE),
                field("previous", SCORE), field("change", SCORE), field("direction", TEXT), field("direction_word", TEXT),
                field("rank", NUMBER), field("highest_in_tool", YES_NO), field("lowest_in_tool", YES_NO),
                field("highest_overall", YES_NO), field("lowest_overall", YES_NO));
        declare("ita",
                field("year", NUMBER), field("total", SCORE), field("previous", SCORE), field("change", SCORE),
                field("direction", TEXT), field("direction_word", TEXT), field("band", TEXT), field("band_note", TEXT),
                field("band_unconfirmed", TEXT), field("previous_band", TEXT), field("target", TEXT),
                field("meets_target", YES_NO));
        declare("extremes",
                field("highest", LIST_OF + "indicator"), field("lowest", LIST_OF + "indicator"),
                field("highest_score", SCORE), field("lowest_score", SCORE), field("all_equal", YES_NO), field("note", TEXT));
        List<Variable> tool = new ArrayList<>(List.of(
                field("code", TEXT), field("name", TEXT), field("total", SCORE), field("previous", SCORE),
                field("change", SCORE), field("direction", TEXT), field("direction_word", TEXT),
                field("part_public", SCORE), field("part_survey", SCORE)));
        tool.addAll(SHAPES.get("extremes").fields()); // a tool carries its own highest and lowest
        declare("tool", tool.toArray(Variable[]::new));
        declare("fall",
                field("number", NUMBER), field("name", TEXT), field("tool", TEXT), field("previous", SCORE),
                field("score", SCORE), field("change", SCORE), field("largest", YES_NO));
        declare("weak_item",
                field("code", TEXT), field("indicator", NUMBER), field("indicator_name", TEXT), field("tool", TEXT),
                field("part", TEXT), field("part_label", TEXT), field("score", SCORE), field("fallback", YES_NO),
                field("wording", TEXT));
        declare("weak_question",
                field("code", TEXT), field("indicator", NUMBER), field("indicator_name", TEXT), field("wording", TEXT),
                field("fallback", YES_NO), field("scores", LIST_OF + TEXT), field("score_text", TEXT),
                field("measures", LIST_OF + NUMBER), field("score", SCORE), field("score_public", SCORE),
                field("score_survey", SCORE));
        declare("measure_item",
                field("code", TEXT), field("wording", TEXT), field("indicator", NUMBER), field("lowest", SCORE),
                field("lowest_part", TEXT), field("score_text", TEXT));
        declare("link", field("title", TEXT), field("url", TEXT));
        declare("mismatch", field("what", TEXT), field("year", NUMBER), field("declared", SCORE), field("computed", SCORE));
        declare("measure",
                field("no", NUMBER), field("id", TEXT), field("title", TEXT), field("indicators", LIST_OF + "indicator"),
                field("items", LIST_OF + "measure_item"), field("steps", LIST_OF + TEXT), field("period", TEXT),
                field("owner", TEXT), field("result", TEXT), field("status", TEXT), field("status_label", TEXT),
                field("evidence", LIST_OF + "link"), field("analysis_by_officer", YES_NO), field("analysis", TEXT),
                field("reference", TEXT),
                field("evidence_sentences", LIST_OF + TEXT), field("outcome", TEXT), field("outcome_text", TEXT));
        // The optional sections (issue 10 §3).
        declare("recommendation",
                field("tool", TEXT), field("indicators", LIST_OF + "indicator"), field("items", LIST_OF + TEXT),
                field("text", TEXT));
        declare("issue",
                field("no", NUMBER), field("title", TEXT), field("analysis", TEXT), field("items", LIST_OF + TEXT),
                field("limitations", LIST_OF + TEXT), field("measures", LIST_OF + "measure"));
        declare("person", field("name", TEXT), field("position", TEXT));
        declare("evidence",
                field("kind", TEXT), field("number", NUMBER), field("name", TEXT), field("code", TEXT),
                field("wording", TEXT), field("part_label", TEXT), field("before", SCORE), field("after", SCORE),
                field("change", SCORE), field("direction", TEXT), field("before_year", NUMBER), field("after_year", NUMBER),
                field("instead_of", TEXT));
    }

    private static final List<Variable> VARIABLES = List.of(
            doc("kind", TEXT),
            doc("doc", OBJECT), doc("doc.code", TEXT), doc("doc.title", TEXT), doc("doc.components", LIST_OF + TEXT),
            doc("agency", OBJECT), doc("agency.id", TEXT), doc("agency.name", TEXT), doc("agency.short_name", TEXT),
            doc("agency.label", TEXT), doc("agency.prepared_by", TEXT),
            doc("plan_year", NUMBER), doc("assessment_year", NUMBER), doc("previous_year", NUMBER),
            doc("two_years", YES_NO), doc("after_year", NUMBER), doc("has_after", YES_NO),
            doc("fiscal_year_start", TEXT), doc("fiscal_year_end", TEXT), doc("threshold", TEXT),
            doc("approval", OBJECT), doc("approval.body", TEXT), doc("approval.meeting", TEXT),
            doc("approval.date", TEXT), doc("approval.date_short", TEXT),
            doc("indicators", LIST_OF + "indicator"), doc("ita", "ita"), doc("mismatches", LIST_OF + "mismatch"),
            doc("tools", OBJECT), doc("tools.iit", "tool"), doc("tools.eit", "tool"), doc("tools.oit", "tool"),
            doc("overall", "extremes"), doc("ranking", LIST_OF + "indicator"), doc("falls", LIST_OF + "fall"),
            doc("largest_falls", LIST_OF + "fall"), doc("rises", LIST_OF + "indicator"),
            doc("weak_items", LIST_OF + "weak_item"), doc("weak_questions", LIST_OF + "weak_question"),
            doc("notes", LIST_OF + TEXT),
            doc("after", OBJECT), doc("after.ita", "ita"), doc("after.indicators", LIST_OF + "indicator"),
            doc("measures", LIST_OF + "measure"), doc("measure_count", NUMBER), doc("measures_with_evidence", NUMBER),
            doc("measures_done", NUMBER), doc("sentences", OBJECT),
            doc("document_date", TEXT),
            doc("national_rank", OBJECT), doc("national_rank.rank", TEXT), doc("national_rank.group_size", TEXT),
            doc("national_rank.group", TEXT), doc("national_rank.participants", TEXT),
            doc("recommendations", LIST_OF + "recommendation"),
            doc("monitoring", OBJECT), doc("monitoring.report_by", TEXT), doc("monitoring.report_to", TEXT),
            doc("monitoring.steps", LIST_OF + TEXT),
            doc("issues", LIST_OF + "issue"), doc("measures_outside_issues", LIST_OF + "measure"),
            doc("limitations", LIST_OF + TEXT), doc("advisers", LIST_OF + "person"), doc("preparers", LIST_OF + "person"),
            new Variable("loop_index", NUMBER, Scope.GROUP, "template.var.loop_index"),
            new Variable("loop_number", NUMBER, Scope.GROUP, "template.var.loop_number"),
            new Variable("loop_last", YES_NO, Scope.GROUP, "template.var.loop_last"),
            new Variable("m", "measure", Scope.MEASURE_ANALYSIS, "template.var.m"),
            new Variable("e", "evidence", Scope.EVIDENCE, "template.var.e"));

    private TemplateVariables() {
    }

    /** Every name, in the order they are listed. */
    public static List<Variable> all() {
        return VARIABLES;
    }

    /** The shapes, in the order they are listed. */
    public static List<Shape> shapes() {
        return List.copyOf(SHAPES.values());
    }

    /** A name by its dotted name ("agency.name"). */
    public static Optional<Variable> variable(String name) {
        return VARIABLES.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The shape a type names ("indicator"), also through "list of"; empty for text, numbers and objects. */
    public static Optional<Shape> shape(String type) {
        return Optional.ofNullable(SHAPES.get(elementType(type)));
    }

    /** "indicator" for "list of indicator"; the type itself otherwise. */
    public static String elementType(String type) {
        return type.startsWith(LIST_OF) ? type.substring(LIST_OF.length()) : type;
    }

    public static boolean isList(String type) {
        return type.startsWith(LIST_OF);
    }

    private static Variable doc(String name, String type) {
        return new Variable(name, type, Scope.DOCUMENT, "template.var." + name);
    }

    /** A field, its key filled in by {@link #declare}. */
    private static Variable field(String name, String type) {
        return new Variable(name, type, Scope.DOCUMENT, null);
    }

    private static void declare(String name, Variable... fields) {
        List<Variable> keyed = new ArrayList<>();
        for (Variable f : fields) {
            keyed.add(f.key() != null ? f : new Variable(f.name(), f.type(), f.scope(), "template.var." + name + "." + f.name()));
        }
        SHAPES.put(name, new Shape(name, keyed));
    }
}
