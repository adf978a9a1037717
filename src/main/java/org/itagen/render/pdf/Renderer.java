package org.itagen.render.pdf;

import org.itagen.ItagenException;
import org.itagen.doc.Align;
import org.itagen.doc.BarChart;
import org.itagen.doc.Block;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Image;
import org.itagen.doc.Layout;
import org.itagen.doc.ListBlock;
import org.itagen.doc.PageBreak;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.render.RunText;
import org.itagen.render.TableFlow;
import org.itagen.render.TableWidths;
import org.itagen.thai.ThaiDates;
import org.itagen.thai.ThaiDigits;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * One rendering: lays the blocks out as a list of vertical items (text lines, table row
 * groups, a chart, an image, gaps) and pages them: a heading stays with what follows, a table
 * row group moves whole to the next page when it fits on one, and the header rows repeat.
 */
final class Renderer {
    static final float PT_PER_CM = 72f / 2.54f;
    private static final Color LINK_COLOR = new Color(Layout.LINK_RGB);
    private static final float IN_MARGIN = (float) Layout.PAGE_NUMBER_IN_MARGIN;

    private final Document doc;
    private final PageSetup page;
    private final PdfWriter.Options options;
    final TextEngine engine;
    private final FontResolver.Resolved fonts;
    final TextLines text;
    final float body;
    final float pageW, pageH, left, right, top, bottom, width;

    private org.openpdf.text.Document pdf;
    private org.openpdf.text.pdf.PdfWriter writer;
    PdfContentByte cb;
    private int pageNo;
    private float y;

    /** Measurement only (docs/notes/pdf.md): another segmenter, or a line pitch capped in em. */
    private final float pitchCap;
    final org.itagen.thai.WordBreaker breaker;

    Renderer(Document doc, PdfWriter.Options options) {
        this(doc, options, org.itagen.thai.WordBreaker.thai(), Float.MAX_VALUE);
    }

    Renderer(Document doc, PdfWriter.Options options, org.itagen.thai.WordBreaker breaker, float pitchCap) {
        this.pitchCap = pitchCap;
        this.breaker = breaker;
        this.doc = doc;
        this.page = doc.page();
        this.options = options;
        this.fonts = FontResolver.resolve(page, options.log());
        this.engine = new TextEngine(fonts);
        this.text = new TextLines(engine, breaker);
        this.body = page.bodySizePt();
        this.pageW = (float) page.paperWidthCm() * PT_PER_CM;
        this.pageH = (float) page.paperHeightCm() * PT_PER_CM;
        this.left = (float) page.marginLeftCm() * PT_PER_CM;
        this.right = (float) page.marginRightCm() * PT_PER_CM;
        this.top = (float) page.marginTopCm() * PT_PER_CM;
        this.bottom = (float) page.marginBottomCm() * PT_PER_CM;
        this.width = pageW - left - right;
        if (width < 2 * PT_PER_CM || pageH - top - bottom < 3 * PT_PER_CM) {
            throw ItagenException.input(null, org.itagen.Msg.of("error.MARGINS_TOO_LARGE"));
        }
    }

