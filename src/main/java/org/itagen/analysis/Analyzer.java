package org.itagen.analysis;

import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.Msg;
import org.itagen.model.AgencyScores;
import org.itagen.model.DeclaredBand;
import org.itagen.model.Direction;
import org.itagen.model.EitPart;
import org.itagen.model.Framework;
import org.itagen.model.FrameworkSet;
import org.itagen.model.IndicatorDef;
import org.itagen.model.IndicatorScore;
import org.itagen.model.ItemScore;
import org.itagen.model.QuestionDef;
import org.itagen.model.Tool;
import org.itagen.model.TotalScore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ITA analysis: pure functions from one agency's scores and the frameworks of its years to an
 * {@link Analysis}. No I/O; every number is computed from the indicator scores with the year's
 * rules, and declared numbers are only compared.
 */
public final class Analyzer {
    private static final List<Tool> TOOLS = List.of(Tool.IIT, Tool.EIT, Tool.OIT);

    private Analyzer() {
    }

    /** Analyses with the frameworks of each year the scores cover. */
    public static Analysis analyze(AgencyScores scores, FrameworkSet frameworks, AnalysisOptions options) {
        return new Run(scores, frameworks, options).analysis();
    }

    /** Convenience for scores of a single framework year (or when one framework serves every year). */
    public static Analysis analyze(AgencyScores scores, Framework framework, AnalysisOptions options) {
        Map<Integer, Framework> m = new TreeMap<>();
        for (int y : scores.years()) m.put(y, framework);
        m.put(framework.fiscalYear(), framework);
        return analyze(scores, FrameworkSet.of(m), options);
    }

    /**
     * Refuses scores whose latest year before {@code year} is not {@code year - 1}: 2565 and 2568
     * compared as if consecutive would put a wrong "change from last year" into a document, and
     * leaving 2565 out would silently make it a one-year analysis. Names the missing years.
     */
    public static void requireConsecutive(AgencyScores scores, int year) {
        Integer prev = scores.years().headSet(year).isEmpty() ? null : scores.years().headSet(year).last();
        if (prev == null || year - prev <= 1) return;
        List<String> missing = new ArrayList<>();
        for (int y = prev + 1; y < year; y++) missing.add(String.valueOf(y));
        String where = scores.indicators().stream().filter(s -> s.fiscalYear() == year).map(IndicatorScore::where).findFirst()
                .or(() -> scores.totals().stream().filter(s -> s.fiscalYear() == year).map(TotalScore::where).findFirst())
                .or(() -> scores.items().stream().filter(s -> s.fiscalYear() == year).map(ItemScore::where).findFirst())
                .orElse(scores.source());
        throw ItagenException.input(where, Msg.of("error.YEARS_NOT_CONSECUTIVE",
                String.valueOf(prev), String.valueOf(year), String.join(", ", missing)));
    }

    /** One analysis in progress; fields are the intermediate results. */
    private static final class Run {
        final AgencyScores in;
        final AnalysisOptions options;
        final List<Integer> years;
        final Integer prev;
        final int cur;
        final Map<Integer, Framework> fw = new TreeMap<>();
        final List<Warning> warnings = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        /** year -> indicator -> raw score */
        final Map<Integer, Map<Integer, BigDecimal>> ind = new HashMap<>();
        /** year -> tool -> unrounded computed mean */
        final Map<Integer, Map<Tool, BigDecimal>> toolMean = new HashMap<>();

        Run(AgencyScores in, FrameworkSet frameworks, AnalysisOptions options) {
            this.in = in;
            this.options = options;
            List<Integer> all = new ArrayList<>(in.years());
            if (all.isEmpty()) throw ItagenException.input(in.source(), Msg.of("error.NO_SCORES_FOR_AGENCY", in.agency().label()));
            cur = all.getLast();
            prev = all.size() >= 2 ? all.get(all.size() - 2) : null;
            years = prev == null ? List.of(cur) : List.of(prev, cur);
            requireConsecutive(in, cur);
            if (all.size() > 2) {
                warnings.add(warning(WarningCode.EXTRA_YEARS, null, join(all), String.valueOf(prev), String.valueOf(cur)));
            }
            for (int y : years) {
                int year = y;
                fw.put(y, frameworks.forYear(y).orElseThrow(() -> ItagenException.input(firstWhere(year),
                        Msg.of("error.NO_FRAMEWORK_YEAR", String.valueOf(year), frameworks.yearRange()))));
            }
        }

