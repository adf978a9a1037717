package org.itagen.render.docx;

/**
 * Run properties (w:rPr) as text, the one place they are written, for styles and runs alike.
 *
 * <p>Thai is a complex script for Word: bold, italic and size need their cs twins (bCs, iCs,
 * szCs) and the font its cs slot, or Thai text ignores them; a style that sets only the Latin
 * ones shows Thai in a fallback font at 11 pt. Elements go in the schema's order.
 */
final class DocxRunProps {
    private final String rFontsXml;
    private final String langXml;

    DocxRunProps(String font, String lang) {
        String f = DocxXml.attr(font);
        String l = DocxXml.attr(lang);
        this.rFontsXml = "<w:rFonts w:ascii=\"" + f + "\" w:hAnsi=\"" + f + "\" w:eastAsia=\"" + f + "\" w:cs=\"" + f + "\"/>";
        this.langXml = "<w:lang w:val=\"" + l + "\" w:bidi=\"" + l + "\"/>";
        this.numberLangXml = "<w:lang w:val=\"" + l + "\" w:bidi=\"" + NUMBER_LANG + "\"/>";
    }

    /**
     * The complex-script language of runs holding a number in Thai digits. LibreOffice picks its
     * line breaker by that language, and its Thai dictionary breaker cuts inside Thai-digit numbers
     * ("(๘|๕.๒๐)"), even across WORD JOINER or ZERO WIDTH NO-BREAK SPACE (tried, LibreOffice 7.4);
     * under en-US it applies the Unicode rules, which keep a number whole. Word keeps them whole
     * either way. Digits are not proofed, so nothing else changes.
     */
    static final String NUMBER_LANG = "en-US";
    private final String numberLangXml;

    /** As {@link #append}, for a run holding a number: the language is always said. */
    void appendNumber(StringBuilder b, boolean bold, boolean italic, float sizePt, boolean link, boolean fonts) {
        int at = b.length();
        append(b, bold, italic, sizePt, link, fonts);
        if (fonts) {
            int i = b.indexOf(langXml, at);
            b.replace(i, i + langXml.length(), numberLangXml);
        } else if (b.length() == at) {
            b.append("<w:rPr>").append(numberLangXml).append("</w:rPr>");
        } else {
            b.insert(b.length() - "</w:rPr>".length(), numberLangXml);
        }
    }

    /**
     * Appends w:rPr: the Hyperlink character style for links, the font in all four slots and the
     * language when {@code fonts}, the size in w:sz and w:szCs when {@code sizePt > 0}; nothing
     * when there is nothing to say.
     */
    void append(StringBuilder b, boolean bold, boolean italic, float sizePt, boolean link, boolean fonts) {
        if (!link && !fonts && !bold && !italic && sizePt <= 0) return;
        b.append("<w:rPr>");
        if (link) b.append("<w:rStyle w:val=\"").append(DocxStyles.HYPERLINK).append("\"/>");
        if (fonts) b.append(rFontsXml);
        if (bold) b.append("<w:b/><w:bCs/>");
        if (italic) b.append("<w:i/><w:iCs/>");
        if (sizePt > 0) {
            int hp = DocxStyles.halfPoints(sizePt);
            b.append("<w:sz w:val=\"").append(hp).append("\"/><w:szCs w:val=\"").append(hp).append("\"/>");
        }
        if (fonts) b.append(langXml);
        b.append("</w:rPr>");
    }
}
