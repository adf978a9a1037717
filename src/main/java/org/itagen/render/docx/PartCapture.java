package org.itagen.render.docx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takes the parts POI saves, uncompressed, instead of a zip: POI's package save writes into a
 * {@link ZipArchiveOutputStream} it is given (content types, relationships, every part through
 * put/write/close entry), so this subclass keeps each entry's bytes and writes no zip at all.
 * The package is zipped once, by {@link ReproducibleZip}, with fixed times and order.
 */
final class PartCapture extends ZipArchiveOutputStream {
    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private String name;
    private ByteArrayOutputStream data;

    PartCapture() {
        super(OutputStream.nullOutputStream());
    }

    /** Entry name to bytes, in the order POI saved them. */
    Map<String, byte[]> parts() {
        if (name != null) throw new IllegalStateException("DOCX writer: part " + name + " was not closed");
        return parts;
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) {
        if (name != null) throw new IllegalStateException("DOCX writer: part " + name + " was not closed");
        name = entry.getName();
        data = new ByteArrayOutputStream(8 * 1024);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (data == null) throw new IllegalStateException("DOCX writer: bytes outside a part");
        data.write(b, off, len);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void closeArchiveEntry() {
        if (name == null) throw new IllegalStateException("DOCX writer: no part to close");
        if (!name.endsWith("/")) parts.put(name, data.toByteArray());
        name = null;
        data = null;
    }

    @Override
    public void finish() {
        // Nothing to finish: no zip is written (close() still releases the superclass's deflater).
    }

    @Override
    public void flush() {
    }
}
