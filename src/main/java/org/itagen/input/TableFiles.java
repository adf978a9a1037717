package org.itagen.input;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.itagen.ItagenException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a CSV or XLSX file row by row into a {@link TableRow.Sink}: cells as trimmed text, with locations. */
final class TableFiles {
    private TableFiles() {
    }

    /** Reads {@code file} into {@code sink}; returns the file name used in messages. */
    static String read(Path file, ReadOptions options, TableRow.Sink sink) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw ItagenException.input(name, "is a folder; give a .csv or .xlsx file");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ItagenException.input(file.toString(), "file not found; check the path given to --scores");
        } catch (IOException e) {
            throw ItagenException.input(file.toString(), "cannot read the file (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw ItagenException.input(name, "the file is empty; it needs a header row and score rows (see itagen analyze --help)");
        }
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        boolean ole = bytes.length > 7 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF;
        String lower = name.toLowerCase(Locale.ROOT);
        if (zip || ole || lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            readWorkbook(name, bytes, options.sheet(), sink);
            return name;
        }
        if (options.sheet() != null) {
            throw ItagenException.input(name, "--sheet applies to XLSX files only; leave it out for CSV");
        }
        readCsv(name, bytes, options.encoding(), sink);
        return name;
    }

    static void readCsv(String name, byte[] bytes, Charset encoding, TableRow.Sink sink) {
        TextDecoding.Decoded text = TextDecoding.decode(bytes, encoding, name);
        if (text.blank()) {
            throw ItagenException.input(name, "the file is empty; it needs a header row and score rows (see itagen analyze --help)");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(guessDelimiter(text.firstLine()))
                .setIgnoreEmptyLines(true)
                .get();
        boolean header = false;
        try (CSVParser parser = CSVParser.parse(text.reader(), format)) {
            for (CSVRecord rec : parser) {
                String where = name + ":" + text.lineOf(rec.getCharacterPosition());
                List<String> cells = new ArrayList<>(rec.size());
                boolean empty = true;
                for (String v : rec) {
                    String c = clean(v);
                    if (!c.isEmpty()) empty = false;
                    cells.add(c);
                }
                if (empty) continue;
                if (!header) {
                    header = true;
                    sink.header(List.copyOf(cells), where);
                } else {
                    sink.row(new TableRow(List.copyOf(cells), where, i -> where));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            throw ItagenException.input(name, "the CSV cannot be parsed (" + msg.replace('\n', ' ')
                    + "); check for an unclosed quote");
        }
        if (!header) {
            throw ItagenException.input(name, "the file is empty; it needs a header row and score rows (see itagen analyze --help)");
        }
    }

    static void readWorkbook(String name, byte[] bytes, String sheetName, TableRow.Sink sink) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) throw ItagenException.input(name, "the workbook has no sheets");
            Sheet sheet;
            if (sheetName != null) {
                sheet = wb.getSheet(sheetName);
                if (sheet == null) {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
                    throw ItagenException.input(name, "no sheet named \"" + sheetName + "\"; the sheets are: "
                            + String.join(", ", names));
                }
            } else {
                sheet = wb.getSheetAt(0);
            }
            String prefix = name + ":" + quoteSheet(sheet.getSheetName()) + "!";
            boolean header = false;
            for (Row row : sheet) {
                int width = Math.max(row.getLastCellNum(), 0);
                List<String> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) cells.add(clean(text(row.getCell(c))));
                if (cells.stream().allMatch(String::isEmpty)) continue;
                int r = row.getRowNum();
                String where = prefix + "A" + (r + 1);
                if (!header) {
                    header = true;
                    sink.header(List.copyOf(cells), where);
                } else {
                    sink.row(new TableRow(List.copyOf(cells), where,
                            c -> prefix + new CellReference(r, c).formatAsString(false)));
                }
            }
            if (!header) {
                throw ItagenException.input(prefix.substring(0, prefix.length() - 1),
                        "the sheet is empty; it needs a header row and score rows");
            }
        } catch (EncryptedDocumentException e) {
            throw ItagenException.input(name, "the workbook is password-protected; save an unprotected copy");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ItagenException ie) throw ie;
            throw ItagenException.input(name, "not a readable Excel workbook (" + e.getClass().getSimpleName()
                    + "); save it as .xlsx or as CSV UTF-8");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            // NumberToTextConverter renders a double the way Excel shows it: 91.62, not 91.62000000000001.
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case BLANK, _NONE, ERROR, FORMULA -> "";
        };
    }

    private static String quoteSheet(String sheet) {
        return sheet.matches("[A-Za-z0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    /** Trims spaces, including no-break spaces Excel likes to paste, and zero-width spaces. */
    static String clean(String v) {
        if (v == null) return "";
        return v.replace('\u00A0', ' ').replace("\u200B", "").strip();
    }

    private static char guessDelimiter(String first) {
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semis = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semis) return '\t';
        if (semis > commas) return ';';
        return ',';
    }
}