        String firstWhere(int year) {
            return in.indicators().stream().filter(s -> s.fiscalYear() == year).map(IndicatorScore::where).findFirst()
                    .or(() -> in.totals().stream().filter(s -> s.fiscalYear() == year).map(TotalScore::where).findFirst())
                    .or(() -> in.items().stream().filter(s -> s.fiscalYear() == year).map(ItemScore::where).findFirst())
                    .orElse(in.source());
        }

        Analysis analysis() {
            checkIndicators();
            List<ItemResult> items = items();
            List<ToolResult> tools = new ArrayList<>();
            for (Tool t : TOOLS) tools.add(tool(t));
            ItaResult ita = ita(tools);
            Map<Tool, Extremes> toolExtremes = new EnumMap<>(Tool.class);
            for (Tool t : TOOLS) {
                toolExtremes.put(t, extremes(fw.get(cur).indicatorsOf(t).stream().map(IndicatorDef::number).toList(),
                        t.name()));
            }
            tools.replaceAll(tr -> new ToolResult(tr.tool(), tr.computed(), tr.declared(), tr.printed(), tr.parts(), tr.change(),
                    tr.direction(), toolExtremes.get(tr.tool()), tr.indicators()));
            Extremes overall = extremes(fw.get(cur).indicators().stream().map(IndicatorDef::number).toList(), null);
            List<IndicatorResult> indicators = indicatorResults(toolExtremes, overall);
            List<RankEntry> ranking = ranking();
            List<Fall> falls = falls();
            List<WeakItem> weak = weakItems(items);
            if (prev == null) {
                warnings.add(warning(WarningCode.SINGLE_YEAR, null, String.valueOf(cur)));
                notes.add(0, Note.of("note.single_year", String.valueOf(cur)));
            }
            return new Analysis(in.agency(), years, prev, cur, fw.get(cur), indicators, tools, ita, overall, ranking,
                    falls, items, weak, options.threshold(), notes, warnings, in.source());
        }

        /** Indicator rows must sit under their framework tool; collects the analysed years' scores. */
        void checkIndicators() {
            for (IndicatorScore s : in.indicators()) {
                Framework f = fw.get(s.fiscalYear());
                if (f == null) continue;
                IndicatorDef def = f.indicator(s.indicator()).orElseThrow(() -> ItagenException.input(s.where(),
                        Msg.of("error.INDICATOR_NOT_IN_FRAMEWORK", String.valueOf(s.indicator()), String.valueOf(s.fiscalYear()))));
                if (s.tool() != null && s.tool() != def.tool()) {
                    throw ItagenException.input(s.where(), Msg.of("error.INDICATOR_WRONG_TOOL", String.valueOf(s.indicator()),
                            def.tool(), String.valueOf(s.fiscalYear()), s.tool()));
                }
                ind.computeIfAbsent(s.fiscalYear(), k -> new HashMap<>()).put(s.indicator(), s.score());
            }
        }

        BigDecimal indicatorScore(int year, int number) {
            Map<Integer, BigDecimal> m = ind.get(year);
            return m == null ? null : m.get(number);
        }

