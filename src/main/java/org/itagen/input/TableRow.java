package org.itagen.input;

import org.itagen.ItagenException;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One row of a CSV or XLSX table as trimmed text cells, before any meaning is given to it.
 * Keeping both file kinds in this shape lets one parser per layout (long, wide) serve both.
 *
 * <p>What the reader found wrong travels with the row instead of being thrown at once, so that it
 * is reported against the row's own agency (a bad row of one agency never blocks another):
 * {@code problem} concerns the whole row (a control character, a cell count that differs from the
 * header's), {@code cellProblems} single cells (an Excel formula without a saved result), thrown
 * only when that cell is read.
 *
 * @param cells        trimmed cell texts, possibly fewer than the header
 * @param where        the row's location ("scores.csv:12", "scores.xlsx:Sheet1!A12")
 * @param cellWhere    a location per cell index (XLSX: "scores.xlsx:Sheet1!D12"); the row's for CSV
 * @param problem      what is wrong with the whole row, or null
 * @param shift        cells more (positive) or fewer (negative) than the header has; 0 when the count fits
 * @param cellProblems per cell index, what is wrong with it (null entries: nothing); may be null
 */
record TableRow(List<String> cells, String where, IntFunction<String> cellWhere, ItagenException problem,
                int shift, ItagenException[] cellProblems) {
    TableRow(List<String> cells, String where, IntFunction<String> cellWhere) {
        this(cells, where, cellWhere, null, 0, null);
    }

    /** A cell's text; throws the cell's problem, if any, because the value is unusable. */
    String cell(int index) {
        if (cellProblems != null && index >= 0 && index < cellProblems.length && cellProblems[index] != null) {
            throw cellProblems[index];
        }
        return rawCell(index);
    }

    /** A cell's text even when the cell has a problem (for grouping rows by agency). */
    String rawCell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    String where(int index) {
        return cellWhere.apply(index);
    }

    /** Throws the row's problem, if any. */
    void check() {
        if (problem != null) throw problem;
    }

    /**
     * Whether cell {@code index} surely is the cell its heading says: always, unless the row has
     * more or fewer cells than the header, when a split value may have pushed it along. The first
     * cell cannot move.
     */
    boolean inPlace(int index) {
        return shift == 0 || index == 0;
    }

    /** Receives a table row by row, so a national file is never held whole. */
    interface Sink {
        void header(List<String> cells, String where);

        void row(TableRow row);
    }
}