    byte[] render() {
        long start = System.nanoTime();
        List<Item> items = new ArrayList<>();
        for (Block b : doc.blocks()) addBlock(items, b);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf = new org.openpdf.text.Document(new Rectangle(pageW, pageH), 0, 0, 0, 0);
        try {
            writer = org.openpdf.text.pdf.PdfWriter.getInstance(pdf, out);
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        writer.setPdfVersion(org.openpdf.text.pdf.PdfWriter.VERSION_1_7);
        writer.setCompressionLevel(TextEngine.CONTENT_COMPRESSION);
        pdf.open();
        writeMetadata();
        cb = writer.getDirectContent();
        startPage();
        place(items);
        writer.setPageEmpty(false);
        pdf.close();
        byte[] bytes = fixId(out.toByteArray());
        options.log().accept(String.format(java.util.Locale.ROOT, "pdf: %d pages, %d bytes in %d ms",
                pageNo, bytes.length, (System.nanoTime() - start) / 1_000_000));
        return bytes;
    }

    // ---------------------------------------------------------------- metadata, ids

    private void writeMetadata() {
        var m = doc.metadata();
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.TITLE, new PdfString(m.title(), PdfString.TEXT_UNICODE));
        if (!m.author().isEmpty()) info.put(PdfName.AUTHOR, new PdfString(m.author(), PdfString.TEXT_UNICODE));
        if (!m.subject().isEmpty()) info.put(PdfName.SUBJECT, new PdfString(m.subject(), PdfString.TEXT_UNICODE));
        if (!m.keywords().isEmpty()) {
            info.put(PdfName.KEYWORDS, new PdfString(String.join(", ", m.keywords()), PdfString.TEXT_UNICODE));
        }
        // No version number: the same input must give the same bytes across releases too.
        info.put(PdfName.PRODUCER, new PdfString("itagen"));
        info.put(PdfName.CREATOR, new PdfString("itagen"));
        PdfDate date = new PdfDate(fixedDate());
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(m.language()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    }

    /** SOURCE_DATE_EPOCH when set (reproducible builds), else the document date at midnight UTC. */
    private Calendar fixedDate() {
        Instant when = doc.metadata().date().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant fixed = org.itagen.render.SourceDate.fromEnvironment(); // checked by the commands before any rendering
        if (fixed != null) when = fixed;
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(when.toEpochMilli());
        return cal;
    }

    /**
     * OpenPDF writes a time-based /ID; replace it (same length, so offsets stay valid) with a
     * hash of the file itself, so equal input gives equal bytes and different content differs.
     */
    static byte[] fixId(byte[] bytes) {
        String tail = new String(bytes, Math.max(0, bytes.length - 1024), Math.min(1024, bytes.length), StandardCharsets.ISO_8859_1);
        int at = tail.lastIndexOf("/ID [<");
        if (at < 0) return bytes;
        int base = Math.max(0, bytes.length - 1024) + at + "/ID [".length();
        int firstEnd = indexOf(bytes, (byte) '>', base);
        int secondStart = firstEnd + 1;
        int secondEnd = indexOf(bytes, (byte) '>', secondStart);
        if (firstEnd < 0 || secondEnd < 0 || bytes[secondStart] != '<') return bytes;
        byte[] copy = bytes.clone();
        for (int i = base + 1; i < firstEnd; i++) copy[i] = '0';
        for (int i = secondStart + 1; i < secondEnd; i++) copy[i] = '0';
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(copy);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) hex.append(String.format("%02x", b & 0xFF));
        byte[] h = hex.toString().getBytes(StandardCharsets.ISO_8859_1);
        for (int i = base + 1, k = 0; i < firstEnd; i++, k++) copy[i] = h[k % h.length];
        for (int i = secondStart + 1, k = 0; i < secondEnd; i++, k++) copy[i] = h[k % h.length];
        return copy;
    }

