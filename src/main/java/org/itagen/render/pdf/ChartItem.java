package org.itagen.render.pdf;

import org.itagen.doc.Align;
import org.itagen.doc.BarChart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as vector graphics: category names in a column on the left
 * (wrapped by words, right-aligned next to their bars), one group of bars per category (series
 * one under the other), the value written horizontally after each bar, a value axis from 0 with
 * gridlines at the bottom, and a legend. Horizontal bars because ten long Thai indicator names
 * cannot sit under twenty upright bars at a readable size; 1 point of score is about 1 mm of
 * bar, so differences of a few points show while the axis stays honest. All text goes through
 * the same shaping path as body text, in the document's digits.
 */
final class ChartItem implements Renderer.Item {
    /** Smallest size of any chart text: read on paper. */
    static final float MIN_TEXT = 10f;
    private static final float CAT_SHARE = 0.4f;

    private final BarChart chart;
    private final float titleSize, labelSize, valueSize, legendSize;
    private final List<TextLines.Line> titleLines;
    private final List<List<TextLines.Line>> labels = new ArrayList<>();
    private final float[] rowH;
    private final float barH, catW, valueRoom, plotH, height;
    private final float width;
    private final Renderer r;

    ChartItem(Renderer r, BarChart chart) {
        this.r = r;
        this.chart = chart;
        this.width = r.width;
        this.titleSize = r.body;
        this.labelSize = Math.max(MIN_TEXT + 1, r.body - 4);
        this.valueSize = Math.max(MIN_TEXT, r.body - 5);
        this.legendSize = Math.max(MIN_TEXT + 1, r.body - 4);
        // The names' column: as wide as the longest unwrapped name, at most CAT_SHARE of the width
        // (longer names wrap by words); the rest is plot.
        float longest = 0;
        for (String c : chart.categories()) {
            longest = Math.max(longest, r.engine.width(r.engine.face(false, false), r.localize(c), labelSize));
        }
        this.catW = Math.min(width * CAT_SHARE, Math.max(width * 0.15f, longest + 10));
        List<TextLines.Span> title = List.of(new TextLines.Span(r.localize(chart.title()), TextLines.Style.of(true, false)));
        this.titleLines = chart.title().isEmpty() ? List.of() : r.text.layout(title, titleSize, width, width);
        int m = Math.max(1, chart.series().size());
        this.barH = valueSize * 1.5f;
        float groupH = m * barH;
        float pad = barH * 0.7f;
        rowH = new float[chart.categories().size()];
        float rows = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            List<TextLines.Line> ls = r.text.layout(List.of(new TextLines.Span(r.localize(chart.categories().get(c)), TextLines.Style.PLAIN)),
                    labelSize, catW - 8, catW - 8);
            labels.add(ls);
            rowH[c] = Math.max(groupH, ls.size() * r.lineHeight(labelSize)) + pad;
            rows += rowH[c];
        }
        this.plotH = rows;
        // Room after the plot for the widest value label, so a bar at the axis maximum keeps its
        // label inside the chart's frame.
        float widest = 0;
        FontFace face = r.engine.face(false, false);
        for (BarChart.Series s : chart.series()) {
            for (Double v : s.values()) {
                if (v != null) widest = Math.max(widest, r.engine.width(face, label(v), valueSize));
            }
        }
        widest = Math.max(widest, r.engine.width(face, label(chart.axisMax()), valueSize));
        this.valueRoom = widest + 6;
        float legend = chart.series().isEmpty() ? 0 : r.lineHeight(legendSize) + 4;
        float axisLabel = chart.valueLabel().isEmpty() ? 0 : r.lineHeight(valueSize);
        this.height = titleLines.size() * r.lineHeight(titleSize) + 4 + plotH + 3 + r.lineHeight(valueSize)
                + axisLabel + 4 + legend;
    }

    private String label(double v) {
        return r.localize(String.format(Locale.ROOT, "%.2f", v));
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public void draw(Renderer rr, float x, float yTop) {
        var cb = r.cb;
        FontFace face = r.engine.face(false, false);
        float y = yTop;
        for (TextLines.Line l : titleLines) {
            r.text.draw(cb, l, titleSize, x, y - r.baseline(titleSize), Align.CENTER, false);
            y -= r.lineHeight(titleSize);
        }
        y -= 4;
        float plotTop = y, plotBottom = y - plotH;
        float px = x + catW, pw = width - catW - valueRoom;
        float scale = pw / (float) chart.axisMax();

        // Gridlines and the value axis under the plot, from 0.
        double step = niceStep(chart.axisMax() / 5);
        cb.setLineWidth(0.4f);
        for (double v = 0; v <= chart.axisMax() + 1e-9; v += step) {
            float gx = px + (float) v * scale;
            cb.setColorStroke(v == 0 ? Color.BLACK : new Color(0xBF, 0xBF, 0xBF));
            cb.moveTo(gx, plotBottom);
            cb.lineTo(gx, plotTop);
            cb.stroke();
            String t = r.localize(format(v, step));
            TextEngine.Shaped s = r.engine.shape(face, t);
            float w = s.advance() * valueSize / FontFace.UNITS;
            r.engine.draw(cb, face, valueSize, s, gx - w / 2, plotBottom - 3 - r.baseline(valueSize), 0, t);
        }
        cb.setColorStroke(Color.BLACK);
        cb.setLineWidth(0.6f);
        cb.moveTo(px, plotBottom);
        cb.lineTo(px + pw, plotBottom);
        cb.stroke();
        float below = plotBottom - 3 - r.lineHeight(valueSize);
        if (!chart.valueLabel().isEmpty()) {
            List<TextLines.Line> vl = r.text.layout(List.of(new TextLines.Span(r.localize(chart.valueLabel()), TextLines.Style.PLAIN)),
                    valueSize, pw, pw);
            if (!vl.isEmpty()) r.text.draw(cb, vl.get(0), valueSize, px, below - r.baseline(valueSize), Align.CENTER, false);
            below -= r.lineHeight(valueSize);
        }

        int m = Math.max(1, chart.series().size());
        float rowTop = plotTop;
        for (int c = 0; c < chart.categories().size(); c++) {
            float h = rowH[c];
            float gy = rowTop - (h - m * barH) / 2; // top of the group, centred in its row
            for (int s = 0; s < chart.series().size(); s++) {
                BarChart.Series series = chart.series().get(s);
                Double v = series.values().get(c);
                if (v == null) continue;
                float by = gy - (s + 1) * barH;
                float bw = (float) Math.max(0, Math.min(v, chart.axisMax())) * scale;
                cb.setColorFill(color(series.color()));
                cb.rectangle(px, by + 0.6f, bw, barH - 1.2f);
                cb.fill();
                cb.setColorFill(Color.BLACK);
                String t = label(v);
                TextEngine.Shaped sh = r.engine.shape(face, t);
                float base = by + (barH - valueSize * 0.7f) / 2;
                r.engine.draw(cb, face, valueSize, sh, px + bw + 3, base, 0, t);
            }
            List<TextLines.Line> ls = labels.get(c);
            float ly = rowTop - (h - ls.size() * r.lineHeight(labelSize)) / 2;
            for (TextLines.Line l : ls) {
                r.text.draw(cb, l, labelSize, x, ly - r.baseline(labelSize), Align.RIGHT, false);
                ly -= r.lineHeight(labelSize);
            }
            rowTop -= h;
        }

        // Legend: a swatch and the series name, centred in one row under the axis.
        float total = 0;
        List<TextLines.Line> names = new ArrayList<>();
        for (BarChart.Series s : chart.series()) {
            TextLines.Line l = r.text.layout(List.of(new TextLines.Span(r.localize(s.name()), TextLines.Style.PLAIN)),
                    legendSize, width, width).get(0);
            names.add(l);
            total += legendSize + 4 + l.width() + 16;
        }
        float lx = px + (pw - total) / 2;
        float base = below - 4 - r.baseline(legendSize);
        for (int s = 0; s < chart.series().size(); s++) {
            cb.setColorFill(color(chart.series().get(s).color()));
            cb.rectangle(lx, base - 1, legendSize * 0.8f, legendSize * 0.8f);
            cb.fill();
            cb.setColorFill(Color.BLACK);
            lx += legendSize + 4;
            r.text.draw(cb, names.get(s), legendSize, lx, base, Align.LEFT, false);
            lx += names.get(s).width() + 16;
        }
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex, 16));
    }

    private static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    private static String format(double v, double step) {
        return step >= 1 && Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v))
                : String.format(Locale.ROOT, "%.1f", v);
    }
}
