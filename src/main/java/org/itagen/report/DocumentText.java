package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.doc.Document;
import org.itagen.input.Texts;
import org.itagen.render.pdf.FontResolver;
import org.itagen.render.text.TextDumpWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Last look at a built document's text before any writer sees it. Whatever text the inputs and
 * templates bring (a measures file, a template, an agency name), a control character (NUL, BEL,
 * ESC, Word's vertical tab) never reaches a DOCX, where it makes the file unreadable, nor a PDF;
 * and a character no embedded font can draw (an emoji) is named in a warning instead of becoming
 * a silent empty box.
 */
final class DocumentText {
    /** Characters shown either side of the one a message is about. */
    private static final int CONTEXT = 25;

    private DocumentText() {
    }

    /** The whole text of the document, as the plain-text dump has it (metadata, headings, tables, charts). */
    static String of(Document doc) {
        String subject = doc.metadata().subject() == null ? "" : doc.metadata().subject();
        return TextDumpWriter.write(doc) + "\n" + subject + "\n" + String.join("\n", doc.metadata().keywords());
    }

    /**
     * @param where the input the text most likely came from (the measures file), for the message
     * @throws ItagenException (input) naming the first control character and the text around it
     */
    static void refuseControls(String text, String where) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean bad = Texts.isControl(cp) || cp == 0xFFFE || cp == 0xFFFF
                    || (Character.charCount(cp) == 1 && Character.isSurrogate((char) cp));
            if (bad) {
                throw ItagenException.input(where, Msg.of("error.DOCUMENT_CONTROL_CHARACTER",
                        Texts.describe(cp), around(text, i)));
            }
            i += Character.charCount(cp);
        }
    }

    /**
     * One warning per character that neither the document's font nor the bundled fallback can
     * draw in the PDF, naming the character and the text it stands in.
     */
    static List<String> unshowable(Document doc, String text, String document) {
        SortedSet<Integer> missing = FontResolver.unshowable(doc.page(), text);
        List<String> out = new ArrayList<>();
        for (int cp : missing) {
            int at = text.indexOf(new String(Character.toChars(cp)));
            out.add(Msg.of("warning.UNSHOWABLE_CHARACTER", document, new String(Character.toChars(cp)),
                    String.format("U+%04X", cp), around(text, at)).text());
        }
        return out;
    }

    /** The text around position {@code at}, on one line, control characters made visible. */
    private static String around(String text, int at) {
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + CONTEXT);
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        from = Math.max(from, lineStart);
        if (lineEnd >= 0) to = Math.min(to, lineEnd);
        // A table row in the dump is "| cell | cell |": show only the cell.
        int cellStart = text.lastIndexOf(" | ", at - 1);
        if (cellStart >= from) from = cellStart + 3;
        int cellEnd = text.indexOf(" | ", at);
        if (cellEnd >= 0 && cellEnd < to) to = cellEnd;
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) from--;
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) to++;
        String s = text.substring(from, Math.max(from, to)).strip();
        return Texts.echo(s);
    }
}
