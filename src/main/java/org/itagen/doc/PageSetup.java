package org.itagen.doc;

import java.util.Objects;

/**
 * Page geometry and body text settings. Sizes in centimetres and points.
 *
 * @param paperWidthCm  21.0 for A4
 * @param paperHeightCm 29.7 for A4
 * @param fontFamily    preferred font family, e.g. "TH Sarabun New"; writers resolve it
 *                      (the PDF writer to a font file, the DOCX writer to a font name)
 * @param fontFile      an explicit font file path (from --font), or null
 * @param bodySizePt    body text size, 16 pt by convention
 * @param lineSpacing   line height as a multiple of the font size; must keep stacked
 *                      Thai marks of one line clear of the next
 */
public record PageSetup(double paperWidthCm, double paperHeightCm,
                        double marginTopCm, double marginBottomCm,
                        double marginLeftCm, double marginRightCm,
                        String fontFamily, String fontFile, float bodySizePt, float lineSpacing,
                        Digits digits, PageNumbers pageNumbers) {

    public static final String DEFAULT_FONT_FAMILY = "TH Sarabun New";

    public PageSetup {
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(pageNumbers, "pageNumbers");
        fontFamily = fontFamily == null || fontFamily.isBlank() ? DEFAULT_FONT_FAMILY : fontFamily;
        if (bodySizePt <= 0) throw new IllegalArgumentException("bodySizePt must be positive");
        if (lineSpacing <= 0) throw new IllegalArgumentException("lineSpacing must be positive");
    }

    /** A4; margins top 2.5, bottom 2, left 3, right 2 cm; 16 pt; Thai digits; "- ๒ -" numbers. */
    public static PageSetup thaiOfficialA4() {
        return new PageSetup(21.0, 29.7, 2.5, 2.0, 3.0, 2.0,
                DEFAULT_FONT_FAMILY, null, 16f, 1.25f, Digits.THAI, PageNumbers.thaiOfficial());
    }

    public PageSetup withDigits(Digits d) {
        return new PageSetup(paperWidthCm, paperHeightCm, marginTopCm, marginBottomCm,
                marginLeftCm, marginRightCm, fontFamily, fontFile, bodySizePt, lineSpacing, d, pageNumbers);
    }

    public PageSetup withFont(String family, String file) {
        return new PageSetup(paperWidthCm, paperHeightCm, marginTopCm, marginBottomCm,
                marginLeftCm, marginRightCm, family, file, bodySizePt, lineSpacing, digits, pageNumbers);
    }

    public PageSetup withMargins(double top, double bottom, double left, double right) {
        return new PageSetup(paperWidthCm, paperHeightCm, top, bottom, left, right,
                fontFamily, fontFile, bodySizePt, lineSpacing, digits, pageNumbers);
    }

    public PageSetup withPageNumbers(PageNumbers numbers) {
        return new PageSetup(paperWidthCm, paperHeightCm, marginTopCm, marginBottomCm,
                marginLeftCm, marginRightCm, fontFamily, fontFile, bodySizePt, lineSpacing, digits, numbers);
    }

    public PageSetup withBody(float sizePt, float spacing) {
        return new PageSetup(paperWidthCm, paperHeightCm, marginTopCm, marginBottomCm,
                marginLeftCm, marginRightCm, fontFamily, fontFile, sizePt, spacing, digits, pageNumbers);
    }

    /** Width available to text, in centimetres. */
    public double textWidthCm() {
        return paperWidthCm - marginLeftCm - marginRightCm;
    }
}
