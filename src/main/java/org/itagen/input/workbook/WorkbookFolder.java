package org.itagen.input.workbook;

import org.itagen.ItagenException;
import org.itagen.Msg;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --workbooks DIR} (batch, check): a folder of filled ITA workbooks, one per agency, each
 * holding that agency's scores and measures. Listed by file name so every run, and every shard,
 * sees them in the same order.
 */
public final class WorkbookFolder {
    private WorkbookFolder() {
    }

    /**
     * The workbooks in {@code dir} (not its subfolders), sorted by name. Excel's lock files
     * ({@code ~$ITA.xlsx}, there while a workbook is open) and hidden files are not workbooks.
     *
     * @throws ItagenException (input) when {@code dir} is not a folder or holds no workbook
     */
    public static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) throw ItagenException.input(dir.toString(), Msg.of("error.WORKBOOKS_NOT_FOLDER"));
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                if (name.startsWith("~$") || name.startsWith(".") || !WorkbookReader.isWorkbook(p) || !Files.isRegularFile(p)) continue;
                out.add(p);
            }
        } catch (IOException e) {
            throw ItagenException.input(dir.toString(), Msg.of("error.FILE_UNREADABLE", String.valueOf(e.getMessage())));
        }
        if (out.isEmpty()) throw ItagenException.input(dir.toString(), Msg.of("error.WORKBOOKS_NONE"));
        out.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        return List.copyOf(out);
    }

    /** The name a workbook goes by before its agency id is known: its file name without the extension. */
    public static String stem(Path workbook) {
        String n = workbook.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
