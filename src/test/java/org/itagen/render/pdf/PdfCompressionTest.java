package org.itagen.render.pdf;

import org.itagen.doc.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stream compression per kind (docs/performance.md, "Stream compression"): page content at
 * {@link TextEngine#CONTENT_COMPRESSION}, font files at {@link TextEngine#FONT_COMPRESSION}. The
 * oracle is java.util.zip itself: each stream must be exactly what zlib makes of its decoded
 * bytes at that level.
 */
class PdfCompressionTest {
    @Test
    void pageContentAndFontFilesUseTheirLevels() throws IOException {
        PdfReader reader = new PdfReader(PdfWriter.render(SampleDocuments.longSample()));
        int content = 0, fonts = 0;
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            PdfObject c = PdfReader.getPdfObject(reader.getPageN(i).get(PdfName.CONTENTS));
            assertThat(c).isInstanceOf(PRStream.class);
            assertDeflatedAt((PRStream) c, TextEngine.CONTENT_COMPRESSION, "page " + i);
            content++;
        }
        for (int n = 1; n < reader.getXrefSize(); n++) {
            PdfObject o = reader.getPdfObject(n);
            if (o instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                PdfObject file = PdfReader.getPdfObject(d.get(PdfName.FONTFILE2));
                assertThat(file).isInstanceOf(PRStream.class);
                assertDeflatedAt((PRStream) file, TextEngine.FONT_COMPRESSION, "font file of object " + n);
                fonts++;
            }
        }
        assertThat(content).isGreaterThan(1);
        assertThat(fonts).isGreaterThanOrEqualTo(2);
        reader.close();
    }

    private static void assertDeflatedAt(PRStream s, int level, String what) throws IOException {
        assertThat(s.get(PdfName.FILTER)).as(what).isEqualTo(PdfName.FLATEDECODE);
        byte[] raw = PdfReader.getStreamBytesRaw(s);
        byte[] decoded = PdfReader.getStreamBytes(s);
        byte[] again = deflate(decoded, level);
        assertThat(Arrays.equals(again, raw)).as("%s: %d bytes in the PDF, zlib level %d makes %d", what, raw.length, level, again.length)
                .isTrue();
    }

    private static byte[] deflate(byte[] data, int level) throws IOException {
        Deflater d = new Deflater(level);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, d)) {
            z.write(data);
        } finally {
            d.end();
        }
        return out.toByteArray();
    }
}
