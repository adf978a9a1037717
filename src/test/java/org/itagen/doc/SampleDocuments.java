package org.itagen.doc;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents that exercise every block, shared by the writer tests: a long one (paragraphs,
 * nested lists, a table of about three pages with spans, a chart, an image, a page break) and
 * a short one. Every sentence is written for these tests.
 */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    public static final String[] INDICATORS = {
            "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
            "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
            "การปรับปรุงการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต"};
    public static final double[] Y2567 = {82.25, 85.60, 93.66, 71.57, 77.05, 89.67, 79.27, 64.84, 100, 100};
    public static final double[] Y2568 = {91.62, 92.08, 98.05, 86.10, 87.49, 90.72, 82.72, 79.43, 100, 100};

    /** A paragraph long enough to wrap several lines, full of stacked marks. */
    public static final String LONG_PARAGRAPH =
            "ในปีงบประมาณ พ.ศ. 2568 หน่วยงานได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
            + "ของหน่วยงานภาครัฐ 92.61 คะแนน ซึ่งสูงกว่าปีที่แล้ว ผู้บริหารจึงมอบหมายให้ผู้ใหญ่ในแต่ละกอง"
            + "ทบทวนขั้นตอนการให้บริการ ปรับปรุงช่องทางการสื่อสารกับผู้รับบริการ และติดตามผลทุกไตรมาส "
            + "น้ำใจของเจ้าหน้าที่ที่ตั้งใจปฏิบัติงานอย่างซื่อสัตย์เป็นปัจจัยสำคัญที่ทำให้คะแนนเพิ่มขึ้นอย่างต่อเนื่อง "
            + "ข้อมูลเพิ่มเติมดูได้ที่ https://www.example.go.th/ita/2568 หรือสอบถามทางอีเมล ita@example.go.th";

    public static Document longSample() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Image(logoPng(), 2.5, Align.CENTER, "ตราสัญลักษณ์หน่วยงานตัวอย่าง"));
        blocks.add(Heading.of(0, "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ประจำปีงบประมาณ พ.ศ. 2569"));
        blocks.add(Paragraph.of(Align.CENTER, Run.plain("สำนักงานตัวอย่างเพื่อการทดสอบเอกสารภาษาไทย")));
        blocks.add(Heading.of(1, "1. หลักการและเหตุผล"));
        blocks.add(new Paragraph(List.of(Run.plain(LONG_PARAGRAPH)), Align.JUSTIFY, 1.25, 0));
        blocks.add(new Paragraph(List.of(
                Run.plain("ข้อความนี้มีทั้ง"), Run.bold("ตัวหนาที่ผู้ใหญ่ใช้"), Run.plain(" และ"),
                Run.italic("ตัวเอียงของคำว่าปี่และลิ้น"), Run.plain(" ตลอดจนรหัสข้อคำถาม "),
                Run.literal("i10"), Run.plain(" และ "), Run.literal("O25"), Run.plain(" ที่ต้องคงเลขอารบิก "),
                Run.link("เว็บไซต์หน่วยงาน", "https://www.example.go.th/")), Align.LEFT, 1.25, 0));
        blocks.add(Heading.of(2, "1.1 องค์ประกอบที่ต้องเปิดเผย"));
        blocks.add(new ListBlock(ListBlock.Kind.BULLET, List.of(
                ListBlock.ListItem.of("การวิเคราะห์ผลการประเมินครอบคลุมทั้ง 10 ตัวชี้วัด"),
                new ListBlock.ListItem(List.of(Run.plain("การนำผลการวิเคราะห์ไปสู่การปรับปรุงองค์กร ประกอบด้วย")),
                        ListBlock.numbered(List.of("มาตรการ โครงการ หรือกิจกรรม",
                                "ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้องกับมาตรการ", "ขั้นตอนหรือวิธีการดำเนินการ",
                                "ช่วงระยะเวลาการดำเนินการ", "ผู้รับผิดชอบ"))))));
        blocks.add(Heading.of(3, "ขั้นตอนการติดตาม"));
        blocks.add(ListBlock.numbered(List.of("รวบรวมผลการดำเนินงานทุกสิ้นไตรมาส",
                "รายงานผู้บริหารภายในวันที่ 15 ของเดือนถัดไป", "เผยแพร่บนเว็บไซต์หลักของหน่วยงาน")));
        blocks.add(Heading.of(1, "2. ผลการประเมินรายตัวชี้วัด"));
        blocks.add(comparisonTable());
        blocks.add(new BarChart("คะแนนรายตัวชี้วัด ปี 2567 และ 2568", List.of(INDICATORS),
                List.of(new BarChart.Series("ปี 2567", box(Y2567), "9DC3E6"),
                        new BarChart.Series("ปี 2568", box(Y2568), "2E75B6")), 100, "คะแนน"));
        blocks.add(new PageBreak());
        blocks.add(Heading.of(1, "3. มาตรการและผลการดำเนินงาน"));
        blocks.add(longTable(60));
        blocks.add(Paragraph.of("จบเอกสารตัวอย่าง ลงชื่อ ผู้จัดทำ"));
        return new Document(new Metadata("เอกสารตัวอย่างภาษาไทย", "สำนักงานตัวอย่าง", "ทดสอบ", "th-TH",
                LocalDate.of(2025, 11, 7), List.of("ITA", "O25")), PageSetup.thaiOfficialA4(), blocks);
    }

    public static Document shortSample() {
        return new Document(Metadata.of("ตัวอย่างสั้น", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4(), List.of(
                Heading.of(1, "ผลการประเมิน"),
                Paragraph.of("น้ำ นี้ ปี่ ลิ้น เยิ้ม ผู้ใหญ่ ฐูป ญูติ กำ คะแนน 92.61"),
                new Table(List.of(3.0, 1.0), List.of(Table.Row.of(Table.Cell.header("ตัวชี้วัด"), Table.Cell.header("คะแนน"))),
                        List.of(Table.Row.of(Table.Cell.of("การใช้ทรัพย์สินของราชการ"), Table.Cell.of("86.10", Align.RIGHT))),
                        null, 0)));
    }

    /** Two-year comparison with a tool column spanning its indicators' rows. */
    static Table comparisonTable() {
        List<Table.Row> header = List.of(
                Table.Row.of(Table.Cell.header("แบบวัด").span(1, 2), Table.Cell.header("ตัวชี้วัด").span(1, 2),
                        Table.Cell.header("คะแนน").span(2, 1), Table.Cell.header("เพิ่ม/ลด").span(1, 2)),
                Table.Row.of(Table.Cell.header("ปี 2567"), Table.Cell.header("ปี 2568")));
        List<Table.Row> body = new ArrayList<>();
        String[] tools = {"IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"};
        for (int i = 0; i < 10; i++) {
            List<Table.Cell> cells = new ArrayList<>();
            if (i == 0 || i == 5 || i == 8) {
                int span = i == 0 ? 5 : i == 5 ? 3 : 2;
                cells.add(Table.Cell.of(tools[i], Align.CENTER).span(1, span).withVAlign(Table.Cell.VAlign.MIDDLE));
            }
            cells.add(Table.Cell.of("(" + (i + 1) + ") " + INDICATORS[i]));
            cells.add(Table.Cell.of(String.format(java.util.Locale.ROOT, "%.2f", Y2567[i]), Align.RIGHT));
            cells.add(Table.Cell.of(String.format(java.util.Locale.ROOT, "%.2f", Y2568[i]), Align.RIGHT));
            double d = Y2568[i] - Y2567[i];
            cells.add(Table.Cell.of(d > 0.004 ? "เพิ่ม" : d < -0.004 ? "ลด" : "เท่าเดิม", Align.CENTER));
            body.add(new Table.Row(cells));
        }
        body.add(Table.Row.of(new Table.Cell(List.of(new Paragraph(List.of(Run.bold("ผลการประเมิน ITA ภาพรวม")), Align.LEFT, 0, 0)),
                        2, 1, Align.LEFT, Table.Cell.VAlign.TOP, "F2F2F2"),
                Table.Cell.of("87.99", Align.RIGHT).withShade("F2F2F2"), Table.Cell.of("92.61", Align.RIGHT).withShade("F2F2F2"),
                Table.Cell.of("เพิ่ม", Align.CENTER).withShade("F2F2F2")));
        return Table.sizedByContent(5, header, body, "ตารางที่ 1 เปรียบเทียบผลคะแนนรายตัวชี้วัด", 0);
    }

    /**
     * Just a measures table of {@code rows} rows (numbers from 1, a date range, a long owner), as
     * the O25 prints it: the typesetting tests look at its columns.
     */
    public static Document measuresTable(int rows) {
        return new Document(Metadata.of("ตารางมาตรการ", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4().withPageNumbers(PageNumbers.none()), List.of(longTable(rows)));
    }

    /** A measures table long enough to run over about three pages. */
    static Table longTable(int rows) {
        List<Table.Row> header = List.of(Table.Row.of(Table.Cell.header("ที่"), Table.Cell.header("มาตรการ"),
                Table.Cell.header("ขั้นตอนการดำเนินการ"), Table.Cell.header("ระยะเวลา"), Table.Cell.header("ผู้รับผิดชอบ")));
        List<Table.Row> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            Table.Cell steps = new Table.Cell(List.of(
                    Paragraph.of("1) ทบทวนคู่มือการปฏิบัติงานและเผยแพร่ให้ผู้รับบริการทราบผ่านช่องทางที่หลากหลาย"),
                    Paragraph.of("2) ติดตามผลและรายงานผู้บริหารทุกไตรมาส")), 1, 1, Align.LEFT, Table.Cell.VAlign.TOP, null);
            body.add(Table.Row.of(Table.Cell.of(Integer.toString(i), Align.CENTER),
                    Table.Cell.of("มาตรการที่ " + i + " ส่งเสริมความโปร่งใสในการใช้ทรัพย์สินของราชการ"),
                    steps, Table.Cell.of("1 ธ.ค. 68 – 30 มิ.ย. 69", Align.CENTER), Table.Cell.of("ศูนย์ปฏิบัติการต่อต้านการทุจริต")));
        }
        return Table.sizedByContent(5, header, body, "ตารางที่ 2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส", 14f);
    }

    static List<Double> box(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) list.add(v);
        return list;
    }

    /** A small generated logo (a ring and a bar) so no binary is committed. */
    public static byte[] logoPng() {
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x2E, 0x75, 0xB6));
        g.setStroke(new BasicStroke(14));
        g.drawOval(20, 20, 160, 160);
        g.fillRect(90, 50, 20, 100);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
