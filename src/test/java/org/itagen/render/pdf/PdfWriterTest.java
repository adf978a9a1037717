package org.itagen.render.pdf;

import org.itagen.ItagenException;
import org.itagen.doc.Align;
import org.itagen.doc.Block;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.ListBlock;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.SampleDocuments;
import org.itagen.doc.Table;
import org.itagen.testing.ExternalTools;
import org.itagen.testing.ThaiDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfWriterTest {
    private static final Pattern WS = Pattern.compile("[\\s\u200b\u200c\u200d\ufeff]+");

    @TempDir
    static Path tmp;
    private static List<String> corpus;
    private static Path corpusPdf;

    @BeforeAll
    static void renderCorpus() throws IOException {
        Path p = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/thai-corpus.txt");
        corpus = Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        corpusPdf = tmp.resolve("corpus.pdf");
        Files.write(corpusPdf, PdfWriter.render(corpusDocument()));
    }

    /** The corpus as justified and left paragraphs, list items and narrow table cells. */
    static Document corpusDocument() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Heading.of(1, "คลังคำทดสอบ"));
        for (int i = 0; i < corpus.size(); i++) {
            Run run = corpus.get(i).contains("https://") ? Run.literal(corpus.get(i)) : Run.plain(corpus.get(i));
            blocks.add(new Paragraph(List.of(run), i % 2 == 0 ? Align.JUSTIFY : Align.LEFT, 1.25, 0));
        }
        blocks.add(ListBlock.bullets(corpus.subList(0, 6)));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i + 1 < corpus.size(); i += 2) {
            rows.add(Table.Row.of(Table.Cell.of(corpus.get(i)), Table.Cell.of(corpus.get(i + 1))));
        }
        blocks.add(new Table(List.of(1.0, 1.0), List.of(Table.Row.of(Table.Cell.header("ข้อความ ก"), Table.Cell.header("ข้อความ ข"))),
                rows, "ตารางคลังคำ", 0));
        return new Document(Metadata.of("คลังคำทดสอบ", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)),
                // No page numbers: a paragraph running over a page break would read "… - ๓ - …";
                // numbering has its own test on the long sample.
                PageSetup.thaiOfficialA4().withDigits(Digits.ARABIC).withPageNumbers(org.itagen.doc.PageNumbers.none()), blocks);
    }

    private static String norm(String s) {
        return WS.matcher(s).replaceAll("");
    }

    @Test
    void corpusTextComesBackExactly() {
        String text = norm(ExternalTools.pdfToText(corpusPdf));
        List<String> missing = corpus.stream().filter(l -> !text.contains(norm(l))).toList();
        assertThat(missing).as("corpus lines pdftotext does not give back").isEmpty();
    }

    @Test
    void noLineEndsInsideAWord() {
        ExternalTools.Result r = ExternalTools.run(60, "pdftotext", "-bbox-layout", corpusPdf.toString(), "-");
        assertThat(r.exitCode()).isZero();
        List<String[]> junctions = junctions(r.stdout());
        // The corpus wraps a lot: a check that sees no junctions would prove nothing.
        assertThat(junctions.size()).isGreaterThan(30);
        // Judged by wordcut's word list, not by the breaker that chose the line ends.
        ThaiDictionary dict = ThaiDictionary.wordcut();
        List<String> cuts = new ArrayList<>();
        for (String[] j : junctions) {
            String joined = j[0] + j[1];
            String at = j[0] + "|" + j[1];
            if (!dict.isBetweenKnownWords(joined, j[0].length()) && !at.endsWith("ไมโคร|ซอฟท์")) cuts.add(at);
        }
        assertThat(cuts).as("line ends inside a word").isEmpty();
    }

    /**
     * Pairs of (last word of a line, first word of the next wrapped line of the same column)
     * where both touch at Thai letters, from pdftotext -bbox-layout. Lines are paired across
     * poppler's blocks: our line pitch clears stacked marks, which is more than poppler's
     * 1.5 em block threshold.
     */
    static List<String[]> junctions(String xml) {
        Pattern line = Pattern.compile("<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>(.*?)</line>", Pattern.DOTALL);
        Pattern word = Pattern.compile("<word[^>]*>(.*?)</word>", Pattern.DOTALL);
        List<String[]> out = new ArrayList<>();
        for (String page : xml.split("<page ")) {
            Matcher m = line.matcher(page);
            double px = -1, py = -1;
            String prev = null;
            while (m.find()) {
                double x = Double.parseDouble(m.group(1)), y = Double.parseDouble(m.group(2));
                List<String> words = new ArrayList<>();
                Matcher w = word.matcher(m.group(3));
                while (w.find()) words.add(unescape(w.group(1)));
                String text = String.join(" ", words);
                // Consecutive lines of one paragraph are one pitch apart (under 27 pt at 16 pt); the
                // first line of the next paragraph or table row is further down (gap or padding).
                if (prev != null && y > py && y - py < 29.5 && x <= px + 3 && x >= px - 40) {
                    String a = prev.strip(), b = text.strip();
                    if (!a.isEmpty() && !b.isEmpty() && isThai(a.charAt(a.length() - 1)) && isThai(b.charAt(0))) {
                        String[] as = a.split(" "), bs = b.split(" ");
                        out.add(new String[]{as[as.length - 1], bs[0]});
                    }
                }
                prev = text;
                px = x;
                py = y;
            }
        }
        return out;
    }

    private static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E4E';
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    @Test
    void justifiedThaiExtractsWithoutInventedSpaces() throws IOException {
        // Thai without spaces, justified over many lines: the stretched word gaps must not come
        // back as spaces, so the text returns exactly once the line breaks are taken out.
        String thai = String.join("", corpus.subList(4, 9)).replaceAll("[\\sA-Za-z0-9.:/@-]", "");
        Document d = new Document(Metadata.of("ชิดขอบ", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4().withPageNumbers(org.itagen.doc.PageNumbers.none()),
                List.of(new Paragraph(List.of(Run.plain(thai)), Align.JUSTIFY, 0, 0)));
        Path pdf = tmp.resolve("justified.pdf");
        Files.write(pdf, PdfWriter.render(d));
        String text = ExternalTools.pdfToText(pdf).replace("\f", "").strip();
        assertThat(text.lines().count()).isGreaterThan(5);
        assertThat(text).doesNotContain(" ");
        assertThat(text.replace("\n", "")).isEqualTo(thai);
    }

    @Test
    void passesQpdfCheck() {
        ExternalTools.Result r = ExternalTools.run(60, "qpdf", "--check", corpusPdf.toString());
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
    }

    @Test
    void embedsOnlySubsetFonts() {
        ExternalTools.Result r = ExternalTools.run(60, "pdffonts", corpusPdf.toString());
        assertThat(r.exitCode()).isZero();
        List<String> rows = r.stdout().lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            // name type encoding emb sub uni object ID: the name carries the "ABCDEF+" subset tag.
            assertThat(row).matches("[A-Z]{6}\\+\\S+\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s+.*");
        }
    }

    @Test
    void writesMetadataAndLanguage() throws IOException {
        ExternalTools.Result r = ExternalTools.run(60, "pdfinfo", corpusPdf.toString());
        assertThat(r.stdout()).contains("Title:           คลังคำทดสอบ").contains("Author:          หน่วยงานทดสอบ")
                .contains("Producer:        itagen").contains("CreationDate:    Wed Oct  1 00:00:00 2025 UTC");
        String raw = new String(Files.readAllBytes(corpusPdf), StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/Lang(th-TH)");
        assertThat(raw).doesNotContain("OpenPDF");
    }

    @Test
    void sameInputSameBytesAndIdFollowsContent() {
        Document a = SampleDocuments.shortSample();
        byte[] one = PdfWriter.render(a);
        byte[] two = PdfWriter.render(a);
        assertThat(two).isEqualTo(one);
        Document b = new Document(Metadata.of("อีกฉบับ", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)), a.page(), a.blocks());
        String idA = id(one), idB = id(PdfWriter.render(b));
        assertThat(idA).matches("[0-9a-f]{32}").isNotEqualTo(idB);
    }

    private static String id(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/ID \\[<([0-9a-fA-F]+)><").matcher(s);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void fiftyDocumentsInParallelGiveTheSameBytesAsOneByOne() throws Exception {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Document base = i % 10 == 0 ? SampleDocuments.longSample() : SampleDocuments.shortSample();
            List<Block> blocks = new ArrayList<>(base.blocks());
            blocks.add(Paragraph.of("เอกสารฉบับที่ " + i + " " + corpus.get(i % corpus.size())));
            docs.add(new Document(base.metadata(), i % 3 == 0 ? base.page().withDigits(Digits.ARABIC) : base.page(), blocks));
        }
        List<byte[]> sequential = new ArrayList<>();
        for (Document d : docs) sequential.add(PdfWriter.render(d));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (Document d : docs) futures.add(pool.submit(() -> PdfWriter.render(d)));
            for (int i = 0; i < docs.size(); i++) {
                assertThat(futures.get(i).get()).as("document %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void longSampleRepeatsHeadersNumbersPagesAndLocalizesDigits() throws IOException {
        Path pdf = tmp.resolve("long.pdf");
        Files.write(pdf, PdfWriter.render(SampleDocuments.longSample()));
        int pages = Integer.parseInt(ExternalTools.run(60, "pdfinfo", pdf.toString()).stdout()
                .lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
        assertThat(pages).isGreaterThan(4);
        int tablePages = 0;
        for (int p = 1; p <= pages; p++) {
            String text = ExternalTools.run(60, "pdftotext", "-f", "" + p, "-l", "" + p, pdf.toString(), "-").stdout();
            // -layout: plain mode drops a line-final "-" as a hyphen.
            String layout = ExternalTools.run(60, "pdftotext", "-layout", "-f", "" + p, "-l", "" + p, pdf.toString(), "-").stdout();
            String number = "-\\s*" + org.itagen.thai.ThaiDigits.toThaiAll("" + p) + "\\s*-";
            assertThat(Pattern.compile(number).matcher(layout.lines().filter(l -> !l.isBlank()).findFirst().orElse("")).find())
                    .as("page %d starts with its number", p).isEqualTo(p > 1);
            if (text.contains("มาตรการที่ ")) {
                tablePages++;
                assertThat(text).as("page %d repeats the header", p).contains("ขั้นตอนการดำเนินการ").contains("ผู้รับผิดชอบ");
            }
            // A heading never ends a page: the last line of a page is never a heading.
            List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("\f")).toList();
            if (!lines.isEmpty()) {
                String last = lines.get(lines.size() - 1);
                assertThat(last).as("page %d ends with a heading", p)
                        .isNotIn("๑. หลักการและเหตุผล", "๒. ผลการประเมินรายตัวชี้วัด", "๓. มาตรการและผลการดำเนินงาน", "ขั้นตอนการติดตาม");
            }
        }
        assertThat(tablePages).isGreaterThanOrEqualTo(3);
        String all = norm(ExternalTools.pdfToText(pdf));
        assertThat(all).contains(norm("ในปีงบประมาณ พ.ศ. ๒๕๖๘")).contains("i10").contains("O25")
                .contains("https://www.example.go.th/ita/2568").contains("๙๘.๐๕").contains(norm("ปี ๒๕๖๘"));
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/URI(https://www.example.go.th/)");
        assertThat(raw).contains("/Subtype/Image");
    }

    @Test
    void rowTallerThanAPageIsSplitBetweenLinesAndLosesNothing() throws IOException {
        String longText = String.join(" ", corpus) + " " + String.join(" ", corpus);
        Table t = new Table(List.of(1.0, 3.0), List.of(Table.Row.of(Table.Cell.header("ลำดับ"), Table.Cell.header("รายละเอียด"))),
                List.of(Table.Row.of(Table.Cell.of("1"), Table.Cell.of(longText))), null, 0);
        Document d = new Document(Metadata.of("แถวยาว", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4(), List.of(t));
        Path pdf = tmp.resolve("tall-row.pdf");
        Files.write(pdf, PdfWriter.render(d));
        String text = norm(ExternalTools.pdfToText(pdf));
        for (String line : corpus) {
            assertThat(text).contains(norm(org.itagen.thai.ThaiDigits.localize(line)));
        }
        // Starts on page 1 under the header and continues on later pages under the repeated header.
        String page1 = ExternalTools.run(60, "pdftotext", "-f", "1", "-l", "1", pdf.toString(), "-").stdout();
        assertThat(page1).contains("น้ำ");
        String page2 = ExternalTools.run(60, "pdftotext", "-f", "2", "-l", "2", pdf.toString(), "-").stdout();
        assertThat(page2).contains("รายละเอียด");
    }

    @Test
    void arabicDigitsStayArabic() {
        Document d = SampleDocuments.shortSample();
        d = new Document(d.metadata(), d.page().withDigits(Digits.ARABIC), d.blocks());
        Path pdf = tmp.resolve("arabic.pdf");
        try {
            Files.write(pdf, PdfWriter.render(d));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(ExternalTools.pdfToText(pdf)).contains("92.61").contains("86.10").doesNotContain("๙๒");
    }

    @Test
    void shapingKeepsGposMarkOffsets() {
        // In ปี่ HarfBuzz moves mai ek left off the tall stem of ป; dropping GPOS would leave it at the advance.
        FontFace sarabun = FontResolver.bundled().regular();
        TextEngine engine = new TextEngine(FontResolver.bundled());
        TextEngine.Shaped s = engine.shape(sarabun, "ปี่");
        assertThat(s.glyphs()).hasSize(3);
        assertThat(s.xs()[2]).isLessThan(s.xs()[1] - 50);
        // ญ with a lower vowel takes its tail-less form: not the glyph of ญ alone.
        assertThat(engine.shape(sarabun, "ญู").glyphs()[0]).isNotEqualTo(engine.shape(sarabun, "ญ").glyphs()[0]);
    }

    @Test
    void fontFileFromOptionIsUsedAndLogged() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("fonts"));
        for (String f : List.of("Sarabun_400Regular.ttf", "Sarabun_700Bold.ttf")) {
            try (var in = FontResolver.class.getResourceAsStream(FontResolver.BUNDLED + f)) {
                Files.copy(in, dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Document d = SampleDocuments.shortSample();
        d = new Document(d.metadata(), d.page().withFont(null, dir.resolve("Sarabun_400Regular.ttf").toString()), d.blocks());
        List<String> log = new ArrayList<>();
        PdfWriter.render(d, new PdfWriter.Options(log::add));
        assertThat(log).anyMatch(l -> l.startsWith("font: Sarabun regular") && l.endsWith("Sarabun_400Regular.ttf"));
        assertThat(log).anyMatch(l -> l.startsWith("font: bold") && l.endsWith("Sarabun_700Bold.ttf"));
    }

    @Test
    void missingFontFileIsAnInputError() {
        Document d = SampleDocuments.shortSample();
        Document bad = new Document(d.metadata(), d.page().withFont(null, "/nonexistent/THSarabunNew.ttf"), d.blocks());
        assertThatThrownBy(() -> PdfWriter.render(bad)).isInstanceOf(ItagenException.class)
                .hasMessageContaining("/nonexistent/THSarabunNew.ttf")
                .satisfies(e -> assertThat(((ItagenException) e).kind()).isEqualTo(ItagenException.Kind.INPUT));
    }
}
