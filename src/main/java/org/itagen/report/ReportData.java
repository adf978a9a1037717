package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.analysis.Analysis;
import org.itagen.analysis.Band;
import org.itagen.analysis.Extremes;
import org.itagen.analysis.Fall;
import org.itagen.analysis.IndicatorResult;
import org.itagen.analysis.ItemResult;
import org.itagen.analysis.Note;
import org.itagen.analysis.ToolResult;
import org.itagen.analysis.WeakItem;
import org.itagen.input.Measure;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasureRules;
import org.itagen.input.Problem;
import org.itagen.input.yaml.YamlDoc;
import org.itagen.model.Direction;
import org.itagen.model.EitPart;
import org.itagen.model.OitDocumentDef;
import org.itagen.model.Tool;
import org.itagen.thai.ThaiDates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The data a template sees: the analysis, the measures and the sentences, as plain maps, lists
 * and strings with snake_case names an officer can read. Scores are strings with two decimals
 * and Arabic digits; writers turn digits Thai when the page asks for it.
 *
 * <p>Sentences come from the template ({@code sentences:}); a sentence the officer wrote under
 * {@code texts:} in measures.yaml replaces the template's. Two sentences are per item rather than
 * per document: {@code measure_analysis} (drafts a measure's analysis when the officer wrote none,
 * sees {@code m}) and {@code evidence} (one score change of a measure's indicator or question, sees
 * {@code e}).
 */
final class ReportData {
    static final String MEASURE_ANALYSIS = "measure_analysis";
    static final String EVIDENCE = "evidence";
    /** Printed once above a measure's evidence sentences. */
    static final String EVIDENCE_INTRO = "evidence_intro";

    final DocKind kind;
    final ReportInput input;
    final Template template;
    final TextEngine engine;
    final Map<String, String> labels;
    final Map<String, Object> context = new LinkedHashMap<>();
    final List<MeasureView> measures = new ArrayList<>();

    /** A measure with what the report says about it. */
    record MeasureView(int no, Measure measure, Map<String, Object> map, String analysis, List<String> evidence,
                       String outcome) {
    }

    ReportData(DocKind kind, ReportInput input, Template template, TextEngine engine) {
        this.kind = kind;
        this.input = input;
        this.template = template;
        this.engine = engine;
        this.labels = template.labels();
        build();
    }

    Analysis analysis() {
        return input.analysis();
    }

    MeasurePlan plan() {
        return input.plan();
    }

    private void build() {
        Analysis a = input.analysis();
        MeasurePlan p = input.plan();

        context.put("kind", kind.code());
        context.put("doc", doc());
        context.put("agency", agency());
        context.put("plan_year", p.planYear());
        context.put("assessment_year", p.assessmentYear());
        context.put("previous_year", a.previousYear());
        context.put("two_years", a.twoYears());
        Analysis after = input.after();
        context.put("after_year", after == null ? null : after.currentYear());
        context.put("has_after", after != null);
        context.put("fiscal_year_start", ThaiDates.fullDate(ThaiDates.fiscalYearStart(p.planYear())));
        context.put("fiscal_year_end", ThaiDates.fullDate(ThaiDates.fiscalYearEnd(p.planYear())));
        context.put("threshold", plain(a.threshold()));
        context.put("approval", approval(p.approval()));

        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndicatorResult r : a.indicators()) indicators.add(indicator(r, a));
        context.put("indicators", indicators);
        context.put("ita", ita(a));
        context.put("mismatches", mismatches(a));
        Map<String, Object> tools = new LinkedHashMap<>();
        for (ToolResult t : a.tools()) tools.put(t.tool().name().toLowerCase(Locale.ROOT), tool(t, a));
        context.put("tools", tools);
        context.put("overall", extremes(a.overall(), a));
        context.put("ranking", a.ranking().stream().map(r -> indicator(a.indicator(r.indicator()), a)).toList());
        List<Map<String, Object>> falls = a.falls().stream().map(f -> fall(f)).toList();
        context.put("falls", falls);
        context.put("largest_falls", a.largestFalls().stream().map(this::fall).toList());
        context.put("rises", a.indicators().stream().filter(r -> r.direction() == Direction.UP).map(r -> indicator(r, a)).toList());
        context.put("weak_items", a.weakItems().stream().map(this::weakItem).toList());
        context.put("weak_questions", weakQuestions(a));
        // The documents are Thai whatever language the user reads messages in.
        context.put("notes", a.notes().stream().map(Note::thai).toList());
        context.put("after", after == null ? null : Map.of(
                "ita", ita(after),
                "indicators", after.indicators().stream().map(r -> indicator(r, after)).toList()));

