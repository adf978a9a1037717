package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.doc.Align;
import org.itagen.doc.Image;
import org.itagen.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Pictures, one rule at a time on files made here: which bytes are a PNG, JPEG or SVG, the size
 * limits at their exact edge, when a picture keeps its own bytes, how it is scaled (step by step,
 * smooth, transparency kept) and the JPEG quality it is written at. Widths of 2.54 cm make the
 * arithmetic plain: 1 inch at {@link Pictures#DPI} is 200 pixels.
 */
class PicturesTest {
    @TempDir
    Path tmp;

    private static final double INCH_CM = 2.54;

    private Image load(String name, byte[] bytes, double widthCm) {
        return Pictures.load(TestPictures.write(tmp.resolve(name), bytes), widthCm, Align.RIGHT, "alt", "m.yaml:7", "logo");
    }

    private ItagenException refused(String name, byte[] bytes) {
        ItagenException e = catchThrowableOfType(() -> load(name, bytes, INCH_CM), ItagenException.class);
        assertThat(e).as(name).isNotNull();
        assertThat(e.where()).isEqualTo("m.yaml:7");
        return e;
    }

    private static BufferedImage pixels(byte[] data) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(data));
    }

    private static BufferedImage opaque(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, ((x * 7) & 0xFF) << 16 | ((y * 5) & 0xFF) << 8 | 0x40);
        return img;
    }

    // ---- what kind of file -------------------------------------------------------------------------

    @Test
    void aPngIsItsNineByteSignatureAndAJpegItsFourByteStart() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
        assertThat(Pictures.kind(png)).isEqualTo(Pictures.Kind.PNG);
        assertThat(Pictures.kind(java.util.Arrays.copyOf(png, 8))).as("8 bytes are too few for a PNG").isNull();
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        assertThat(Pictures.kind(jpeg)).isEqualTo(Pictures.Kind.JPEG);
        assertThat(Pictures.kind(java.util.Arrays.copyOf(jpeg, 3))).as("3 bytes are too few for a JPEG").isNull();
        assertThat(Pictures.kind("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(Pictures.kind(new byte[]{(byte) 0x89, 'P', 'N', 'X', 0, 0, 0, 0, 0})).isNull();
        assertThat(Pictures.kind(new byte[]{(byte) 0xFF, (byte) 0xD8, 0x00, 0x00})).isNull();
        assertThat(Pictures.kind(new byte[0])).isNull();
    }

    @Test
    void anSvgIsTextWhoseFirstTagIsSvgAfterADeclarationCommentOrDoctype() {
        for (String svg : new String[]{"<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "\uFEFF  <svg>", "<?xml version=\"1.0\"?>\n<svg\n>",
                "<!-- logo -->\n<svg width=\"1\">", "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg>", "\n\t<svg>"}) {
            assertThat(Pictures.looksLikeSvg(svg.getBytes(StandardCharsets.UTF_8))).as(svg).isTrue();
        }
        for (String not : new String[]{"<html><body><svg></svg></body></html>", "<svgx>", "<?xml version=\"1.0\"?><rss/>", "svg <svg>",
                "", "<!DOCTYPE html><svg>", "GIF89a<svg>"}) {
            assertThat(Pictures.looksLikeSvg(not.getBytes(StandardCharsets.UTF_8))).as(not).isFalse();
        }
        // Only the first 4096 bytes are read: an svg tag after them is not seen.
        String late = "<?xml version=\"1.0\"?><!--" + " ".repeat(4096) + "--><svg>";
        assertThat(Pictures.looksLikeSvg(late.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aFileThatIsNoPictureIsRefusedNamingTheKeyAndFile() {
        ItagenException e = refused("logo.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII));
        assertThat(e.code()).isEqualTo("error.IMAGE_FILE_TYPE");
        assertThat(e.getMessage()).startsWith("logo: \"" + tmp.resolve("logo.gif") + "\" is not a PNG, JPEG or SVG picture");
    }

    @Test
    void aMissingFileOrAFolderIsMissing() throws IOException {
        ItagenException e = catchThrowableOfType(() -> Pictures.load(tmp.resolve("none.png"), 2, Align.CENTER, "", "m.yaml:2", "signature.image"),
                ItagenException.class);
        assertThat(e.code()).isEqualTo("error.IMAGE_FILE_MISSING");
        assertThat(e.oneLine()).startsWith("m.yaml:2: signature.image: image file \"" + tmp.resolve("none.png") + "\" not found");
        Path dir = Files.createDirectories(tmp.resolve("pic.png"));
        assertThat(catchThrowableOfType(() -> Pictures.load(dir, 2, Align.CENTER, "", "m.yaml:2", "logo"), ItagenException.class).code())
                .isEqualTo("error.IMAGE_FILE_MISSING");
    }

    // ---- size limits, at their edge -------------------------------------------------------------------

    @Test
    void aFileOfThirtyMegabytesIsReadAndOneByteMoreIsRefusedUnread() throws IOException {
        assertThat(Pictures.MAX_BYTES).isEqualTo(30L * 1024 * 1024);
        Path exact = tmp.resolve("exact.png");
        try (RandomAccessFile f = new RandomAccessFile(exact.toFile(), "rw")) {
            f.setLength(Pictures.MAX_BYTES); // zeros: read, then found to be no picture
        }
        ItagenException atLimit = catchThrowableOfType(() -> Pictures.load(exact, 2, Align.CENTER, "", "w", "logo"), ItagenException.class);
        assertThat(atLimit.code()).isEqualTo("error.IMAGE_FILE_TYPE");
        Path over = tmp.resolve("over.png");
        try (RandomAccessFile f = new RandomAccessFile(over.toFile(), "rw")) {
            f.setLength(Pictures.MAX_BYTES + 1);
        }
        ItagenException tooLarge = catchThrowableOfType(() -> Pictures.load(over, 2, Align.CENTER, "", "w", "logo"), ItagenException.class);
        assertThat(tooLarge.code()).isEqualTo("error.IMAGE_FILE_TOO_LARGE");
        assertThat(tooLarge.getMessage()).startsWith("logo: image file \"" + over + "\" is larger than 30 MB or 60 megapixels");
    }

    /** A PNG header saying {@code w} x {@code h} one-bit grey pixels, with no pixel data: read as far as its size. */
    private static byte[] pngHeader(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void sixtyMegapixelsAreDecodedAndOnePixelRowMoreIsRefusedBeforeDecoding() throws IOException {
        assertThat(Pictures.MAX_PIXELS).isEqualTo(60_000_000L);
        // 7500 x 8000 = 60,000,000: decoded (and found to have no pixel data); 7500 x 8001 is refused by its size.
        ItagenException atLimit = refused("at.png", pngHeader(7500, 8000));
        assertThat(atLimit.code()).isEqualTo("error.IMAGE_FILE_UNREADABLE");
        ItagenException over = refused("over.png", pngHeader(7500, 8001));
        assertThat(over.code()).isEqualTo("error.IMAGE_FILE_TOO_LARGE");
        assertThat(over.getMessage()).contains("larger than 30 MB");
        // Width times height in long arithmetic: 70,000 x 70,000 overflows an int.
        assertThat(refused("huge.png", pngHeader(70_000, 70_000)).code()).isEqualTo("error.IMAGE_FILE_TOO_LARGE");
    }

    @Test
    void aOnePixelPictureIsAPicture() throws IOException {
        byte[] png = TestPictures.png(opaque(1, 1));
        Image img = load("dot.png", png, INCH_CM);
        assertThat(img.data()).isEqualTo(png);
        assertThat(img.widthCm()).isEqualTo(INCH_CM);
        assertThat(img.align()).isEqualTo(Align.RIGHT);
        assertThat(img.altText()).isEqualTo("alt");
    }

    @Test
    void aDamagedPngIsUnreadableWithTheReason() {
        byte[] png = TestPictures.png(opaque(50, 50));
        ItagenException e = refused("cut.png", java.util.Arrays.copyOf(png, 60));
        assertThat(e.code()).isEqualTo("error.IMAGE_FILE_UNREADABLE");
        assertThat(e.getMessage()).startsWith("logo: image file \"" + tmp.resolve("cut.png") + "\" cannot be read as a picture (");
    }

    // ---- the bytes embedded -----------------------------------------------------------------------------

    @Test
    void neededWidthIsThePrintWidthAtTwoHundredDotsPerInchRoundedUp() {
        assertThat(Pictures.neededWidth(INCH_CM)).isEqualTo(200);
        assertThat(Pictures.neededWidth(3.0)).isEqualTo(237); // 3 / 2.54 * 200 = 236.2
        assertThat(Pictures.neededWidth(0.001)).isEqualTo(1);
        assertThat(Pictures.neededWidth(0)).isEqualTo(1);
    }

    @Test
    void aPictureUpToAQuarterWiderThanNeededKeepsItsOwnBytes() throws IOException {
        // 200 pixels needed; 250 = 200 x 1.25 is kept as it is, 251 is scaled to 200.
        byte[] kept = TestPictures.png(opaque(250, 100));
        assertThat(load("kept.png", kept, INCH_CM).data()).isEqualTo(kept);
        byte[] scaled = load("scaled.png", TestPictures.png(opaque(251, 100)), INCH_CM).data();
        BufferedImage px = pixels(scaled);
        assertThat(px.getWidth()).isEqualTo(200);
        assertThat(px.getHeight()).isEqualTo(80); // 100 x 200 / 251 = 79.68
        assertThat(Pictures.kind(scaled)).isEqualTo(Pictures.Kind.PNG);
    }

    @Test
    void aWidePictureIsHalvedStepByStepSoFineDetailTurnsGreyInsteadOfAliasing() throws IOException {
        // One-pixel black and white stripes, 1000 pixels wide, printed 200 pixels wide. Halving
        // averages each pair of stripes to grey; one 5:1 step would land on whole stripes and keep
        // black and white (and nearest-neighbour scaling, without the bicubic hint, too).
        BufferedImage stripes = new BufferedImage(1000, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) for (int x = 0; x < 1000; x++) stripes.setRGB(x, y, x % 2 == 0 ? 0x000000 : 0xFFFFFF);
        BufferedImage px = pixels(load("stripes.png", TestPictures.png(stripes), INCH_CM).data());
        assertThat(px.getWidth()).isEqualTo(200);
        assertThat(px.getHeight()).isEqualTo(8);
        for (int x = 2; x < 198; x++) {
            int grey = px.getRGB(x, 4) & 0xFF;
            assertThat(grey).as("pixel %d", x).isBetween(80, 175);
        }
    }

    @Test
    void aTransparentPngStaysTransparentWhenScaled() throws IOException {
        BufferedImage sig = TestPictures.signature(1000, 300);
        assertThat(sig.getRGB(0, 0) >>> 24).as("the corner of the scan is transparent").isZero();
        BufferedImage px = pixels(load("sig.png", TestPictures.png(sig), INCH_CM).data());
        assertThat(px.getWidth()).isEqualTo(200);
        assertThat(px.getHeight()).isEqualTo(60);
        assertThat(px.getColorModel().hasAlpha()).isTrue();
        assertThat(px.getRGB(0, 0) >>> 24).as("still transparent, not white").isZero();
    }

    @Test
    void aWideJpegIsWrittenAgainAsJpegAtQualityEightyEight() throws IOException {
        byte[] jpeg = TestPictures.jpeg(opaque(1000, 500));
        byte[] out = load("photo.jpg", jpeg, INCH_CM).data();
        assertThat(Pictures.kind(out)).isEqualTo(Pictures.Kind.JPEG);
        BufferedImage px = pixels(out);
        assertThat(px.getWidth()).isEqualTo(200);
        assertThat(px.getHeight()).isEqualTo(100);
        // Quality 0.88 scales the standard (IJG) luminance table by 2 - 2 x 0.88 = 0.24: its first
        // entry 16 becomes round(3.84) = 4 (quality 0.75, the writer's default, would give 8).
        assertThat(Pictures.JPEG_QUALITY).isEqualTo(0.88f);
        assertThat(firstLuminanceQuantizer(out)).isEqualTo(4);
    }

    /** The first value of the first quantization table (DQT marker FF DB) of a JPEG. */
    private static int firstLuminanceQuantizer(byte[] jpeg) {
        for (int i = 2; i + 4 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDB) {
                return jpeg[i + 5] & 0xFF; // FF DB, length (2 bytes), precision/id (1 byte), then the table
            }
        }
        throw new AssertionError("no quantization table");
    }

    // ---- SVG ------------------------------------------------------------------------------------------------

    private static byte[] svg(String size, String body) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" " + size + ">" + body + "</svg>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anSvgIsDrawnAntialiasedAtThePixelsItsPrintNeeds() throws IOException {
        byte[] out = load("c.svg", svg("width=\"100\" height=\"50\"", "<circle cx=\"50\" cy=\"25\" r=\"20\" fill=\"#000\"/>"), INCH_CM).data();
        BufferedImage px = pixels(out);
        assertThat(Pictures.kind(out)).isEqualTo(Pictures.Kind.PNG);
        assertThat(px.getWidth()).isEqualTo(200);
        assertThat(px.getHeight()).isEqualTo(100);
        assertThat(px.getRGB(100, 50) >>> 24).as("inside").isEqualTo(255);
        assertThat(px.getRGB(5, 5) >>> 24).as("outside").isZero();
        // The circle's edge is smoothed: some pixels are neither fully in nor fully out.
        long partial = 0;
        for (int x = 0; x < 200; x++) {
            int a = px.getRGB(x, 50) >>> 24;
            if (a > 0 && a < 255) partial++;
        }
        assertThat(partial).isPositive();
    }

    @Test
    void anSvgWithoutAPositiveSizeIsUnreadable() {
        for (String size : new String[]{"width=\"0\" height=\"10\"", "width=\"10\" height=\"0\""}) {
            ItagenException e = refused("z.svg", svg(size, "<rect width=\"1\" height=\"1\"/>"));
            assertThat(e.code()).as(size).isEqualTo("error.IMAGE_FILE_UNREADABLE");
            assertThat(e.getMessage()).as(size).contains("(SVG without width and height)");
        }
    }

    @Test
    void anSvgTooTallForItsWidthIsTooLarge() {
        // 200 pixels wide at 1 inch; 2000 times as tall: 200 x 400,000 = 80 megapixels.
        ItagenException e = refused("tall.svg", svg("width=\"1\" height=\"2000\"", ""));
        assertThat(e.code()).isEqualTo("error.IMAGE_FILE_TOO_LARGE");
    }

    @Test
    void brokenSvgIsUnreadable() {
        ItagenException e = refused("b.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g>".getBytes(StandardCharsets.UTF_8));
        assertThat(e.code()).isEqualTo("error.IMAGE_FILE_UNREADABLE");
    }
}
