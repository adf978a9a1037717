package org.itagen.report;

import org.itagen.analysis.Analysis;
import org.itagen.analysis.Band;
import org.itagen.analysis.IndicatorResult;
import org.itagen.analysis.RankEntry;
import org.itagen.analysis.ToolResult;
import org.itagen.doc.Align;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.doc.Table.Cell;
import org.itagen.doc.Table.Row;
import org.itagen.model.RatingLevel;
import org.itagen.model.RatingScheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The built-in tables. Their words come from the template's labels. */
final class Tables {
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final BigDecimal STEP = new BigDecimal("0.01");
    private static final String TOTAL_SHADE = "F2F2F2";

    private final ReportData data;
    private final Map<String, String> labels;

    Tables(ReportData data) {
        this.data = data;
        this.labels = data.labels;
    }

    /** {@code current} is the element of the innermost {@code each} group, or null. */
    Table build(Template.TableSpec spec, String caption, Object current) {
        Analysis a = spec.after() && data.input.after() != null ? data.input.after() : data.analysis();
        return switch (spec.name()) {
            case "comparison" -> comparison(a, caption, spec.sizePt());
            case "ranking" -> ranking(a, caption, spec.sizePt());
            case "rating_scale" -> ratingScale(a, caption, spec.sizePt());
            case "weak_questions" -> weakQuestions(caption, spec.sizePt());
            case "measures" -> measures(caption, spec.sizePt());
            case "results" -> results(caption, spec.sizePt());
            case "measure" -> measure(current, caption, spec.sizePt(), spec.line());
            default -> throw new IllegalStateException("unknown table " + spec.name()); // the loader checks names
        };
    }

    /** Seed 002 section 4: both years per indicator, change, เพิ่ม/ลด, สูงสุด/ต่ำสุด per tool, totals, band. */
    private Table comparison(Analysis a, String caption, float size) {
        boolean two = a.twoYears();
        int cur = a.currentYear();
        Integer prev = a.previousYear();
        List<Row> header = new ArrayList<>();
        if (two) {
            header.add(Row.of(head("col_tool").span(1, 2), head("col_indicator").span(1, 2), head("col_scores").span(2, 1),
                    head("col_change").span(1, 2), head("col_direction").span(1, 2), head("col_extreme").span(1, 2)));
            header.add(Row.of(Cell.header(year(prev)), Cell.header(year(cur))));
        } else {
            header.add(Row.of(head("col_tool"), head("col_indicator"), Cell.header(year(cur)), head("col_extreme")));
        }
        List<Row> body = new ArrayList<>();
        for (ToolResult t : a.tools()) {
            boolean first = true;
            for (int n : t.indicators()) {
                IndicatorResult r = a.indicator(n);
                List<Cell> cells = new ArrayList<>();
                if (first) {
                    cells.add(Cell.of(t.tool().name(), Align.CENTER).span(1, t.indicators().size() + 1)
                            .withVAlign(Cell.VAlign.MIDDLE));
                    first = false;
                }
                cells.add(Cell.of(labels.get("indicator").replace("{number}", Integer.toString(n)).replace("{name}", r.name())));
                if (two) cells.add(num(r.score(prev)));
                cells.add(num(r.score(cur)));
                if (two) {
                    cells.add(num(signed(r.change())));
                    cells.add(Cell.of(r.direction() == null ? "" : data.word(r.direction()), Align.CENTER));
                }
                String mark = r.highestInTool() ? labels.get("highest") : r.lowestInTool() ? labels.get("lowest") : "";
                cells.add(Cell.of(mark, Align.CENTER));
                body.add(new Row(cells));
            }
            List<Cell> total = new ArrayList<>();
            total.add(boldCell(labels.get("tool_total").replace("{tool}", t.tool().name()), Align.LEFT));
            if (two) total.add(boldNum(t.total(prev)));
            total.add(boldNum(t.total(cur)));
            if (two) {
                total.add(boldNum(signed(t.change())));
                total.add(boldCell(t.direction() == null ? "" : data.word(t.direction()), Align.CENTER));
            }
            total.add(Cell.empty());
            body.add(new Row(shade(total)));
        }
        var ita = a.ita();
        List<Cell> itaRow = new ArrayList<>();
        itaRow.add(boldCell(labels.get("ita_total"), Align.LEFT).span(2, 1));
        if (two) itaRow.add(boldNum(ita.total(prev)));
        itaRow.add(boldNum(ita.total(cur)));
        if (two) {
            itaRow.add(boldNum(signed(ita.change())));
            itaRow.add(boldCell(ita.direction() == null ? "" : data.word(ita.direction()), Align.CENTER));
        }
        itaRow.add(Cell.empty());
        body.add(new Row(shade(itaRow)));
        List<Cell> bandRow = new ArrayList<>();
        bandRow.add(boldCell(labels.get("band"), Align.LEFT).span(2, 1));
        if (two) bandRow.add(boldCell(bandName(ita.band().get(prev)), Align.CENTER));
        bandRow.add(boldCell(bandName(ita.band().get(cur)), Align.CENTER));
        if (two) bandRow.add(Cell.empty().span(2, 1));
        bandRow.add(Cell.empty());
        body.add(new Row(shade(bandRow)));
        return Table.sizedByContent(two ? 7 : 4, header, body, caption, size);
    }

