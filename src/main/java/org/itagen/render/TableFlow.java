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
     * Per body row group: keep with the next. The first group (the header keeps with it, so the
     * header and two rows start a page together); the second to last (no page starts with a single
     * row); with totals, the two groups before the ITA and band rows.
     */
    public static boolean[] keepGroups(int groups, boolean totals) {
        boolean[] keep = new boolean[groups];
        if (groups < 2) return keep;
        keep[0] = true;
        keep[groups - 2] = true;
        if (totals) for (int k = 3; k <= 4 && groups - k >= 0; k++) keep[groups - k] = true;
        return keep;
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
