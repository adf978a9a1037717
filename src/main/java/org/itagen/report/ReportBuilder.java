package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.analysis.Analysis;
import org.itagen.analysis.IndicatorResult;
import org.itagen.doc.Align;
import org.itagen.doc.BarChart;
import org.itagen.doc.Block;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.ListBlock;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageBreak;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the O25 or O28 document: walks the template's body, rendering its wording with the
 * report data and putting in the built-in tables and chart where the template asks for them.
 */
public final class ReportBuilder {
    /** Paragraph default: a first-line indent, as Thai official documents set text. */
    static final double PARAGRAPH_INDENT_CM = 1.25;
    private static final String[] SERIES_COLORS = {"9DC3E6", "2F5597"};

    /**
     * Settings from the command line that win over the template's.
     *
     * @param digits thai or arabic, or null for the template's
     * @param font   a font file path or a family name, or null for the template's
     */
    public record Overrides(Digits digits, String font) {
        public static final Overrides NONE = new Overrides(null, null);
    }

    private final ReportData data;
    private final Tables tables;
    private final Template template;
    private final TextEngine engine;

    private ReportBuilder(DocKind kind, ReportInput input, Template template) {
        this.template = template;
        this.engine = new TextEngine();
        this.data = new ReportData(kind, input, template, engine);
        this.tables = new Tables(data);
    }

    /** Builds the document of the template's kind. */
    public static Document build(ReportInput input, Template template, Overrides overrides) {
        return new ReportBuilder(template.docKind(), input, template).document(overrides);
    }

    /** The agency id for file names (measures file, else scores), or null. */
    public static String agencyId(ReportInput input) {
        String id = input.plan().agency().id();
        if (id == null || id.isBlank()) id = input.analysis().agency() == null ? null : input.analysis().agency().id();
        return id == null || id.isBlank() ? null : id.strip();
    }

    private Document document(Overrides o) {
        List<Block> blocks = new ArrayList<>();
        org.itagen.doc.Image logo = logo();
        if (logo != null) blocks.add(logo);
        walk(template.body(), data.context, null, blocks);
        PageSetup page = template.page();
        if (o.digits() != null) page = page.withDigits(o.digits());
        if (o.font() != null && !o.font().isBlank()) {
            Path f = Path.of(o.font());
            page = Files.isRegularFile(f) ? page.withFont(page.fontFamily(), f.toAbsolutePath().toString()) : page.withFont(o.font().strip(), null);
        }
        String title = ReportData.clean(data.render(template.title(), data.context)).replace('\n', ' ');
        var p = data.plan();
        LocalDate date = p.sections().documentDate(data.kind.code()) != null ? p.sections().documentDate(data.kind.code())
                : p.approval() != null && p.approval().date() != null ? p.approval().date()
                : data.kind.defaultDate(p.planYear());
        @SuppressWarnings("unchecked") Map<String, Object> doc = (Map<String, Object>) data.context.get("doc");
        Metadata meta = new Metadata(title, data.agencyName(), (String) doc.get("code") + " ITA " + p.planYear(), "th-TH", date,
                List.of("ITA", (String) doc.get("code"), Integer.toString(p.planYear())));
        return new Document(meta, page, blocks);
    }

