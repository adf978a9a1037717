package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV text as a table, row by row, for both the single-agency reader and the national
 * stream, so that both split, check and locate rows the same way: the delimiter guessed from the
 * text (comma, semicolon or tab), the header found below any title rows, every row checked for
 * control characters and for a cell count that differs from the header's (an unquoted decimal
 * comma), and quoting mistakes named by the line where the quote opened.
 *
 * <p>The parser is our own, small RFC 4180 one: it knows the line each record starts on, bounds
 * the memory a runaway quote can take, and says in words what is wrong.
 */
final class CsvTable {
    /** Longest row, in characters: a score file's rows are short; only a runaway quote or a wrong file gets here. */
    static final int MAX_ROW = 1_000_000;
    /** Most cells in a row (Excel's column limit). */
    static final int MAX_CELLS = 16_384;

    private CsvTable() {
    }

    /** The delimiter of a CSV text, from its first lines (the header decides when it can be found). */
    static char guessDelimiter(String sample) {
        List<String> lines = sample.lines().filter(l -> !l.isBlank()).limit(Columns.HEADER_SEARCH_ROWS).toList();
        char[] candidates = {',', ';', '\t'};
        for (String line : lines) {
            for (char d : candidates) {
                List<String> cells = splitLine(line, d);
                if (cells.size() > 1 && Columns.isHeader(cells.stream().map(TableFiles::clean).toList())) return d;
            }
        }
        // No header found: the delimiter that splits the most lines into the same number of cells.
        char best = ',';
        long bestScore = -1;
        for (char d : candidates) {
            java.util.Map<Integer, Long> counts = new java.util.HashMap<>();
            for (String line : lines) {
                int n = splitLine(line, d).size();
                if (n > 1) counts.merge(n, 1L, Long::sum);
            }
            long score = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** One line split on {@code d} outside quotes (for guessing only). */
    private static List<String> splitLine(String line, char d) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == d && !quoted) {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }

    /** The delimiter as messages name it ("commas (,)"). */
    static String delimiterName(char d) {
        return Msg.of(switch (d) {
            case ';' -> "label.DELIMITER_SEMICOLON";
            case '\t' -> "label.DELIMITER_TAB";
            default -> "label.DELIMITER_COMMA";
        }).text();
    }

    /**
     * Reads the table into {@code sink}: title rows before the header are skipped, the header
     * handed over, then every data row with its problems attached.
     *
     * @param name     file name for messages
     * @param reader   the text, any BOM already skipped
     * @param encoding the charset's name, for a decoding error found midway
     */
    static void read(String name, Reader reader, char delimiter, String encoding, TableRow.Sink sink) {
        Parser p = new Parser(reader, delimiter);
        List<String> header = null;
        int headerWidth = 0;
        int effectiveWidth = 0;
        String headerWhere = null;
        int before = 0;
        String firstRow = null;
        String firstWhere = null;
        try {
            List<String> raw;
            while ((raw = p.next()) != null) {
                String where = name + ":" + p.recordLine;
                List<String> cells = new ArrayList<>(raw.size());
                boolean empty = true;
                for (String v : raw) {
                    String c = TableFiles.clean(v);
                    if (!c.isEmpty()) empty = false;
                    cells.add(c);
                }
                if (empty) continue;
                ItagenException control = controlProblem(raw, where);
                if (header == null) {
                    if (control != null) throw control;
                    if (firstRow == null) {
                        firstRow = String.join(", ", cells);
                        firstWhere = where;
                    }
                    if (Columns.isHeader(cells)) {
                        header = List.copyOf(cells);
                        headerWidth = cells.size();
                        effectiveWidth = lastNonEmpty(cells) + 1;
                        headerWhere = where;
                        sink.header(header, where);
                        continue;
                    }
                    if (++before >= Columns.HEADER_SEARCH_ROWS) break;
                    continue;
                }
                int shift = 0;
                ItagenException problem = control;
                int filled = lastNonEmpty(cells) + 1;
                if (filled > headerWidth) {
                    shift = cells.size() - headerWidth;
                    if (problem == null) {
                        problem = ItagenException.input(where, Msg.of("error.CSV_TOO_MANY_CELLS", String.valueOf(cells.size()),
                                delimiterName(delimiter), headerWhere, String.valueOf(headerWidth)));
                    }
                } else if (cells.size() < effectiveWidth) {
                    shift = cells.size() - effectiveWidth;
                    if (problem == null) {
                        problem = ItagenException.input(where, Msg.of("error.CSV_TOO_FEW_CELLS", String.valueOf(cells.size()),
                                delimiterName(delimiter), headerWhere, String.valueOf(effectiveWidth)));
                    }
                }
                String w = where;
                sink.row(new TableRow(List.copyOf(cells), where, i -> w, problem, shift, null));
            }
        } catch (CsvError e) {
            throw ItagenException.input(name + ":" + e.line, e.msg);
        } catch (CharacterCodingException e) {
            throw ItagenException.input(name, Msg.of("error.SCORES_ENCODING_MIDWAY", encoding));
        } catch (IOException e) {
            throw ItagenException.input(name, Msg.of("error.SCORES_UNREADABLE", Texts.echo(String.valueOf(e.getMessage()))));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw ItagenException.input(name, Msg.of("error.SCORES_ENCODING_MIDWAY", encoding));
            }
            throw ItagenException.input(name, Msg.of("error.SCORES_UNREADABLE", Texts.echo(String.valueOf(e.getMessage()))));
        }
        if (header == null) {
            if (firstRow == null) throw ItagenException.input(name, Msg.of("error.SCORES_EMPTY"));
            throw ItagenException.input(firstWhere, Msg.of("error.NO_HEADER", String.valueOf(Columns.HEADER_SEARCH_ROWS),
                    Texts.echo(firstRow)));
        }
    }

