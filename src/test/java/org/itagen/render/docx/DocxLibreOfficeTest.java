package org.itagen.render.docx;

import org.itagen.doc.BarChart;
import org.itagen.doc.Block;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Image;
import org.itagen.doc.ListBlock;
import org.itagen.doc.PageBreak;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.SampleDocuments;
import org.itagen.doc.Table;
import org.itagen.testing.ExternalTools;
import org.itagen.thai.ThaiDigits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens what the writer makes in a real client: LibreOffice converts the DOCX to PDF and
 * pdftotext reads the text back. Four conversions for the class (each costs seconds).
 */
class DocxLibreOfficeTest {
    @TempDir
    static Path dir;
    private static String longText;
    private static final List<String> longHeaders = new ArrayList<>();
    private static String shortText;
    private static String referenceText;
    private static String variantsText;

    @BeforeAll
    static void convert() throws IOException {
        ExternalTools.require("soffice");
        ExternalTools.require("pdftotext");
        Files.write(dir.resolve("long.docx"), DocxWriter.render(SampleDocuments.longSample()));
        Files.write(dir.resolve("short.docx"), DocxWriter.render(SampleDocuments.shortSample()));
        Path ref = dir.resolve("letterhead.docx");
        Files.write(ref, ReferenceDocs.letterhead());
        Files.write(dir.resolve("withref.docx"), DocxWriter.render(SampleDocuments.shortSample(),
                DocxWriter.Options.defaults().withReference(ref).withTableOfContents(true)));
        Path longPdf = ExternalTools.sofficeToPdf(dir.resolve("long.docx"), dir);
        longText = ExternalTools.pdfToText(longPdf);
        for (int page = 1; page <= 3; page++) {
            // Only the top 60 pt of the page: the header band with the page number.
            longHeaders.add(ExternalTools.run(60, "pdftotext", "-enc", "UTF-8", "-f", "" + page, "-l", "" + page,
                    "-x", "0", "-y", "0", "-W", "595", "-H", "60", longPdf.toString(), "-").stdout().strip());
        }
        shortText = ExternalTools.pdfToText(ExternalTools.sofficeToPdf(dir.resolve("short.docx"), dir));
        referenceText = ExternalTools.pdfToText(ExternalTools.sofficeToPdf(dir.resolve("withref.docx"), dir));
        Files.write(dir.resolve("variants.docx"), DocxWriter.render(BodyVariants.document()));
        variantsText = ExternalTools.pdfToText(ExternalTools.sofficeToPdf(dir.resolve("variants.docx"), dir));
    }

    @Test
    void longSampleTextComesBack() {
        assertContainsDocumentText(longText, SampleDocuments.longSample());
    }

    @Test
    void shortSampleTextComesBack() {
        assertContainsDocumentText(shortText, SampleDocuments.shortSample());
    }

    @Test
    void tableOfContentsFieldShowsItsEntries() {
        // The TOC title and the heading listed in the field's result, then the heading itself.
        String text = comparable(referenceText);
        String heading = comparable("ผลการประเมิน");
        assertThat(text).contains(comparable(DocxWriter.Options.DEFAULT_TOC_TITLE) + heading);
        assertThat(text.indexOf(heading, text.indexOf(heading) + 1)).isPositive();
    }

    @Test
    void referenceDocxKeepsLetterheadAndOurText() {
        assertContainsDocumentText(referenceText, SampleDocuments.shortSample());
        assertThat(comparable(referenceText)).contains(comparable(ReferenceDocs.LETTERHEAD));
        assertThat(comparable(referenceText)).doesNotContain(comparable(ReferenceDocs.BODY_TEXT));
    }

    @Test
    void nativeChartSurvivesLibreOffice() {
        // Title, category names, series names and values printed on bars: drawn from the chart part.
        String text = comparable(longText);
        // Values in the document's Thai digits (per-point label text; issue 11 §5).
        for (String s : List.of("คะแนนรายตัวชี้วัด ปี ๒๕๖๗ และ ๒๕๖๘", "ปี ๒๕๖๗", "ปี ๒๕๖๘", "๙๑.๖๒", "๖๔.๘๔", "๙๘.๐๕", "๑๐๐.๐๐")) {
            assertThat(text).contains(comparable(s));
        }
    }

    @Test
    void bodyVariantsComeBackWithEscapedTextAndNoBlankPage() {
        String text = comparable(variantsText);
        for (String s : documentTexts(BodyVariants.document())) assertThat(text).contains(comparable(s));
        assertThat(text).contains(comparable(BodyVariants.SPECIAL), comparable("]]>"), comparable("หลังขึ้นหน้าใหม่"));
        // Five page breaks, five more pages; none holds only its page number (a break written twice did).
        List<String> pages = new ArrayList<>(List.of(variantsText.split("\f")));
        if (pages.getLast().isBlank()) pages.removeLast();
        assertThat(pages).hasSize(1 + BodyVariants.PAGE_BREAKS);
        for (String page : pages) assertThat(page.replaceAll("[-\\s0-9๐-๙]", "")).as(page).isNotEmpty();
    }

