package org.itagen.render.docx;

/**
 * Namespaces and escaping for the WordprocessingML the writer builds as text. Every piece of
 * document text and every attribute value from the model goes through {@link #text} or
 * {@link #attr}; nothing is written raw.
 */
final class DocxXml {
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    static final String C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private DocxXml() {
    }

    /**
     * Character data: &amp; &lt; &gt; as entities, CR as a character reference (a parser would
     * otherwise turn it into LF). Characters XML 1.0 cannot hold at all (controls other than tab
     * and line breaks, U+FFFE/U+FFFF, unpaired surrogates) become "?", as xmlbeans writes them.
     */
    static StringBuilder text(StringBuilder b, CharSequence s) {
        return escape(b, s, false);
    }

    /** An attribute value in double quotes: as {@link #text}, plus the quote, tab and LF as references. */
    static StringBuilder attr(StringBuilder b, CharSequence s) {
        return escape(b, s, true);
    }

    static String attr(CharSequence s) {
        return attr(new StringBuilder(s.length() + 8), s).toString();
    }

    private static StringBuilder escape(StringBuilder b, CharSequence s, boolean attribute) {
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep;
            if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"') continue;
            if (c == '&') rep = "&amp;";
            else if (c == '<') rep = "&lt;";
            else if (c == '>') rep = "&gt;";
            else if (c == '"') rep = attribute ? "&quot;" : null;
            else if (c == '\r') rep = "&#13;";
            else if (c == '\n') rep = attribute ? "&#10;" : null;
            else if (c == '\t') rep = attribute ? "&#9;" : null;
            else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) rep = "?";
            else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            } else if (Character.isSurrogate(c)) rep = "?";
            else continue;
            if (rep == null) continue;
            b.append(s, plain, i).append(rep);
            plain = i + 1;
        }
        return b.append(s, plain, n);
    }
}