        ToolResult tool(Tool tool) {
            SortedMap<Integer, BigDecimal> computed = new TreeMap<>();
            SortedMap<Integer, BigDecimal> declared = new TreeMap<>();
            SortedMap<Integer, Map<EitPart, BigDecimal>> parts = new TreeMap<>();
            for (int y : years) {
                List<Integer> numbers = fw.get(y).indicatorsOf(tool).stream().map(IndicatorDef::number).toList();
                List<BigDecimal> vals = new ArrayList<>();
                List<Integer> missing = new ArrayList<>();
                for (int n : numbers) {
                    BigDecimal v = indicatorScore(y, n);
                    if (v == null) missing.add(n);
                    else vals.add(v);
                }
                if (missing.isEmpty()) {
                    BigDecimal mean = Scores.mean(vals);
                    toolMean.computeIfAbsent(y, k -> new EnumMap<>(Tool.class)).put(tool, mean);
                    computed.put(y, Scores.round2(mean));
                } else if (!vals.isEmpty() || ind.containsKey(y)) {
                    warnings.add(new Warning(WarningCode.MISSING_INDICATORS, Messages.text(WarningCode.MISSING_INDICATORS
                            .key(missing.size() > 1 ? "many" : "one"), tool.name(), String.valueOf(y), join(missing)), null));
                }
                for (TotalScore t : in.totals()) {
                    if (t.fiscalYear() != y || t.tool() != tool) continue;
                    if (t.part() == null) {
                        declared.put(y, Scores.round2(t.score()));
                        BigDecimal c = computed.get(y);
                        if (c != null && Scores.differ(Scores.round2(t.score()), c)) {
                            warnings.add(mismatch("tool", y, t.score(), c, t.where(), tool.name(), join(numbers)));
                        }
                    } else {
                        parts.computeIfAbsent(y, k -> new EnumMap<>(EitPart.class)).put(t.part(), Scores.round2(t.score()));
                    }
                }
            }
            parts.replaceAll((k, v) -> Map.copyOf(v));
            SortedMap<Integer, BigDecimal> printed = printed(computed, declared);
            BigDecimal change = totalChange(printed, prev, cur);
            Direction dir = change == null ? null : Direction.of(change.signum());
            List<Integer> numbers = fw.get(cur).indicatorsOf(tool).stream().map(IndicatorDef::number).toList();
            return new ToolResult(tool, computed, declared, printed, parts, change, dir, Extremes.NONE, numbers);
        }

        /**
         * A declared total that the computed one contradicts.
         *
         * @param variant "tool" (from the indicators), "ita" (from the tool totals) or "ita_declared"
         *                (from tool totals some of which are only declared)
         * @param what    the tool and its indicators ("tool"), or the weights ("ita")
         */
        Warning mismatch(String variant, int year, BigDecimal declared, BigDecimal computed, String where, String... what) {
            BigDecimal d = Scores.round2(declared);
            List<Object> args = new ArrayList<>();
            if (variant.equals("tool")) args.add(what[0]);
            args.addAll(List.of(String.valueOf(year), Scores.format(d), what[what.length - 1], Scores.format(computed),
                    Scores.format(d.subtract(computed).abs()),
                    Scores.format(options.totals() == AnalysisOptions.Totals.DECLARED ? d : computed)));
            // A tool total follows the tool_totals rule; an ITA total the weights (and, with declared
            // tool totals, those too).
            Framework f = fw.get(year);
            boolean verified = variant.equals("tool") ? f.verified("tool_totals")
                    : f.verified("weights") && (variant.equals("ita") || f.verified("tool_totals"));
            return new Warning(WarningCode.DECLARED_TOTAL_MISMATCH,
                    Messages.text(WarningCode.DECLARED_TOTAL_MISMATCH.key(variant), args.toArray()), where, verified);
        }

        ItaResult ita(List<ToolResult> tools) {
            SortedMap<Integer, BigDecimal> computed = new TreeMap<>();
            SortedMap<Integer, BigDecimal> declared = new TreeMap<>();
            SortedMap<Integer, Band> bands = new TreeMap<>();
            for (int y : years) {
                Framework f = fw.get(y);
                BigDecimal sum = BigDecimal.ZERO;
                boolean complete = true;
                boolean fromIndicators = true;
                for (ToolResult tr : tools) {
                    BigDecimal mean = toolMean.getOrDefault(y, Map.of()).get(tr.tool());
                    if (mean == null) {
                        // A tool given only as a declared total still lets the ITA total be computed.
                        mean = tr.declared().get(y);
                        fromIndicators = false;
                    }
                    if (mean == null) {
                        complete = false;
                        break;
                    }
                    sum = sum.add(f.weight(tr.tool()).multiply(mean));
                }
                if (complete) computed.put(y, Scores.round2(sum));
                for (TotalScore t : in.totals()) {
                    if (t.fiscalYear() != y || t.tool() != Tool.ITA) continue;
                    declared.put(y, Scores.round2(t.score()));
                    BigDecimal c = computed.get(y);
                    if (c != null && Scores.differ(Scores.round2(t.score()), c)) {
                        warnings.add(mismatch(fromIndicators ? "ita" : "ita_declared", y, t.score(), c, t.where(),
                                weightsText(f)));
                    }
                }
            }
            SortedMap<Integer, BigDecimal> printed = printed(computed, declared);
            for (int y : years) bands.put(y, band(y, printed.get(y), tools));
            // Compared with the band the rules give, before the declared one takes its place.
            warnings.addAll(bandWarnings(in, bands, options.totals() == AnalysisOptions.Totals.DECLARED, fw));
            bands.replaceAll(this::declaredBand);
            BigDecimal change = totalChange(printed, prev, cur);
            Direction dir = change == null ? null : Direction.of(change.signum());
            return new ItaResult(computed, declared, printed, bands, change, dir);
        }