    private void walk(List<Template.Spec> specs, Map<String, Object> ctx, Object current, List<Block> out) {
        for (Template.Spec s : specs) {
            // A group that runs over a list tests its condition per element: "each measure that has evidence".
            boolean perElement = s instanceof Template.GroupSpec g && g.each() != null;
            if (!perElement && !holds(s, ctx)) continue;
            switch (s) {
                case Template.TextSpec t -> text(t, ctx, out);
                case Template.TableSpec t -> {
                    String caption = t.caption() == null ? null : blankToNull(ReportData.clean(data.render(t.caption(), ctx)));
                    out.add(tables.build(t, caption, current));
                }
                case Template.ChartSpec c -> out.add(chart(c, ctx));
                case Template.BreakSpec b -> out.add(new PageBreak());
                case Template.SignatureSpec sig -> {
                    org.itagen.doc.Signature block = signature(sig);
                    if (block != null) out.add(block);
                }
                case Template.GroupSpec g -> {
                    if (g.each() == null) {
                        walk(g.blocks(), ctx, current, out);
                        continue;
                    }
                    List<?> list = list(g, ctx);
                    int i = 0;
                    for (Object element : list) {
                        Map<String, Object> inner = new LinkedHashMap<>(ctx);
                        inner.put(g.as(), element);
                        inner.put("loop_index", i);
                        inner.put("loop_number", i + 1);
                        inner.put("loop_last", i == list.size() - 1);
                        if (holds(g, inner)) walk(g.blocks(), inner, element, out);
                        i++;
                    }
                }
            }
        }
    }

    private boolean holds(Template.Spec s, Map<String, Object> ctx) {
        return s.condition() == null || engine.test(s.condition().value(), ctx, template.file(), s.condition().line());
    }

    /** The list a group's {@code each} names, following dots through maps. */
    private List<?> list(Template.GroupSpec g, Map<String, Object> ctx) {
        Object v = ctx;
        for (String part : g.each().split("\\.")) {
            if (!(v instanceof Map<?, ?> m) || !m.containsKey(part)) {
                Iterable<?> keys = v instanceof Map<?, ?> m2 ? m2.keySet() : List.of();
                List<String> names = new ArrayList<>();
                keys.forEach(k -> names.add(String.valueOf(k)));
                throw ItagenException.input(template.file() + ":" + g.line(), org.itagen.Msg.of("error.TEMPLATE_EACH_NO_LIST",
                        g.each(), TextEngine.suggest(part, names)));
            }
            v = m.get(part);
        }
        if (v == null) return List.of();
        if (v instanceof List<?> l) return l;
        throw ItagenException.input(template.file() + ":" + g.line(), org.itagen.Msg.of("error.TEMPLATE_EACH_NOT_LIST", g.each()));
    }

    private void text(Template.TextSpec t, Map<String, Object> ctx, List<Block> out) {
        switch (t.type()) {
            case "title", "heading", "subheading" -> {
                int level = switch (t.type()) {
                    case "title" -> 0;
                    case "heading" -> 1;
                    default -> 2;
                };
                String s = ReportData.clean(data.render(t.text(), ctx));
                // A title may run over several lines; each line is its own centred heading line.
                for (String line : s.split("\n")) {
                    if (line.isBlank()) continue;
                    out.add(new Heading(level, runs(line.strip())));
                }
            }
            case "paragraph" -> {
                String s = data.render(t.text(), ctx);
                // The template's page align (Thai distributed justification unless it says left).
                Align align = t.align() == null ? data.template.paragraphAlign() : t.align();
                double indent = t.indentCm() == null ? (align == Align.JUSTIFY || align == Align.LEFT ? PARAGRAPH_INDENT_CM : 0) : t.indentCm();
                for (String para : s.split("\\n[ \\t]*\\n")) {
                    String p = ReportData.clean(para).replace('\n', ' ');
                    if (p.isEmpty()) continue;
                    out.add(new Paragraph(runs(p), align, indent, 0));
                }
            }
            default -> {
                List<String> items = new ArrayList<>();
                if (t.text() != null) {
                    for (String line : data.render(t.text(), ctx).split("\n")) {
                        String l = line.strip();
                        if (l.startsWith("- ")) l = l.substring(2).strip();
                        if (!l.isEmpty()) items.add(l);
                    }
                } else {
                    for (Template.Text i : t.items()) {
                        String l = ReportData.clean(data.render(i, ctx)).replace('\n', ' ');
                        if (!l.isEmpty()) items.add(l);
                    }
                }
                if (items.isEmpty()) return;
                ListBlock.Kind kind = t.type().equals("numbered") ? ListBlock.Kind.NUMBERED : ListBlock.Kind.BULLET;
                out.add(new ListBlock(kind, items.stream().map(s -> new ListBlock.ListItem(runs(s), null)).toList()));
            }
        }
    }

