package org.itagen.render.pdf;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.ItagenToUnicode;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfGlyphArray;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Shapes text with the JDK's HarfBuzz layout and draws the shaped glyphs itself, one document
 * at a time (not thread-safe: each render makes its own).
 *
 * <p>Why not OpenPDF's own text path: its GlyphLayoutManager derives each glyph's offset from
 * the AWT advance and loses mark positions in some setups; LayoutProcessor loses text on
 * extraction. Here every glyph is placed at the x and y HarfBuzz computed (GSUB variants and
 * GPOS mark offsets both end up in the GlyphVector), as a TJ array whose kerning numbers are
 * computed against the very widths OpenPDF writes into /W, with a new text matrix wherever the
 * vertical offset changes. Each drawn run is wrapped in a /Span with /ActualText holding the
 * source text, so extraction gives back exactly what went in, whatever glyphs the font chose.
 */
final class TextEngine {
    /**
     * A shaped string: glyph ids and positions in 1/1000 em (y up), and the total advance.
     * Shared between documents and threads (see {@link #SHAPED}): never change the arrays.
     * {@code vector} is an immutable {@link Glyphs} snapshot, not the AWT GlyphVector.
     */
    record Shaped(int[] glyphs, float[] xs, float[] ys, float advance, GlyphVector vector) {
    }

    /** What a shaped string depends on: the font (one FontFace per file and process) and the text. */
    private record ShapeKey(FontFace face, String text) {
    }

    /**
     * Shaping results for the whole process: a batch sets the same labels, headings, question
     * wordings and template sentences in every agency's documents, and HarfBuzz gives the same
     * glyphs for the same font and text every time (sizes scale the 1000-unit result).
     * Texts longer than {@link #MAX_CACHED_TEXT} are whole paragraphs that seldom recur.
     */
    private static final org.itagen.thai.BoundedCache<ShapeKey, Shaped> SHAPED = new org.itagen.thai.BoundedCache<>(16_384);
    private static final int MAX_CACHED_TEXT = 400;

    /**
     * PDF stream compression (zlib levels; docs/performance.md "Stream compression"). Page
     * content was 70 % of the deflate work at level 9; at level 1 (zlib's fast path) an O25 is 4 %
     * larger than at 4 and its content deflates in about half the time. Font subsets (binary glyph
     * data) lose 5 % at level 1 and take half the time.
     */
    static final int CONTENT_COMPRESSION = 1;
    static final int FONT_COMPRESSION = 1;

    private final FontResolver.Resolved fonts;
    private final Map<FontFace, BaseFont> baseFonts = new IdentityHashMap<>();
    private final Map<FontFace, Map<String, Shaped>> cache = new IdentityHashMap<>();
    /** Texts whose ToUnicode entries were already completed, per font of this document. */
    private final Map<BaseFont, java.util.Set<String>> completed = new IdentityHashMap<>();
    private FontFace fallback;

    TextEngine(FontResolver.Resolved fonts) {
        this.fonts = fonts;
    }

    FontFace face(boolean bold, boolean italic) {
        return fonts.face(bold, italic);
    }