        /** Per year: the declared total where there is one (unless --totals computed), else the computed one. */
        SortedMap<Integer, BigDecimal> printed(SortedMap<Integer, BigDecimal> computed, SortedMap<Integer, BigDecimal> declared) {
            SortedMap<Integer, BigDecimal> out = new TreeMap<>();
            boolean preferDeclared = options.totals() == AnalysisOptions.Totals.DECLARED;
            for (int y : years) {
                BigDecimal c = computed.get(y);
                BigDecimal d = declared.get(y);
                BigDecimal v = preferDeclared ? (d != null ? d : c) : (c != null ? c : d);
                if (v != null) out.put(y, v);
            }
            return out;
        }

        /**
         * The official band where the scores declare one (declared totals mode): NACC's published
         * band wins over our reading of the year's rule, as the published total does.
         */
        Band declaredBand(int year, Band computed) {
            if (options.totals() != AnalysisOptions.Totals.DECLARED) return computed;
            for (DeclaredBand b : in.bands()) {
                if (b.fiscalYear() == year && !b.name().isBlank()) {
                    String name = b.name().strip();
                    if (name.equals(computed.name())) return computed;
                    return new Band(name, computed.scheme(), computed.basedOn(), null, null);
                }
            }
            return computed;
        }

        String weightsText(Framework f) {
            return TOOLS.stream().map(t -> f.weight(t).stripTrailingZeros().toPlainString() + " " + t)
                    .collect(Collectors.joining(" + "));
        }

