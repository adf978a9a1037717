package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.doc.Align;
import org.itagen.doc.Block;
import org.itagen.doc.Document;
import org.itagen.doc.Image;
import org.itagen.doc.Signature;
import org.itagen.render.text.TextDumpWriter;
import org.itagen.testing.Golden;
import org.itagen.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13 §4: the logo at the head of the first page and the signature block, from the measures file. */
class LookTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"o25", "o28"})
    void logoFirstAndSignatureLastAndGolden(String kind) throws IOException {
        Document d = LookFixture.create(tmp).document(kind);
        List<Block> blocks = d.blocks();
        assertThat(blocks.getFirst()).isInstanceOf(Image.class);
        Image logo = (Image) blocks.getFirst();
        assertThat(logo.widthCm()).isEqualTo(3.0);
        assertThat(logo.align()).isEqualTo(Align.CENTER);
        // 3 cm at 200 dpi: 3 / 2.54 * 200 = 236.2, so 237 pixels (the file has 2000).
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(logo.data()));
        assertThat(small.getWidth()).isEqualTo(237);
        assertThat(small.getHeight()).isEqualTo(237);

        assertThat(blocks.getLast()).isInstanceOf(Signature.class);
        Signature sig = (Signature) blocks.getLast();
        assertThat(sig.lines()).containsExactly("(นายสมชาย ใจดี)", "นายกเทศมนตรีตำบลห้วยทรายงาม", "28 ตุลาคม 2568");
        assertThat(sig.image().widthCm()).isEqualTo(4.0);
        BufferedImage sigPx = ImageIO.read(new ByteArrayInputStream(sig.image().data()));
        assertThat(sigPx.getWidth()).isEqualTo(315); // 4 cm at 200 dpi
        assertThat(sigPx.getHeight()).isEqualTo(105); // 800 * 315 / 2400
        assertThat(sigPx.getColorModel().hasAlpha()).as("the pen stays on transparent paper").isTrue();
        assertThat(blocks.stream().filter(b -> b instanceof Image || b instanceof Signature)).hasSize(2);

        Golden.assertMatches(Golden.caseDir("report-" + kind + "-look").resolve("expected.txt"), TextDumpWriter.write(d));
    }

    @ParameterizedTest
    @ValueSource(strings = {"o25", "o28"})
    void noLookGivenNoLogoNoSignature(String kind) {
        for (String sample : SampleReports.SAMPLES) {
            assertThat(SampleReports.document(kind, sample).blocks())
                    .noneMatch(b -> b instanceof Image || b instanceof Signature);
        }
    }

    @Test
    void signatureWithoutDateOrImageAndPositionOverLines() {
        Document d = LookFixture.create(tmp, """

                signature:
                  name: นางสาวสมศรี มีสุข
                  position: |
                    ปลัดเทศบาล ปฏิบัติหน้าที่
                    นายกเทศมนตรีตำบลห้วยทรายงาม
                """).document("o25");
        Signature sig = (Signature) d.blocks().getLast();
        assertThat(sig.image()).isNull();
        assertThat(sig.lines()).containsExactly("(นางสาวสมศรี มีสุข)", "ปลัดเทศบาล ปฏิบัติหน้าที่", "นายกเทศมนตรีตำบลห้วยทรายงาม");
        assertThat(d.blocks().getFirst()).isNotInstanceOf(Image.class);
    }

    @Test
    void deletingTheTemplateBlockRemovesTheSignature() {
        LookFixture f = LookFixture.create(tmp);
        String text = TemplateLoader.bundledText("o25");
        assertThat(text).contains("  - signature: {image_width_mm: 40}\n");
        Template t = TemplateLoader.parse(text.replace("  - signature: {image_width_mm: 40}\n", ""), "o25.yaml", "o25");
        Document d = ReportBuilder.build(f.input("o25"), t, ReportBuilder.Overrides.NONE);
        assertThat(d.blocks()).noneMatch(b -> b instanceof Signature);
        // The signature width is the template's.
        Template wide = TemplateLoader.parse(text.replace("image_width_mm: 40", "image_width_mm: 60"), "o25.yaml", "o25");
        Signature sig = (Signature) ReportBuilder.build(f.input("o25"), wide, ReportBuilder.Overrides.NONE).blocks().getLast();
        assertThat(sig.image().widthCm()).isEqualTo(6.0);
    }

    @Test
    void templateLetterheadLogoRelativeToTheTemplateAndMeasuresWin() throws IOException {
        LookFixture f = LookFixture.create(tmp, "");
        Path tdir = Files.createDirectories(tmp.resolve("templates"));
        TestPictures.write(tdir.resolve("emblem.jpg"), TestPictures.jpeg(TestPictures.logo(120)));
        Path tfile = tdir.resolve("o25.yaml");
        Files.writeString(tfile, TemplateLoader.bundledText("o25").replace("# letterhead:\n#   logo:",
                "letterhead:\n  logo:").replace("ตราหน่วยงาน.png, width_mm: 25, align: center", "emblem.jpg, width_mm: 20, align: left"));
        Template t = TemplateLoader.load(tfile, "o25");
        Image logo = (Image) ReportBuilder.build(f.input("o25"), t, ReportBuilder.Overrides.NONE).blocks().getFirst();
        assertThat(logo.widthCm()).isEqualTo(2.0);
        assertThat(logo.align()).isEqualTo(Align.LEFT);
        // Small enough already (120 px for 2 cm = 158 needed): the file's own bytes.
        assertThat(logo.data()).isEqualTo(Files.readAllBytes(tdir.resolve("emblem.jpg")));

        LookFixture withLogo = LookFixture.create(Files.createDirectories(tmp.resolve("m")), "\nlogo: logo.png\n");
        Image measuresLogo = (Image) ReportBuilder.build(withLogo.input("o25"), t, ReportBuilder.Overrides.NONE).blocks().getFirst();
        assertThat(measuresLogo.widthCm()).as("measures' logo with the default width").isEqualTo(2.5);
    }

    @Test
    void sameInputsSameBytes() throws IOException {
        Document a = LookFixture.create(Files.createDirectories(tmp.resolve("a"))).document("o25");
        Document b = LookFixture.create(Files.createDirectories(tmp.resolve("b"))).document("o25");
        assertThat(((Image) a.blocks().getFirst()).data()).isEqualTo(((Image) b.blocks().getFirst()).data());
        assertThat(((Signature) a.blocks().getLast()).image().data()).isEqualTo(((Signature) b.blocks().getLast()).image().data());
    }

    // ---- mistakes: one line naming the key and its file:line ----------------------------------

    @Test
    void missingLogoFileNamesTheLine() {
        LookFixture f = LookFixture.create(tmp, "\nlogo: {file: ตรา.png}\n");
        assertThatThrownBy(() -> f.input("o25")).isInstanceOfSatisfying(ItagenException.class, e -> {
            assertThat(e.code()).endsWith("IMAGE_FILE_MISSING");
            assertThat(e.where()).matches("measures\\.yaml:\\d+");
            assertThat(e.getMessage()).contains("logo").contains("ตรา.png");
        });
    }

    @Test
    void notAPictureNamesTheKeyAndSaysPng() throws IOException {
        LookFixture f = LookFixture.create(tmp, "\nsignature: {name: นายสมชาย ใจดี, image: sign.gif}\n");
        Files.writeString(tmp.resolve("sign.gif"), "GIF89a....");
        assertThatThrownBy(() -> f.document("o25")).isInstanceOfSatisfying(ItagenException.class, e -> {
            assertThat(e.code()).endsWith("IMAGE_FILE_TYPE");
            assertThat(e.where()).matches("measures\\.yaml:\\d+");
            assertThat(e.getMessage()).contains("signature.image").contains("PNG");
        });
    }

    @Test
    void svgLogoIsDrawnAtPrintSizeAsTransparentPng() throws IOException {
        LookFixture f = LookFixture.create(tmp, "\nlogo: {file: garuda.svg, width_mm: 30}\n");
        Files.writeString(tmp.resolve("garuda.svg"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120" width="100" height="120">
                  <circle cx="50" cy="60" r="45" fill="#8B1A1A"/>
                  <rect x="40" y="20" width="20" height="80" fill="#E8B93A"/>
                </svg>
                """);
        Image logo = (Image) f.document("o25").blocks().getFirst();
        BufferedImage px = ImageIO.read(new ByteArrayInputStream(logo.data()));
        assertThat(px.getWidth()).isEqualTo(237);
        assertThat(px.getHeight()).isEqualTo(284); // 237 * 120 / 100
        assertThat(px.getColorModel().hasAlpha()).isTrue();
        assertThat(px.getRGB(2, 2) >>> 24).as("outside the circle: transparent").isZero();
        assertThat(px.getRGB(118, 142) & 0xFFFFFF).as("the bar").isEqualTo(0xE8B93A);
        assertThat(px.getRGB(60, 142) & 0xFFFFFF).as("the circle").isEqualTo(0x8B1A1A);
    }

    @Test
    void svgCannotReadOtherFiles() throws IOException {
        LookFixture f = LookFixture.create(tmp, "\nlogo: evil.svg\n");
        Path secret = tmp.resolve("secret.png");
        Files.copy(tmp.resolve("logo.png"), secret);
        Files.writeString(tmp.resolve("evil.svg"), """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
                  <text>&x;</text>
                  <image xlink:href="%s" width="10" height="10"/>
                </svg>
                """.formatted(secret.toUri()));
        // Either refused as unreadable or drawn without the linked picture: never the other file's pixels.
        try {
            Image logo = (Image) f.document("o25").blocks().getFirst();
            BufferedImage px = ImageIO.read(new ByteArrayInputStream(logo.data()));
            for (int y = 0; y < px.getHeight(); y += 7) {
                for (int x = 0; x < px.getWidth(); x += 7) assertThat(px.getRGB(x, y) >>> 24).isZero();
            }
        } catch (ItagenException e) {
            assertThat(e.code()).endsWith("IMAGE_FILE_UNREADABLE");
        }
    }

    @Test
    void brokenPngIsUnreadable() throws IOException {
        LookFixture f = LookFixture.create(tmp, "\nlogo: broken.png\n");
        byte[] png = TestPictures.png(TestPictures.logo(50));
        Files.write(tmp.resolve("broken.png"), java.util.Arrays.copyOf(png, 40));
        assertThatThrownBy(() -> f.document("o25")).isInstanceOfSatisfying(ItagenException.class, e -> {
            assertThat(e.code()).endsWith("IMAGE_FILE_UNREADABLE");
            assertThat(e.where()).matches("measures\\.yaml:\\d+");
        });
    }

    @Test
    void signatureWithoutNameAndBadWidthAndAlign() {
        assertThatThrownBy(() -> LookFixture.create(tmp, "\nsignature: {position: ปลัด}\n").input("o25"))
                .isInstanceOfSatisfying(ItagenException.class, e -> assertThat(e.code()).endsWith("SIGNATURE_NO_NAME"));
        assertThatThrownBy(() -> LookFixture.create(Files.createDirectories(tmp.resolve("w")), "\nlogo: {file: logo.png, width_mm: 900}\n").input("o25"))
                .isInstanceOfSatisfying(ItagenException.class, e -> assertThat(e.code()).endsWith("PICTURE_WIDTH"));
        assertThatThrownBy(() -> LookFixture.create(Files.createDirectories(tmp.resolve("a")), "\nlogo: {file: logo.png, align: middle}\n").input("o25"))
                .isInstanceOfSatisfying(ItagenException.class, e -> assertThat(e.code()).endsWith("PICTURE_ALIGN"));
        assertThatThrownBy(() -> LookFixture.create(Files.createDirectories(tmp.resolve("k")), "\nsignature: {name: ก, imgae: x.png}\n").input("o25"))
                .isInstanceOf(ItagenException.class).hasMessageContaining("image");
    }

    @Test
    void templateLogoMissingNamesTheTemplateLine() {
        String text = TemplateLoader.bundledText("o25").replace("# letterhead:\n#   logo:", "letterhead:\n  logo:");
        assertThatThrownBy(() -> TemplateLoader.parse(text, "o25.yaml", "o25"))
                .isInstanceOfSatisfying(ItagenException.class, e -> {
                    assertThat(e.code()).endsWith("IMAGE_FILE_MISSING");
                    assertThat(e.where()).matches("o25\\.yaml:\\d+");
                });
    }
}
