package org.itagen.render.pdf;

import org.itagen.doc.Align;
import org.itagen.doc.Block;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the PDF back the way other clients do, with documents built so that each check can
 * only pass when its rule holds: text through ToUnicode alone (ActualText switched off), a
 * table header whose words appear nowhere else, and a heading placed where it would end a page.
 */
class PdfReadBackTest {
    @TempDir
    Path tmp;

    static List<String> corpus() throws IOException {
        Path p = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/thai-corpus.txt");
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    static Document doc(String title, List<Block> blocks) {
        return new Document(Metadata.of(title, "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4().withDigits(Digits.ARABIC).withPageNumbers(PageNumbers.none()), blocks);
    }

    Path write(String name, Document d) throws IOException {
        Path pdf = tmp.resolve(name);
        Files.write(pdf, PdfWriter.render(d));
        return pdf;
    }

    static String page(Path pdf, int p) {
        return ExternalTools.run(60, "pdftotext", "-enc", "UTF-8", "-f", "" + p, "-l", "" + p, pdf.toString(), "-").stdout();
    }

    static int pages(Path pdf) {
        return Integer.parseInt(ExternalTools.run(60, "pdfinfo", pdf.toString()).stdout().lines()
                .filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
    }

    // ---- ToUnicode only ------------------------------------------------------------------------

    /**
     * A copy of the PDF whose /ActualText keys are renamed (same length, so every offset stays
     * valid): a reader then has only the fonts' ToUnicode maps, as many extractors and screen
     * readers do.
     */
    Path withoutActualText(Path pdf) throws IOException {
        Path qdf = tmp.resolve("qdf-" + pdf.getFileName());
        ExternalTools.Result r = ExternalTools.run(60, "qpdf", "--qdf", "--object-streams=disable", pdf.toString(), qdf.toString());
        assertThat(r.exitCode()).as(r.stderr()).isIn(0, 3);
        String raw = new String(Files.readAllBytes(qdf), StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/ActualText");
        Path stripped = tmp.resolve("no-actualtext-" + pdf.getFileName());
        Files.write(stripped, raw.replace("/ActualText", "/ActualTexX").getBytes(StandardCharsets.ISO_8859_1));
        return stripped;
    }

    /**
     * The characters of a text as a sorted list: without ActualText a reader orders characters
     * by where their glyphs are drawn (poppler puts a tone mark stacked on an upper vowel after
     * the next consonant), and sara am comes as its two glyphs (nikhahit, sara aa). Which
     * characters come back is the ToUnicode map's job; their order is the reader's.
     */
    static String characters(String s) {
        char[] c = s.replaceAll("[\\s\u200b]+", "").replace("\u0E33", "\u0E4D\u0E32").toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    @Test
    void thaiReadsBackThroughToUnicodeAloneWithNoPrivateUseCharacters() throws IOException {
        // One corpus line per page, so each page's characters can be compared with its line.
        List<String> lines = corpus();
        List<Block> blocks = new ArrayList<>();
        for (String l : lines) {
            if (!blocks.isEmpty()) blocks.add(new org.itagen.doc.PageBreak());
            blocks.add(new Paragraph(List.of(Run.plain(l)), Align.LEFT, 1.25, 0));
        }
        Path stripped = withoutActualText(write("tounicode.pdf", doc("ToUnicode", blocks)));
        String text = ExternalTools.pdfToText(stripped);
        // Thai fonts map their shifted glyphs to private-use code points (U+F70A ...): a
        // ToUnicode entry taken from the font's cmap would hand those to the reader.
        List<String> privateUse = text.codePoints().filter(c -> c >= 0xE000 && c <= 0xF8FF)
                .mapToObj(c -> String.format("U+%04X", c)).distinct().toList();
        assertThat(privateUse).as("private-use characters read back").isEmpty();
        assertThat(text).doesNotContain("\uFFFD");
        assertThat(pages(stripped)).isEqualTo(lines.size());
        List<String> wrong = new ArrayList<>();
        for (int p = 1; p <= lines.size(); p++) {
            if (!characters(page(stripped, p)).equals(characters(lines.get(p - 1)))) wrong.add(lines.get(p - 1));
        }
        assertThat(wrong).as("corpus lines whose characters do not come back through ToUnicode").isEmpty();
    }

    // ---- repeated table header -----------------------------------------------------------------

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPage() throws IOException {
        // Header words that no body cell contains, so finding them on a page proves the repeat.
        String h1 = "หัวตารางซ้ำ", h2 = "คอลัมน์เฉพาะ";
        List<String> lines = corpus();
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String body = (i + 1) + " " + lines.get(i % lines.size());
            assertThat(body).doesNotContain(h1).doesNotContain(h2);
            rows.add(Table.Row.of(Table.Cell.of("แถว " + (i + 1)), Table.Cell.of(body)));
        }
        Table t = new Table(List.of(1.0, 4.0), List.of(Table.Row.of(Table.Cell.header(h1), Table.Cell.header(h2))),
                rows, null, 0);
        Path pdf = write("table.pdf", doc("ตาราง", List.of(t)));
        int n = pages(pdf);
        assertThat(n).isGreaterThanOrEqualTo(3);
        for (int p = 1; p <= n; p++) {
            String text = page(pdf, p);
            assertThat(text).as("page %d has body rows", p).contains("แถว ");
            assertThat(text).as("page %d repeats the header", p).contains(h1).contains(h2);
            // Exactly once per page: the header is not drawn twice either.
            assertThat(text.split(h1, -1).length - 1).as("header count on page %d", p).isEqualTo(1);
        }
    }

    // ---- a heading never ends a page -----------------------------------------------------------

    @Test
    void aHeadingThatWouldEndAPageMovesToTheNextWithItsParagraph() throws IOException {
        // Fill lines, then a spacer paragraph whose font size grows 2 pt at a time, so the heading
        // slides down page 1 in small steps: somewhere it fits on page 1 while its paragraph
        // would not. There it must move to page 2 together with the paragraph.
        String heading = "หัวข้อทดสอบท้ายหน้า";
        String after = "ย่อหน้าแรกใต้หัวข้อ";
        boolean sawHeadingOnPageOne = false;
        boolean sawHeadingMoved = false;
        for (int spacer = 8; spacer <= 80; spacer += 2) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < 18; i++) blocks.add(Paragraph.of("บรรทัดเติม " + (i + 1)));
            blocks.add(new Paragraph(List.of(Run.plain("ตัวเว้น")), Align.LEFT, 0, spacer));
            blocks.add(Heading.of(2, heading));
            blocks.add(Paragraph.of(after));
            Path pdf = write("heading-" + spacer + ".pdf", doc("หัวข้อ", blocks));
            String p1 = page(pdf, 1);
            boolean headingOn1 = p1.contains(heading);
            assertThat(p1.contains(after)).as("spacer %d pt: heading and its paragraph on one page", spacer).isEqualTo(headingOn1);
            if (headingOn1) {
                sawHeadingOnPageOne = true;
            } else {
                assertThat(page(pdf, 2)).contains(heading).contains(after);
                sawHeadingMoved = true;
            }
        }
        // The sweep must cross the page end, or it proved nothing.
        assertThat(sawHeadingOnPageOne).isTrue();
        assertThat(sawHeadingMoved).isTrue();
    }
}
