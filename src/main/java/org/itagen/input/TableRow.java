package org.itagen.input;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One row of a CSV or XLSX table as trimmed text cells, before any meaning is given to it.
 * Keeping both file kinds in this shape lets one parser per layout (long, wide) serve both.
 *
 * @param cells     trimmed cell texts, possibly fewer than the header
 * @param where     the row's location ("scores.csv:12", "scores.xlsx:Sheet1!A12")
 * @param cellWhere a location per cell index (XLSX: "scores.xlsx:Sheet1!D12"); the row's for CSV
 */
record TableRow(List<String> cells, String where, IntFunction<String> cellWhere) {
    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    String where(int index) {
        return cellWhere.apply(index);
    }

    /** Receives a table row by row, so a national file is never held whole. */
    interface Sink {
        void header(List<String> cells, String where);

        void row(TableRow row);
    }
}