    /** Seed 004: indicators high to low in the latest year. */
    private Table ranking(Analysis a, String caption, float size) {
        List<Row> header = List.of(Row.of(head("col_rank"), head("col_indicator"), head("col_tool"),
                Cell.header(labels.get("col_score") + " " + year(a.currentYear()))));
        List<Row> body = new ArrayList<>();
        for (RankEntry e : a.ranking()) {
            body.add(Row.of(Cell.of(Integer.toString(e.rank()), Align.CENTER),
                    Cell.of(labels.get("indicator").replace("{number}", Integer.toString(e.indicator())).replace("{name}", e.name())),
                    Cell.of(e.tool().name(), Align.CENTER), num(e.score())));
        }
        return Table.sizedByContent(4, header, body, caption, size);
    }

    /**
     * The assessment year's rating levels, highest first. A level that also needs every tool
     * (FY2568's ผ่านดี, ผ่านดีเยี่ยม) says so in words in a third column: four more range columns
     * would not fit a portrait page in a Thai font.
     */
    private Table ratingScale(Analysis a, String caption, float size) {
        RatingScheme scheme = a.framework().rating();
        List<RatingLevel> levels = scheme.levels();
        boolean toolRule = levels.stream().anyMatch(l -> l.toolsMin() != null);
        List<Row> header = new ArrayList<>();
        List<Row> body = new ArrayList<>();
        header.add(toolRule ? Row.of(head("col_level"), head("col_range"), head("col_conditions"))
                : Row.of(head("col_level"), head("col_range")));
        for (int i = 0; i < levels.size(); i++) {
            RatingLevel l = levels.get(i);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(l.name(), Align.CENTER));
            cells.add(Cell.of(range(l.min(), upper(levels, i)), Align.CENTER));
            if (toolRule) {
                cells.add(l.toolsMin() == null ? Cell.of("-", Align.CENTER)
                        : Cell.of(labels.get("tools_condition").replace("{min}", ReportData.score(l.toolsMin()))));
            }
            body.add(new Row(cells));
        }
        return Table.sizedByContent(toolRule ? 3 : 2, header, body, caption, size);
    }

    /**
     * The top of a level: just below the next level up that the ITA total alone reaches. Levels
     * that also need every tool (FY2568's ผ่านดี, ผ่านดีเยี่ยม) do not cap the ones below them, so
     * ผ่าน reads 85.00-100.00 as NACC prints it.
     */
    private static BigDecimal upper(List<RatingLevel> levels, int i) {
        BigDecimal min = levels.get(i).min();
        BigDecimal cap = HUNDRED;
        for (int j = 0; j < i; j++) {
            RatingLevel h = levels.get(j);
            if (h.toolsMin() == null && h.min().compareTo(min) > 0) {
                BigDecimal top = h.min().subtract(STEP);
                if (top.compareTo(cap) < 0) cap = top;
            }
        }
        return cap;
    }

    private static String range(BigDecimal lo, BigDecimal hi) {
        return ReportData.score(lo) + " - " + ReportData.score(hi);
    }

    /**
     * Weak questions by indicator. When any question has EIT part scores, the score is two
     * columns under one heading, EIT Public and EIT Survey, and a question with one score
     * (IIT, OIT) spans both.
     */
    private Table weakQuestions(String caption, float size) {
        List<Map<String, Object>> qs = data.weakQuestions(data.analysis());
        boolean parts = qs.stream().anyMatch(q -> q.get("score_public") != null || q.get("score_survey") != null);
        int cols = parts ? 6 : 5;
        List<Row> header = parts
                ? List.of(Row.of(head("col_indicator").span(1, 2), head("col_code").span(1, 2), head("col_question").span(1, 2),
                        head("col_score").span(2, 1), head("col_answered_by").span(1, 2)),
                  Row.of(head("part_public"), head("part_survey")))
                : List.of(Row.of(head("col_indicator"), head("col_code"), head("col_question"), head("col_score"),
                        head("col_answered_by")));
        List<Row> body = new ArrayList<>();
        for (int i = 0; i < qs.size(); ) {
            int ind = (Integer) qs.get(i).get("indicator");
            int j = i;
            while (j < qs.size() && (Integer) qs.get(j).get("indicator") == ind) j++;
            // The note on a fallback question goes right under its indicator's rows, inside the
            // indicator's span, so it stays on their page and moves with them (issue 11 §4).
            boolean noted = false;
            for (int k = i; k < j; k++) noted |= Boolean.TRUE.equals(qs.get(k).get("fallback"));
            for (int k = i; k < j; k++) {
                Map<String, Object> q = qs.get(k);
                List<Cell> cells = new ArrayList<>();
                if (k == i) {
                    cells.add(Cell.of(labels.get("indicator").replace("{number}", Integer.toString(ind))
                            .replace("{name}", (String) q.get("indicator_name"))).span(1, j - i + (noted ? 1 : 0)));
                }
                boolean fallback = Boolean.TRUE.equals(q.get("fallback"));
                cells.add(new Cell(List.of(Paragraph.of(Run.literal((String) q.get("code")))), 1, 1, Align.CENTER, Cell.VAlign.TOP, null));
                String wording = (String) q.get("wording");
                // Never "-": an unknown wording still says which question of which indicator it is.
                cells.add(wording != null ? Cell.of(wording) : new Cell(List.of(Paragraph.of(
                        Run.plain(labels.get("unknown_wording").replace("{number}", Integer.toString(ind))
                                .replace("{name}", (String) q.get("indicator_name"))))), 1, 1, Align.LEFT, Cell.VAlign.TOP, null));
                String mark = fallback ? " " + labels.get("fallback_mark") : "";
                if (!parts) {
                    @SuppressWarnings("unchecked") List<String> scores = (List<String>) q.get("scores");
                    List<Paragraph> lines = new ArrayList<>();
                    for (int k2 = 0; k2 < scores.size(); k2++) {
                        lines.add(Paragraph.of(scores.get(k2) + (k2 == scores.size() - 1 ? mark : "")).withAlign(Align.RIGHT));
                    }
                    cells.add(new Cell(lines, 1, 1, Align.RIGHT, Cell.VAlign.TOP, null));
                } else if (q.get("score_public") != null || q.get("score_survey") != null) {
                    String pub = (String) q.get("score_public"), sur = (String) q.get("score_survey");
                    // A part with no score here scored at or above the threshold: its cell stays empty.
                    cells.add(num(pub == null ? "" : pub + (sur == null ? mark : "")));
                    cells.add(num(sur == null ? "" : sur + mark));
                } else {
                    cells.add(Cell.of(q.get("score") + mark, Align.CENTER).span(2, 1));
                }
                @SuppressWarnings("unchecked") List<Integer> by = (List<Integer>) q.get("measures");
                cells.add(Cell.of(by.isEmpty() ? "-" : labels.get("answered_by").replace("{numbers}",
                        String.join(", ", by.stream().map(String::valueOf).toList())), Align.CENTER));
                body.add(new Row(cells));
            }
            if (noted) {
                // Names the indicator it speaks of ("ตัวชี้วัดที่ ๓"), never "this indicator".
                String note = labels.get("fallback_note").replace("{threshold}", (String) data.context.get("threshold"))
                        .replace("{number}", Integer.toString(ind));
                body.add(Row.of(Cell.of(note).span(cols - 1, 1)));
            }
            i = j;
        }
        if (body.isEmpty()) body.add(Row.of(Cell.of(labels.get("no_weak_questions"), Align.CENTER).span(cols, 1)));
        return Table.sizedByContent(cols, header, body, caption, size);
    }

    /** O25: measure, the analysis it answers, steps, period, owner. */
    private Table measures(String caption, float size) {
        List<Row> header = List.of(Row.of(head("col_no"), head("col_measure"), head("col_analysis"), head("col_steps"),
                head("col_period"), head("col_owner")));
        List<Row> body = new ArrayList<>();
        for (ReportData.MeasureView v : data.measures) {
            body.add(Row.of(Cell.of(Integer.toString(v.no()), Align.CENTER), Cell.of(v.measure().title()),
                    withReference(paragraphs(v.analysis()), v), steps(v.measure().steps()), Cell.of(v.measure().period().label(), Align.CENTER),
                    Cell.of(v.measure().owner())));
        }
        return Table.sizedByContent(6, header, body, caption, size);
    }

    /** O28: measure, steps, period, owner, summary of results, outcome. */
    private Table results(String caption, float size) {
        List<Row> header = List.of(Row.of(head("col_measure"), head("col_steps"), head("col_period"), head("col_owner"),
                head("col_result"), head("col_outcome")));
        List<Row> body = new ArrayList<>();
        for (ReportData.MeasureView v : data.measures) {
            org.itagen.input.Measure m = v.measure();
            List<Paragraph> title = new ArrayList<>();
            title.add(Paragraph.of(v.no() + ". " + m.title()));
            if (m.status() != null) title.add(Paragraph.of(Run.italic("(" + labels.get("status_" + m.status().code()) + ")")));
            Paragraph ref = reference(v);
            if (ref != null) title.add(ref);
            body.add(Row.of(new Cell(title, 1, 1, Align.LEFT, Cell.VAlign.TOP, null), steps(m.steps()),
                    Cell.of(m.period().label(), Align.CENTER), Cell.of(m.owner()), paragraphs(m.result()), paragraphs(v.outcome())));
        }
        return Table.sizedByContent(6, header, body, caption, size);
    }

    /** One measure as rows of heading and detail (inside a group that runs over measures). */
    private Table measure(Object current, String caption, float size, int line) {
        ReportData.MeasureView v = null;
        for (ReportData.MeasureView mv : data.measures) if (mv.map() == current) v = mv;
        if (v == null) {
            throw org.itagen.ItagenException.input(data.template.file() + ":" + line, org.itagen.Msg.of("error.TEMPLATE_MEASURE_TABLE"));
        }
        org.itagen.input.Measure m = v.measure();
        List<Row> body = new ArrayList<>();
        body.add(Row.of(label("col_measure"), Cell.of(m.title())));
        body.add(Row.of(label("col_analysis"), withReference(paragraphs(v.analysis()), v)));
        body.add(Row.of(label("col_steps"), steps(m.steps())));
        body.add(Row.of(label("col_period"), Cell.of(m.period().label())));
        body.add(Row.of(label("col_owner"), Cell.of(m.owner())));
        if (m.status() != null) body.add(Row.of(label("col_status"), Cell.of(labels.get("status_" + m.status().code()))));
        if (data.kind.reportsResults()) {
            body.add(Row.of(label("col_result"), paragraphs(m.result())));
            body.add(Row.of(label("col_outcome"), paragraphs(v.outcome())));
        }
        if (!m.evidence().isEmpty()) {
            List<Paragraph> links = m.evidence().stream()
                    .map(e -> e.title().equals(e.url()) ? Paragraph.of(Run.link(e.url(), e.url()))
                            : Paragraph.of(Run.plain(e.title() + " "), Run.link(e.url(), e.url())))
                    .toList();
            body.add(Row.of(label("col_evidence"), new Cell(links, 1, 1, Align.LEFT, Cell.VAlign.TOP, null)));
        }
        // A form: the label column keeps one width in every measure's table, so they line up down
        // the pages (widened only if a label's widest word needs it).
        return new Table(List.of(4.2, 11.8), List.of(), body, caption, size);
    }

    // ---- cells ----------------------------------------------------------------------------

    /** The line naming the indicators and questions a measure answers (question codes kept as written), or null. */
    private Paragraph reference(ReportData.MeasureView v) {
        String ref = (String) v.map().get("reference");
        if (ref == null) return null;
        // Codes such as i10 are literal so that Thai digits never turn them into iหนึ่งศูนย์-like text.
        List<Run> runs = new ArrayList<>();
        java.util.regex.Matcher mt = java.util.regex.Pattern.compile("\\b[ieo][0-9]{1,3}\\b").matcher(ref);
        int at = 0;
        while (mt.find()) {
            if (mt.start() > at) runs.add(Run.italic(ref.substring(at, mt.start())));
            runs.add(Run.literal(mt.group()));
            at = mt.end();
        }
        if (at < ref.length()) runs.add(Run.italic(ref.substring(at)));
        return Paragraph.of(runs.toArray(Run[]::new));
    }

    /**
     * A cell with the measure's reference line added below the officer's own analysis text; the
     * analysis the template drafts already names the indicators and questions, so it stays as is.
     */
    private Cell withReference(Cell cell, ReportData.MeasureView v) {
        Paragraph ref = Boolean.TRUE.equals(v.map().get("analysis_by_officer")) || v.analysis() == null ? reference(v) : null;
        if (ref == null) return cell;
        List<Paragraph> ps = new ArrayList<>(cell.paragraphs());
        ps.add(ref);
        return new Cell(ps, cell.colSpan(), cell.rowSpan(), cell.align(), cell.vAlign(), cell.shade());
    }

    private Cell head(String label) {
        return Cell.header(labels.get(label));
    }

    private Cell label(String label) {
        return new Cell(List.of(Paragraph.of(Run.bold(labels.get(label)))), 1, 1, Align.LEFT, Cell.VAlign.TOP, "F2F2F2");
    }

    private String year(Integer y) {
        return labels.get("col_year").replace("{year}", String.valueOf(y));
    }

    private static String bandName(Band b) {
        return b == null || b.name() == null ? "-" : b.name();
    }

    private static Cell num(BigDecimal v) {
        return Cell.of(v == null ? "-" : ReportData.score(v), Align.RIGHT);
    }

    private static Cell num(String s) {
        return Cell.of(s, Align.RIGHT);
    }

    private static Cell boldNum(BigDecimal v) {
        return boldCell(v == null ? "-" : ReportData.score(v), Align.RIGHT);
    }

    private static Cell boldNum(String s) {
        return boldCell(s, Align.RIGHT);
    }

    private static Cell boldCell(String text, Align align) {
        return new Cell(List.of(new Paragraph(List.of(Run.bold(text)), align, 0, 0)), 1, 1, align, Cell.VAlign.TOP, null);
    }

    private static List<Cell> shade(List<Cell> cells) {
        return cells.stream().map(c -> c.withShade(TOTAL_SHADE)).toList();
    }

    /** "+9.37", "-1.20", "0.00"; "-" when there is no change. */
    private static String signed(BigDecimal change) {
        if (change == null) return "-";
        String s = ReportData.score(change);
        return change.signum() > 0 ? "+" + s : s;
    }

    private Cell steps(List<String> steps) {
        if (steps.size() == 1) return Cell.of(steps.get(0));
        List<Paragraph> ps = new ArrayList<>();
        int n = 0;
        for (String s : steps) {
            ps.add(Paragraph.of(labels.get("step").replace("{n}", Integer.toString(++n)).replace("{text}", s)));
        }
        return new Cell(ps, 1, 1, Align.LEFT, Cell.VAlign.TOP, null);
    }

    /** Text with line breaks as one paragraph per line. */
    static Cell paragraphs(String text) {
        if (text == null || text.isBlank()) return Cell.of("-", Align.CENTER);
        List<Paragraph> ps = new ArrayList<>();
        for (String line : text.split("\n")) if (!line.isBlank()) ps.add(Paragraph.of(line.strip()));
        return new Cell(ps, 1, 1, Align.LEFT, Cell.VAlign.TOP, null);
    }

}
