package org.itagen.render;

import org.itagen.doc.Table;

import java.util.List;

/**
 * Which row groups of a table keep with the next (issue 11 §4), for both writers: the PDF pages
 * its row groups by these, the DOCX writer puts {@code w:keepNext} on their rows so Word and
 * LibreOffice move the same rows together. A row group is rows joined by row spans.
 */
public final class TableFlow {
    private TableFlow() {
    }

    /**
     * Per body row group (given the rows in each): keep with the next. A chain of groups at the
     * start keeps with the header until it holds two rows, so no page ends with the header and a
     * single row; the groups at the end keep together until they hold two rows, so no page starts
     * with a single row; with totals (ITA and band rows), the groups before them join until two
     * rows of the table precede the totals. A group of several rows (joined by a row span) is
     * already more than one row, so it does not drag the next group along: chaining whole groups
     * made the comparison table one block taller than a page, which left a page two-thirds empty.
     */
    public static boolean[] keepGroups(int[] rows, boolean totals) {
        int groups = rows.length;
        boolean[] keep = new boolean[groups];
        if (groups < 2) return keep;
        int held = 0;
        for (int g = 0; g < groups - 1; g++) {
            held += rows[g];
            if (held >= 2) break;
            keep[g] = true;
        }
        held = 0;
        for (int g = groups - 1; g > 0; g--) {
            held += rows[g];
            if (held >= 2) break;
            keep[g - 1] = true;
        }
        if (totals) {
            // Walk back from the two total rows until two rows of the table go with them.
            int g = groups - 1;
            int total = 0;
            while (g >= 0 && total < 2) total += rows[g--];
            for (int k = g + 1; k < groups - 1; k++) keep[k] = true;
            held = 0;
            for (; g >= 0 && held < 2; g--) {
                keep[g] = true;
                held += rows[g];
            }
        }
        return keep;
    }

    /** Rows per group, from {@link #groupOfRow}. */
    public static int[] rowsPerGroup(int[] groupOfRow) {
        int n = groupOfRow.length == 0 ? 0 : groupOfRow[groupOfRow.length - 1] + 1;
        int[] rows = new int[n];
        for (int g : groupOfRow) rows[g]++;
        return rows;
    }

    /** The last two body rows are shaded totals (the comparison tables' ITA and band rows). */
    public static boolean closesWithTotals(Table t) {
        List<Table.Row> rows = t.bodyRows();
        if (rows.size() < 3) return false;
        for (int i = rows.size() - 2; i < rows.size(); i++) {
            boolean shaded = false;
            for (Table.Cell c : rows.get(i).cells()) shaded |= c.shade() != null;
            if (!shaded) return false;
        }
        return true;
    }

    /** Body row groups (rows joined by row spans): the index of the group of each row. */
    public static int[] groupOfRow(List<Table.Row> rows) {
        int n = rows.size();
        int[] group = new int[n];
        int g = 0, reach = -1;
        for (int ri = 0; ri < n; ri++) {
            if (ri > reach && ri > 0) g++;
            for (Table.Cell c : rows.get(ri).cells()) reach = Math.max(reach, Math.min(n - 1, ri + c.rowSpan() - 1));
            group[ri] = g;
        }
        return group;
    }
}
