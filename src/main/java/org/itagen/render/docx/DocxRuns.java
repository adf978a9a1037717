package org.itagen.render.docx;

import org.itagen.doc.Digits;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Run;
import org.itagen.render.RunText;
import org.itagen.thai.ThaiDigits;

import java.util.List;
import java.util.function.Function;

/** Runs as WordprocessingML text, for the body, table cells and the page-number header alike. */
final class DocxRuns {
    private final PageSetup page;
    /** With a reference DOCX, runs leave font and size to its styles. */
    private final boolean directFonts;
    private final DocxRunProps props;
    /** Makes the hyperlink relationship for a URI and returns its id. */
    private final Function<String, String> links;

    DocxRuns(PageSetup page, String lang, boolean directFonts, Function<String, String> links) {
        this.page = page;
        this.directFonts = directFonts;
        this.links = links;
        this.props = new DocxRunProps(page.fontFamily(), lang);
    }

    /** Document text with digits as the document wants them. */
    String localize(String s) {
        return page.digits() == Digits.THAI ? ThaiDigits.localize(s) : s;
    }

    /** Runs at a size (0: the style's), with fonts unless a reference DOCX styles them. */
    void runs(StringBuilder b, List<Run> runs, float sizePt) {
        runs(b, runs, sizePt, directFonts);
    }

    /** Runs; {@code fonts} false leaves font and size to the paragraph style (headings). */
    void runs(StringBuilder b, List<Run> runs, float sizePt, boolean fonts) {
        for (Run r : runs) {
            String rel = r.link() != null ? links.apply(r.link()) : null;
            if (rel != null) b.append("<w:hyperlink r:id=\"").append(rel).append("\">");
            String text = RunText.of(r, page.digits());
            if (r.literal()) {
                b.append("<w:r>");
                props(b, r.bold(), r.italic(), sizePt, rel != null, fonts);
                text(b, text);
                b.append("</w:r>");
            } else {
                pieces(b, text, r.bold(), r.italic(), sizePt, rel != null, fonts);
            }
            if (rel != null) b.append("</w:hyperlink>");
        }
    }

    /** One run of plain text (already localized). */
    void textRun(StringBuilder b, String text, boolean bold, float sizePt, boolean fonts) {
        pieces(b, text, bold, false, sizePt, false, fonts);
    }

    /** A number of two characters or more with a Thai digit in it, with its brackets and inner marks. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "\\(?[0-9\\x{0E50}-\\x{0E59}](?:[0-9\\x{0E50}-\\x{0E59}.,:/]*[0-9\\x{0E50}-\\x{0E59}])?\\)?");

    /**
     * Runs of one style, numbers in Thai digits apart with their own language
     * ({@link DocxRunProps#NUMBER_LANG}), so LibreOffice does not break inside them.
     */
    private void pieces(StringBuilder b, String text, boolean bold, boolean italic, float sizePt, boolean link, boolean fonts) {
        java.util.regex.Matcher m = NUMBER.matcher(text);
        int at = 0;
        while (m.find()) {
            String number = m.group();
            if (number.length() < 2 || number.chars().noneMatch(c -> c >= 0x0E50 && c <= 0x0E59)) continue;
            if (m.start() > at) piece(b, text.substring(at, m.start()), bold, italic, sizePt, link, fonts, false);
            piece(b, number, bold, italic, sizePt, link, fonts, true);
            at = m.end();
        }
        if (at < text.length() || at == 0) piece(b, text.substring(at), bold, italic, sizePt, link, fonts, false);
    }

    private void piece(StringBuilder b, String text, boolean bold, boolean italic, float sizePt, boolean link, boolean fonts, boolean number) {
        b.append("<w:r>");
        float size = sizePt > 0 ? sizePt : fonts ? page.bodySizePt() : 0;
        if (number) props.appendNumber(b, bold, italic, size, link, fonts);
        else props.append(b, bold, italic, size, link, fonts);
        text(b, text);
        b.append("</w:r>");
    }

    /** One run of plain text at a size (0: the body's), with fonts unless a reference DOCX styles them. */
    void textRun(StringBuilder b, String text, float sizePt) {
        textRun(b, text, false, sizePt, directFonts);
    }

    /** A complex field's begin, separate or end mark. */
    void fieldChar(StringBuilder b, String type) {
        b.append("<w:r>");
        props(b, false, false, 0, false, directFonts);
        b.append("<w:fldChar w:fldCharType=\"").append(type).append("\"/></w:r>");
    }

    /** A field instruction such as " PAGE ". */
    void instr(StringBuilder b, String instruction) {
        b.append("<w:r>");
        props(b, false, false, 0, false, directFonts);
        DocxXml.text(b.append("<w:instrText xml:space=\"preserve\">"), instruction).append("</w:instrText></w:r>");
    }

    /** Run properties; a run that carries its font carries its size too (the body's unless given). */
    private void props(StringBuilder b, boolean bold, boolean italic, float sizePt, boolean link, boolean fonts) {
        props.append(b, bold, italic, sizePt > 0 ? sizePt : fonts ? page.bodySizePt() : 0, link, fonts);
    }

    /**
     * Run content: w:br for newlines and w:tab for tabs (Word ignores both inside w:t); spaces
     * kept (Thai separates phrases with them).
     */
    static void text(StringBuilder b, String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\t') < 0) {
            t(b, text);
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) b.append("<w:br/>");
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) b.append("<w:tab/>");
                if (!cells[j].isEmpty()) t(b, cells[j]);
            }
        }
    }

    private static void t(StringBuilder b, String s) {
        if (s.isEmpty()) {
            b.append("<w:t xml:space=\"preserve\"/>");
            return;
        }
        DocxXml.text(b.append("<w:t xml:space=\"preserve\">"), breakAfterSlash(s)).append("</w:t>");
    }

    /**
     * A zero-width space after "/" between Thai letters (เพิ่ม/ลด, สูงสุด/ต่ำสุด): the PDF may wrap
     * there, but Word and LibreOffice follow UAX #14, which has no break after "/", and cut the
     * word before it when a narrow header cell must wrap.
     */
    static String breakAfterSlash(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) return s;
        StringBuilder out = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c);
            if (c == '/' && i > 0 && i + 1 < s.length() && isThaiLetter(s.charAt(i - 1)) && isThaiLetter(s.charAt(i + 1))) {
                out.append('\u200B');
            }
        }
        return out.toString();
    }

    /** Thai letters, vowels and marks; not Thai digits (numbers such as ๑/๒๕๖๘ stay whole). */
    private static boolean isThaiLetter(char c) {
        return c >= '\u0E01' && c <= '\u0E4F';
    }
}
