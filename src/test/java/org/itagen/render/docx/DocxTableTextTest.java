package org.itagen.render.docx;

import org.itagen.doc.Align;
import org.itagen.doc.Block;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.SampleDocuments;
import org.itagen.doc.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Body text written as XML (headings, paragraphs, lists, tables: {@link DocxBuild#flushBodyXml})
 * must give exactly the bytes POI's object model gives: every variant of block, cell, run and
 * setting, both ways, compared byte for byte.
 */
class DocxTableTextTest {
    @TempDir
    Path tmp;

    private static byte[] render(Document doc, DocxWriter.Options opts, boolean throughPoi, int[] asText) {
        return render(doc, opts, throughPoi, asText, new int[1]);
    }

    private static byte[] render(Document doc, DocxWriter.Options opts, boolean throughPoi, int[] asText, int[] placeholders) {
        DocxBuild build = new DocxBuild(doc, opts, Timestamps.fixedInstant(doc.metadata().date(), null));
        if (throughPoi) build.throughPoi();
        byte[] raw = build.build();
        asText[0] = build.tablesWrittenAsText();
        placeholders[0] = build.placeholders();
        return ReproducibleZip.normalize(raw, build.fixedTime(), build::finishPart);
    }

    /** Renders both ways, asserts equal bytes, and returns how many tables took the text path. */
    private static int assertSameBytes(Document doc, DocxWriter.Options opts) {
        int[] text = new int[1], poi = new int[1];
        byte[] fast = render(doc, opts, false, text);
        byte[] slow = render(doc, opts, true, poi);
        assertThat(poi[0]).isZero();
        assertThat(fast).as("text-path tables give POI's bytes").isEqualTo(slow);
        return text[0];
    }

    private static Document withDigits(Document d, Digits digits) {
        return new Document(d.metadata(), d.page().withDigits(digits), d.blocks());
    }

    @Test
    void samplesAreByteIdenticalBothWays() {
        DocxWriter.Options opts = DocxWriter.Options.defaults();
        assertThat(assertSameBytes(SampleDocuments.longSample(), opts)).isEqualTo(2);
        assertThat(assertSameBytes(SampleDocuments.shortSample(), opts)).isEqualTo(1);
        assertThat(assertSameBytes(withDigits(SampleDocuments.longSample(), Digits.ARABIC), opts)).isEqualTo(2);
        assertThat(assertSameBytes(SampleDocuments.longSample(), opts.withTableOfContents(true))).isEqualTo(2);
    }

    @Test
    void referenceDocxIsByteIdenticalBothWays() throws Exception {
        Path ref = tmp.resolve("ref.docx");
        Files.write(ref, ReferenceDocs.letterhead());
        // Runs carry no fonts with a reference: the text path must leave them out the same way.
        assertThat(assertSameBytes(SampleDocuments.longSample(), DocxWriter.Options.defaults().withReference(ref))).isEqualTo(2);
    }

    @Test
    void everyCellVariantIsByteIdenticalBothWays() {
        Table.Cell linkCell = new Table.Cell(List.of(new Paragraph(List.of(Run.plain("ดูที่ "),
                Run.link("เว็บไซต์", "https://www.example.go.th/a?b=1&c=2"), Run.plain(" และ "),
                Run.link("คู่มือ", "https://www.example.go.th/manual")), Align.LEFT, 0, 0)), 1, 1, Align.LEFT, Table.Cell.VAlign.BOTTOM, null);
        Table.Cell mixed = new Table.Cell(List.of(
                new Paragraph(List.of(Run.bold("ตัวหนา"), Run.italic("ตัวเอียง"), Run.literal("O25 2568"),
                        new Run("ทั้งหนาและเอียง 12", true, true, null, false)), Align.JUSTIFY, 1.0, 18f),
                new Paragraph(List.of(Run.plain("ย่อหน้าที่สอง \"อัญประกาศ\" 'เดี่ยว'")), Align.RIGHT, -0.5, 0)),
                2, 1, Align.CENTER, Table.Cell.VAlign.MIDDLE, "abcdef");
        Table.Cell noParagraphs = new Table.Cell(List.of(), 1, 1, Align.LEFT, Table.Cell.VAlign.TOP, null);
        List<Table.Row> body = new ArrayList<>();
        body.add(Table.Row.of(Table.Cell.of("ยาวสองแถว").span(1, 3), mixed, linkCell));
        body.add(Table.Row.of(Table.Cell.of("สั้น"))); // short row: padded
        body.add(Table.Row.of(noParagraphs, Table.Cell.empty(), Table.Cell.of("x"), Table.Cell.of("เกิน"), Table.Cell.of("เกินอีก")));
        body.add(Table.Row.of(Table.Cell.of("", Align.CENTER), Table.Cell.of("ขวา", Align.RIGHT), Table.Cell.of("กลาง", Align.CENTER).span(2, 1)));
        Table plain = new Table(List.of(1.0, 2.0, 2.0, 1.5), List.of(Table.Row.of(Table.Cell.header("ก"), Table.Cell.header("ข").span(2, 1),
                Table.Cell.header("ง"))), body, "ตารางทดสอบ", 0);
        // Text xmlbeans escapes or writes as other elements: these tables go through POI; the rest still as text.
        Table escaped = new Table(List.of(1.0, 1.0), List.of(), List.of(Table.Row.of(Table.Cell.of("A & B <ค>"), Table.Cell.of("]]>"))), null, 0);
        Table lines = new Table(List.of(1.0, 1.0), List.of(), List.of(Table.Row.of(Table.Cell.of("บรรทัด\nสอง\tแท็บ"), Table.Cell.of(""))), null, 12f);
        Table afterBreak = new Table(List.of(1.0), List.of(), List.of(Table.Row.of(Table.Cell.of("หลังขึ้นหน้าใหม่ https://x.example/"))), null, 0);
        org.itagen.doc.ListBlock nested = new org.itagen.doc.ListBlock(org.itagen.doc.ListBlock.Kind.NUMBERED, List.of(
                new org.itagen.doc.ListBlock.ListItem(List.of(Run.bold("ข้อ 1 "), Run.link("ลิงก์", "https://www.example.go.th/l")),
                        org.itagen.doc.ListBlock.bullets(List.of("ย่อย ก", "ย่อย ข"))),
                org.itagen.doc.ListBlock.ListItem.of("ข้อ 2")));
        org.itagen.doc.ListBlock oddList = org.itagen.doc.ListBlock.numbered(List.of("บรรทัด\nใหม่", "ปกติ"));
        List<Block> blocks = List.of(
                new Heading(1, List.of(Run.plain("หัวข้อ "), Run.bold("หนา"), Run.italic("เอียง"), Run.link("ลิงก์", "https://h.example/"))),
                new Paragraph(List.of(Run.plain(""), Run.plain("ก่อน & หลัง")), Align.JUSTIFY, 0, 0),
                new Paragraph(List.of(Run.plain("ย่อหน้าขนาด 18"), Run.literal("O25")), Align.RIGHT, -0.75, 18f),
                new Paragraph(List.of(), Align.CENTER, 0, 0),
                new org.itagen.doc.PageBreak(), nested, oddList, new org.itagen.doc.PageBreak(), Heading.of(2, "หลังขึ้นหน้า"),
                new org.itagen.doc.PageBreak(), oddList, new org.itagen.doc.PageBreak(), Paragraph.of("บรรทัด\nสอง"),
                Heading.of(1, "ตาราง"), plain, escaped, lines,
                Paragraph.of(Run.link("ลิงก์นอกตาราง", "https://www.example.go.th/out")),
                new org.itagen.doc.PageBreak(), afterBreak, plain);
        Document doc = new Document(Metadata.of("ตาราง", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)), PageSetup.thaiOfficialA4(), blocks);
        assertThat(assertSameBytes(doc, DocxWriter.Options.defaults())).isEqualTo(3);
        assertThat(assertSameBytes(withDigits(doc, Digits.ARABIC), DocxWriter.Options.defaults())).isEqualTo(3);
        // A font name that would need escaping in an attribute: every table through POI.
        Document oddFont = new Document(doc.metadata(), doc.page().withFont("Sarabun & Co", null), blocks);
        assertThat(assertSameBytes(oddFont, DocxWriter.Options.defaults())).isZero();
    }

    @Test
    void plainTextRule() {
        assertThat(DocxTables.plain("ผู้ใหญ่ 92.61 \"q\" 'a' / ? ;")).isTrue();
        assertThat(DocxTables.plain("")).isTrue();
        for (String s : List.of("a<b", "a&b", "a>b", "a\nb", "a\tb", "a\rb", "\u0001", "\uFFFE", "\uE001")) {
            assertThat(DocxTables.plain(s)).as(s).isFalse();
        }
    }

    @Test
    void consecutiveTextBlocksShareOnePlaceholder() {
        int[] tables = new int[1], placeholders = new int[1];
        render(SampleDocuments.longSample(), DocxWriter.Options.defaults(), false, tables, placeholders);
        // Through POI: the image, both captions and the chart. Text between them: headings to the
        // first caption; the first table; the heading after the chart; the second table and the
        // closing paragraph.
        assertThat(placeholders[0]).isEqualTo(4);
        render(SampleDocuments.longSample(), DocxWriter.Options.defaults(), true, tables, placeholders);
        assertThat(placeholders[0]).isZero();
    }
}