        /** The band of one year: levels top-down, with FY2568's all-tools conditions. */
        Band band(int year, BigDecimal ita, List<ToolResult> tools) {
            Framework f = fw.get(year);
            String scheme = f.rating().kind();
            if (ita == null) {
                return new Band(null, scheme, null, null, null);
            }
            ita = Scores.round2(ita);
            ToolResult iit = tools.get(0);
            ToolResult eit = tools.get(1);
            ToolResult oit = tools.get(2);
            Map<EitPart, BigDecimal> parts = eit.parts().getOrDefault(year, Map.of());
            String unconfirmed = null;
            List<Score> unconfirmedWithout = null;
            HeldDown heldDown = null;
            for (var level : f.rating().levels()) {
                if (ita.compareTo(level.min()) < 0) continue;
                if (level.toolsMin() == null) {
                    Note note = null;
                    if (unconfirmed != null) {
                        note = unconfirmedNote(unconfirmed, unconfirmedWithout, level.name());
                        warnings.add(warning(WarningCode.BAND_UNCONFIRMED, null, String.valueOf(year), unconfirmed,
                                missingInputs(parts, iit, oit, year), level.name()));
                    } else if (heldDown != null) {
                        note = heldDown.note(level.name());
                    }
                    if (note != null) {
                        Note n = note;
                        notes.add(Note.of("note.year", l -> new Object[]{String.valueOf(year), n.in(l)}));
                    }
                    return new Band(level.name(), scheme, ita, unconfirmed, note);
                }
                // All-tools rule: IIT, EIT part 1, EIT part 2 and OIT must each reach toolsMin.
                Map<Score, BigDecimal> known = new LinkedHashMap<>();
                List<Score> unknown = new ArrayList<>();
                putOrMissing(known, unknown, Score.IIT, iit.total(year));
                if (parts.containsKey(EitPart.PUBLIC) || parts.containsKey(EitPart.SURVEY)) {
                    putOrMissing(known, unknown, Score.EIT_PUBLIC, parts.get(EitPart.PUBLIC));
                    putOrMissing(known, unknown, Score.EIT_SURVEY, parts.get(EitPart.SURVEY));
                } else {
                    unknown.add(Score.EIT_PUBLIC);
                    unknown.add(Score.EIT_SURVEY);
                    // Without the parts, an EIT total below the bar still decides: the total is a mean
                    // of the two parts, so at least one part is below it too.
                    BigDecimal e = eit.total(year);
                    if (e != null && e.compareTo(level.toolsMin()) < 0) known.put(Score.EIT, e);
                }
                putOrMissing(known, unknown, Score.OIT, oit.total(year));
                Map<Score, BigDecimal> below = new LinkedHashMap<>();
                known.forEach((k, v) -> {
                    if (v.compareTo(level.toolsMin()) < 0) below.put(k, v);
                });
                if (!below.isEmpty()) {
                    if (heldDown == null && unconfirmed == null) heldDown = new HeldDown(ita, level.name(), below, level.toolsMin());
                    continue;
                }
                if (!unknown.isEmpty()) {
                    if (unconfirmed == null) {
                        unconfirmed = level.name();
                        unconfirmedWithout = List.copyOf(unknown);
                    }
                    continue;
                }
                return new Band(level.name(), scheme, ita, null, null);
            }
            throw new IllegalStateException("rating scheme of FY" + year + " has no level for " + ita);
        }

        /** "cannot confirm ผ่านดี without the EIT part scores; ผ่าน is confirmed". */
        static Note unconfirmedNote(String level, List<Score> without, String confirmed) {
            return Note.of("note.band.unconfirmed", l -> new Object[]{level,
                    and(l, without.stream().map(sc -> sc.label(l)).toList()), confirmed});
        }

        /** What the input lacks to confirm a higher band, for the warning (in the user's language). */
        static String missingInputs(Map<EitPart, BigDecimal> parts, ToolResult iit, ToolResult oit, int year) {
            List<String> m = new ArrayList<>();
            String key = WarningCode.BAND_UNCONFIRMED.key("missing");
            if (iit.total(year) == null) m.add(Messages.text(key + ".IIT"));
            if (!parts.containsKey(EitPart.PUBLIC)) m.add(Messages.text(key + ".EIT_PUBLIC"));
            if (!parts.containsKey(EitPart.SURVEY)) m.add(Messages.text(key + ".EIT_SURVEY"));
            if (oit.total(year) == null) m.add(Messages.text(key + ".OIT"));
            return and(Messages.current(), m);
        }

        static void putOrMissing(Map<Score, BigDecimal> known, List<Score> unknown, Score score, BigDecimal v) {
            if (v == null) unknown.add(score);
            else known.put(score, v);
        }

        /** Highest and lowest among {@code numbers} in the current year; ties kept and stated. */
        Extremes extremes(List<Integer> numbers, String group) {
            Map<Integer, BigDecimal> s = new TreeMap<>();
            for (int n : numbers) {
                BigDecimal v = indicatorScore(cur, n);
                if (v != null) s.put(n, Scores.round2(v));
            }
            if (s.isEmpty()) return Extremes.NONE;
            BigDecimal max = s.values().stream().max(Comparator.naturalOrder()).orElseThrow();
            BigDecimal min = s.values().stream().min(Comparator.naturalOrder()).orElseThrow();
            List<Integer> hi = s.entrySet().stream().filter(e -> e.getValue().compareTo(max) == 0).map(Map.Entry::getKey).toList();
            List<Integer> lo = s.entrySet().stream().filter(e -> e.getValue().compareTo(min) == 0).map(Map.Entry::getKey).toList();
            // Each sentence names the tool when the group is one: "highest of IIT".
            String of = group == null ? "" : ".tool";
            List<Object> who = group == null ? List.of() : List.of(group);
            if (s.size() > 1 && max.compareTo(min) == 0) {
                Note note = Note.of("note.all_equal" + of, with(who, Scores.format(max)));
                notes.add(note);
                return new Extremes(hi, max, List.of(), min, true, note);
            }
            Note high = hi.size() < 2 ? null
                    : Note.of("note.tie.highest" + of, l -> with(List.of(numbers(l, hi)), with(who, Scores.format(max))));
            Note low = lo.size() < 2 ? null
                    : Note.of("note.tie.lowest" + of, l -> with(List.of(numbers(l, lo)), with(who, Scores.format(min))));
            Note note = high == null ? low : low == null ? high
                    : Note.of("note.tie.both", l -> new Object[]{high.in(l), low.in(l)});
            if (note != null) notes.add(note);
            return new Extremes(hi, max, lo, min, false, note);
        }

