package org.itagen.render.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * One parsed font file, shared by every document of the process (immutable, thread-safe):
 * the file bytes (OpenPDF embeds a subset of them per document), a java.awt.Font at 1000 pt
 * for HarfBuzz shaping (so positions come out in PDF glyph-space units), the advance widths
 * exactly as OpenPDF writes them into /W, and the vertical extent of Thai stacks, which the
 * line height must clear.
 */
public final class FontFace {
    /** Shaping size: one unit of the shaped positions is 1/1000 em, as in PDF glyph space. */
    static final float UNITS = 1000f;
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Clusters that stack highest in Thai (tall consonant, upper vowel, tone mark). */
    private static final String TALL_SAMPLE = org.itagen.thai.ThaiTerms.get("font.tall_sample");
    /**
     * What hangs lowest in ordinary text: lower vowels (also under ญ and ฐ, which drop their
     * tails) and Latin descenders. ฎ and ฏ with a lower vowel hang deeper but hardly occur;
     * sizing every line for them would space all text far apart.
     */
    private static final String DEEP_SAMPLE = org.itagen.thai.ThaiTerms.get("font.deep_sample");

    private final String source;
    private final String family;
    private final String fullName;
    private final byte[] data;
    private final Font awtFont;
    private final int[] pdfWidths;
    private final float top;
    private final float bottom;

    private FontFace(String source, byte[] data, java.io.File file) throws IOException, FontFormatException {
        this.source = source;
        this.data = data;
        // From a file AWT reads it in place; from bytes it first copies them to a temporary file,
        // which fails when the temp folder is full, so files are opened as files.
        Font f = file != null ? Font.createFont(Font.TRUETYPE_FONT, file)
                : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
        this.family = f.getFamily(Locale.US);
        this.fullName = f.getFontName(Locale.US);
        this.awtFont = f.deriveFont(UNITS);
        this.pdfWidths = readPdfWidths(data);
        GlyphVector gv = awtFont.layoutGlyphVector(FRC, TALL_SAMPLE.toCharArray(), 0, TALL_SAMPLE.length(),
                Font.LAYOUT_LEFT_TO_RIGHT);
        Rectangle2D b = gv.getVisualBounds();
        GlyphVector deep = awtFont.layoutGlyphVector(FRC, DEEP_SAMPLE.toCharArray(), 0, DEEP_SAMPLE.length(),
                Font.LAYOUT_LEFT_TO_RIGHT);
        // AWT y grows downward: minY is the highest point above the baseline, maxY the lowest below.
        this.top = (float) -b.getMinY();
        this.bottom = (float) deep.getVisualBounds().getMaxY();
    }

    static FontFace parse(String source, byte[] data) {
        return parse(source, data, null);
    }

    /** @param file the file {@code data} was read from, or null (a font in the jar) */
    static FontFace parse(String source, byte[] data, java.io.File file) {
        try {
            return new FontFace(source, data, file);
        } catch (IOException e) {
            if (file == null) {
                // Only the copy AWT makes of a font from the jar writes anything: the temp folder is full.
                throw org.itagen.ItagenException.output(System.getProperty("java.io.tmpdir"),
                        org.itagen.Msg.of("error.TEMP_FOLDER_FULL", e.getClass().getSimpleName() + ": " + e.getMessage()), e);
            }
            throw new IllegalArgumentException("not a usable TrueType font: " + e.getMessage(), e);
        } catch (FontFormatException | RuntimeException e) {
            throw new IllegalArgumentException("not a usable TrueType font: " + e.getMessage(), e);
        }
    }

    /** Where the font came from: a file path or {@code jar:/org/itagen/fonts/...}. */
    public String source() {
        return source;
    }

    public String family() {
        return family;
    }

    public String fullName() {
        return fullName;
    }

    byte[] data() {
        return data;
    }

    private volatile byte[] digest;

    /** SHA-256 of the font file, computed once per face rather than once per document (subset tags). */
    byte[] digest() {
        byte[] d = digest;
        if (d == null) {
            try {
                d = java.security.MessageDigest.getInstance("SHA-256").digest(data);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            digest = d;
        }
        return d;
    }

    Font awtFont() {
        return awtFont;
    }

    /** Advance of a glyph in 1/1000 em, rounded as OpenPDF rounds it for /W. */
    int pdfWidth(int glyph) {
        if (pdfWidths.length == 0) return 0;
        return glyph < pdfWidths.length ? pdfWidths[glyph] : pdfWidths[pdfWidths.length - 1];
    }

    /** Highest point of any Thai stack above the baseline, in 1/1000 em. */
    float top() {
        return top;
    }

    /** Lowest point below the baseline, in 1/1000 em. */
    float bottom() {
        return bottom;
    }

    boolean canDisplay(int codePoint) {
        return awtFont.canDisplay(codePoint);
    }

    /**
     * hmtx advances scaled to 1000 units with integer division, as OpenPDF's TrueTypeFont
     * reads them, so that our TJ adjustments match the widths the viewer applies.
     */
    private static int[] readPdfWidths(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        int numTables = b.getShort(4) & 0xFFFF;
        int head = -1, hhea = -1, hmtx = -1;
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            String tag = new String(data, rec, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int offset = b.getInt(rec + 8);
            switch (tag) {
                case "head" -> head = offset;
                case "hhea" -> hhea = offset;
                case "hmtx" -> hmtx = offset;
                default -> {
                }
            }
        }
        if (head < 0 || hhea < 0 || hmtx < 0) throw new IllegalArgumentException("missing head/hhea/hmtx table");
        int unitsPerEm = b.getShort(head + 18) & 0xFFFF;
        int numberOfHMetrics = b.getShort(hhea + 34) & 0xFFFF;
        int[] widths = new int[numberOfHMetrics];
        for (int i = 0; i < numberOfHMetrics; i++) {
            widths[i] = ((b.getShort(hmtx + 4 * i) & 0xFFFF) * 1000) / unitsPerEm;
        }
        return widths;
    }
}