    private static int lastNonEmpty(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isEmpty()) return i;
        }
        return -1;
    }

    /** A control character anywhere in the row, named with its cell's value. */
    static ItagenException controlProblem(List<String> raw, String where) {
        for (String v : raw) {
            int i = Texts.firstControl(v);
            if (i >= 0) {
                return ItagenException.input(where, Msg.of("error.CONTROL_CHARACTER", Texts.describe(v.charAt(i)),
                        Texts.echo(v.strip())));
            }
        }
        return null;
    }

    /** A quoting or size mistake, with the line it concerns. */
    private static final class CsvError extends Exception {
        final long line;
        final transient Msg msg;

        CsvError(long line, Msg msg) {
            super(null, null, false, false);
            this.line = line;
            this.msg = msg;
        }
    }

    /** RFC 4180 records from a reader: quotes open a value only at its start, "" is a quote inside one. */
    private static final class Parser {
        private final Reader in;
        private final char delimiter;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        /** The line the reader is on (1-based), and the line the last record started on. */
        long line = 1;
        long recordLine;

        Parser(Reader in, char delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        /** Refills the buffer when it is used up; false at the end of the input. */
        private boolean fill() throws IOException {
            if (pos < len) return true;
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len > 0) return true;
            len = 0;
            return false;
        }

        private int read() throws IOException {
            return fill() ? buf[pos++] : -1;
        }

        private int peek() throws IOException {
            return fill() ? buf[pos] : -1;
        }

        /** Consumes a line end whose first char {@code c} was read; true when it was one. */
        private boolean lineEnd(int c) throws IOException {
            if (c == '\n') {
                line++;
                return true;
            }
            if (c == '\r') {
                if (peek() == '\n') read();
                line++;
                return true;
            }
            return false;
        }

        /** The next record's raw values, or null at the end. */
        List<String> next() throws IOException, CsvError {
            int c = read();
            if (c == -1) return null;
            recordLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            int size = 0;
            while (true) {
                // Start of a value: spaces, then maybe an opening quote.
                int spaces = 0;
                while (c == ' ') {
                    if (++spaces + size > MAX_ROW) throw new CsvError(recordLine, Msg.of("error.CSV_ROW_TOO_LONG", String.valueOf(MAX_ROW)));
                    c = read();
                }
                if (c == '"') {
                    long opened = line;
                    while (true) {
                        c = read();
                        if (c == -1) throw new CsvError(opened, Msg.of("error.CSV_UNCLOSED_QUOTE", String.valueOf(opened)));
                        if (c == '"') {
                            if (peek() == '"') {
                                read();
                                sb.append('"');
                                continue;
                            }
                            break;
                        }
                        if (c == '\r' || c == '\n') {
                            sb.append('\n');
                            lineEnd(c);
                        } else {
                            sb.append((char) c);
                        }
                        if (size + sb.length() > MAX_ROW) throw new CsvError(opened, Msg.of("error.CSV_UNCLOSED_QUOTE", String.valueOf(opened)));
                    }
                    c = read();
                    while (c == ' ') c = read();
                    if (c != delimiter && c != '\r' && c != '\n' && c != -1) {
                        throw new CsvError(line, Msg.of("error.CSV_TEXT_AFTER_QUOTE", Texts.echo(sb.toString()),
                                delimiterName(delimiter)));
                    }
                } else {
                    sb.append(" ".repeat(spaces));
                    while (c != delimiter && c != '\r' && c != '\n' && c != -1) {
                        sb.append((char) c);
                        if (size + sb.length() > MAX_ROW) throw new CsvError(recordLine, Msg.of("error.CSV_ROW_TOO_LONG", String.valueOf(MAX_ROW)));
                        c = read();
                    }
                }
                cells.add(sb.toString());
                size += sb.length() + 1;
                sb.setLength(0);
                if (cells.size() > MAX_CELLS) throw new CsvError(recordLine, Msg.of("error.CSV_TOO_MANY_COLUMNS", String.valueOf(MAX_CELLS)));
                if (c == delimiter) {
                    c = read();
                    continue;
                }
                if (c != -1) lineEnd(c);
                return cells;
            }
        }
    }
}
