package org.itagen.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML package with fixed entry times and a fixed entry order. POI stamps zip
 * entries with the clock, and an embedded chart workbook is a zip of its own, so both levels are
 * rewritten.
 */
final class ReproducibleZip {
    /**
     * Deflate level of every entry: 1, not zlib's default 6. A package is ~250 KB of XML; level 1
     * deflates it in about 40 % of level 6's time for a file about 30 % larger (26 KB instead of
     * 20 KB for an O25; docs/performance.md).
     */
    static final int LEVEL = Deflater.BEST_SPEED;

    private ReproducibleZip() {
    }

    static byte[] normalize(byte[] zip, Instant time) {
        return normalize(read(zip), time, (name, data) -> data);
    }

    /**
     * The package of the given parts (zip entry name to uncompressed bytes, as {@link PartCapture}
     * takes them from POI), each passed through {@code finish} first; an embedded workbook (a zip
     * of its own) gets fixed times and order too.
     */
    static byte[] normalize(Map<String, byte[]> parts, Instant time, PartFinisher finish) {
        LocalDateTime local = entryTime(time);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            byte[] data = e.getValue();
            if (isZipPart(e.getKey(), data)) data = write(read(data), local);
            entries.put(e.getKey(), finish.finish(e.getKey(), data));
        }
        return write(entries, local);
    }

    /** A package of the given parts (zip entry name to bytes), as {@link #normalize} writes one. */
    static byte[] zip(Map<String, byte[]> parts, Instant time) {
        return write(parts, entryTime(time));
    }

    private static LocalDateTime entryTime(Instant time) {
        // Local time without a zone: ZipEntry.setTime would convert through the JVM's default zone.
        LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        return local.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : local;
    }

    /** Last changes to a part's bytes before they are zipped again. */
    interface PartFinisher {
        byte[] finish(String name, byte[] data);
    }

    private static Map<String, byte[]> read(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static byte[] write(Map<String, byte[]> entries, LocalDateTime time) {
        List<String> names = new ArrayList<>(entries.keySet());
        // Content types first: some readers sniff the package from the first entry.
        names.sort(Comparator.comparingInt(ReproducibleZip::rank).thenComparing(Comparator.naturalOrder()));
        int size = 0;
        for (byte[] d : entries.values()) size += d.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(size / 4 + 1024);
        try (ZipOutputStream zo = new ZipOutputStream(out)) {
            zo.setLevel(LEVEL);
            for (String name : names) {
                ZipEntry e = new ZipEntry(name);
                e.setTimeLocal(time);
                zo.putNextEntry(e);
                zo.write(entries.get(name));
                zo.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int rank(String name) {
        if (name.equals("[Content_Types].xml")) return 0;
        if (name.equals("_rels/.rels")) return 1;
        return 2;
    }

    private static boolean isZipPart(String name, byte[] data) {
        return (name.endsWith(".xlsx") || name.endsWith(".docx")) && data.length > 4
                && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
    }
}