        List<IndicatorResult> indicatorResults(Map<Tool, Extremes> toolExtremes, Extremes overall) {
            Map<Integer, Integer> ranks = new HashMap<>();
            for (RankEntry r : ranking()) ranks.put(r.indicator(), r.rank());
            List<IndicatorResult> out = new ArrayList<>();
            for (IndicatorDef def : fw.get(cur).indicators()) {
                int n = def.number();
                SortedMap<Integer, String> names = new TreeMap<>();
                SortedMap<Integer, BigDecimal> sc = new TreeMap<>();
                for (int y : years) {
                    fw.get(y).indicator(n).ifPresent(d -> names.put(y, d.name()));
                    BigDecimal v = indicatorScore(y, n);
                    if (v != null) sc.put(y, Scores.round2(v));
                }
                BigDecimal change = null;
                Direction dir = null;
                if (prev != null && sc.containsKey(prev) && sc.containsKey(cur)) {
                    // Difference of the printed (rounded) scores, so the table adds up for a reader.
                    change = sc.get(cur).subtract(sc.get(prev));
                    dir = Direction.of(change.signum());
                }
                Extremes te = toolExtremes.get(def.tool());
                out.add(new IndicatorResult(n, def.name(), names, def.tool(), sc, change, dir, ranks.get(n),
                        te.highest().contains(n), te.lowest().contains(n),
                        overall.highest().contains(n), overall.lowest().contains(n)));
            }
            return out;
        }

        List<RankEntry> ranking() {
            Framework f = fw.get(cur);
            List<IndicatorDef> scored = f.indicators().stream().filter(d -> indicatorScore(cur, d.number()) != null).toList();
            List<RankEntry> out = new ArrayList<>();
            List<IndicatorDef> sorted = new ArrayList<>(scored);
            sorted.sort(Comparator.comparing((IndicatorDef d) -> Scores.round2(indicatorScore(cur, d.number()))).reversed()
                    .thenComparingInt(IndicatorDef::number));
            for (IndicatorDef d : sorted) {
                BigDecimal v = Scores.round2(indicatorScore(cur, d.number()));
                long higher = scored.stream().filter(o -> Scores.round2(indicatorScore(cur, o.number())).compareTo(v) > 0).count();
                long same = scored.stream().filter(o -> Scores.round2(indicatorScore(cur, o.number())).compareTo(v) == 0).count();
                out.add(new RankEntry((int) higher + 1, d.number(), d.name(), d.tool(), v, same > 1));
            }
            return out;
        }

        List<Fall> falls() {
            if (prev == null) return List.of();
            List<Fall> raw = new ArrayList<>();
            for (IndicatorDef d : fw.get(cur).indicators()) {
                BigDecimal a = indicatorScore(prev, d.number());
                BigDecimal b = indicatorScore(cur, d.number());
                if (a == null || b == null) continue;
                BigDecimal ra = Scores.round2(a);
                BigDecimal rb = Scores.round2(b);
                BigDecimal ch = rb.subtract(ra);
                if (ch.signum() < 0) raw.add(new Fall(d.number(), d.name(), d.tool(), ra, rb, ch, false));
            }
            raw.sort(Comparator.comparing(Fall::change).thenComparingInt(Fall::indicator));
            if (raw.isEmpty()) return raw;
            BigDecimal largest = raw.getFirst().change();
            return raw.stream().map(fl -> new Fall(fl.indicator(), fl.name(), fl.tool(), fl.previous(), fl.current(),
                    fl.change(), fl.change().compareTo(largest) == 0)).toList();
        }

