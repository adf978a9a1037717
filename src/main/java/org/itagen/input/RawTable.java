package org.itagen.input;

import java.util.List;

/**
 * A table of text cells read from CSV or XLSX, before any meaning is given to it. Keeping both
 * file kinds in this shape lets one parser per layout (long, wide) serve both.
 *
 * @param source      the file name for messages
 * @param header      header cells, trimmed
 * @param headerWhere location of the header row ("scores.csv:1")
 * @param rows        data rows (blank rows already skipped)
 */
record RawTable(String source, List<String> header, String headerWhere, List<RawRow> rows) {

    /**
     * One data row.
     *
     * @param cells     trimmed cell texts, possibly fewer than the header
     * @param where     the row's location ("scores.csv:12")
     * @param cellWhere a location per cell index (XLSX: "scores.xlsx:Sheet1!D12"); same as where for CSV
     */
    record RawRow(List<String> cells, String where, java.util.function.IntFunction<String> cellWhere) {
        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        String where(int index) {
            return cellWhere.apply(index);
        }
    }
}
