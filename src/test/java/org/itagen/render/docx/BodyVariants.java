package org.itagen.render.docx;

import org.itagen.doc.Align;
import org.itagen.doc.Block;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Image;
import org.itagen.doc.ListBlock;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageBreak;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.SampleDocuments;
import org.itagen.doc.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document with every variant of block, cell and run the body writer has a branch for: spans,
 * short and overlong rows, empty cells, links in headings, cells and lists, sizes, indents
 * (negative too), newlines and tabs, text that needs XML escaping, page breaks before every kind
 * of block, and a picture whose alt text needs escaping.
 */
final class BodyVariants {
    private BodyVariants() {
    }

    /** Text with every character XML treats specially. */
    static final String SPECIAL = "ก & ข < ค > ง \"อัญ\" 'เดี่ยว' ]]> จบ";
    static final String ALT = "ตรา \"A&B\" <หน่วยงาน>";
    static final String CELL_LINK = "https://www.example.go.th/a?b=1&c=2";

    static Document document() {
        Table.Cell linkCell = new Table.Cell(List.of(new Paragraph(List.of(Run.plain("ดูที่ "),
                Run.link("เว็บไซต์", CELL_LINK), Run.plain(" และ "),
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
        Table spans = new Table(List.of(1.0, 2.0, 2.0, 1.5), List.of(Table.Row.of(Table.Cell.header("ก"), Table.Cell.header("ข").span(2, 1),
                Table.Cell.header("ง"))), body, "ตารางทดสอบ", 0);
        Table escaped = new Table(List.of(1.0, 1.0), List.of(), List.of(Table.Row.of(Table.Cell.of(SPECIAL), Table.Cell.of("]]>"))), null, 0);
        Table lines = new Table(List.of(1.0, 1.0), List.of(), List.of(Table.Row.of(Table.Cell.of("บรรทัด\nสอง\tแท็บ"), Table.Cell.of(""))), null, 12f);
        Table afterBreak = new Table(List.of(1.0), List.of(), List.of(Table.Row.of(Table.Cell.of("หลังขึ้นหน้าใหม่ https://x.example/"))), null, 0);
        ListBlock nested = new ListBlock(ListBlock.Kind.NUMBERED, List.of(
                new ListBlock.ListItem(List.of(Run.bold("ข้อ 1 "), Run.link("ลิงก์", "https://www.example.go.th/l")),
                        ListBlock.bullets(List.of("ย่อย ก", "ย่อย ข"))),
                ListBlock.ListItem.of("ข้อ 2")));
        ListBlock oddList = ListBlock.numbered(List.of("บรรทัด\nใหม่", "ปกติ " + SPECIAL));
        List<Block> blocks = List.of(
                new Heading(1, List.of(Run.plain("หัวข้อ "), Run.bold("หนา"), Run.italic("เอียง"), Run.link("ลิงก์", "https://h.example/"))),
                new Paragraph(List.of(Run.plain(""), Run.plain("ก่อน & หลัง")), Align.JUSTIFY, 0, 0),
                new Paragraph(List.of(Run.plain("ย่อหน้าขนาด 18"), Run.literal("O25")), Align.RIGHT, -0.75, 18f),
                new Paragraph(List.of(), Align.CENTER, 0, 0),
                new PageBreak(), nested, oddList, new PageBreak(), Heading.of(2, "หลังขึ้นหน้า"),
                new PageBreak(), oddList, new PageBreak(), Paragraph.of("บรรทัด\nสอง"),
                Heading.of(1, "ตาราง " + SPECIAL), spans, escaped, lines,
                Paragraph.of(Run.link("ลิงก์นอกตาราง", "https://www.example.go.th/out")),
                new Image(SampleDocuments.logoPng(), 2.0, Align.RIGHT, ALT),
                new PageBreak(), afterBreak, spans);
        return new Document(Metadata.of("ตาราง", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)), PageSetup.thaiOfficialA4(), blocks);
    }

    /** How many page breaks the document asks for (each once: none is doubled or lost). */
    static final int PAGE_BREAKS = 5;
}
