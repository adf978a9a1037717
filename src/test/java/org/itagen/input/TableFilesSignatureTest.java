package org.itagen.input;

import org.itagen.ItagenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What {@code TableFiles.inspect} makes of a file's first bytes. The oracle is the published
 * signature of each format (ZIP "PK\3\4", OLE2 D0 CF 11 E0, gzip 1F 8B, PNG 89 "PNG" ...), written
 * out byte by byte, and one byte off each signature to show only the whole signature counts.
 */
class TableFilesSignatureTest {
    @TempDir
    Path dir;

    private Path file(byte... bytes) throws IOException {
        Path p = dir.resolve("scores.csv");
        Files.write(p, bytes);
        return p;
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length + 8];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        for (int i = b.length; i < out.length; i++) out[i] = 'x';
        return out;
    }

    private String refused(Path p) {
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> TableFiles.inspect(p, "scores.csv"));
        assertThat(e).as("expected a refusal").isNotNull();
        return e.code();
    }

    // guards: each refused signature has its own code; the file name is the place
    @Test
    void eachNonTableSignatureIsRefusedWithItsOwnCode() throws IOException {
        assertThat(refused(file(bytes('%', 'P', 'D', 'F')))).isEqualTo("error.SCORES_IS_PDF");
        assertThat(refused(file(bytes('P', 'K', 5, 6)))).as("empty ZIP").isEqualTo("error.SCORES_IS_ARCHIVE");
        assertThat(refused(file(bytes('R', 'a', 'r', '!')))).isEqualTo("error.SCORES_IS_ARCHIVE");
        assertThat(refused(file(bytes('7', 'z', 0xBC, 0xAF)))).isEqualTo("error.SCORES_IS_ARCHIVE");
        assertThat(refused(file(bytes(0x1F, 0x8B)))).as("gzip").isEqualTo("error.SCORES_IS_ARCHIVE");
        assertThat(refused(file(bytes(0x89, 'P', 'N', 'G')))).isEqualTo("error.SCORES_IS_IMAGE");
        assertThat(refused(file(bytes(0xFF, 0xD8, 0xFF)))).as("JPEG").isEqualTo("error.SCORES_IS_IMAGE");
        assertThat(refused(file(bytes('G', 'I', 'F', '8')))).isEqualTo("error.SCORES_IS_IMAGE");
        assertThat(refused(file())).isEqualTo("error.SCORES_EMPTY");
    }

    // guards: ZIP (xlsx) and OLE2 (xls) open as workbooks; everything else that passes is CSV
    @Test
    void workbookSignaturesAndNearMissesThatAreText() throws IOException {
        assertThat(TableFiles.inspect(file(bytes('P', 'K', 3, 4)), "scores.csv")).isEqualTo(TableFiles.Kind.WORKBOOK);
        assertThat(TableFiles.inspect(file(bytes(0xD0, 0xCF, 0x11, 0xE0)), "scores.csv")).isEqualTo(TableFiles.Kind.WORKBOOK);
        // One byte off each signature: not that format (the last byte of each changed).
        assertThat(TableFiles.inspect(file(bytes('P', 'K', 3, 5)), "scores.csv")).isEqualTo(TableFiles.Kind.CSV);
        assertThat(TableFiles.inspect(file(bytes('%', 'P', 'D', 'X')), "scores.csv")).isEqualTo(TableFiles.Kind.CSV);
        assertThat(TableFiles.inspect(file(bytes('G', 'I', 'F', '9')), "scores.csv")).isEqualTo(TableFiles.Kind.CSV);
        assertThat(TableFiles.inspect(file(bytes(0x1F, 0x8C)), "scores.csv")).isEqualTo(TableFiles.Kind.CSV);
        assertThat(TableFiles.inspect(file("agency_id,fiscal_year\n".getBytes(StandardCharsets.UTF_8)), "scores.csv"))
                .isEqualTo(TableFiles.Kind.CSV);
    }

    // guards: markup is a leading "<" with an XML declaration, a doctype, <html or <table, after any BOM and blanks
    @Test
    void webPagesAndXmlAreMarkupButATextStartingWithLessThanIsNot() throws IOException {
        assertThat(refused(file("<?xml version=\"1.0\"?><Workbook/>".getBytes(StandardCharsets.UTF_8)))).isEqualTo("error.SCORES_IS_MARKUP");
        assertThat(refused(file("<!DOCTYPE html><p>".getBytes(StandardCharsets.UTF_8)))).isEqualTo("error.SCORES_IS_MARKUP");
        assertThat(refused(file("\uFEFF \n <HTML><body>".getBytes(StandardCharsets.UTF_8)))).isEqualTo("error.SCORES_IS_MARKUP");
        assertThat(refused(file("<meta charset=utf-8><table>".getBytes(StandardCharsets.UTF_8)))).isEqualTo("error.SCORES_IS_MARKUP");
        assertThat(TableFiles.inspect(file("<5 agencies,x\n".getBytes(StandardCharsets.UTF_8)), "scores.csv"))
                .isEqualTo(TableFiles.Kind.CSV);
        // "<table" after text that does not start with "<" is data, not markup.
        assertThat(TableFiles.inspect(file("note,<table>\n".getBytes(StandardCharsets.UTF_8)), "scores.csv"))
                .isEqualTo(TableFiles.Kind.CSV);
    }

    // guards: a missing file and a folder are named by their path
    @Test
    void aMissingFileAndAFolderAreRefusedByPath() {
        Path missing = dir.resolve("nope.csv");
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> TableFiles.inspect(missing, "nope.csv"));
        assertThat(e.code()).isEqualTo("error.SCORES_NOT_FOUND");
        assertThat(e.where()).isEqualTo(missing.toString());
        ItagenException f = catchThrowableOfType(ItagenException.class, () -> TableFiles.inspect(dir, "x"));
        assertThat(f.code()).isEqualTo("error.SCORES_IS_FOLDER");
        assertThat(f.where()).isEqualTo(dir.toString());
    }
}