    /** Text with **bold** spans; the rest plain. An unmatched ** is kept as typed. */
    static List<Run> runs(String s) {
        List<Run> runs = new ArrayList<>();
        String[] parts = s.split("\\*\\*", -1);
        boolean balanced = parts.length % 2 == 1;
        for (int i = 0; i < parts.length; i++) {
            boolean lastUnmatched = !balanced && i == parts.length - 1;
            String text = lastUnmatched ? "**" + parts[i] : parts[i];
            if (text.isEmpty()) continue;
            runs.add(i % 2 == 1 && !lastUnmatched ? Run.bold(text) : Run.plain(text));
        }
        if (runs.isEmpty()) runs.add(Run.plain(""));
        return runs;
    }

    private BarChart chart(Template.ChartSpec c, Map<String, Object> ctx) {
        Analysis a = c.after() && data.input.after() != null ? data.input.after() : data.analysis();
        String title = c.title() == null ? "" : ReportData.clean(data.render(c.title(), ctx)).replace('\n', ' ');
        List<String> categories = new ArrayList<>();
        for (IndicatorResult r : a.indicators()) {
            categories.add(data.labels.get("chart_category").replace("{number}", Integer.toString(r.number())).replace("{name}", r.name()));
        }
        List<BarChart.Series> series = new ArrayList<>();
        List<Integer> years = a.twoYears() ? List.of(a.previousYear(), a.currentYear()) : List.of(a.currentYear());
        int color = years.size() == 1 ? 1 : 0;
        for (int y : years) {
            List<Double> values = new ArrayList<>();
            for (IndicatorResult r : a.indicators()) {
                var v = r.score(y);
                values.add(v == null ? null : ReportData.round(v).doubleValue());
            }
            series.add(new BarChart.Series(data.labels.get("chart_series").replace("{year}", Integer.toString(y)), values, SERIES_COLORS[color++]));
        }
        return new BarChart(title, categories, series, 100, data.labels.get("chart_axis"));
    }

    /** Default printed width of a logo, millimetres (the Garuda of a Thai official letter is about 3 cm tall). */
    static final double LOGO_MM = 25;

    /** The logo at the head of the first page: the measures file's or workbook's, else the template's; null for none. */
    private org.itagen.doc.Image logo() {
        org.itagen.input.PictureRef ref = data.plan().logo() != null ? data.plan().logo() : template.logo();
        if (ref == null) return null;
        double mm = ref.widthMm() == null ? LOGO_MM : ref.widthMm();
        Align align = ref.align() == null ? Align.CENTER : Align.valueOf(ref.align().toUpperCase(Locale.ROOT));
        return Pictures.load(ref.file(), mm / 10, align, data.agencyName(), ref.where(), ref.key());
    }

    /** The signature block, or null when the measures file or workbook names no signer. */
    private org.itagen.doc.Signature signature(Template.SignatureSpec spec) {
        var signer = data.plan().signature();
        if (signer == null) return null;
        List<String> lines = new ArrayList<>();
        lines.add(data.labels.get("signature_name").replace("{name}", signer.name()));
        lines.addAll(signer.position());
        if (signer.date() != null) {
            lines.add(data.labels.get("signature_date").replace("{date}", org.itagen.thai.ThaiDates.fullDate(signer.date())));
        }
        org.itagen.doc.Image image = null;
        if (signer.image() != null) {
            var ref = signer.image();
            image = Pictures.load(ref.file(), spec.imageWidthMm() / 10, Align.CENTER, signer.name(), ref.where(), ref.key());
        }
        return new org.itagen.doc.Signature(image, lines);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
