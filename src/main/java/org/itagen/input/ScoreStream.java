package org.itagen.input;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.itagen.ItagenException;
import org.itagen.model.AgencyScores;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    /** How much of the file decides its encoding (UTF-8 or windows-874). */
    private static final int SNIFF_BYTES = 1 << 20;

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
            String id = row.cell(agencyColumn);
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
                String id = row.cell(agencyColumn);
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

    /** Receives the header (where it is, and the agency_id column) and returns what handles each row. */
    private interface RowHandlerFactory {
        Consumer<TableRow> start(List<String> header, String headerWhere, int agencyColumn);
    }

    private static void scan(Path file, ReadOptions options, RowHandlerFactory factory) {
        String name = name(file);
        if (Files.isDirectory(file)) throw ItagenException.input(name, "is a folder; give a .csv file");
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            scanWorkbook(file, options, factory);
            return;
        }
        Charset cs = encoding(file, options.encoding(), name);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new BufferedReader(new InputStreamReader(in, cs.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
             CSVParser parser = CSVParser.parse(skipBom(reader), format)) {
            Consumer<TableRow> handler = null;
            int width = 0;
            for (CSVRecord rec : parser) {
                // The parser reports the line a record ends on; a quoted value may span lines.
                long line = parser.getCurrentLineNumber();
                List<String> cells = new ArrayList<>(rec.size());
                for (String v : rec) {
                    line -= v.chars().filter(c -> c == '\n').count();
                    cells.add(TableFiles.clean(v));
                }
                if (cells.stream().allMatch(String::isEmpty)) continue;
                String where = name + ":" + line;
                if (handler == null) {
                    List<String> header = List.copyOf(cells);
                    handler = factory.start(header, where, agencyColumn(header, where));
                    width = header.size();
                    continue;
                }
                if (cells.size() > width && cells.subList(width, cells.size()).stream().anyMatch(s -> !s.isEmpty())) {
                    throw ItagenException.input(where, "the row has " + cells.size() + " cells but the header has "
                            + width + "; check for a comma inside a value without quotes");
                }
                handler.accept(new TableRow(List.copyOf(cells), where, i -> where));
            }
            if (handler == null) throw ItagenException.input(name, "the file is empty; it needs a header row and score rows");
        } catch (NoSuchFileException e) {
            throw ItagenException.input(file.toString(), "file not found; check the path given to --scores");
        } catch (CharacterCodingException e) {
            throw ItagenException.input(name, "the file is not valid " + cs.name() + " throughout; save it again as"
                    + " \"CSV UTF-8 (Comma delimited)\" or name the encoding with --encoding");
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            if (c instanceof CharacterCodingException) {
                throw ItagenException.input(name, "the file is not valid " + cs.name() + " throughout; save it again as"
                        + " \"CSV UTF-8 (Comma delimited)\" or name the encoding with --encoding");
            }
            throw ItagenException.input(name, "the CSV cannot be parsed (" + String.valueOf(c.getMessage()).replace('\n', ' ')
                    + "); check for an unclosed quote");
        } catch (IOException e) {
            throw ItagenException.input(file.toString(), "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** Workbooks are limited to about a million rows by Excel anyway: the table reader's rows, handed on. */
    private static void scanWorkbook(Path file, ReadOptions options, RowHandlerFactory factory) {
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
        List<String> keys = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
        if (!LongLayout.matches(header) || !keys.contains("agency_id")) {
            throw ItagenException.input(where, "a file of many agencies needs the long layout with an agency_id column"
                    + " (agency_id, agency_name, fiscal_year, tool, indicator, item, part, score); found: "
                    + String.join(", ", header));
        }
        return keys.indexOf("agency_id");
    }

    /** UTF-8 (BOM or not) or windows-874, decided on the first megabyte like {@link TextDecoding}. */
    static Charset encoding(Path file, Charset forced, String name) {
        if (forced != null) return forced;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (NoSuchFileException e) {
            throw ItagenException.input(file.toString(), "file not found; check the path given to --scores");
        } catch (IOException e) {
            throw ItagenException.input(file.toString(), "cannot read the file (" + e.getMessage() + ")");
        }
        if (head.length == 0) {
            throw ItagenException.input(name, "the file is empty; it needs a header row and score rows");
        }
        int end = head.length;
        if (head.length == SNIFF_BYTES) {
            // Cut at a line end so that no character is split (0x0A is never inside a UTF-8 or windows-874 character).
            while (end > 0 && head[end - 1] != '\n') end--;
            if (end == 0) end = head.length;
        }
        byte[] sample = end == head.length ? head : java.util.Arrays.copyOf(head, end);
        return TextDecoding.decode(sample, null, name).charset();
    }

    private static Reader skipBom(Reader r) throws IOException {
        r.mark(1);
        if (r.read() != '\uFEFF') r.reset();
        return r;
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
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
                agencyColumn = cells.stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList()
                        .indexOf("agency_id");
            }

            @Override
            public void row(TableRow row) {
                if (wide[0]) return;
                // With --agency, only that agency's rows: another agency's typo is not this officer's problem.
                if (agency != null && agencyColumn >= 0 && !row.cell(agencyColumn).equals(agency)) return;
                try {
                    LongLayout.start(header, headerWhere, collector()).accept(row);
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