        // Measures first (their own sentences see the document data), then document sentences.
        List<Map<String, Object>> ms = new ArrayList<>();
        int no = 0;
        for (Measure m : p.measures()) {
            MeasureView v = measure(++no, m);
            measures.add(v);
            ms.add(v.map());
        }
        context.put("measures", ms);
        context.put("measure_count", ms.size());
        context.put("measures_with_evidence", p.measures().stream().filter(m -> !m.evidence().isEmpty()).count());
        context.put("measures_done", p.measures().stream().filter(m -> m.status() == Measure.Status.DONE).count());
        sections(p.sections());

        Map<String, String> sentences = new LinkedHashMap<>();
        context.put("sentences", sentences);
        // measures.yaml serves both documents, so a text may name a sentence of the other template.
        java.util.Set<String> known = new java.util.TreeSet<>(template.sentences().keySet());
        for (String k : TemplateLoader.KINDS) known.addAll(TemplateLoader.bundled(k).sentences().keySet());
        known.remove(MEASURE_ANALYSIS);
        known.remove(EVIDENCE);
        known.remove(EVIDENCE_INTRO);
        for (var e : p.texts().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ItagenException.input(p.where("texts." + e.getKey()), org.itagen.Msg.of("error.MEASURES_UNKNOWN_TEXT", e.getKey(),
                        YamlDoc.didYouMean(e.getKey(), known), String.join(", ", known)));
            }
        }
        for (var e : template.sentences().entrySet()) {
            String name = e.getKey();
            if (name.equals(MEASURE_ANALYSIS) || name.equals(EVIDENCE) || name.equals(EVIDENCE_INTRO)) continue;
            String own = p.texts().get(name);
            sentences.put(name, own != null ? own : clean(render(e.getValue(), context)));
        }
    }

    /**
     * The optional sections (issue 10 §3). Each is null or an empty list when the measures file
     * does not give it, so the template block testing it vanishes.
     */
    private void sections(org.itagen.input.Sections s) {
        var date = s.documentDate(kind.code());
        context.put("document_date", date == null ? null : ThaiDates.fullDate(date));
        var r = s.nationalRank();
        Map<String, Object> rank = null;
        if (r != null) {
            rank = new LinkedHashMap<>();
            // 2,469 as NACC prints counts; the writers turn digits Thai.
            rank.put("rank", grouped(r.rank()));
            rank.put("group_size", grouped(r.groupSize()));
            rank.put("group", r.group());
            rank.put("participants", r.participants() == null ? null : grouped(r.participants()));
        }
        context.put("national_rank", rank);
        Analysis a = analysis();
        List<Map<String, Object>> recs = new ArrayList<>();
        for (var rec : s.recommendations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tool", rec.tool());
            m.put("indicators", rec.indicators().stream().map(n -> indicator(a.indicator(n), a)).toList());
            m.put("items", rec.items());
            m.put("text", rec.text());
            recs.add(m);
        }
        context.put("recommendations", recs);
        var mo = s.monitoring();
        Map<String, Object> monitoring = null;
        if (mo != null) {
            monitoring = new LinkedHashMap<>();
            monitoring.put("report_by", mo.reportBy() == null ? null : ThaiDates.fullDate(mo.reportBy()));
            monitoring.put("report_to", mo.reportTo());
            monitoring.put("steps", mo.steps());
        }
        context.put("monitoring", monitoring);
        // Issues hold the very measure maps the group tables look up, so "table: measure" works inside them.
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (MeasureView v : measures) byId.put(v.measure().id(), v.map());
        List<Map<String, Object>> issues = new ArrayList<>();
        java.util.Set<String> grouped = new java.util.HashSet<>();
        int no = 0;
        for (var i : s.issues()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("no", ++no);
            m.put("title", i.title());
            m.put("analysis", i.analysis());
            m.put("items", i.items());
            m.put("limitations", i.limitations());
            m.put("measures", i.measures().stream().map(byId::get).filter(Objects::nonNull).toList());
            grouped.addAll(i.measures());
            issues.add(m);
        }
        context.put("issues", issues);
        context.put("measures_outside_issues", issues.isEmpty() ? List.of()
                : byId.entrySet().stream().filter(e -> !grouped.contains(e.getKey())).map(Map.Entry::getValue).toList());
        context.put("limitations", s.limitations());
        context.put("advisers", people(s.advisers()));
        context.put("preparers", people(s.preparers()));
    }

    private static String grouped(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static List<Map<String, Object>> people(List<org.itagen.input.Sections.Person> people) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (var p : people) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("position", p.position());
            out.add(m);
        }
        return out;
    }

    String render(Template.Text text, Map<String, Object> ctx) {
        String out = engine.render(text.value(), ctx, template.file(), text.line());
        return text.folded() ? TemplateLoader.fold(out) : out;
    }

    /** Collapses the runs of spaces that template line breaks leave behind. */
    static String clean(String s) {
        return s.replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("[ \\t]{2,}", " ").strip();
    }

    private Map<String, Object> doc() {
        OitDocumentDef d = input.document(kind);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d == null ? kind.label() : d.code());
        m.put("title", d == null ? null : d.title());
        m.put("components", d == null ? List.of() : d.components());
        return m;
    }

    private Map<String, Object> agency() {
        MeasurePlan.AgencyInfo info = plan().agency();
        var scoresAgency = analysis().agency();
        String name = first(info.name(), scoresAgency == null ? null : scoresAgency.name());
        if (name == null) {
            throw ItagenException.input(plan().source(), org.itagen.Msg.of("error.AGENCY_NO_NAME"));
        }
        String id = first(info.id(), scoresAgency == null ? null : scoresAgency.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("short_name", info.shortName());
        m.put("label", first(info.shortName(), name));
        m.put("prepared_by", info.preparedBy());
        return m;
    }

    String agencyName() {
        return (String) ((Map<?, ?>) context.get("agency")).get("name");
    }

    String agencyId() {
        return (String) ((Map<?, ?>) context.get("agency")).get("id");
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) return a.strip();
        if (b != null && !b.isBlank()) return b.strip();
        return null;
    }

    private Map<String, Object> approval(MeasurePlan.Approval ap) {
        if (ap == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("body", ap.body());
        m.put("meeting", ap.meeting());
        m.put("date", ap.date() == null ? null : ThaiDates.fullDate(ap.date()));
        m.put("date_short", ap.date() == null ? null : ThaiDates.shortDate(ap.date()));
        return m;
    }

    Map<String, Object> indicator(IndicatorResult r, Analysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", r.number());
        m.put("name", r.name());
        m.put("tool", r.tool().name());
        m.put("score", score(r.score(a.currentYear())));
        putChange(m, a, r::score, r.change(), r.direction());
        m.put("rank", r.rank());
        m.put("highest_in_tool", r.highestInTool());
        m.put("lowest_in_tool", r.lowestInTool());
        m.put("highest_overall", r.highestOverall());
        m.put("lowest_overall", r.lowestOverall());
        return m;
    }

    /** How a value reads against the year before: previous, change (its size), direction and direction_word. */
    private void putChange(Map<String, Object> m, Analysis a, java.util.function.IntFunction<BigDecimal> byYear,
                           BigDecimal change, Direction direction) {
        m.put("previous", a.previousYear() == null ? null : score(byYear.apply(a.previousYear())));
        m.put("change", change == null ? null : score(change.abs()));
        m.put("direction", direction == null ? null : direction.code());
        m.put("direction_word", direction == null ? null : word(direction));
    }

    private Map<String, Object> ita(Analysis a) {
        var ita = a.ita();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", a.currentYear());
        m.put("total", score(ita.total(a.currentYear())));
        putChange(m, a, ita::total, ita.change(), ita.direction());
        Band b = a.band();
        m.put("band", b == null ? null : b.name());
        m.put("band_note", b == null || b.note() == null ? null : b.note().thai());
        m.put("band_unconfirmed", b == null ? null : b.unconfirmed());
        Band pb = a.previousYear() == null ? null : ita.band().get(a.previousYear());
        m.put("previous_band", pb == null ? null : pb.name());
        // The master plan's target is framework data (fyNNNN.yaml master_plan_target), not a constant here.
        BigDecimal target = a.framework() == null ? null : a.framework().masterPlanTarget();
        BigDecimal total = ita.total(a.currentYear());
        m.put("target", target == null ? null : plain(target));
        m.put("meets_target", target != null && total != null && total.compareTo(target) >= 0);
        return m;
    }

    private Map<String, Object> tool(ToolResult t, Analysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", t.tool().name());
        m.put("name", t.tool().thaiName());
        m.put("total", score(t.total(a.currentYear())));
        putChange(m, a, t::total, t.change(), t.direction());
        Map<EitPart, BigDecimal> parts = t.parts().get(a.currentYear());
        m.put("part_public", parts == null ? null : score(parts.get(EitPart.PUBLIC)));
        m.put("part_survey", parts == null ? null : score(parts.get(EitPart.SURVEY)));
        m.putAll(extremes(t.extremes(), a));
        return m;
    }

    private Map<String, Object> extremes(Extremes e, Analysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("highest", e.highest().stream().map(n -> indicator(a.indicator(n), a)).toList());
        m.put("lowest", e.lowest().stream().map(n -> indicator(a.indicator(n), a)).toList());
        m.put("highest_score", score(e.highestScore()));
        m.put("lowest_score", score(e.lowestScore()));
        m.put("all_equal", e.allEqual());
        m.put("note", e.note() == null ? null : e.note().thai());
        return m;
    }

    private Map<String, Object> fall(Fall f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", f.indicator());
        m.put("name", f.name());
        m.put("tool", f.tool().name());
        m.put("previous", score(f.previous()));
        m.put("score", score(f.current()));
        m.put("change", score(f.change().abs()));
        m.put("largest", f.largest());
        return m;
    }

    private Map<String, Object> weakItem(WeakItem w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", w.item());
        m.put("indicator", w.indicator());
        m.put("indicator_name", w.indicatorName());
        m.put("tool", w.tool().name());
        m.put("part", w.part() == null ? null : w.part().code());
        m.put("part_label", w.part() == null ? null : partLabel(w.part()));
        m.put("score", score(w.score()));
        m.put("fallback", w.fallback());
        m.put("wording", w.wording());
        return m;
    }

    /** Weak questions with the EIT parts of one code together, in indicator then code order. */
    List<Map<String, Object>> weakQuestions(Analysis a) {
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        List<WeakItem> sorted = new ArrayList<>(a.weakItems());
        sorted.sort(java.util.Comparator.comparingInt(WeakItem::indicator).thenComparingInt(w -> codeNumber(w.item()))
                .thenComparing(w -> w.part() == null ? 0 : w.part().ordinal()));
        for (WeakItem w : sorted) {
            Map<String, Object> q = byCode.computeIfAbsent(w.item(), c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", c);
                m.put("indicator", w.indicator());
                m.put("indicator_name", w.indicatorName());
                m.put("wording", w.wording());
                m.put("fallback", w.fallback());
                m.put("scores", new ArrayList<String>());
                m.put("score", null);
                m.put("score_public", null);
                m.put("score_survey", null);
                return m;
            });
            @SuppressWarnings("unchecked") List<String> scores = (List<String>) q.get("scores");
            scores.add(w.part() == null ? score(w.score()) : partLabel(w.part()) + " " + score(w.score()));
            // Each value also under its own name: the weak-questions table gives each EIT part a column.
            q.put(w.part() == null ? "score" : "score_" + w.part().code(), score(w.score()));
            if (!w.fallback()) q.put("fallback", false);
        }
        for (Map<String, Object> q : byCode.values()) {
            @SuppressWarnings("unchecked") List<String> scores = (List<String>) q.get("scores");
            q.put("score_text", String.join(" / ", scores));
            q.put("measures", answeringMeasures((String) q.get("code"), (Integer) q.get("indicator")));
        }
        return List.copyOf(byCode.values());
    }

    /**
     * The numbers of the measures answering a question: those naming it under items:, and those
     * linked to its indicator without naming any of that indicator's questions (they answer the
     * indicator as a whole). The same rule check applies for WEAK_QUESTION_WITHOUT_MEASURE.
     */
    List<Integer> answeringMeasures(String code, int indicator) {
        List<Integer> out = new ArrayList<>();
        if (input.plan() == null) return out;
        Map<String, Integer> itemIndicator = new HashMap<>();
        for (ItemResult r : analysis().items()) itemIndicator.putIfAbsent(r.item(), r.indicator());
        int no = 0;
        for (Measure m : input.plan().measures()) {
            no++;
            boolean named = m.items().contains(code);
            boolean whole = m.indicators().contains(indicator)
                    && m.items().stream().noneMatch(i -> Integer.valueOf(indicator).equals(itemIndicator.get(i)));
            if (named || whole) out.add(no);
        }
        return out;
    }

    /** The indicators and questions a measure answers, as one line ("ตัวชี้วัดที่ 4 ... ข้อคำถาม i10, i12"), or null. */
    String reference(Measure m) {
        List<String> parts = new ArrayList<>();
        for (int n : m.indicators()) {
            parts.add(labels.get("ref_indicator").replace("{number}", Integer.toString(n))
                    .replace("{name}", analysis().indicator(n).name()));
        }
        if (!m.items().isEmpty()) parts.add(labels.get("ref_items").replace("{codes}", String.join(", ", m.items())));
        return parts.isEmpty() ? null : labels.get("ref_line").replace("{refs}", String.join(" ", parts));
    }

    static int codeNumber(String code) {
        try {
            return Integer.parseInt(code.substring(1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    String partLabel(EitPart p) {
        return p == EitPart.PUBLIC ? labels.get("part_public") : labels.get("part_survey");
    }

    String word(Direction d) {
        return switch (d) {
            case UP -> labels.get("up");
            case DOWN -> labels.get("down");
            case SAME -> labels.get("same");
        };
    }

    private MeasureView measure(int no, Measure m) {
        Analysis a = analysis();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("no", no);
        map.put("id", m.id());
        map.put("title", m.title());
        map.put("indicators", m.indicators().stream().map(n -> indicator(a.indicator(n), a)).toList());
        List<Map<String, Object>> items = new ArrayList<>();
        for (String code : m.items()) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("code", code);
            List<ItemResult> rs = a.items().stream().filter(r -> r.item().equals(code)).toList();
            String wording = rs.stream().map(ItemResult::wording).filter(Objects::nonNull).findFirst()
                    .orElseGet(() -> a.framework() == null ? null
                            : a.framework().question(code).map(org.itagen.model.QuestionDef::text).orElse(null));
            q.put("wording", wording);
            q.put("indicator", rs.isEmpty() ? null : rs.get(0).indicator());
            // The lower EIT part is the one a measure has to lift.
            ItemResult low = rs.stream().filter(r -> r.score() != null).min(java.util.Comparator.comparing(ItemResult::score))
                    .orElse(null);
            q.put("lowest", low == null ? null : score(low.score()));
            // An EIT question's score always names its part (issue 10 §2): "e1 (EIT Survey 88.10)".
            q.put("lowest_part", low == null || low.part() == null ? null : partLabel(low.part()));
            q.put("score_text", rs.isEmpty() ? null : String.join(" / ", rs.stream()
                    .map(r -> r.part() == null ? score(r.score()) : partLabel(r.part()) + " " + score(r.score())).toList()));
            items.add(q);
        }
        map.put("items", items);
        map.put("steps", m.steps());
        map.put("period", m.period().label());
        map.put("owner", m.owner());
        map.put("result", m.result());
        map.put("status", m.status() == null ? null : m.status().code());
        map.put("status_label", m.status() == null ? null : labels.get("status_" + m.status().code()));
        map.put("evidence", m.evidence().stream().map(e -> Map.of("title", e.title(), "url", e.url())).toList());

        String analysisText = m.analysis();
        map.put("analysis_by_officer", analysisText != null);
        if (analysisText == null && template.sentences().containsKey(MEASURE_ANALYSIS)) {
            Map<String, Object> ctx = new LinkedHashMap<>(context);
            ctx.put("m", map);
            analysisText = clean(render(template.sentences().get(MEASURE_ANALYSIS), ctx));
        }
        map.put("analysis", analysisText);
        map.put("reference", reference(m));

        List<String> evidence = evidence(m);
        map.put("evidence_sentences", evidence);
        map.put("outcome", m.outcome());
        List<String> outcome = new ArrayList<>();
        if (m.outcome() != null) outcome.add(m.outcome());
        if (!evidence.isEmpty() && template.sentences().containsKey(EVIDENCE_INTRO)) {
            String intro = clean(render(template.sentences().get(EVIDENCE_INTRO), context)).replace('\n', ' ');
            if (!intro.isEmpty()) outcome.add(intro);
        }
        outcome.addAll(evidence);
        String outcomeText = outcome.isEmpty() ? null : String.join("\n", outcome);
        // O28 scores 0 without every component, so a missing one stops here rather than printing "-".
        if (kind.reportsResults()) Problem.throwFirstError(MeasureRules.o28(m, plan().assessmentYear(), !evidence.isEmpty()));
        map.put("outcome_text", outcomeText);
        return new MeasureView(no, m, map, analysisText, evidence, outcomeText);
    }

    /**
     * Issue 10 §1: every declared total (tool or ITA) that the computed one contradicts beyond
     * rounding, per year of the analysis, for a template that notes them in the document (the
     * bundled templates carry that block commented out: off by default).
     */
    private static List<Map<String, Object>> mismatches(Analysis a) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int year : a.years()) {
            for (ToolResult t : a.tools()) addMismatch(out, t.tool().name(), year, t.declared().get(year), t.computed().get(year));
            addMismatch(out, "ITA", year, a.ita().declared().get(year), a.ita().computed().get(year));
        }
        return out;
    }

    private static void addMismatch(List<Map<String, Object>> out, String what, int year, BigDecimal declared, BigDecimal computed) {
        if (declared == null || computed == null) return;
        if (!org.itagen.analysis.Scores.differ(round(declared), computed)) return;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", what);
        m.put("year", year);
        m.put("declared", score(declared));
        m.put("computed", score(computed));
        out.add(m);
    }

    /** O28: one sentence per linked indicator or question that has a score in both years. */
    private List<String> evidence(Measure m) {
        if (template.sentences().get(EVIDENCE) == null) return List.of();
        return evidenceData(m).stream().map(this::renderEvidence).toList();
    }

    /** O28: what the {@code evidence} sentence sees ({@code e}) for each linked indicator or question with a score in both years. */
    List<Map<String, Object>> evidenceData(Measure m) {
        Analysis after = input.after();
        if (after == null || after.previousYear() == null) return List.of();
        int before = after.previousYear();
        int now = after.currentYear();
        // Indicators first (those the measure names, then those its questions fall back to), then questions.
        Map<Integer, Map<String, Object>> byIndicator = new LinkedHashMap<>();
        Map<Integer, java.util.Set<String>> insteadOf = new LinkedHashMap<>();
        for (int n : m.indicators()) indicatorEvidence(after, n, before, now, byIndicator);
        List<Map<String, Object>> questions = new ArrayList<>();
        org.itagen.model.Framework fw = after.framework();
        for (String code : m.items()) {
            for (ItemResult cur : after.items()) {
                if (!cur.item().equals(code)) continue;
                // A question is compared across the two years only when the framework of the later
                // year says it asks the same question as a code of the year before (issue 10 §2);
                // otherwise its indicator is compared instead, and the sentence says so.
                String previous = fw == null ? null : fw.previousCode(code).orElse(null);
                if (previous == null) {
                    if (indicatorEvidence(after, cur.indicator(), before, now, byIndicator)) {
                        insteadOf.computeIfAbsent(cur.indicator(), k -> new java.util.LinkedHashSet<>()).add(code);
                    }
                    continue;
                }
                ItemResult prev = analysis().items().stream()
                        .filter(p -> p.item().equals(previous) && p.part() == cur.part()).findFirst().orElse(null);
                if (prev == null) continue;
                Map<String, Object> e = change("item", prev.score(), cur.score(), before, now);
                e.put("code", code);
                e.put("wording", cur.wording() != null ? cur.wording() : prev.wording());
                e.put("part_label", cur.part() == null ? null : partLabel(cur.part()));
                e.put("number", cur.indicator());
                e.put("name", after.indicator(cur.indicator()).name());
                questions.add(e);
            }
        }
        insteadOf.forEach((n, codes) -> byIndicator.get(n).put("instead_of", String.join(", ", codes)));
        List<Map<String, Object>> out = new ArrayList<>(byIndicator.values());
        out.addAll(questions);
        return out;
    }

    /** The indicator's change (once per indicator); false when it lacks a score in either year. */
    private boolean indicatorEvidence(Analysis after, int n, int before, int now, Map<Integer, Map<String, Object>> byIndicator) {
        if (byIndicator.containsKey(n)) return true;
        IndicatorResult r = after.indicator(n);
        if (r == null) return false;
        BigDecimal b = r.score(before);
        BigDecimal c = r.score(now);
        if (b == null || c == null) return false;
        Map<String, Object> e = change("indicator", b, c, before, now);
        e.put("number", n);
        e.put("name", r.name());
        byIndicator.put(n, e);
        return true;
    }

    private Map<String, Object> change(String kind, BigDecimal before, BigDecimal now, int beforeYear, int nowYear) {
        Map<String, Object> e = new LinkedHashMap<>();
        BigDecimal b = round(before);
        BigDecimal c = round(now);
        Direction d = Direction.of(c.compareTo(b));
        e.put("kind", kind);
        e.put("before", score(b));
        e.put("after", score(c));
        e.put("change", score(c.subtract(b).abs()));
        e.put("direction", d.code());
        e.put("before_year", beforeYear);
        e.put("after_year", nowYear);
        e.put("code", null);
        e.put("wording", null);
        e.put("part_label", null);
        e.put("instead_of", null);
        return e;
    }

    private String renderEvidence(Map<String, Object> e) {
        Map<String, Object> ctx = new LinkedHashMap<>(context);
        ctx.put("e", e);
        return clean(render(template.sentences().get(EVIDENCE), ctx));
    }

    static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    /** "91.62"; null stays null so templates can test for it. */
    static String score(BigDecimal v) {
        return v == null ? null : round(v).toPlainString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
