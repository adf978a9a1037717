package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.model.AgencyScores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a national long-layout score file (many agencies, agency_id column) without holding it:
 * rows are streamed and handed over one agency at a time. A national CSV is a few hundred MB as
 * text; {@link ScoreReader#readAll} would hold all of it, this holds one agency's rows.
 *
 * <p>Two passes: {@link #index} reads only the agency_id column (order of first appearance and
 * whether each agency's rows are together, as ITAS exports are); {@link #forEach} then parses the
 * rows of the wanted agencies. Rows are parsed per agency by the same {@link LongLayout} as
 * single-agency files, so an error in one agency's rows fails that agency only.
 */
public final class ScoreStream {
    private ScoreStream() {
    }

    /**
     * The agencies of a file in order of first appearance.
     *
     * @param contiguous true when every agency's rows are together, so one pass can hand each
     *                   agency over as soon as the next begins
     * @param rows       data rows
     */
    public record Index(String source, List<String> agencyIds, boolean contiguous, long rows) {
        public Index {
            agencyIds = List.copyOf(agencyIds);
        }
    }

    /**
     * One agency's rows, not yet parsed: parsing is left to the caller (a batch worker) so that it
     * runs in parallel and its errors belong to this agency alone.
     */
    public static final class AgencyRows {
        private final String agencyId;
        private final Header header;
        private final List<TableRow> rows;

        AgencyRows(String agencyId, Header header, List<TableRow> rows) {
            this.agencyId = agencyId;
            this.header = header;
            this.rows = List.copyOf(rows);
        }

        public String agencyId() {
            return agencyId;
        }

        /** The first row's location ("scores.csv:1234"), for messages. */
        public String where() {
            return rows.isEmpty() ? header.source() : rows.getFirst().where();
        }

        /** Parses and checks the rows; throws {@link ItagenException} naming file:line. */
        public AgencyScores parse() {
            ScoreCollector c = new ScoreCollector(header.source(), ScoreCollector.Keep.ALL, null);
            Consumer<TableRow> parser = LongLayout.start(header.cells(), header.where(), c);
            rows.forEach(parser);
            return c.build().agencies().getFirst();
        }

        /**
         * Every row-level problem of this agency's rows, each row parsed on its own (as
         * {@link ScoreStream#rowProblems} does for a file), so that a check lists them all.
         */
        public List<ItagenException> problems() {
            List<ItagenException> out = new ArrayList<>();
            for (TableRow row : rows) {
                try {
                    ScoreCollector c = new ScoreCollector(header.source(), ScoreCollector.Keep.ALL, null);
                    LongLayout.start(header.cells(), header.where(), c).accept(row);
                    ItagenException e = c.firstError();
                    if (e != null) out.add(e);
                } catch (ItagenException e) {
                    out.add(e);
                }
            }
            return out;
        }
    }

    /** A file's header row: its cells, where it is, and the file name for messages. */
    record Header(String source, List<String> cells, String where) {
    }

    /** Pass 1: the agency ids, in order, and whether each agency's rows are together. */
    public static Index index(Path file, ReadOptions options) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] last = {null};
        boolean[] contiguous = {true};
        long[] rows = {0};
        scan(file, options, (header, headerWhere, agencyColumn) -> row -> {
            rows[0]++;
            String id = key(row, agencyColumn);
            if (id.equals(last[0])) return;
            if (!seen.add(id)) {
                contiguous[0] = false;
            } else {
                ids.add(id);
            }
            last[0] = id;
        });
        return new Index(name(file), ids, contiguous[0], rows[0]);
    }

    /**
     * Pass 2: hands over the rows of every agency {@code wanted} accepts, in file order. When the
     * file is contiguous each agency is handed over as soon as its rows end, so only one agency is
     * held; otherwise the wanted agencies' rows are gathered and handed over at the end, so callers
     * keep {@code wanted} to a bounded number of agencies per pass.
     */
    public static void forEach(Path file, ReadOptions options, Predicate<String> wanted, boolean contiguous,
                               Consumer<AgencyRows> sink) {
        Map<String, List<TableRow>> open = new LinkedHashMap<>();
        String source = name(file);
        Header[] head = {null};
        String[] current = {null};
        scan(file, options, (header, headerWhere, agencyColumn) -> {
            head[0] = new Header(source, header, headerWhere);
            return row -> {
                String id = key(row, agencyColumn);
                if (contiguous && current[0] != null && !id.equals(current[0])) {
                    List<TableRow> done = open.remove(current[0]);
                    if (done != null) sink.accept(new AgencyRows(current[0], head[0], done));
                }
                current[0] = id;
                if (wanted.test(id)) open.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
            };
        });
        for (var e : open.entrySet()) sink.accept(new AgencyRows(e.getKey(), head[0], e.getValue()));
    }

    /** Agencies gathered per pass when a file's agencies are not in blocks (each pass reads the file once). */
    public static final int AGENCIES_PER_PASS = 2000;

    /**
     * Hands over every agency of {@code index} in file order, holding few at a time: one pass
     * when each agency's rows are together, else passes of {@link #AGENCIES_PER_PASS} agencies.
     */
    public static void forEachAgency(Path file, ReadOptions options, Index index, Consumer<AgencyRows> sink) {
        if (index.contiguous()) {
            forEach(file, options, id -> true, true, sink);
            return;
        }
        List<String> ids = index.agencyIds();
        for (int from = 0; from < ids.size(); from += AGENCIES_PER_PASS) {
            Set<String> chunk = new HashSet<>(ids.subList(from, Math.min(ids.size(), from + AGENCIES_PER_PASS)));
            forEach(file, options, chunk::contains, false, sink);
        }
    }

    /** Receives the header (where it is, and the agency_id column) and returns what handles each row. */
    private interface RowHandlerFactory {
        Consumer<TableRow> start(List<String> header, String headerWhere, int agencyColumn);
    }

    /** A row's agency: its id without control characters, "" when empty (see {@link LongLayout#agencyOf}). */
    private static String key(TableRow row, int agencyColumn) {
        String id = LongLayout.agencyOf(row, agencyColumn);
        return id == null ? "" : id;
    }

    /** Reads the file (CSV streamed, or a workbook) the way the single-agency reader does, header checked. */
    private static void scan(Path file, ReadOptions options, RowHandlerFactory factory) {
        TableFiles.read(file, options, new TableRow.Sink() {
            Consumer<TableRow> handler;

            @Override
            public void header(List<String> cells, String where) {
                handler = factory.start(cells, where, agencyColumn(cells, where));
            }

            @Override
            public void row(TableRow row) {
                handler.accept(row);
            }
        });
    }

    private static int agencyColumn(List<String> header, String where) {
        int column = LongLayout.agencyColumn(header);
        if (!LongLayout.matches(header) || column < 0) {
            throw ItagenException.input(where, Msg.of("error.STREAM_NEEDS_AGENCY_COLUMN", Texts.echo(String.join(", ", header))));
        }
        return column;
    }

    private static String name(Path file) {
        return TableFiles.name(file);
    }

    /**
     * Every row-level problem of a score file, not just the first: each row is parsed on its own,
     * so a score of 101 on line 12 and "abc" on line 30 are both reported. File-level problems
     * (encoding, header, empty file) are thrown. For the wide layout, which has no independent rows,
     * the file is parsed whole and its first problem returned.
     */
    public static List<ItagenException> rowProblems(Path file, ReadOptions options) {
        List<ItagenException> out = new ArrayList<>();
        String agency = options.agencyId() == null ? null : options.agencyId().strip();
        boolean[] wide = {false};
        TableFiles.read(file, options, new TableRow.Sink() {
            List<String> header;
            String headerWhere;
            int agencyColumn = -1;

            @Override
            public void header(List<String> cells, String where) {
                if (!LongLayout.matches(cells)) {
                    wide[0] = true;
                    return;
                }
                // Header problems are not row problems: let them through as the file-level error.
                LongLayout.start(cells, where, collector());
                header = cells;
                headerWhere = where;
                agencyColumn = LongLayout.agencyColumn(cells);
            }

            @Override
            public void row(TableRow row) {
                if (wide[0]) return;
                try {
                    // With --agency, only that agency's rows: another agency's typo is not this officer's problem.
                    if (agency != null && agencyColumn >= 0 && !agency.equals(LongLayout.agencyOf(row, agencyColumn))) return;
                    ScoreCollector c = collector();
                    LongLayout.start(header, headerWhere, c).accept(row);
                    ItagenException e = c.firstError();
                    if (e != null) out.add(e);
                } catch (ItagenException e) {
                    out.add(e);
                }
            }

            private ScoreCollector collector() {
                return new ScoreCollector(name(file), ScoreCollector.Keep.ALL, null);
            }
        });
        if (wide[0]) {
            try {
                ScoreReader.readAll(file, options);
            } catch (ItagenException e) {
                out.add(e);
            }
        }
        return out;
    }
}
