package org.itagen.render.docx;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word 2013+ compatibility settings in settings.xml, so Word opens the document as a modern one
 * (not in "Compatibility Mode", which lays out tables and Thai text by Word 2010's rules). POI
 * writes no w:compat, and poi-ooxml-lite lacks its compiled type, so the saved part is edited as
 * text, as the body is spliced into the main part.
 */
final class DocxCompat {
    private DocxCompat() {
    }

    static final String WORD_URI = "http://schemas.microsoft.com/office/word";
    /** Word 2013 and later. */
    static final int MODE = 15;

    /** What Word 2013+ writes into a new document. */
    static final String COMPAT = "<w:compat>"
            + setting("compatibilityMode", Integer.toString(MODE))
            + setting("overrideTableStyleFontSizeAndJustification", "1")
            + setting("enableOpenTypeFeatures", "1")
            + setting("doNotFlipMirrorIndents", "1")
            + setting("differentiateMultirowTableHeaders", "1")
            + "</w:compat>";

    private static String setting(String name, String val) {
        return "<w:compatSetting w:name=\"" + name + "\" w:uri=\"" + WORD_URI + "\" w:val=\"" + val + "\"/>";
    }

    /** Elements CT_Settings has after w:compat: a new w:compat goes before the first of them. */
    private static final Pattern AFTER_COMPAT = Pattern.compile("<(?:w:docVars|w:rsids|m:mathPr|w:attachedSchema|w:themeFontLang"
            + "|w:clrSchemeMapping|w:doNotIncludeSubdocsInStats|w:doNotAutoCompressPictures|w:forceUpgrade|w:captions"
            + "|w:readModeInkLockDown|w:smartTagType|sl:schemaLibrary|w:shapeDefaults|w:doNotEmbedSmartTags"
            + "|w:decimalSymbol|w:listSeparator)[\\s/>]");
    private static final Pattern MODE_SETTING = Pattern.compile(
            "<w:compatSetting(?=[^>]*w:name=\"compatibilityMode\")[^>]*w:val=\"(\\d+)\"[^>]*/>");

    /**
     * settings.xml with compatibility mode 15: our own settings get Word 2013's w:compat; a
     * reference DOCX's w:compat keeps its other settings and has its mode raised to 15.
     * Settings written with another prefix than w (no program we know does) are left alone.
     */
    static byte[] modern(byte[] settingsXml) {
        String s = new String(settingsXml, StandardCharsets.UTF_8);
        if (!s.contains("<w:settings")) return settingsXml;
        String out;
        int compat = indexOfElement(s, "w:compat");
        if (compat < 0) {
            Matcher m = AFTER_COMPAT.matcher(s);
            int at = m.find() ? m.start() : s.lastIndexOf("</w:settings>");
            if (at < 0) return settingsXml; // an empty <w:settings/>: POI never writes one
            out = s.substring(0, at) + COMPAT + s.substring(at);
        } else {
            int close = s.indexOf('>', compat);
            if (s.charAt(close - 1) == '/') {
                out = s.substring(0, compat) + COMPAT + s.substring(close + 1);
            } else {
                int end = s.indexOf("</w:compat>", close);
                String inner = s.substring(close + 1, end);
                Matcher mode = MODE_SETTING.matcher(inner);
                if (mode.find()) {
                    if (Integer.parseInt(mode.group(1)) >= MODE) return settingsXml;
                    inner = inner.substring(0, mode.start(1)) + MODE + inner.substring(mode.end(1));
                } else {
                    // w:compatSetting elements come last in CT_Compat.
                    inner = inner + setting("compatibilityMode", Integer.toString(MODE));
                }
                out = s.substring(0, close + 1) + inner + s.substring(end);
            }
        }
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** Start of {@code <name>} or {@code <name .../>} (not of a longer name), or -1. */
    private static int indexOfElement(String s, String name) {
        for (int at = s.indexOf("<" + name); at >= 0; at = s.indexOf("<" + name, at + 1)) {
            char c = s.charAt(at + name.length() + 1);
            if (c == '>' || c == '/' || Character.isWhitespace(c)) return at;
        }
        return -1;
    }
}
