package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.model.AgencyScores;
import org.itagen.model.ScoreTable;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads score files: long or wide layout, CSV (UTF-8 with or without BOM, windows-874) or XLSX.
 * Every problem is an {@link ItagenException} of kind INPUT naming file:line and the fix.
 */
public final class ScoreReader {
    private ScoreReader() {
    }

    /** Every agency in the file (batch runs). */
    public static ScoreTable readAll(Path file, ReadOptions options) {
        return collect(file, options, new Selector(ScoreCollector.Keep.ALL, null)).build();
    }

    /**
     * The one agency {@code options.agencyId()} names, or the only agency in the file. Only that
     * agency's scores are kept in memory, though every row is checked.
     */
    public static AgencyScores read(Path file, ReadOptions options) {
        String id = options.agencyId() == null ? null : options.agencyId().strip();
        ScoreCollector c = collect(file, options,
                new Selector(id == null ? ScoreCollector.Keep.FIRST : ScoreCollector.Keep.ONE, id));
        List<String> ids = c.allIds();
        if (id == null) {
            if (ids.size() > 1) {
                throw ItagenException.input(c.source(), "the file holds " + ids.size()
                        + " agencies; choose one with --agency ID (e.g. " + sample(ids) + ")");
            }
            return c.build().agencies().getFirst();
        }
        if (!c.anyId()) {
            throw ItagenException.input(c.source(), "--agency " + id
                    + " given but the file has no agency_id column; leave --agency out");
        }
        List<AgencyScores> found = c.build().agencies();
        if (found.isEmpty()) {
            throw ItagenException.input(c.source(), "unknown agency \"" + id + "\"; the file has " + ids.size()
                    + " agencies, e.g. " + sample(ids));
        }
        return found.getFirst();
    }

    /** Picks one agency of a table read with {@link #readAll}: the given id, or the only one when id is null. */
    public static AgencyScores select(ScoreTable table, String agencyId) {
        List<String> ids = table.agencies().stream().map(a -> a.agency().id() == null ? "" : a.agency().id()).toList();
        if (agencyId == null) {
            if (ids.size() == 1) return table.agencies().getFirst();
            throw ItagenException.input(table.source(), "the file holds " + ids.size()
                    + " agencies; choose one with --agency ID (e.g. " + sample(ids) + ")");
        }
        return table.find(agencyId.strip()).orElseThrow(() -> ItagenException.input(table.source(),
                "unknown agency \"" + agencyId + "\"; the file has " + ids.size() + " agencies, e.g. " + sample(ids)));
    }

    private record Selector(ScoreCollector.Keep keep, String id) {
    }

    private static ScoreCollector collect(Path file, ReadOptions options, Selector sel) {
        String[] name = {file.getFileName() == null ? file.toString() : file.getFileName().toString()};
        ScoreCollector[] out = {null};
        TableRow.Sink sink = new TableRow.Sink() {
            Consumer<TableRow> rows;

            @Override
            public void header(List<String> cells, String where) {
                out[0] = new ScoreCollector(name[0], sel.keep(), sel.id());
                // Long first: its headers come in any order, so "indicator" may well be its first column.
                if (LongLayout.matches(cells)) {
                    rows = LongLayout.start(cells, where, out[0]);
                } else if (WideLayout.matches(cells)) {
                    rows = WideLayout.start(cells, where, out[0]);
                } else {
                    throw ItagenException.input(where, "missing column: the header must have fiscal_year, tool, "
                            + "score (long layout) or start with \"indicator\" followed by fiscal years (wide layout); found: "
                            + String.join(", ", cells));
                }
            }

            @Override
            public void row(TableRow row) {
                rows.accept(row);
            }
        };
        name[0] = TableFiles.read(file, options, sink);
        if (out[0] == null || !out[0].anyRow()) {
            throw ItagenException.input(name[0], "the file has a header but no score rows");
        }
        return out[0];
    }

    private static String sample(List<String> ids) {
        String s = ids.stream().limit(5).map(i -> i.isEmpty() ? "(no id)" : i).collect(Collectors.joining(", "));
        return ids.size() > 5 ? s + ", ..." : s;
    }
}