        /** The latest year's question scores, each placed under its indicator. */
        List<ItemResult> items() {
            Framework f = fw.get(cur);
            List<ItemResult> out = new ArrayList<>();
            for (ItemScore s : in.items()) {
                Framework fy = fw.get(s.fiscalYear());
                if (fy == null) continue;
                QuestionDef q = fy.question(s.item()).orElse(null);
                Integer indicator = s.indicator();
                if (indicator == null) {
                    if (q == null) {
                        throw ItagenException.input(s.where(), Msg.of("error.QUESTION_UNKNOWN_NO_INDICATOR", s.item(),
                                String.valueOf(s.fiscalYear())));
                    }
                    indicator = q.indicator();
                }
                int n = indicator;
                IndicatorDef def = fy.indicator(n).orElseThrow();
                if (def.tool() != s.tool()) {
                    throw ItagenException.input(s.where(), Msg.of("error.QUESTION_WRONG_TOOL", s.item(), s.tool(),
                            String.valueOf(n), def.tool(), String.valueOf(s.fiscalYear())));
                }
                if (s.fiscalYear() != cur) continue;
                out.add(new ItemResult(cur, s.item(), s.tool(), n, s.part(), Scores.round2(s.score()),
                        q == null ? null : q.text()));
            }
            out.sort(Comparator.comparingInt((ItemResult r) -> r.tool().ordinal()).thenComparingInt(ItemResult::indicator)
                    .thenComparingInt(r -> Integer.parseInt(r.item().substring(1)))
                    .thenComparingInt(r -> r.part() == null ? -1 : r.part().ordinal()));
            missingQuestions(f, out);
            if (out.isEmpty()) warnings.add(warning(WarningCode.NO_QUESTIONS, null, String.valueOf(cur)));
            return List.copyOf(out);
        }

        /**
         * An IIT or EIT indicator with some question scores but not all the framework lists: a
         * weak question may be missing from the list, so say which.
         */
        void missingQuestions(Framework f, List<ItemResult> items) {
            Map<Integer, java.util.Set<String>> given = new TreeMap<>();
            for (ItemResult r : items) given.computeIfAbsent(r.indicator(), k -> new java.util.TreeSet<>()).add(r.item());
            Comparator<String> byNumber = Comparator.comparingInt(c -> Integer.parseInt(c.substring(1)));
            List<String> parts = new ArrayList<>();
            for (var e : given.entrySet()) {
                List<String> listed = f.questions().values().stream().filter(q -> q.indicator() == e.getKey())
                        .map(QuestionDef::code).sorted(byNumber).toList();
                List<String> missing = listed.stream().filter(c -> !e.getValue().contains(c)).toList();
                if (missing.isEmpty()) continue;
                parts.add(Msg.of("label.MISSING_QUESTIONS_OF", String.valueOf(e.getKey()),
                        String.join(", ", e.getValue().stream().sorted(byNumber).toList()), String.join(", ", missing)).text());
            }
            if (parts.isEmpty()) return;
            String where = in.items().stream().filter(s -> s.fiscalYear() == cur).map(ItemScore::where).findFirst().orElse(null);
            warnings.add(warning(WarningCode.MISSING_QUESTIONS, where, String.valueOf(cur), String.join("; ", parts)));
        }

