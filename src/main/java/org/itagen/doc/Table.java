package org.itagen.doc;

import java.util.List;
import java.util.Objects;

/**
 * A table. Header rows repeat on every page; a body row is not split across pages when it fits
 * on one. Columns are sized by their content (the writers share {@code render.TableWidths}:
 * every column gets its widest unbreakable word, the rest of the width goes where text still
 * wraps), unless fixed relative widths are given (a form whose label column must line up across
 * tables); even then no column is narrower than its widest word.
 *
 * @param columns      number of columns
 * @param columnWidths empty: sized by content; else one relative width per column (any
 *                     positive numbers; writers scale them to the text width)
 * @param headerRows   rows repeated at the top of each page
 * @param bodyRows     the rows
 * @param caption      a caption printed above the table, or null
 * @param sizePt       font size override in points for the whole table, or 0 for body size
 */
public record Table(int columns, List<Double> columnWidths, List<Row> headerRows, List<Row> bodyRows,
                    String caption, float sizePt) implements Block {
    public Table {
        columnWidths = List.copyOf(columnWidths);
        headerRows = List.copyOf(headerRows);
        bodyRows = List.copyOf(bodyRows);
        if (columns < 1) throw new IllegalArgumentException("a table needs columns");
        if (!columnWidths.isEmpty() && columnWidths.size() != columns) {
            throw new IllegalArgumentException("fixed widths must name every column: " + columnWidths.size() + " for " + columns);
        }
        for (double w : columnWidths) if (!(w > 0)) throw new IllegalArgumentException("column width must be positive");
    }

    /** A table with fixed relative column widths. */
    public Table(List<Double> columnWidths, List<Row> headerRows, List<Row> bodyRows, String caption, float sizePt) {
        this(columnWidths.size(), columnWidths, headerRows, bodyRows, caption, sizePt);
    }

    /** A table whose columns are sized by their content. */
    public static Table sizedByContent(int columns, List<Row> headerRows, List<Row> bodyRows, String caption, float sizePt) {
        return new Table(columns, List.of(), headerRows, bodyRows, caption, sizePt);
    }

    /** True when the writers size the columns by their content. */
    public boolean sizedByContent() {
        return columnWidths.isEmpty();
    }

    public int columnCount() {
        return columns;
    }

    /** A row of cells; cells spanning several columns count once. */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(Cell... cells) {
            return new Row(List.of(cells));
        }
    }

    /**
     * A cell.
     *
     * @param paragraphs the content; an empty list is an empty cell
     * @param colSpan    columns spanned, 1 or more
     * @param rowSpan    rows spanned, 1 or more (within the header or within the body)
     * @param align      horizontal alignment of the content
     * @param vAlign     vertical alignment
     * @param shade      background as "RRGGBB", or null
     */
    public record Cell(List<Paragraph> paragraphs, int colSpan, int rowSpan, Align align,
                       VAlign vAlign, String shade) {
        public enum VAlign { TOP, MIDDLE, BOTTOM }

        public Cell {
            paragraphs = List.copyOf(paragraphs);
            Objects.requireNonNull(align, "align");
            Objects.requireNonNull(vAlign, "vAlign");
            if (colSpan < 1 || rowSpan < 1) throw new IllegalArgumentException("spans must be 1 or more");
            if (shade != null && !shade.matches("[0-9A-Fa-f]{6}")) throw new IllegalArgumentException("shade is RRGGBB: " + shade);
        }

        public static Cell of(String text) {
            return new Cell(List.of(Paragraph.of(text)), 1, 1, Align.LEFT, VAlign.TOP, null);
        }

        public static Cell of(String text, Align align) {
            return new Cell(List.of(Paragraph.of(text).withAlign(align)), 1, 1, align, VAlign.TOP, null);
        }

        public static Cell header(String text) {
            return new Cell(List.of(new Paragraph(List.of(Run.bold(text)), Align.CENTER, 0, 0)),
                    1, 1, Align.CENTER, VAlign.MIDDLE, "D9E2F3");
        }

        public static Cell empty() {
            return new Cell(List.of(), 1, 1, Align.LEFT, VAlign.TOP, null);
        }

        public Cell span(int cols, int rows) {
            return new Cell(paragraphs, cols, rows, align, vAlign, shade);
        }

        public Cell withShade(String rrggbb) {
            return new Cell(paragraphs, colSpan, rowSpan, align, vAlign, rrggbb);
        }

        public Cell withVAlign(VAlign v) {
            return new Cell(paragraphs, colSpan, rowSpan, align, v, shade);
        }

        public String text() {
            return String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
        }
    }
}
