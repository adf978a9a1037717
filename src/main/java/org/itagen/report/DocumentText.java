package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.doc.BarChart;
import org.itagen.doc.Block;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Image;
import org.itagen.doc.ListBlock;
import org.itagen.doc.PageBreak;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.input.Links;
import org.itagen.input.Texts;
import org.itagen.render.pdf.FontResolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * Last look at a built document's text before any writer sees it. Whatever text the inputs and
 * templates bring (a measures file, a template, an agency name), a control character (NUL, BEL,
 * ESC, Word's vertical tab) never reaches a DOCX, where it makes the file unreadable, nor a PDF;
 * and a character no embedded font can draw (an emoji) is named in a warning instead of becoming
 * a silent empty box.
 *
 * <p>One pass over the document's strings; ASCII and Thai, nearly all of the text, are passed
 * over at once, so a batch pays well under a tenth of a millisecond per document.
 */
final class DocumentText {
    /** Characters shown either side of the one a message is about. */
    private static final int CONTEXT = 25;

    /** What one pass found. */
    static final class Findings {
        /** The first control character and its text, or -1. */
        int control = -1;
        String controlText;
        /** The first link that is not http(s) or mailto, or null. */
        String badLink;
        /** Characters to ask the fonts about, each with the first text it is in. */
        final Map<Integer, String> rare = new LinkedHashMap<>();
    }

    /** Per page font (family and file): whether each character asked about can be drawn. */
    private static final Map<String, Map<Integer, Boolean>> SHOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private DocumentText() {
    }

    /**
     * Every string of the document (metadata, headings, paragraphs, lists, tables, charts, page
     * numbers) to {@code text}, and every link address to {@code links}.
     */
    static void forEachText(Document doc, Consumer<String> text, Consumer<String> links) {
        var m = doc.metadata();
        text.accept(m.title());
        if (m.author() != null) text.accept(m.author());
        if (m.subject() != null) text.accept(m.subject());
        m.keywords().forEach(text);
        if (doc.page().pageNumbers().enabled()) text.accept(doc.page().pageNumbers().pattern());
        for (Block b : doc.blocks()) block(b, text, links);
    }

    private static void block(Block b, Consumer<String> text, Consumer<String> links) {
        switch (b) {
            case Heading h -> runs(h.runs(), text, links);
            case Paragraph p -> runs(p.runs(), text, links);
            case ListBlock l -> list(l, text, links);
            case Table t -> {
                if (t.caption() != null) text.accept(t.caption());
                for (List<Table.Row> rows : List.of(t.headerRows(), t.bodyRows())) {
                    for (Table.Row r : rows) {
                        for (Table.Cell c : r.cells()) c.paragraphs().forEach(p -> runs(p.runs(), text, links));
                    }
                }
            }
            case BarChart c -> {
                text.accept(c.title());
                text.accept(c.valueLabel());
                c.categories().forEach(text);
                c.series().forEach(s -> text.accept(s.name()));
            }
            case Image i -> {
                if (i.altText() != null) text.accept(i.altText());
            }
            case org.itagen.doc.Signature sig -> sig.lines().forEach(text);
            case PageBreak ignored -> {
            }
        }
    }

    private static void list(ListBlock l, Consumer<String> text, Consumer<String> links) {
        for (ListBlock.ListItem item : l.items()) {
            runs(item.runs(), text, links);
            if (item.children() != null) list(item.children(), text, links);
        }
    }

    private static void runs(List<Run> runs, Consumer<String> text, Consumer<String> links) {
        for (Run r : runs) {
            text.accept(r.text());
            if (r.link() != null) {
                text.accept(r.link());
                links.accept(r.link());
            }
        }
    }

    /** Scans the document once for control characters and for characters outside ASCII and Thai. */
    static Findings scan(Document doc) {
        Findings f = new Findings();
        forEachText(doc, s -> {
            if (s == null) return;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c >= 0x20 && c < 0x7F) || (c >= 0x0E01 && c <= 0x0E5B)) continue; // ASCII, Thai
                if (c == '\n' || c == '\t' || c == '\r') continue;
                int cp = s.codePointAt(i);
                boolean bad = Texts.isControl(cp) || cp == 0xFFFE || cp == 0xFFFF
                        || (Character.charCount(cp) == 1 && Character.isSurrogate(c));
                if (bad) {
                    if (f.control < 0) {
                        f.control = cp;
                        f.controlText = around(s, i);
                    }
                    return;
                }
                f.rare.putIfAbsent(cp, s);
                if (Character.charCount(cp) == 2) i++;
            }
        }, link -> {
            if (f.badLink == null && !Links.allowed(link)) f.badLink = link;
        });
        return f;
    }

    /**
     * @param where the input the text most likely came from (the measures file), for the message
     * @throws ItagenException (input) naming the first control character and the text around it,
     *                         or the first link that is not a web or e-mail address
     */
    static void refuseControls(Findings f, String where) {
        if (f.control >= 0) {
            throw ItagenException.input(where, Msg.of("error.DOCUMENT_CONTROL_CHARACTER", Texts.describe(f.control), f.controlText));
        }
        if (f.badLink != null) throw ItagenException.input(where, Msg.of("error.LINK_NOT_WEB", Texts.echo(f.badLink.strip())));
    }

    /**
     * One warning per character that neither the document's font nor the bundled fallback can
     * draw in the PDF, naming the character and the text it stands in.
     */
    static List<String> unshowable(Document doc, Findings f, String document) {
        if (f.rare.isEmpty()) return List.of();
        // Asking the fonts costs far more than the scan: answers are kept per font and character.
        Map<Integer, Boolean> known = SHOWN.computeIfAbsent(doc.page().fontFamily() + "|" + doc.page().fontFile(),
                k -> new java.util.concurrent.ConcurrentHashMap<>());
        StringBuilder ask = new StringBuilder();
        for (int cp : f.rare.keySet()) if (!known.containsKey(cp)) ask.appendCodePoint(cp);
        if (!ask.isEmpty()) {
            SortedSet<Integer> missing = FontResolver.unshowable(doc.page(), ask.toString());
            if (known.size() < 10_000) ask.codePoints().forEach(cp -> known.put(cp, !missing.contains(cp)));
            else ask.codePoints().filter(missing::contains).forEach(cp -> known.put(cp, false));
        }
        List<String> out = new ArrayList<>();
        for (int cp : f.rare.keySet()) {
            if (known.getOrDefault(cp, true)) continue;
            String text = f.rare.get(cp);
            String ch = new String(Character.toChars(cp));
            out.add(Msg.of("warning.UNSHOWABLE_CHARACTER", document, ch, String.format("U+%04X", cp),
                    around(text, text.indexOf(ch))).text());
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
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) from--;
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) to++;
        return Texts.echo(text.substring(from, Math.max(from, to)).strip());
    }
}
