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
    private ReproducibleZip() {
    }

    static byte[] normalize(byte[] zip, Instant time) {
        return normalize(zip, time, (name, data) -> data);
    }

    /** As {@link #normalize(byte[], Instant)}, passing each top-level entry through {@code finish} first. */
    static byte[] normalize(byte[] zip, Instant time, PartFinisher finish) {
        // Local time without a zone: ZipEntry.setTime would convert through the JVM's default zone.
        LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (local.getYear() < 1980) local = LocalDateTime.of(1980, 1, 1, 0, 0);
        return rewrite(zip, local, finish);
    }

    /** Last changes to a part's bytes before they are zipped again. */
    interface PartFinisher {
        byte[] finish(String name, byte[] data);
    }

    private static byte[] rewrite(byte[] zip, LocalDateTime time, PartFinisher finish) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.isDirectory()) continue;
                byte[] data = in.readAllBytes();
                if (isZipPart(e.getName(), data)) data = rewrite(data, time, (n, d) -> d);
                data = finish.finish(e.getName(), data);
                entries.put(e.getName(), data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>(entries.keySet());
        // Content types first: some readers sniff the package from the first entry.
        names.sort(Comparator.comparingInt(ReproducibleZip::rank).thenComparing(Comparator.naturalOrder()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream zo = new ZipOutputStream(out)) {
            zo.setLevel(Deflater.DEFAULT_COMPRESSION);
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