    /**
     * The face to draw {@code text} in: the document's, unless it lacks a character the
     * bundled Sarabun has (a symbol missing from an old Thai font).
     */
    FontFace faceFor(FontFace preferred, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) continue;
            if (!preferred.canDisplay(cp)) {
                FontFace fb = fallback();
                if (fb != null && fb.canDisplay(cp)) return fb;
            }
        }
        return preferred;
    }

    private FontFace fallback() {
        if (fallback == null) {
            try {
                fallback = FontResolver.bundled().regular();
            } catch (RuntimeException e) {
                fallback = fonts.regular();
            }
        }
        return fallback;
    }

    Shaped shape(FontFace face, String text) {
        return cache.computeIfAbsent(face, f -> new HashMap<>()).computeIfAbsent(text, t -> shared(face, t));
    }

    private static Shaped shared(FontFace face, String text) {
        if (text.length() > MAX_CACHED_TEXT) return doShape(face, text);
        return SHAPED.computeIfAbsent(new ShapeKey(face, text), k -> doShape(k.face(), k.text()));
    }

    /** Shapes without any cache (tests compare the cached results with it). */
    static Shaped doShape(FontFace face, String text) {
        char[] chars = text.toCharArray();
        GlyphVector gv = face.awtFont().layoutGlyphVector(FontFace.FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        float[] pos = gv.getGlyphPositions(0, n + 1, null);
        int[] codes = gv.getGlyphCodes(0, n, null);
        // Drop the invisible glyphs HarfBuzz leaves for deleted or zero-width characters.
        int kept = 0;
        for (int i = 0; i < n; i++) if (codes[i] != 0xFFFF && codes[i] != 0xFFFE) kept++;
        int[] glyphs = new int[kept];
        float[] xs = new float[kept];
        float[] ys = new float[kept];
        for (int i = 0, k = 0; i < n; i++) {
            if (codes[i] == 0xFFFF || codes[i] == 0xFFFE) continue;
            glyphs[k] = codes[i];
            xs[k] = pos[2 * i];
            ys[k] = -pos[2 * i + 1];
            k++;
        }
        return new Shaped(glyphs, xs, ys, pos[2 * n], Glyphs.of(gv));
    }

    /** Width of {@code text} in points. */
    float width(FontFace face, String text, float size) {
        return shape(face, text).advance() * size / FontFace.UNITS;
    }

    BaseFont baseFont(FontFace face) {
        return baseFonts.computeIfAbsent(face, TextEngine::createBaseFont);
    }

    private static BaseFont createBaseFont(FontFace face) {
        try {
            // Only the extension matters to OpenPDF (it reads the bytes given, never the file).
            String name = "font.ttf";
            BaseFont bf = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.data(), null);
            bf.setSubset(true);
            bf.setCompressionLevel(FONT_COMPRESSION);
            // The subset tag ("ABCDEF+") is random in OpenPDF; derive it from the font instead.
            bf.setSecureRandom(new TagRandom(face.digest()));
            return bf;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load font " + face.source() + ": " + e.getMessage(), e);
        }
    }

    /** Draws one shaped string; see {@link #drawGlyphs}. */
    void draw(PdfContentByte cb, FontFace face, float size, Shaped s, float x, float y, double angle, String actual) {
        drawGlyphs(cb, face, size, s.glyphs(), s.xs(), s.ys(), x, y, angle, actual,
                java.util.List.of(actual), java.util.List.of(s.vector()));
    }

    /**
     * Draws glyphs (ids, positions in 1/1000 em relative to the origin, y up) with the origin
     * at (x, y), rotated by {@code angle} radians, inside one marked-content span whose
     * /ActualText is {@code actual}. {@code texts}/{@code vectors} are the shaped sources, used
     * to give substituted glyphs a ToUnicode entry for extractors that ignore ActualText.
     */
    void drawGlyphs(PdfContentByte cb, FontFace face, float size, int[] glyphs, float[] xs, float[] ys,
                    float x, float y, double angle, String actual,
                    java.util.List<String> texts, java.util.List<GlyphVector> vectors) {
        int n = glyphs.length;
        if (n == 0) return;
        BaseFont bf = baseFont(face);
        PdfDictionary props = new PdfDictionary();
        props.put(PdfName.ACTUALTEXT, new PdfString(actual, PdfString.TEXT_UNICODE));
        cb.beginMarkedContentSequence(PdfName.SPAN, props, true);
        cb.beginText();
        cb.setFontAndSize(bf, size);
        // Once per text and font in a document: the entries it adds depend only on the font and the
        // text (the same text gives the same cached GlyphVector), so repeating it adds nothing.
        java.util.Set<String> done = completed.computeIfAbsent(bf, k -> {
            // First use of the font in this document: its shifted Thai glyphs read as Thai, not as
            // the private-use code points the font's cmap gives them (see ItagenToUnicode).
            ItagenToUnicode.mapThaiPrivateUse(cb, bf);
            return new java.util.HashSet<>();
        });
        for (int v = 0; v < vectors.size(); v++) {
            if (done.add(texts.get(v))) CmapCompleter.complete(cb, bf, texts.get(v), vectors.get(v));
        }
        float cos = (float) Math.cos(angle), sin = (float) Math.sin(angle);
        float k = size / FontFace.UNITS;
        PdfGlyphArray arr = new PdfGlyphArray();
        int i = 0;
        while (i < n) {
            // One TJ per stretch of glyphs on the same vertical offset; a new text matrix where it changes.
            float gx = xs[i] * k, gy = ys[i] * k;
            cb.setTextMatrix(cos, sin, -sin, cos, x + gx * cos - gy * sin, y + gx * sin + gy * cos);
            arr.clear();
            arr.add(glyphs[i]);
            int j = i + 1;
            while (j < n && Math.abs(ys[j] - ys[i]) < 0.01f) {
                // TJ numbers move the pen left by n/1000 em: pull it from where /W leaves it to where HarfBuzz put the glyph.
                float adjust = xs[j - 1] + face.pdfWidth(glyphs[j - 1]) - xs[j];
                if (Math.abs(adjust) > 0.01f) arr.add(Math.round(adjust * 100f) / 100f);
                arr.add(glyphs[j]);
                j++;
            }
            cb.showText(arr);
            i = j;
        }
        cb.endText();
        cb.endMarkedContentSequence();
    }

    /**
     * The part of a GlyphVector that OpenPDF's ToUnicode completion reads (glyph codes and the
     * character each came from), copied out once: immutable, so one shaped string can serve many
     * documents on many threads, which AWT does not promise for its own GlyphVector. The layout
     * methods are never called on it.
     */
    static final class Glyphs extends GlyphVector {
        private final java.awt.Font font;
        private final FontRenderContext frc;
        private final int[] codes;
        private final int[] charIndices;

        private Glyphs(java.awt.Font font, FontRenderContext frc, int[] codes, int[] charIndices) {
            this.font = font;
            this.frc = frc;
            this.codes = codes;
            this.charIndices = charIndices;
        }

        static Glyphs of(GlyphVector gv) {
            int n = gv.getNumGlyphs();
            return new Glyphs(gv.getFont(), gv.getFontRenderContext(), gv.getGlyphCodes(0, n, null), gv.getGlyphCharIndices(0, n, null));
        }

        @Override
        public java.awt.Font getFont() {
            return font;
        }

        @Override
        public FontRenderContext getFontRenderContext() {
            return frc;
        }

        @Override
        public int getNumGlyphs() {
            return codes.length;
        }

        @Override
        public int getGlyphCode(int glyphIndex) {
            return codes[glyphIndex];
        }

        @Override
        public int[] getGlyphCodes(int beginGlyphIndex, int numEntries, int[] codeReturn) {
            int[] out = codeReturn != null ? codeReturn : new int[numEntries];
            System.arraycopy(codes, beginGlyphIndex, out, 0, numEntries);
            return out;
        }

        @Override
        public int getGlyphCharIndex(int glyphIndex) {
            return charIndices[glyphIndex];
        }

        @Override
        public int[] getGlyphCharIndices(int beginGlyphIndex, int numEntries, int[] codeReturn) {
            int[] out = codeReturn != null ? codeReturn : new int[numEntries];
            System.arraycopy(charIndices, beginGlyphIndex, out, 0, numEntries);
            return out;
        }

        @Override
        public void performDefaultLayout() {
        }

        private static UnsupportedOperationException layoutOnly() {
            return new UnsupportedOperationException("shaped-text snapshot: glyph codes and char indices only");
        }

        @Override
        public java.awt.geom.Rectangle2D getLogicalBounds() {
            throw layoutOnly();
        }

        @Override
        public java.awt.geom.Rectangle2D getVisualBounds() {
            throw layoutOnly();
        }

        @Override
        public java.awt.Shape getOutline() {
            throw layoutOnly();
        }

        @Override
        public java.awt.Shape getOutline(float x, float y) {
            throw layoutOnly();
        }

        @Override
        public java.awt.Shape getGlyphOutline(int glyphIndex) {
            throw layoutOnly();
        }

        @Override
        public java.awt.geom.Point2D getGlyphPosition(int glyphIndex) {
            throw layoutOnly();
        }

        @Override
        public void setGlyphPosition(int glyphIndex, java.awt.geom.Point2D newPos) {
            throw layoutOnly();
        }

        @Override
        public java.awt.geom.AffineTransform getGlyphTransform(int glyphIndex) {
            throw layoutOnly();
        }

        @Override
        public void setGlyphTransform(int glyphIndex, java.awt.geom.AffineTransform newTX) {
            throw layoutOnly();
        }

        @Override
        public float[] getGlyphPositions(int beginGlyphIndex, int numEntries, float[] positionReturn) {
            throw layoutOnly();
        }

        @Override
        public java.awt.Shape getGlyphLogicalBounds(int glyphIndex) {
            throw layoutOnly();
        }

        @Override
        public java.awt.Shape getGlyphVisualBounds(int glyphIndex) {
            throw layoutOnly();
        }

        @Override
        public java.awt.font.GlyphMetrics getGlyphMetrics(int glyphIndex) {
            throw layoutOnly();
        }

        @Override
        public java.awt.font.GlyphJustificationInfo getGlyphJustificationInfo(int glyphIndex) {
            throw layoutOnly();
        }

        @Override
        public boolean equals(GlyphVector set) {
            return set == this;
        }
    }

    /** Gives access to OpenPDF's protected ToUnicode completion for substituted glyphs. */
    private static final class CmapCompleter extends GlyphLayoutManager {
        static void complete(PdfContentByte cb, BaseFont bf, String text, GlyphVector gv) {
            completeCmap(cb, bf, text, gv);
        }
    }

    /** Deterministic stand-in for the SecureRandom OpenPDF draws subset tags from. */
    private static final class TagRandom extends SecureRandom {
        private final byte[] seed;
        private int next;

        /** @param fontDigest SHA-256 of the font: from its content, not its path, so the same font gives the same bytes on any machine */
        TagRandom(byte[] fontDigest) {
            seed = fontDigest;
        }

        @Override
        public double nextDouble() {
            int b = seed[next++ % seed.length] & 0xFF;
            return (b % 26 + 0.5) / 26.0;
        }
    }
}