    private static int indexOf(byte[] b, byte c, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == c) return i;
        return -1;
    }

    // ---------------------------------------------------------------- paging

    private float contentTop() {
        return pageH - top;
    }

    private boolean atTop() {
        return Math.abs(y - contentTop()) < 0.01f;
    }

    private void startPage() {
        pageNo++;
        y = contentTop();
        PageNumbers pn = page.pageNumbers();
        if (pn.enabled() && pageNo >= pn.fromPage()) {
            String label = localize(pn.label(pageNo));
            float size = body;
            // One shaped string, one ActualText span: pdftotext gives back "- ๒ -" as written.
            FontFace face = engine.faceFor(engine.face(false, false), label);
            TextEngine.Shaped shaped = engine.shape(face, label);
            float w = shaped.advance() * size / FontFace.UNITS;
            boolean topPos = pn.position() == PageNumbers.Position.TOP_CENTER || pn.position() == PageNumbers.Position.TOP_RIGHT;
            boolean center = pn.position() == PageNumbers.Position.TOP_CENTER || pn.position() == PageNumbers.Position.BOTTOM_CENTER;
            float x = center ? left + (width - w) / 2 : left + width - w;
            float base = topPos ? pageH - top * IN_MARGIN - size * 0.25f : bottom * IN_MARGIN - size * 0.25f;
            engine.draw(cb, face, size, shaped, x, base, 0, label);
        }
    }

    private void newPage() {
        writer.setPageEmpty(false);
        pdf.newPage();
        startPage();
    }

    private float room() {
        return y - bottom;
    }

    private float fullPage() {
        return pageH - top - bottom;
    }

    private void place(List<Item> items) {
        // The last item of a kept chain already given its page: the items up to it follow it there.
        int placed = -1;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item instanceof BreakItem) {
                newPage();
                continue;
            }
            if (item.gap() && atTop()) continue;
            float need = item.height();
            int j = i;
            while (items.get(j).keepWithNext() && j + 1 < items.size() && !(items.get(j + 1) instanceof BreakItem)) {
                j++;
                need += items.get(j).height();
            }
            // What a fresh page holds for this item: a table row starts it under the repeated
            // header. A chain of kept items taller than that cannot move whole; keep together the
            // part that fits (caption, header and first row rather than a caption or a header left
            // alone at the foot of a page, or a header alone on a page before its rows).
            float fresh = fullPage() - (item.header() != null ? continued(item.header()).height() : 0);
            while (j > i && need > fresh + 0.01f) {
                need -= items.get(j).height();
                j--;
            }
            boolean inChain = i <= placed;
            if (!inChain) placed = j;
            if (!inChain && need > room() + 0.01f && !atTop()) {
                if (item.gap()) {
                    newPage();
                    continue;
                }
                // Move the item (and what it keeps with) over; one taller than any page starts
                // here and is split across pages below.
                // Rows joined by a row span that would leave more than a third of this page empty
                // are cut between rows instead (below), not moved whole (issue 11 §4).
                boolean fill = fillsPage(items, i);
                if (!fill && (need <= fullPage() || (item.height() > room() + 0.01f && item.height() <= fullPage()))) {
                    newPage();
                    if (item.header() != null) draw(continued(item.header()));
                }
            }
            Item cur = item;
            if (i == cutItem) {
                cutItem = -1;
                Item[] parts = ((TableLayout.GroupItem) cur).splitRows(cutRoom);
                if (parts != null) {
                    draw(parts[0]);
                    cur = parts[1];
                    newPage();
                    if (cur.header() != null) draw(continued(cur.header()));
                }
            }
            while (cur.height() > room() + 0.01f) {
                Item[] parts = cur.split(room());
                if (parts == null) {
                    if (!atTop()) {
                        newPage();
                        if (cur.header() != null) draw(continued(cur.header()));
                        if (cur.height() <= room() + 0.01f) break;
                        parts = cur.split(room());
                    }
                    if (parts == null) break; // taller than a page and indivisible: drawn as is
                }
                draw(parts[0]);
                cur = parts[1];
                newPage();
                if (cur.header() != null) draw(continued(cur.header()));
            }
            draw(cur);
        }
    }

    /**
     * Where to cut the chain starting at items[i], which does not fit the room left, so that it
     * starts here anyway (issue 11 §4: no page more than a third empty): only when moving it would
     * leave more than a third of the page empty and a table row group in it can be cut so that what
     * comes before it and its first part fill the page (between rows). Sets {@link #cutItem} and
     * {@link #cutRoom}; the group that overflows is tried first, then the groups before it (a
     * group that fits whole gives up its last rows when the next cannot be cut).
     */
    private boolean fillsPage(List<Item> items, int i) {
        if (room() <= fullPage() / 3) return false;
        List<Integer> at = new ArrayList<>();
        List<Float> above = new ArrayList<>();
        float before = 0;
        // The whole chain: the part kept together for a fresh page may end before its rows.
        for (int k = i; k < items.size() && (k == i || items.get(k - 1).keepWithNext()); k++) {
            Item it = items.get(k);
            if (it instanceof TableLayout.GroupItem g && !g.isHeader) {
                at.add(k);
                above.add(before);
            }
            before += it.height();
            if (before > room()) break;
        }
        for (int c = at.size() - 1; c >= 0; c--) {
            TableLayout.GroupItem g = (TableLayout.GroupItem) items.get(at.get(c));
            float left = Math.min(room() - above.get(c), g.height() - 0.02f);
            if (left <= 0) continue;
            // Only between rows: a row is never cut to fill a page (the DOCX rows cannot split
            // either, and a cell's text read across a repeated header loses its sense).
            if (g.rowHeights.length > 1 && g.splitRows(left) != null) {
                cutItem = at.get(c);
                cutRoom = left;
                return true;
            }
        }
        return false;
    }

    /** The item {@link #fillsPage} chose to cut at the page end, and the height of its first part. */
    private int cutItem = -1;
    private float cutRoom;

    private void draw(Item item) {
        item.draw(this, left, y);
        y -= item.height();
    }

    /** After a table's caption over its repeated header: the Thai typesetter's "continued". */
    private static final String CONTINUED = " " + org.itagen.thai.ThaiTerms.get("table.continued");

    /** Repeated table headers, each with its caption followed by "(ต่อ)" (issue 11 §4). */
    private final java.util.IdentityHashMap<Item, Item> continuations = new java.util.IdentityHashMap<>();

    private Item continued(Item header) {
        return continuations.getOrDefault(header, header);
    }

    /**
     * Page flow of a table (issue 11 §4), on the items {@link TableLayout} made: the header keeps
     * the first two row groups with it, so no page ends with the header and a single row; the
     * last row group keeps to the one before it, so no page starts with a single row; when the
     * table closes with total rows (ITA, band: the last two rows, shaded), those go with the
     * two rows before them. A table of up to four (five with totals) groups stays whole. The repeated header on a
     * continuation page carries the caption with "(ต่อ)".
     */
    private void keepTableTogether(List<Item> items, int from, Table t) {
        List<TableLayout.GroupItem> groups = new ArrayList<>();
        TableLayout.GroupItem header = null;
        for (int i = from; i < items.size(); i++) {
            if (items.get(i) instanceof TableLayout.GroupItem g) {
                if (g.header() == null && header == null && !t.headerRows().isEmpty()) header = g;
                else groups.add(g);
            }
        }
        int n = groups.size();
        // The DOCX writer keeps the same rows with the next (render.TableFlow).
        int[] rows = new int[n];
        for (int g = 0; g < n; g++) rows[g] = groups.get(g).rowHeights.length;
        boolean[] keep = TableFlow.keepGroups(rows, closesWithTotals(t));
        for (int g = 0; g < n; g++) if (keep[g]) groups.get(g).keep = true;
        if (n > 0) {
            groups.get(0).first = true;
            groups.get(n - 1).last = true;
        }
        if (header != null && t.caption() != null && !t.caption().isBlank()) {
            float size = t.sizePt() > 0 ? t.sizePt() : body;
            List<TextLines.Span> cap = List.of(new TextLines.Span(ThaiDates.keepTogether(localize(t.caption().strip() + CONTINUED)),
                    TextLines.Style.of(true, false)));
            List<Item> parts = new ArrayList<>();
            for (TextLines.Line l : text.layout(cap, size, width, width)) {
                parts.add(new LineItem(l, size, 0, Align.LEFT, lineHeight(size), baseline(size), true));
            }
            parts.add(header);
            continuations.put(header, new StackItem(parts));
        }
    }

    /**
     * A caption whose last line would hold one word or a year alone ("๒๕๖๘") gets its last space
     * made non-breaking, so the word before goes down with it (issue 11 §4).
     */
    private Table noLoneLastWord(Table t) {
        String cap = t.caption();
        if (cap == null || cap.isBlank()) return t;
        String c = cap.strip();
        int last = c.lastIndexOf(' ');
        if (last <= 0) return t;
        float size = t.sizePt() > 0 ? t.sizePt() : body;
        // Laid out as TableLayout sets captions (short dates and years held together).
        List<TextLines.Line> lines = text.layout(List.of(new TextLines.Span(ThaiDates.keepTogether(localize(c)),
                TextLines.Style.of(true, false))), size, width, width);
        if (lines.size() < 2) return t;
        StringBuilder lastLine = new StringBuilder();
        for (TextLines.Piece p : lines.getLast().pieces()) lastLine.append(p.text());
        if (lastLine.toString().strip().indexOf(' ') >= 0) return t;
        String glued = c.substring(0, last) + '\u00A0' + c.substring(last + 1);
        return new Table(t.columnCount(), t.columnWidths(), t.headerRows(), t.bodyRows(), glued, t.sizePt());
    }

    /** The last two body rows are shaded totals (the comparison tables' ITA and band rows); the DOCX writer asks too. */
    private static boolean closesWithTotals(Table t) {
        return TableFlow.closesWithTotals(t);
    }

    /** Items drawn one under the other as one (a continuation caption over a header). */
    private record StackItem(List<Item> parts) implements Item {
        public float height() {
            float h = 0;
            for (Item p : parts) h += p.height();
            return h;
        }

        public void draw(Renderer r, float x, float yTop) {
            float y = yTop;
            for (Item p : parts) {
                p.draw(r, x, y);
                y -= p.height();
            }
        }
    }

    // ---------------------------------------------------------------- blocks to items

    String localize(String s) {
        return page.digits() == Digits.THAI ? ThaiDigits.localize(s) : s;
    }

    List<TextLines.Span> spans(List<Run> runs) {
        List<TextLines.Span> out = new ArrayList<>();
        for (Run r : runs) {
            String t = RunText.of(r, page.digits());
            out.add(new TextLines.Span(t, new TextLines.Style(r.bold(), r.italic(), r.link(),
                    r.link() != null ? LINK_COLOR : Color.BLACK)));
        }
        return out;
    }

    /** Text widths for table sizing: the faces and shapes this rendering draws with (shapes are reused by the layout). */
    float measure(String text, boolean bold, boolean italic, float size) {
        Map<String, Float> m = bold ? (italic ? boldItalicWidths : boldWidths) : (italic ? italicWidths : widths);
        Float units = m.get(text);
        if (units == null) {
            // Shaped through the engine, so the layout finds these words shaped already.
            units = engine.shape(engine.faceFor(engine.face(bold, italic), text), text).advance();
            m.put(text, units);
        }
        return TextMeasure.scaled(units, size);
    }

    /** Table sizing's view of this rendering's text widths (the same as the DOCX writer's TextMeasure). */
    final TableWidths.Measure tableMeasure = new TableWidths.Measure() {
        @Override
        public float width(String text, boolean bold, boolean italic, float sizePt) {
            return measure(text, bold, italic, sizePt);
        }

        @Override
        public Object fonts() {
            return fonts;
        }
    };

    /** Advances (1/1000 em) by style, for table sizing: a word recurs in many cells and is measured once. */
    private final Map<String, Float> widths = new HashMap<>(), boldWidths = new HashMap<>(),
            italicWidths = new HashMap<>(), boldItalicWidths = new HashMap<>();

    PageSetup page() {
        return page;
    }

    /** Line height at a size: the document's spacing, but never less than the tallest Thai stack needs. */
    float lineHeight(float size) {
        FontFace r = engine.face(false, false), b = engine.face(true, false);
        float stack = (Math.max(r.top(), b.top()) + Math.max(r.bottom(), b.bottom())) / FontFace.UNITS;
        return size * Math.min(pitchCap, Math.max(page.lineSpacing(), stack + 0.04f));
    }

    /** Distance from a line's top to its baseline: the stack extent centred in the line. */
    float baseline(float size) {
        FontFace r = engine.face(false, false), b = engine.face(true, false);
        float topU = Math.max(r.top(), b.top()) / FontFace.UNITS;
        float botU = Math.max(r.bottom(), b.bottom()) / FontFace.UNITS;
        float lh = lineHeight(size);
        return (lh - (topU + botU) * size) / 2 + topU * size;
    }

    private void addBlock(List<Item> items, Block block) {
        switch (block) {
            case Heading h -> {
                float size = Layout.headingSizePt(body, h.level());
                Align align = h.level() == 0 ? Align.CENTER : Align.LEFT;
                List<TextLines.Span> sp = new ArrayList<>();
                for (TextLines.Span s : spans(h.runs())) {
                    sp.add(new TextLines.Span(s.text(), new TextLines.Style(true, s.style().italic() || Layout.headingItalic(h.level()),
                            s.style().link(), s.style().color())));
                }
                items.add(new GapItem(Layout.headingGapBeforePt(size, h.level()), false));
                for (TextLines.Line l : text.layout(sp, size, width, width)) {
                    items.add(new LineItem(l, size, 0, align, lineHeight(size), baseline(size), true));
                }
                items.add(new GapItem(Layout.headingGapAfterPt(size), true));
            }
            case Paragraph p -> {
                addParagraph(items, p, 0, width, false);
                items.add(new GapItem(Layout.paragraphGapAfterPt(sizeOf(p)), false));
            }
            case ListBlock l -> {
                addList(items, l, 0);
                items.add(new GapItem(Layout.listGapAfterPt(body), false));
            }
            case Table t -> {
                int from = items.size();
                t = noLoneLastWord(t);
                TableLayout.addTable(this, items, t);
                keepTableTogether(items, from, t);
                items.add(new GapItem(Layout.tableGapAfterPt(body), false));
            }
            case BarChart c -> {
                items.add(new ChartItem(this, c));
                items.add(new GapItem(Layout.tableGapAfterPt(body), false));
            }
            case Image img -> {
                items.add(new ImageItem(this, img, width));
                items.add(new GapItem(Layout.imageGapAfterPt(body), false));
            }
            case org.itagen.doc.Signature sig -> SignatureItems.add(this, items, sig);
            case PageBreak pb -> items.add(new BreakItem());
        }
    }

    /**
     * One PDF image per distinct picture: OpenPDF writes an image XObject once per instance, so a
     * picture drawn twice (a logo and the same file as a signature) is stored once.
     */
    private final Map<java.nio.ByteBuffer, org.openpdf.text.Image> pdfImages = new HashMap<>();

    org.openpdf.text.Image pdfImage(Image img) {
        byte[] data = img.data();
        return pdfImages.computeIfAbsent(java.nio.ByteBuffer.wrap(data), k -> {
            try {
                org.openpdf.text.Image image = org.openpdf.text.Image.getInstance(data);
                if (!img.altText().isEmpty()) image.setAlt(img.altText());
                return image;
            } catch (Exception e) {
                throw ItagenException.input("\"" + img.altText() + "\"", org.itagen.Msg.of("error.IMAGE_UNREADABLE", String.valueOf(e.getMessage())));
            }
        });
    }

    float sizeOf(Paragraph p) {
        return p.sizePt() > 0 ? p.sizePt() : body;
    }

    private void addParagraph(List<Item> items, Paragraph p, float indent, float avail, boolean keep) {
        float size = sizeOf(p);
        float first = (float) p.firstIndentCm() * PT_PER_CM;
        List<TextLines.Line> lines = text.layout(spans(p.runs()), size, avail - first, avail);
        for (int i = 0; i < lines.size(); i++) {
            items.add(new LineItem(lines.get(i), size, indent + (i == 0 ? first : 0), p.align(), lineHeight(size), baseline(size), keep));
        }
    }

    private void addList(List<Item> items, ListBlock l, int depth) {
        float indent = depth * Layout.LIST_INDENT_CM * PT_PER_CM;
        float markerW = Layout.LIST_INDENT_CM * PT_PER_CM;
        int n = 1;
        for (ListBlock.ListItem li : l.items()) {
            String marker = l.kind() == ListBlock.Kind.BULLET ? Layout.bullet(depth) : localize(n + ".");
            float textX = indent + markerW;
            List<TextLines.Line> lines = text.layout(spans(li.runs()), body, width - textX, width - textX);
            for (int i = 0; i < lines.size(); i++) {
                LineItem item = new LineItem(lines.get(i), body, textX, Align.LEFT, lineHeight(body), baseline(body), false);
                if (i == 0) item.marker = text.layout(List.of(new TextLines.Span(marker, TextLines.Style.PLAIN)), body, markerW, markerW)
                        .get(0);
                if (i == 0) item.markerX = indent;
                items.add(item);
            }
            if (li.children() != null) addList(items, li.children(), depth + 1);
            n++;
        }
    }

    // ---------------------------------------------------------------- items

    /** A vertical slice of the flow. */
    interface Item {
        float height();

        /** Draws with the top-left corner at (x, yTop). */
        void draw(Renderer r, float x, float yTop);

        /** Spacing: dropped at the top of a page. */
        default boolean gap() {
            return false;
        }

        /** Must share a page with the next item (headings, captions, table headers). */
        default boolean keepWithNext() {
            return false;
        }

        /** What to draw first when this item starts a new page (a table's header rows). */
        default Item header() {
            return null;
        }

        /** Two parts, the first at most {@code room} tall; null if it cannot be divided. */
        default Item[] split(float room) {
            return null;
        }
    }

    static final class BreakItem implements Item {
        public float height() {
            return 0;
        }

        public void draw(Renderer r, float x, float yTop) {
        }
    }

    record GapItem(float height, boolean keepWithNext) implements Item {
        public void draw(Renderer r, float x, float yTop) {
        }

        public boolean gap() {
            return true;
        }
    }

    static final class LineItem implements Item {
        final TextLines.Line line;
        final float size, indent, lineHeight, baseline;
        final Align align;
        final boolean keep;
        TextLines.Line marker;
        float markerX;

        LineItem(TextLines.Line line, float size, float indent, Align align, float lineHeight, float baseline, boolean keep) {
            this.line = line;
            this.size = size;
            this.indent = indent;
            this.align = align;
            this.lineHeight = lineHeight;
            this.baseline = baseline;
            this.keep = keep;
        }

        public float height() {
            return lineHeight;
        }

        public boolean keepWithNext() {
            return keep;
        }

        public void draw(Renderer r, float x, float yTop) {
            float base = yTop - baseline;
            if (marker != null) r.text.draw(r.cb, marker, size, x + markerX, base, Align.LEFT, false);
            r.text.draw(r.cb, line, size, x + indent, base, align, false);
        }
    }

    static final class ImageItem implements Item {
        private final org.openpdf.text.Image image;
        private final float w, h, maxW;
        private final Align align;

        ImageItem(Renderer r, Image img, float maxW) {
            image = r.pdfImage(img);
            float want = Math.min((float) img.widthCm() * PT_PER_CM, maxW);
            this.w = want;
            this.h = want * image.getHeight() / image.getWidth();
            this.maxW = maxW;
            this.align = img.align();
        }

        public float height() {
            return h;
        }

        public void draw(Renderer r, float x, float yTop) {
            float ix = switch (align) {
                case CENTER -> x + (maxW - w) / 2;
                case RIGHT -> x + maxW - w;
                default -> x;
            };
            try {
                r.cb.addImage(image, w, 0, 0, h, ix, yTop - h);
            } catch (org.openpdf.text.DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
