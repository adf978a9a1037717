package org.itagen.input;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.itagen.ItagenException;
import org.itagen.Msg;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a CSV or XLSX file row by row into a {@link TableRow.Sink}: cells as trimmed text, with
 * locations. Before any parsing the file is checked to be a regular file of sane size whose bytes
 * are a table (not a PDF, an archive or a web page under a table's name), so hostile or mistaken
 * inputs end at once with one line.
 */
final class TableFiles {
    /**
     * The largest score file read: the national file of every agency is about 100 MB, so a file
     * ten times that is not a score file (and would only exhaust memory).
     */
    static final long MAX_BYTES = 1L << 30;
    /** How much of a CSV decides its encoding and delimiter. */
    static final int SNIFF_BYTES = 1 << 20;

    /** Which reader a file needs. */
    enum Kind { CSV, WORKBOOK }

    private TableFiles() {
    }

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Reads {@code file} into {@code sink}; returns the file name used in messages. */
    static String read(Path file, ReadOptions options, TableRow.Sink sink) {
        String name = name(file);
        if (inspect(file, name) == Kind.WORKBOOK) {
            readWorkbook(file, name, options.sheet(), sink);
            return name;
        }
        if (options.sheet() != null) throw ItagenException.input(name, Msg.of("error.SHEET_OPTION_CSV"));
        readCsv(file, name, options.encoding(), sink);
        return name;
    }

    /**
     * Checks that {@code file} is a regular file of sane size holding a table, and says which.
     * A device (/dev/zero), a pipe or a folder is refused before it is opened.
     */
    static Kind inspect(Path file, String name) {
        if (!Files.exists(file)) throw ItagenException.input(file.toString(), Msg.of("error.SCORES_NOT_FOUND"));
        if (Files.isDirectory(file)) throw ItagenException.input(file.toString(), Msg.of("error.SCORES_IS_FOLDER"));
        if (!Files.isRegularFile(file)) throw ItagenException.input(file.toString(), Msg.of("error.SCORES_NOT_REGULAR"));
        byte[] head;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw ItagenException.input(name, Msg.of("error.SCORES_TOO_LARGE", String.valueOf(size >> 20), String.valueOf(MAX_BYTES >> 20)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4096);
            }
        } catch (NoSuchFileException e) {
            throw ItagenException.input(file.toString(), Msg.of("error.SCORES_NOT_FOUND"));
        } catch (IOException e) {
            throw ItagenException.input(file.toString(), Msg.of("error.SCORES_UNREADABLE", Texts.echo(String.valueOf(e.getMessage()))));
        }
        if (head.length == 0) throw ItagenException.input(name, Msg.of("error.SCORES_EMPTY"));
        if (startsWith(head, "%PDF")) throw ItagenException.input(name, Msg.of("error.SCORES_IS_PDF"));
        if (startsWith(head, 'P', 'K', 3, 4)) return Kind.WORKBOOK;
        if (startsWith(head, 'P', 'K', 5, 6) || startsWith(head, 'R', 'a', 'r', '!') || startsWith(head, '7', 'z', 0xBC, 0xAF)
                || startsWith(head, 0x1F, 0x8B)) {
            throw ItagenException.input(name, Msg.of("error.SCORES_IS_ARCHIVE"));
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) return Kind.WORKBOOK;
        if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF) || startsWith(head, "GIF8")) {
            throw ItagenException.input(name, Msg.of("error.SCORES_IS_IMAGE"));
        }
        if (markup(head)) throw ItagenException.input(name, Msg.of("error.SCORES_IS_MARKUP"));
        return Kind.CSV;
    }

    /** A web page or XML (what "export to Excel" of many web tables really writes). */
    private static boolean markup(byte[] head) {
        String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
                .stripLeading().toLowerCase(Locale.ROOT);
        return s.startsWith("<") && (s.startsWith("<?xml") || s.startsWith("<!doctype") || s.contains("<html")
                || s.contains("<table"));
    }

    /** Streams a CSV: encoding and delimiter from its first megabyte, then row by row. */
    static void readCsv(Path file, String name, Charset forced, TableRow.Sink sink) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw ItagenException.input(file.toString(), Msg.of("error.SCORES_UNREADABLE", Texts.echo(String.valueOf(e.getMessage()))));
        }
        int end = head.length;
        if (head.length == SNIFF_BYTES) {
            // Cut at a line end so that no character is split (0x0A is never inside a UTF-8 or windows-874 character).
            while (end > 0 && head[end - 1] != '\n') end--;
            if (end == 0) end = head.length;
        }
        byte[] sample = end == head.length ? head : Arrays.copyOf(head, end);
        TextDecoding.Decoded decoded = TextDecoding.decode(sample, forced, name);
        Charset cs = decoded.charset();
        if (decoded.blank() && head.length < SNIFF_BYTES) throw ItagenException.input(name, Msg.of("error.SCORES_EMPTY"));
        String text = new String(sample, decoded.offset(), Math.min(sample.length - decoded.offset(), 1 << 16), cs);
        char delimiter = CsvTable.guessDelimiter(text);
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(decoded.offset()); // the BOM
            Reader reader = new InputStreamReader(in, cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            CsvTable.read(name, reader, delimiter, cs.name(), sink);
        } catch (IOException e) {
            throw ItagenException.input(file.toString(), Msg.of("error.SCORES_UNREADABLE", Texts.echo(String.valueOf(e.getMessage()))));
        }
    }

    /** Reads a workbook's chosen sheet (the first by default); a sheet without a score table lists the others. */
    static void readWorkbook(Path file, String name, String sheetName, TableRow.Sink sink) {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            if (wb.getNumberOfSheets() == 0) throw ItagenException.input(name, Msg.of("error.WORKBOOK_NO_SHEETS"));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
            Sheet sheet;
            if (sheetName != null) {
                sheet = wb.getSheet(sheetName.strip());
                if (sheet == null) {
                    throw ItagenException.input(name, Msg.of("error.NO_SUCH_SHEET", Texts.echo(sheetName), sheetList(names)));
                }
            } else {
                sheet = wb.getSheetAt(0);
            }
            String prefix = name + ":" + quoteSheet(sheet.getSheetName()) + "!";
            String firstWhere = readSheet(sheet, prefix, sink);
            if (firstWhere == null) return;
            if (firstWhere.isEmpty()) {
                if (sheetName == null && names.size() > 1) throw noTable(name, wb, sheet, names);
                throw ItagenException.input(prefix.substring(0, prefix.length() - 1), Msg.of("error.SHEET_EMPTY"));
            }
            if (sheetName == null && names.size() > 1) throw noTable(name, wb, sheet, names);
            throw ItagenException.input(firstWhere, Msg.of("error.NO_HEADER", String.valueOf(Columns.HEADER_SEARCH_ROWS),
                    Texts.echo(firstRowText(sheet))));
        } catch (EncryptedDocumentException e) {
            throw ItagenException.input(name, Msg.of("error.WORKBOOK_PROTECTED"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ItagenException ie) throw ie;
            throw ItagenException.input(name, zipKind(file));
        }
    }

    /** The first sheet holds no score table (a cover page): list the sheets and name one that has a table. */
    private static ItagenException noTable(String name, Workbook wb, Sheet first, List<String> names) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            if (s != first && findHeader(s)) {
                return ItagenException.input(name, Msg.of("error.NO_TABLE_IN_FIRST_SHEET_TRY", Texts.echo(first.getSheetName()),
                        sheetList(names), Texts.echo(s.getSheetName())));
            }
        }
        return ItagenException.input(name, Msg.of("error.NO_TABLE_IN_FIRST_SHEET", Texts.echo(first.getSheetName()),
                sheetList(names)));
    }

    private static String sheetList(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size() && i < 20; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Texts.echo(names.get(i)));
        }
        if (names.size() > 20) sb.append(", …");
        return sb.toString();
    }

    private static boolean findHeader(Sheet sheet) {
        int seen = 0;
        for (Row row : sheet) {
            List<String> cells = plainCells(row);
            if (cells.stream().allMatch(String::isEmpty)) continue;
            if (Columns.isHeader(cells)) return true;
            if (++seen >= Columns.HEADER_SEARCH_ROWS) return false;
        }
        return false;
    }

    private static String firstRowText(Sheet sheet) {
        for (Row row : sheet) {
            List<String> cells = plainCells(row);
            if (cells.stream().anyMatch(c -> !c.isEmpty())) return String.join(", ", cells);
        }
        return "";
    }

    private static List<String> plainCells(Row row) {
        int width = Math.max(row.getLastCellNum(), 0);
        List<String> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : clean(new Read(cell).text));
        }
        return cells;
    }

    /**
     * Sends the sheet's header and rows; returns null when a header was found, "" when the sheet
     * has no text at all, else the location of its first non-empty row.
     */
    private static String readSheet(Sheet sheet, String prefix, TableRow.Sink sink) {
        boolean header = false;
        String firstWhere = "";
        int before = 0;
        for (Row row : sheet) {
            int width = Math.max(row.getLastCellNum(), 0);
            int r = row.getRowNum();
            List<String> cells = new ArrayList<>(width);
            ItagenException[] problems = null;
            ItagenException control = null;
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    cells.add("");
                    continue;
                }
                String where = prefix + new CellReference(r, c).formatAsString(false);
                Read read = new Read(cell);
                if (read.problem != null) {
                    if (problems == null) problems = new ItagenException[width];
                    problems[c] = ItagenException.input(where, read.problem);
                }
                if (control == null) control = CsvTable.controlProblem(List.of(read.text), where);
                cells.add(clean(read.text));
            }
            boolean empty = cells.stream().allMatch(String::isEmpty);
            if (empty && problems == null) continue;
            String where = prefix + "A" + (r + 1);
            if (!header) {
                if (control != null) throw control;
                if (firstWhere.isEmpty()) firstWhere = where;
                if (Columns.isHeader(cells)) {
                    header = true;
                    sink.header(List.copyOf(cells), where);
                    continue;
                }
                if (++before >= Columns.HEADER_SEARCH_ROWS) return firstWhere;
                continue;
            }
            sink.row(new TableRow(List.copyOf(cells), where, c -> prefix + new CellReference(r, c).formatAsString(false),
                    control, 0, problems));
        }
        return header ? null : firstWhere;
    }

    /**
     * A cell's text as Excel shows the value: a formula by its saved result, a percentage as the
     * percent (0.91 formatted 0% reads 91), a date as the date (so that a score Excel turned into
     * a date is named as one), an error value or a formula without a saved result as a problem.
     */
    private static final class Read {
        String text = "";
        Msg problem;

        Read(Cell cell) {
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                    problem = Msg.of("error.FORMULA_NO_VALUE", Texts.echo(formula(cell)));
                    return;
                }
                type = cell.getCachedFormulaResultType();
            }
            switch (type) {
                case NUMERIC -> text = number(cell);
                case STRING -> text = cell.getRichStringCellValue().getString();
                case BOOLEAN -> text = Boolean.toString(cell.getBooleanCellValue());
                case ERROR -> {
                    String code;
                    try {
                        code = FormulaError.forInt(cell.getErrorCellValue()).getString();
                    } catch (RuntimeException e) {
                        code = "#ERROR";
                    }
                    text = code;
                    problem = Msg.of("error.CELL_EXCEL_ERROR", code);
                }
                case BLANK, _NONE, FORMULA -> text = "";
            }
        }

        private static String formula(Cell cell) {
            try {
                return cell.getCellFormula();
            } catch (RuntimeException e) {
                return "?";
            }
        }

        private static String number(Cell cell) {
            double v = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDateTime d = cell.getLocalDateTimeCellValue();
                if (d != null) {
                    return d.toLocalTime().toSecondOfDay() == 0 ? d.toLocalDate().toString()
                            : d.toLocalDate() + " " + d.toLocalTime().withNano(0);
                }
            }
            // NumberToTextConverter renders a double the way Excel shows it: 91.62, not 91.62000000000001.
            String s = NumberToTextConverter.toText(v);
            if (percent(cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString())) {
                try {
                    return new BigDecimal(s).movePointRight(2).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return s;
                }
            }
            return s;
        }

        /** A number format that shows a percentage: a "%" outside quotes and brackets. */
        private static boolean percent(String format) {
            if (format == null) return false;
            boolean quoted = false;
            int bracket = 0;
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '[') {
                    bracket++;
                } else if (!quoted && c == ']') {
                    bracket = Math.max(0, bracket - 1);
                } else if (!quoted && bracket == 0 && c == '%') {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a file POI could not open really is, for the message. */
    private static Msg zipKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean word = false;
            boolean ods = false;
            boolean excel = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (int i = 0; entries.hasMoreElements() && i < 10_000; i++) {
                String n = entries.nextElement().getName();
                if (n.startsWith("word/")) word = true;
                if (n.equals("content.xml")) ods = true;
                if (n.startsWith("xl/")) excel = true;
            }
            if (excel) return Msg.of("error.WORKBOOK_UNREADABLE");
            if (word) return Msg.of("error.SCORES_IS_WORD");
            if (ods) return Msg.of("error.SCORES_IS_ODS");
            return Msg.of("error.SCORES_IS_ARCHIVE");
        } catch (IOException | RuntimeException e) {
            return Msg.of("error.WORKBOOK_UNREADABLE");
        }
    }

    private static String quoteSheet(String sheet) {
        return sheet.matches("[A-Za-z0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    /** Trims spaces, including no-break spaces Excel likes to paste, zero-width spaces and stray BOMs. */
    static String clean(String v) {
        if (v == null) return "";
        return v.replace('\u00A0', ' ').replace("\u200B", "").replace("\uFEFF", "").strip();
    }

    private static boolean startsWith(byte[] b, String prefix) {
        return startsWith(b, prefix.chars().toArray());
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
