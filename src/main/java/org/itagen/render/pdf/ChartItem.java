package org.itagen.render.pdf;

import org.itagen.doc.Align;
import org.itagen.doc.BarChart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn as vector graphics: a value axis with gridlines, one group of bars per
 * category (series side by side), the value on each bar, category labels wrapped by words
 * under the groups, and a legend. All text goes through the same shaping path as body text.
 */
final class ChartItem implements Renderer.Item {
    private static final float PLOT_H = 6.5f * Renderer.PT_PER_CM;
    private static final float AXIS_W = 1.1f * Renderer.PT_PER_CM;

    private final BarChart chart;
    private final float titleSize, labelSize, valueSize, legendSize;
    private final List<TextLines.Line> titleLines;
    private final List<List<TextLines.Line>> labels = new ArrayList<>();
    private final float labelBlock;
    private final float height;
    private final float groupW;
    private final float width;
    private final Renderer r;

    ChartItem(Renderer r, BarChart chart) {
        this.r = r;
        this.chart = chart;
        this.width = r.width;
        this.titleSize = r.body;
        int n = Math.max(1, chart.categories().size());
        this.groupW = (width - AXIS_W) / n;
        // Labels wrap by words; shrink them until the longest word fits its group, so no word is cut.
        float longest = 0;
        FontFace face = r.engine.face(false, false);
        for (String c : chart.categories()) {
            for (String w : org.itagen.thai.WordBreaker.thai().segments(r.localize(c))) {
                longest = Math.max(longest, r.engine.width(face, w.strip(), 1f));
            }
        }
        float fit = longest > 0 ? (groupW - 3) / longest : r.body;
        this.labelSize = Math.max(7f, Math.min(r.body - 4, fit));
        this.legendSize = r.body - 4;
        this.valueSize = Math.max(7f, r.body - 8);
        List<TextLines.Span> title = List.of(new TextLines.Span(r.localize(chart.title()), TextLines.Style.of(true, false)));
        this.titleLines = chart.title().isEmpty() ? List.of() : r.text.layout(title, titleSize, width, width);
        int maxLines = 1;
        for (String c : chart.categories()) {
            List<TextLines.Line> ls = r.text.layout(List.of(new TextLines.Span(r.localize(c), TextLines.Style.PLAIN)),
                    labelSize, groupW - 2, groupW - 2);
            labels.add(ls);
            maxLines = Math.max(maxLines, ls.size());
        }
        this.labelBlock = maxLines * r.lineHeight(labelSize);
        float legend = chart.series().isEmpty() ? 0 : r.lineHeight(legendSize) + 6;
        float axisLabel = chart.valueLabel().isEmpty() ? 0 : r.lineHeight(labelSize);
        this.height = titleLines.size() * r.lineHeight(titleSize) + axisLabel + PLOT_H + 4 + labelBlock + 4 + legend;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public void draw(Renderer rr, float x, float yTop) {
        var cb = r.cb;
        float y = yTop;
        for (TextLines.Line l : titleLines) {
            r.text.draw(cb, l, titleSize, x, y - r.baseline(titleSize), Align.CENTER, false);
            y -= r.lineHeight(titleSize);
        }
        if (!chart.valueLabel().isEmpty()) {
            List<TextLines.Line> vl = r.text.layout(List.of(new TextLines.Span(r.localize(chart.valueLabel()), TextLines.Style.PLAIN)),
                    labelSize, width, width);
            if (!vl.isEmpty()) r.text.draw(cb, vl.get(0), labelSize, x, y - r.baseline(labelSize), Align.LEFT, false);
            y -= r.lineHeight(labelSize);
        }
        float plotTop = y, plotBottom = y - PLOT_H;
        float px = x + AXIS_W, pw = width - AXIS_W;
        // Head room so a value label above the tallest bar stays inside the plot.
        float headroom = valueSize * 1.5f;
        for (BarChart.Series s : chart.series()) {
            for (Double v : s.values()) {
                if (v == null) continue;
                String label = r.localize(String.format(Locale.ROOT, "%.2f", v));
                float lw = r.engine.width(r.engine.face(false, false), label, valueSize);
                if (lw > inner() / Math.max(1, chart.series().size()) + 1) headroom = Math.max(headroom, lw + 4);
            }
        }
        float scale = (PLOT_H - headroom) / (float) chart.axisMax();

        double step = niceStep(chart.axisMax() / 5);
        cb.setLineWidth(0.4f);
        for (double v = 0; v <= chart.axisMax() + 1e-9; v += step) {
            float gy = plotBottom + (float) v * scale;
            cb.setColorStroke(v == 0 ? Color.BLACK : new Color(0xBF, 0xBF, 0xBF));
            cb.moveTo(px, gy);
            cb.lineTo(px + pw, gy);
            cb.stroke();
            String label = r.localize(format(v, step));
            TextEngine.Shaped s = r.engine.shape(r.engine.face(false, false), label);
            float w = s.advance() * labelSize / FontFace.UNITS;
            r.engine.draw(cb, r.engine.face(false, false), labelSize, s, px - 4 - w, gy - labelSize * 0.3f, 0, label);
        }
        cb.setColorStroke(Color.BLACK);
        cb.setLineWidth(0.6f);
        cb.moveTo(px, plotBottom);
        cb.lineTo(px, plotTop);
        cb.stroke();

        int m = Math.max(1, chart.series().size());
        float inner = inner();
        float barW = inner / m;
        FontFace face = r.engine.face(false, false);
        for (int c = 0; c < chart.categories().size(); c++) {
            float gx = px + c * groupW + (groupW - inner) / 2;
            for (int s = 0; s < chart.series().size(); s++) {
                BarChart.Series series = chart.series().get(s);
                Double v = series.values().get(c);
                if (v == null) continue;
                float bx = gx + s * barW;
                float bh = (float) Math.max(0, Math.min(v, chart.axisMax())) * scale;
                cb.setColorFill(color(series.color()));
                cb.rectangle(bx + 0.5f, plotBottom, barW - 1f, bh);
                cb.fill();
                cb.setColorFill(Color.BLACK);
                String label = r.localize(String.format(Locale.ROOT, "%.2f", v));
                TextEngine.Shaped sh = r.engine.shape(face, label);
                float lw = sh.advance() * valueSize / FontFace.UNITS;
                if (lw <= barW + 1) {
                    r.engine.draw(cb, face, valueSize, sh, bx + (barW - lw) / 2, plotBottom + bh + 2, 0, label);
                } else {
                    // Too wide for the bar: written upwards, centred on it.
                    r.engine.draw(cb, face, valueSize, sh, bx + barW / 2 + valueSize * 0.35f, plotBottom + bh + 2, Math.PI / 2, label);
                }
            }
            float ly = plotBottom - 4;
            for (TextLines.Line l : labels.get(c)) {
                r.text.draw(cb, l, labelSize, px + c * groupW + 1, ly - r.baseline(labelSize), Align.CENTER, false);
                ly -= r.lineHeight(labelSize);
            }
        }

        // Legend: a swatch and the series name, centred in one row.
        float ly = plotBottom - 4 - labelBlock - 4;
        float total = 0;
        List<TextLines.Line> names = new ArrayList<>();
        for (BarChart.Series s : chart.series()) {
            TextLines.Line l = r.text.layout(List.of(new TextLines.Span(r.localize(s.name()), TextLines.Style.PLAIN)),
                    legendSize, width, width).get(0);
            names.add(l);
            total += legendSize + 4 + l.width() + 16;
        }
        float lx = x + AXIS_W + (pw - total) / 2;
        float base = ly - r.baseline(legendSize);
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

    private float inner() {
        return groupW * 0.76f;
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