        /**
         * Questions below the threshold, EIT parts kept apart. An IIT or EIT indicator whose questions
         * all reach the threshold contributes its lowest (ties: all lowest) so it still gets a measure.
         * OIT items are all-or-nothing evidence checks: only the failed ones (below threshold) count.
         */
        List<WeakItem> weakItems(List<ItemResult> items) {
            BigDecimal th = options.threshold();
            Map<Integer, List<ItemResult>> byIndicator = new TreeMap<>();
            for (ItemResult r : items) byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
            List<WeakItem> out = new ArrayList<>();
            Framework f = fw.get(cur);
            for (var e : byIndicator.entrySet()) {
                String indName = f.indicator(e.getKey()).map(IndicatorDef::name).orElse(null);
                List<ItemResult> below = e.getValue().stream().filter(r -> r.score().compareTo(th) < 0).toList();
                if (!below.isEmpty()) {
                    below.forEach(r -> out.add(weak(r, indName, false)));
                } else if (e.getValue().getFirst().tool() != Tool.OIT) {
                    BigDecimal min = e.getValue().stream().map(ItemResult::score).min(Comparator.naturalOrder()).orElseThrow();
                    e.getValue().stream().filter(r -> r.score().compareTo(min) == 0).forEach(r -> out.add(weak(r, indName, true)));
                }
            }
            return out;
        }

        static WeakItem weak(ItemResult r, String indicatorName, boolean fallback) {
            return new WeakItem(r.item(), r.tool(), r.indicator(), indicatorName, r.part(), r.score(), fallback,
                    r.wording(), r.fiscalYear());
        }
    }

    /** The scores the all-tools rule looks at, as notes name them. */
    enum Score {
        IIT, EIT_PUBLIC, EIT_SURVEY, EIT, OIT;

        /** "IIT", "EIT ส่วนที่ 1" / "EIT part 1" ... */
        String label(Locale l) {
            return switch (this) {
                case EIT_PUBLIC, EIT_SURVEY -> Messages.text(l, "note.score." + name());
                default -> name();
            };
        }
    }

    /** A higher level the ITA total reached but some tool scores held down. */
    record HeldDown(BigDecimal ita, String level, Map<Score, BigDecimal> below, BigDecimal toolsMin) {
        Note note(String band) {
            return Note.of("note.band.held_down", l -> new Object[]{Scores.format(ita), level,
                    below.entrySet().stream().map(e -> e.getKey().label(l) + " " + Scores.format(e.getValue()))
                            .collect(Collectors.joining(", ")),
                    Scores.format(toolsMin), band});
        }
    }

    static Warning warning(WarningCode code, String where, Object... args) {
        return new Warning(code, Messages.text(code.key(), args), where);
    }

    static String join(List<Integer> ns) {
        return ns.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "1, 2 และ 9" / "1, 2 and 9". */
    static String numbers(Locale l, List<Integer> ns) {
        if (ns.size() == 1) return String.valueOf(ns.getFirst());
        return Messages.text(l, "note.and", join(ns.subList(0, ns.size() - 1)), String.valueOf(ns.getLast()));
    }

    /** "a และ b และ c" / "a and b and c". */
    static String and(Locale l, List<String> parts) {
        String out = parts.getFirst();
        for (String p : parts.subList(1, parts.size())) out = Messages.text(l, "note.and", out, p);
        return out;
    }

    private static Object[] with(List<Object> first, Object... rest) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all.toArray();
    }

    /** Declared bands (copied tables) against the computed ones. */
    static List<Warning> bandWarnings(AgencyScores in, Map<Integer, Band> bands, boolean declaredPrinted,
                                      Map<Integer, Framework> fw) {
        List<Warning> out = new ArrayList<>();
        for (DeclaredBand b : in.bands()) {
            Band mine = bands.get(b.fiscalYear());
            if (mine == null || mine.name() == null) continue;
            if (!mine.name().equals(b.name().strip())) {
                Framework f = fw.get(b.fiscalYear());
                out.add(new Warning(WarningCode.DECLARED_BAND_MISMATCH, Messages.text(WarningCode.DECLARED_BAND_MISMATCH.key(),
                        String.valueOf(b.fiscalYear()), b.name().strip(), Scores.format(mine.basedOn()), mine.name(),
                        declaredPrinted ? b.name().strip() : mine.name()), b.where(), f != null && f.verified("rating")));
            }
        }
        return out;
    }

    /** A total's change from prev to cur, of the printed values; null without both. */
    private static BigDecimal totalChange(Map<Integer, BigDecimal> printed, Integer prev, Integer cur) {
        if (prev == null) return null;
        BigDecimal a = printed.get(prev);
        BigDecimal b = printed.get(cur);
        return a == null || b == null ? null : b.subtract(a);
    }
}
