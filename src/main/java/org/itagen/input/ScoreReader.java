package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.model.AgencyScores;
import org.itagen.model.ScoreTable;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads score files: long or wide layout, CSV (UTF-8 with or without BOM, windows-874; comma,
 * semicolon or tab) or XLSX. Every problem is an {@link ItagenException} of kind INPUT naming
 * file:line (or sheet!cell) and the fix. Reading one agency of a many-agency file parses only that
 * agency's rows, so another agency's broken row never stops it.
 */
public final class ScoreReader {
    private ScoreReader() {
    }

    /** Every agency in the file (batch runs); throws the first broken row of any agency. */
    public static ScoreTable readAll(Path file, ReadOptions options) {
        return collect(file, options, ScoreCollector.Keep.ALL, null).build();
    }

    /**
     * The one agency {@code options.agencyId()} names, or the only agency in the file. Only that
     * agency's rows are parsed and kept in memory.
     */
    public static AgencyScores read(Path file, ReadOptions options) {
        return read(file, options, null);
    }

    /**
     * Like {@link #read(Path, ReadOptions)}, but when no --agency is given and the file holds
     * several agencies, {@code fallbackId} (the measures file's agency id) picks one.
     */
    public static AgencyScores read(Path file, ReadOptions options, String fallbackId) {
        String id = options.agencyId() == null || options.agencyId().isBlank() ? null : options.agencyId().strip();
        String fallback = fallbackId == null || fallbackId.isBlank() ? null : fallbackId.strip();
        ScoreCollector c = id != null ? collect(file, options, ScoreCollector.Keep.ONE, id)
                : collect(file, options, fallback != null ? ScoreCollector.Keep.PREFER : ScoreCollector.Keep.FIRST, fallback);
        List<String> ids = c.allIds();
        if (id == null) {
            if (ids.size() > 1) {
                if (fallback == null) {
                    throw ItagenException.input(c.source(), Msg.of("error.MANY_AGENCIES", String.valueOf(ids.size()), sample(ids)));
                }
                if (!ids.contains(fallback)) {
                    throw ItagenException.input(c.source(), Msg.of("error.UNKNOWN_AGENCY", Texts.echo(fallback), String.valueOf(ids.size()), sample(ids)));
                }
                return c.buildOne(fallback);
            }
            return c.buildOne(c.firstKey());
        }
        if (!c.anyId()) throw ItagenException.input(c.source(), Msg.of("error.AGENCY_WITHOUT_COLUMN", Texts.echo(id)));
        if (!ids.contains(id)) {
            throw ItagenException.input(c.source(), Msg.of("error.UNKNOWN_AGENCY", Texts.echo(id), String.valueOf(ids.size()), sample(ids)));
        }
        return c.buildOne(id);
    }

    /** Picks one agency of a table read with {@link #readAll}: the given id, or the only one when id is null. */
    public static AgencyScores select(ScoreTable table, String agencyId) {
        List<String> ids = table.agencies().stream().map(a -> a.agency().id() == null ? "" : a.agency().id()).toList();
        if (agencyId == null) {
            if (ids.size() == 1) return table.agencies().getFirst();
            throw ItagenException.input(table.source(), Msg.of("error.MANY_AGENCIES", String.valueOf(ids.size()), sample(ids)));
        }
        return table.find(agencyId.strip()).orElseThrow(() -> ItagenException.input(table.source(),
                Msg.of("error.UNKNOWN_AGENCY", Texts.echo(agencyId), String.valueOf(ids.size()), sample(ids))));
    }

    private static ScoreCollector collect(Path file, ReadOptions options, ScoreCollector.Keep keep, String keepId) {
        String[] name = {TableFiles.name(file)};
        ScoreCollector[] out = {null};
        TableRow.Sink sink = new TableRow.Sink() {
            Consumer<TableRow> rows;

            @Override
            public void header(List<String> cells, String where) {
                out[0] = new ScoreCollector(name[0], keep, keepId);
                // Long first: its headers come in any order, so "indicator" may well be its first column.
                rows = LongLayout.matches(cells) ? LongLayout.start(cells, where, out[0]) : WideLayout.start(cells, where, out[0]);
            }

            @Override
            public void row(TableRow row) {
                rows.accept(row);
            }
        };
        name[0] = TableFiles.read(file, options, sink);
        if (out[0] == null || !out[0].anyRow()) throw ItagenException.input(name[0], Msg.of("error.NO_SCORE_ROWS"));
        return out[0];
    }

    static String sample(List<String> ids) {
        String s = ids.stream().limit(5).map(i -> i.isEmpty() ? "(no id)" : Texts.echo(i)).collect(Collectors.joining(", "));
        return ids.size() > 5 ? s + ", ..." : s;
    }
}