    @Test
    void pagesAfterTheFirstAreNumbered() {
        // LibreOffice 7.4 ignores the thaiNumbers page-number format (Word honours it): digits may be Arabic here.
        assertThat(longHeaders.get(0)).isEmpty();
        assertThat(longHeaders.get(1)).matches("-\\s*[2๒]\\s*-");
        assertThat(longHeaders.get(2)).matches("-\\s*[3๓]\\s*-");
    }

    // ----- comparison -----

    /** Every paragraph, heading, list item, caption and cell of the document, in its digits. */
    static List<String> documentTexts(Document d) {
        return texts(d, false);
    }

    /** The text of each table cell paragraph. */
    static List<String> cellTexts(Document d) {
        return texts(d, true);
    }

    private static List<String> texts(Document d, boolean cells) {
        List<String> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            switch (b) {
                case Heading h -> { if (!cells) out.add(text(h.runs(), d)); }
                case Paragraph p -> { if (!cells) out.add(text(p.runs(), d)); }
                case ListBlock l -> { if (!cells) listTexts(l, d, out); }
                case Table t -> {
                    if (t.caption() != null && !cells) out.add(localize(t.caption(), d));
                    for (List<Table.Row> rows : List.of(t.headerRows(), t.bodyRows())) {
                        for (Table.Row r : rows) {
                            for (Table.Cell c : r.cells()) for (Paragraph p : c.paragraphs()) if (cells) out.add(text(p.runs(), d));
                        }
                    }
                }
                case BarChart c -> { if (!cells) out.add(localize(c.title(), d)); }
                case Image img -> { }
                case org.itagen.doc.Signature sig -> { if (!cells) sig.lines().forEach(l -> out.add(localize(l, d))); }
                case PageBreak pb -> { }
            }
        }
        out.removeIf(String::isBlank);
        return out;
    }

    private static void listTexts(ListBlock l, Document d, List<String> out) {
        for (ListBlock.ListItem item : l.items()) {
            out.add(text(item.runs(), d));
            if (item.children() != null) listTexts(item.children(), d, out);
        }
    }

    private static String text(List<Run> runs, Document d) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) sb.append(r.literal() ? r.text() : localize(r.text(), d));
        return sb.toString();
    }

    private static String localize(String s, Document d) {
        return d.page().digits() == Digits.THAI ? ThaiDigits.localize(s) : s;
    }

    /**
     * Text reduced to what survives LibreOffice + pdftotext in order: no whitespace, no
     * zero-width characters, and no Thai above/below marks, which pdftotext reports out of
     * order when LibreOffice positions them (e.g. "ขั้น" comes back as "ขัน" + "้"). The marks
     * are checked separately by count.
     */
    static String comparable(String s) {
        return s.replaceAll("[\\s\\u200B\\u00AD\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]", "");
    }

    /** Dictionary-based word pieces (ICU), made comparable. */
    static List<String> words(String s) {
        com.ibm.icu.text.BreakIterator it = com.ibm.icu.text.BreakIterator.getWordInstance(new com.ibm.icu.util.ULocale("th"));
        it.setText(s);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != com.ibm.icu.text.BreakIterator.DONE; start = end, end = it.next()) {
            String w = comparable(s.substring(start, end));
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** True when the words occur in order in {@code text}, each at most 250 characters after the previous. */
    static boolean inOrderNearby(String text, List<String> words) {
        if (words.isEmpty()) return true;
        for (int first = text.indexOf(words.getFirst()); first >= 0; first = text.indexOf(words.getFirst(), first + 1)) {
            int at = first + words.getFirst().length();
            boolean ok = true;
            for (int i = 1; i < words.size() && ok; i++) {
                int next = text.indexOf(words.get(i), at);
                ok = next >= 0 && next - at <= 250;
                at = next + words.get(i).length();
            }
            if (ok) return true;
        }
        return false;
    }

    private static Map<Character, Integer> marks(String s) {
        Map<Character, Integer> m = new TreeMap<>();
        for (char c : s.toCharArray()) {
            if (c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E')) m.merge(c, 1, Integer::sum);
        }
        return m;
    }

    static void assertContainsDocumentText(String pdfText, Document d) {
        String got = comparable(pdfText);
        StringBuilder all = new StringBuilder();
        for (String expected : documentTexts(d)) {
            assertThat(got).as("PDF text should contain: " + expected).contains(comparable(expected));
            all.append(expected);
        }
        // pdftotext interleaves the lines of cells that share a row, so a wrapped cell is checked
        // word by word: its words in order, each within a short distance of the one before.
        for (String expected : cellTexts(d)) {
            assertThat(inOrderNearby(got, words(expected))).as("PDF text should contain the cell: " + expected).isTrue();
            all.append(expected);
        }
        // Every tone mark and vowel sign is still there (at least as many as the document has).
        Map<Character, Integer> want = marks(all.toString());
        Map<Character, Integer> have = marks(pdfText);
        for (var e : want.entrySet()) {
            assertThat(have.getOrDefault(e.getKey(), 0)).as("count of U+%04X", (int) e.getKey()).isGreaterThanOrEqualTo(e.getValue());
        }
    }
}
