package org.itagen.render.pdf;

import org.itagen.doc.Align;
import org.itagen.doc.Block;
import org.itagen.doc.Document;
import org.itagen.doc.Image;
import org.itagen.doc.Signature;
import org.itagen.report.LookFixture;
import org.itagen.report.SampleReports;
import org.itagen.testing.ExternalTools;
import org.itagen.testing.PdfBoxes;
import org.itagen.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 §4 in the PDF: the logo and the signature read back with poppler, embedded once and small. */
class PdfLookTest {
    @TempDir
    Path tmp;

    /** pdfimages -list rows of type "image": page, width, height, object id. */
    record Placed(int page, int width, int height, int object) {
    }

    static List<Placed> images(Path pdf) {
        String out = ExternalTools.run(60, "pdfimages", "-list", pdf.toString()).stdout();
        List<Placed> list = new ArrayList<>();
        for (String line : out.lines().skip(2).toList()) {
            String[] f = line.strip().split("\\s+");
            if (!f[2].equals("image")) continue;
            list.add(new Placed(Integer.parseInt(f[0]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[10])));
        }
        return list;
    }

    @Test
    void logoOnTheFirstPageAndSignatureCentredOnTheRightHalf() throws IOException {
        LookFixture f = LookFixture.create(tmp);
        Document d = f.document("o25");
        Path pdf = tmp.resolve("look.pdf");
        Files.write(pdf, PdfWriter.render(d));
        if (System.getProperty("look.out") != null) Files.copy(pdf, Path.of(System.getProperty("look.out"), "o25-look.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        List<Placed> images = images(pdf);
        assertThat(images).hasSize(2);
        Placed logo = images.get(0), sig = images.get(1);
        assertThat(logo.page()).isEqualTo(1);
        assertThat(logo.width()).isEqualTo(237);
        assertThat(logo.height()).isEqualTo(237);
        assertThat(sig.width()).isEqualTo(315);
        assertThat(sig.height()).isEqualTo(105);
        int pages = Integer.parseInt(ExternalTools.run(60, "pdfinfo", pdf.toString()).stdout().lines()
                .filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
        assertThat(sig.page()).isEqualTo(pages);

        // The title comes under the logo: the first text line of page 1 is below 2.5 cm + 3 cm.
        List<PdfBoxes.Line> lines = PdfBoxes.lines(pdf);
        PdfBoxes.Line first = lines.stream().filter(l -> l.page() == 1).findFirst().orElseThrow();
        assertThat(first.yMin()).isGreaterThan((2.5 + 3.0) / 2.54 * 72);

        // Name, position and date centred on the right half of the text width (3 cm left, 2 cm right margin).
        double left = 3 / 2.54 * 72, right = (21 - 2) / 2.54 * 72, mid = left + (right - left) * 0.75;
        for (String want : List.of("(นายสมชาย", "นายกเทศมนตรีตำบลห้วยทรายงาม", "๒๘")) {
            PdfBoxes.Line l = lines.stream().filter(x -> x.page() == pages && x.text().startsWith(want)).findFirst().orElseThrow(
                    () -> new AssertionError("no line " + want + " on the last page"));
            assertThat(l.xMin()).as(want).isGreaterThan(left + (right - left) / 2);
            assertThat((l.xMin() + l.xMax()) / 2).as(want + " centred").isCloseTo(mid, org.assertj.core.data.Offset.offset(3.0));
        }
    }

    @Test
    void onePictureUsedThriceIsStoredOnce() throws IOException {
        Image img = new Image(TestPictures.png(TestPictures.logo(200)), 2.5, Align.CENTER, "ตรา");
        Document base = SampleReports.document("o25", "municipality");
        List<Block> blocks = new ArrayList<>(base.blocks());
        blocks.addFirst(img);
        blocks.add(img.withAlign(Align.RIGHT));
        blocks.add(new Signature(img.withWidth(4), List.of("(ผู้ลงนาม)")));
        Path pdf = tmp.resolve("once.pdf");
        Files.write(pdf, PdfWriter.render(new Document(base.metadata(), base.page(), blocks)));
        List<Placed> images = images(pdf);
        assertThat(images).hasSize(3);
        Set<Integer> objects = new TreeSet<>();
        images.forEach(p -> objects.add(p.object()));
        assertThat(objects).as("one image XObject").hasSize(1);
    }

    @Test
    void smallPdfSameBytes() throws IOException {
        byte[] plain = PdfWriter.render(SampleReports.document("o25", "municipality"));
        LookFixture f = LookFixture.create(tmp);
        byte[] look = PdfWriter.render(f.document("o25"));
        long originals = Files.size(tmp.resolve("logo.png")) + Files.size(tmp.resolve("signature.png"));
        // The grainy 1200-pixel logo file alone is about a megabyte; scaled to 200 dpi the two pictures add little.
        assertThat(originals).isGreaterThan(800_000);
        assertThat(look.length - plain.length).isLessThan(200_000);
        assertThat(PdfWriter.render(f.document("o25"))).isEqualTo(look);
    }
}
