package org.itagen.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.itagen.doc.SampleDocuments;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the package is zipped (docs/performance.md, "DOCX package"): POI's parts are taken
 * uncompressed ({@link PartCapture}) and deflated once at {@link ReproducibleZip#LEVEL}. Oracles:
 * POI's own zip of the same document, and java.util.zip's deflate of each entry's bytes.
 */
class DocxZipTest {
    @Test
    void capturedPartsAreWhatPoiWouldHaveZipped() throws Exception {
        Map<String, byte[]> zipped;
        Map<String, byte[]> captured;
        try (XWPFDocument a = new XWPFDocument(); XWPFDocument b = new XWPFDocument()) {
            for (XWPFDocument d : new XWPFDocument[] {a, b}) {
                d.createParagraph().createRun().setText("ข้อความ & <text>");
                d.createStyles();
                d.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            a.write(out);
            zipped = unzip(out.toByteArray());
            try (PartCapture capture = new PartCapture()) {
                b.write(capture);
                captured = capture.parts();
            }
        }
        assertThat(captured.keySet()).containsExactlyElementsOf(zipped.keySet());
        for (String name : zipped.keySet()) {
            assertThat(new String(captured.get(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(zipped.get(name), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyEntryIsDeflatedOnceAtTheLevel() throws Exception {
        byte[] docx = DocxWriter.render(SampleDocuments.longSample());
        Map<String, byte[]> parts = unzip(docx);
        Map<String, byte[]> raw = rawEntries(docx);
        assertThat(raw.keySet()).containsExactlyElementsOf(parts.keySet());
        assertThat(raw).containsKey("word/document.xml");
        for (String name : parts.keySet()) {
            assertThat(Arrays.equals(raw.get(name), deflate(parts.get(name), ReproducibleZip.LEVEL)))
                    .as("%s deflated at level %d", name, ReproducibleZip.LEVEL).isTrue();
        }
        // The chart's workbook, a zip inside the zip, likewise.
        String xlsx = parts.keySet().stream().filter(n -> n.endsWith(".xlsx")).findFirst().orElseThrow();
        Map<String, byte[]> inner = unzip(parts.get(xlsx));
        rawEntries(parts.get(xlsx)).forEach((name, bytes) -> assertThat(Arrays.equals(bytes,
                deflate(inner.get(name), ReproducibleZip.LEVEL))).as("%s in %s", name, xlsx).isTrue());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) m.put(e.getName(), in.readAllBytes());
        }
        return m;
    }

    /** Each entry's stored (compressed) bytes, read from the central directory and local headers. */
    private static Map<String, byte[]> rawEntries(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = zip.length - 22;
        while (b.getInt(eocd) != 0x06054b50) eocd--;
        int n = b.getShort(eocd + 10) & 0xffff;
        int at = b.getInt(eocd + 16);
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            assertThat(b.getInt(at)).isEqualTo(0x02014b50);
            assertThat(b.getShort(at + 10)).as("method").isEqualTo((short) ZipEntry.DEFLATED);
            int csize = b.getInt(at + 20);
            int nameLen = b.getShort(at + 28) & 0xffff;
            int extraLen = b.getShort(at + 30) & 0xffff;
            int commentLen = b.getShort(at + 32) & 0xffff;
            int local = b.getInt(at + 42);
            String name = new String(zip, at + 46, nameLen, StandardCharsets.UTF_8);
            int data = local + 30 + (b.getShort(local + 26) & 0xffff) + (b.getShort(local + 28) & 0xffff);
            m.put(name, Arrays.copyOfRange(zip, data, data + csize));
            at += 46 + nameLen + extraLen + commentLen;
        }
        return m;
    }

    private static byte[] deflate(byte[] data, int level) {
        Deflater d = new Deflater(level, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }
}
