package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.doc.Align;
import org.itagen.doc.Image;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Pictures an officer gives (the agency's logo or the Garuda emblem, a scanned signature): read,
 * checked and made no larger than the print needs, so both writers embed the same small bytes.
 *
 * <p>A picture wider than {@link #DPI} dots per inch at its printed width is scaled down (a
 * phone photo of a signature is 4000 pixels across; printed 4 cm wide it needs about 320) and
 * written again: PNG stays PNG (transparency kept), JPEG stays JPEG at quality
 * {@link #JPEG_QUALITY}. A picture already small enough keeps its own bytes. ImageIO's PNG and
 * JPEG writers put no time or random value in the file, so the same input gives the same bytes.
 *
 * <p>SVG (the Garuda emblem and many agency logos are published as SVG) is drawn by jsvg
 * (com.github.weisj:jsvg: 0.7 MB, no dependencies, MIT, actively kept; Batik would be ten times
 * that) into a transparent PNG of the pixels the print needs, so the writers only ever see PNG
 * and JPEG. Its external resources (linked images, fonts, entities) are denied: a logo cannot
 * make itagen read other files or the network. The SVG's own width and height (or view box) give
 * its aspect ratio.
 */
public final class Pictures {
    /** Print resolution pictures are scaled to: enough for a laser printer's logo and signature. */
    public static final int DPI = 200;
    /** Pictures are scaled down only when more than this much larger than needed (re-encoding costs quality). */
    static final double SLACK = 1.25;
    static final float JPEG_QUALITY = 0.88f;
    /** Larger files are refused before they are decoded: a scan at 600 dpi in colour is about 25 MB. */
    public static final long MAX_BYTES = 30L * 1024 * 1024;
    /** Larger pictures are refused before decoding (a 100-megapixel image needs 400 MB of memory). */
    static final long MAX_PIXELS = 60_000_000L;

    /**
     * jsvg reports what it skips (an unsupported element) through java.util.logging, which would
     * print to stderr; itagen's output stays quiet. Held here so the setting is not collected.
     */
    private static final java.util.logging.Logger SVG_LOG = java.util.logging.Logger.getLogger("com.github.weisj.jsvg");

    static {
        SVG_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private Pictures() {
    }

    /**
     * Reads a picture for printing {@code widthCm} wide.
     *
     * @param file  the file (already resolved against the folder of the file that names it)
     * @param where "measures.yaml:12" or "หน่วยงาน!B14": where the officer named it
     * @param key   the key that named it ("logo", "signature.image"), for the message
     */
    public static Image load(Path file, double widthCm, Align align, String altText, String where, String key) {
        byte[] data = read(file, where, key);
        Kind kind = kind(data);
        if (kind == null && looksLikeSvg(data)) {
            return new Image(svg(data, widthCm, file, where, key), widthCm, align, altText);
        }
        if (kind == null) {
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_TYPE", key, file.toString()));
        }
        BufferedImage img = decode(data, file, where, key);
        return new Image(fit(data, img, kind, widthCm), widthCm, align, altText);
    }

    enum Kind { PNG, JPEG }

    static Kind kind(byte[] d) {
        if (d.length > 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') return Kind.PNG;
        if (d.length > 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) return Kind.JPEG;
        return null;
    }

    private static byte[] read(Path file, String where, String key) {
        try {
            if (Files.isDirectory(file)) throw new NoSuchFileException(file.toString());
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_TOO_LARGE", key, file.toString(),
                        Long.toString(MAX_BYTES / (1024 * 1024))));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_MISSING", key, file.toString()));
        } catch (AccessDeniedException e) {
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_UNREADABLE", key, file.toString(), "access denied"));
        } catch (IOException e) {
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_UNREADABLE", key, file.toString(), String.valueOf(e.getMessage())));
        }
    }

    private static BufferedImage decode(byte[] data, Path file, String where, String key) {
        BufferedImage img;
        try {
            var in = ImageIO.createImageInputStream(new ByteArrayInputStream(data));
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException("no reader");
            var reader = readers.next();
            try {
                reader.setInput(in);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_TOO_LARGE", key, file.toString(),
                            Long.toString(MAX_BYTES / (1024 * 1024))));
                }
                img = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ItagenException ie) throw ie;
            // A CMYK JPEG (saved by Photoshop for print) and a damaged file end here.
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_UNREADABLE", key, file.toString(), String.valueOf(e.getMessage())));
        }
        if (img == null || img.getWidth() < 1 || img.getHeight() < 1) {
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_UNREADABLE", key, file.toString(), "empty"));
        }
        return img;
    }

    /** An SVG file: its first tag (after an XML declaration, comments, a BOM) is svg. */
    static boolean looksLikeSvg(byte[] d) {
        String head = new String(d, 0, Math.min(d.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        head = head.strip();
        return head.startsWith("<") && java.util.regex.Pattern.compile("<svg[\\s>]").matcher(head).find()
                && (head.startsWith("<?xml") || head.startsWith("<!--") || head.startsWith("<svg") || head.startsWith("<!DOCTYPE svg"));
    }

    /** The SVG drawn at the pixels its print width needs, as a transparent PNG. */
    static byte[] svg(byte[] data, double widthCm, Path file, String where, String key) {
        com.github.weisj.jsvg.SVGDocument doc;
        try {
            var context = com.github.weisj.jsvg.parser.LoaderContext.builder()
                    .externalResourcePolicy(com.github.weisj.jsvg.parser.resources.ResourcePolicy.DENY_ALL).build();
            doc = new com.github.weisj.jsvg.parser.SVGLoader().load(new ByteArrayInputStream(data), null, context);
        } catch (RuntimeException e) {
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_UNREADABLE", key, file.toString(), String.valueOf(e.getMessage())));
        }
        if (doc == null) {
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_UNREADABLE", key, file.toString(), "SVG"));
        }
        var size = doc.size();
        if (!(size.width > 0 && size.height > 0)) {
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_UNREADABLE", key, file.toString(), "SVG without width and height"));
        }
        int w = neededWidth(widthCm);
        int h = Math.max(1, (int) Math.round(w * (double) size.height / size.width));
        if ((long) w * h > MAX_PIXELS) {
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_TOO_LARGE", key, file.toString(),
                    Long.toString(MAX_BYTES / (1024 * 1024))));
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(w / (double) size.width, h / (double) size.height);
            doc.render((java.awt.Component) null, g, new com.github.weisj.jsvg.view.ViewBox(0, 0, size.width, size.height));
        } catch (RuntimeException e) {
            throw ItagenException.input(where, Msg.of("error.IMAGE_FILE_UNREADABLE", key, file.toString(), String.valueOf(e.getMessage())));
        } finally {
            g.dispose();
        }
        try {
            return png(img);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The pixels a picture printed {@code widthCm} wide needs at {@link #DPI}. */
    static int neededWidth(double widthCm) {
        return Math.max(1, (int) Math.ceil(widthCm / 2.54 * DPI));
    }

    /** The bytes to embed: the original when small enough, else scaled down and written again. */
    static byte[] fit(byte[] data, BufferedImage img, Kind kind, double widthCm) {
        int need = neededWidth(widthCm);
        if (img.getWidth() <= need * SLACK) return data;
        int h = Math.max(1, (int) Math.round((double) img.getHeight() * need / img.getWidth()));
        BufferedImage small = scale(img, need, h, kind == Kind.PNG && img.getColorModel().hasAlpha());
        try {
            return kind == Kind.PNG ? png(small) : jpeg(small);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Halves the size step by step, then the last step bicubic: smooth, without the aliasing of one big step. */
    static BufferedImage scale(BufferedImage src, int w, int h, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage cur = src;
        int cw = src.getWidth(), ch = src.getHeight();
        do {
            int nw = Math.max(w, cw / 2), nh = Math.max(h, ch / 2);
            if (cw / 2 < w) {
                nw = w;
                nh = h;
            }
            BufferedImage next = new BufferedImage(nw, nh, type);
            Graphics2D g = next.createGraphics();
            if (!alpha) { // JPEG has no transparency: a transparent PNG flattened on white paper
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, nw, nh);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(cur, 0, 0, nw, nh, null);
            g.dispose();
            cur = next;
            cw = nw;
            ch = nh;
        } while (cw != w || ch != h);
        return cur;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage img) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            w.setOutput(ios);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(JPEG_QUALITY);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }
}
