package org.itagen.render.docx;

import org.itagen.doc.Align;
import org.itagen.doc.Block;
import org.itagen.doc.Document;
import org.itagen.doc.Image;
import org.itagen.doc.Signature;
import org.itagen.report.LookFixture;
import org.itagen.report.SampleReports;
import org.itagen.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 §4 in the DOCX: the logo first, the signature block on the right half, each picture one media part. */
class DocxLookTest {
    @TempDir
    Path tmp;

    @Test
    void logoFirstSignatureLastOneMediaPartEach() throws IOException {
        byte[] docx = DocxWriter.render(LookFixture.create(tmp).document("o28"));
        if (System.getProperty("look.out") != null) Files.write(Path.of(System.getProperty("look.out"), "o28-look.docx"), docx);
        DocxPackage p = new DocxPackage(docx);
        List<String> media = p.names().stream().filter(n -> n.startsWith("word/media/")).toList();
        assertThat(media).hasSize(2);
        List<Integer> widths = new ArrayList<>();
        for (String m : media) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(p.parts.get(m)));
            widths.add(img.getWidth());
        }
        assertThat(widths).containsExactlyInAnyOrder(237, 315);

        String doc = p.xml("word/document.xml");
        String body = doc.substring(doc.indexOf("<w:body>") + 8);
        // The first paragraph holds the logo: 3 cm = 1 080 000 EMU, centred.
        String firstP = body.substring(0, body.indexOf("</w:p>"));
        assertThat(firstP).contains("<w:drawing>").contains("cx=\"1080000\" cy=\"1080000\"").contains("<w:jc w:val=\"center\"/>");
        // The signature: image and three lines indented by half the text width (16 cm = 9071 twips) and centred,
        // all but the last kept with the next.
        List<String> paras = DocxPackage.all("(<w:p>(?:(?!</w:p>).)*</w:p>)", body);
        List<String> sig = paras.subList(paras.size() - 4, paras.size());
        for (String para : sig) {
            assertThat(para).contains("<w:ind w:left=\"4536\" w:firstLine=\"0\"/>").contains("<w:jc w:val=\"center\"/>");
        }
        assertThat(sig.get(0)).contains("<w:drawing>").contains("cx=\"1440000\" cy=\"480000\"").contains("<w:keepNext/>");
        assertThat(sig.get(1)).contains("(นายสมชาย ใจดี)").contains("<w:keepNext/>");
        assertThat(sig.get(2)).contains("นายกเทศมนตรีตำบลห้วยทรายงาม").contains("<w:keepNext/>");
        // Its text across runs (numbers in Thai digits are runs of their own, DocxRunProps.NUMBER_LANG).
        assertThat(String.join("", DocxPackage.all("<w:t[^>]*>([^<]*)</w:t>", sig.get(3)))).contains("๒๘ ตุลาคม ๒๕๖๘");
        assertThat(sig.get(3)).doesNotContain("<w:keepNext/>");
        assertThat(DocxPackage.count("<w:drawing>", body)).isEqualTo(2); // logo, signature (this O28 has no chart)
        assertThat(DocxWriter.render(LookFixture.create(Files.createDirectories(tmp.resolve("again"))).document("o28"))).isEqualTo(docx);
    }

    @Test
    void onePictureUsedThriceIsOneMediaPart() {
        Image img = new Image(TestPictures.png(TestPictures.logo(200)), 2.5, Align.CENTER, "ตรา");
        Document base = SampleReports.document("o25", "municipality");
        List<Block> blocks = new ArrayList<>(base.blocks());
        blocks.addFirst(img);
        blocks.add(img.withAlign(Align.RIGHT));
        blocks.add(new Signature(img.withWidth(4), List.of("(ผู้ลงนาม)")));
        DocxPackage p = new DocxPackage(DocxWriter.render(new Document(base.metadata(), base.page(), blocks)));
        assertThat(p.names().stream().filter(n -> n.startsWith("word/media/"))).hasSize(1);
        String doc = p.xml("word/document.xml");
        assertThat(DocxPackage.count("<pic:pic ", doc)).isEqualTo(3);
        assertThat(DocxPackage.all("r:embed=\"([^\"]+)\"", doc).stream().distinct()).hasSize(1);
    }

    @Test
    void aPictureWiderThanTheTextIsTheTextWidth() {
        Document base = SampleReports.document("o25", "municipality");
        Image wide = new Image(TestPictures.png(TestPictures.logo(100)), 30, Align.CENTER, "กว้าง");
        String doc = new DocxPackage(DocxWriter.render(new Document(base.metadata(), base.page(),
                List.of(wide, new Signature(wide, List.of("(ผู้ลงนาม)")))))).xml("word/document.xml");
        // 16 cm of text = 9071 twips = 5 760 085 EMU; the signature's half: 9071 - 4536 = 4535 twips.
        assertThat(DocxPackage.all("<wp:extent cx=\"(\\d+)\"", doc)).containsExactly("5760085", "2879725");
    }
}
