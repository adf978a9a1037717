package org.itagen.doc;

import java.util.List;
import java.util.Objects;

/**
 * A vertical bar chart: one group per category, one bar per series, values printed on bars,
 * a legend with the series names.
 *
 * @param title      chart title, may be empty
 * @param categories category labels (e.g. indicator names), Thai allowed
 * @param series     the series (e.g. fiscal years); each has one value per category
 * @param axisMax    top of the value axis (100 for scores)
 * @param valueLabel label of the value axis, e.g. "คะแนน", may be empty
 */
public record BarChart(String title, List<String> categories, List<Series> series,
                       double axisMax, String valueLabel) implements Block {
    public BarChart {
        title = title == null ? "" : title;
        valueLabel = valueLabel == null ? "" : valueLabel;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        if (!(axisMax > 0)) throw new IllegalArgumentException("axisMax must be positive");
    }

    /**
     * One series.
     *
     * @param name   legend text (e.g. "ปี ๒๕๖๗")
     * @param values one value per category; null where there is none
     * @param color  "RRGGBB"
     */
    public record Series(String name, List<Double> values, String color) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            Objects.requireNonNull(color, "color");
        }
    }
}
