package org.openpdf.text.pdf;

/**
 * itagen's one reach into OpenPDF's package-private ToUnicode filler (the map OpenPDF's own
 * {@code GlyphLayoutManager.completeCmap} fills). Thai fonts give their shifted glyphs (tone
 * marks drawn lower or further left, tail-less ฐ and ญ, below vowels moved down) private-use
 * code points U+F700-U+F71A in their cmap, so the ToUnicode OpenPDF writes would hand a reader
 * that ignores ActualText U+F70A instead of mai ek. This maps each such glyph to the Thai
 * character it stands for. In OpenPDF's package because the filler has no public entry point;
 * used only by {@code org.itagen.render.pdf.TextEngine}.
 */
public final class ItagenToUnicode {
    /** The Thai private-use block (the Windows/Mac Thai font convention), U+F700 upward. */
    private static final int PUA_FIRST = 0xF700;
    private static final char[] PUA_TO_THAI = {
            '\u0E10',                                         // F700 ฐ without its tail
            '\u0E34', '\u0E35', '\u0E36', '\u0E37',           // F701-F704 upper vowels, shifted left
            '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F705-F709 tone marks, low and left
            '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F70A-F70E tone marks, low
            '\u0E0D',                                         // F70F ญ without its tail
            '\u0E31', '\u0E4D', '\u0E47',                     // F710-F712 mai han-akat, nikhahit, maitaikhu, left
            '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F713-F717 tone marks, left
            '\u0E38', '\u0E39', '\u0E3A',                     // F718-F71A below vowels and phinthu, low
    };

    private ItagenToUnicode() {
    }

    /** Maps the current font's Thai private-use glyphs of {@code cb} to their Thai characters. */
    public static void mapThaiPrivateUse(PdfContentByte cb, BaseFont bf) {
        if (!(bf instanceof TrueTypeFont ttf)) return;
        for (int i = 0; i < PUA_TO_THAI.length; i++) {
            int[] m = ttf.getMetricsTT(PUA_FIRST + i);
            if (m != null) cb.state.fontDetails.putFillerCmap(m[0], new int[]{m[0], PUA_TO_THAI[i]});
        }
    }
}
