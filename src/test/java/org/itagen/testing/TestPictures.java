package org.itagen.testing;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Pictures made by the tests themselves (no logo or emblem is committed): a round seal-like
 * logo with fine grain, as a phone photo or a scan has, and a blue pen signature on a transparent
 * background.
 */
public final class TestPictures {
    private TestPictures() {
    }

    /** A round logo {@code size} pixels square, opaque, with grain so that it does not compress to nothing. */
    public static BufferedImage logo(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(0x8B, 0x1A, 0x1A));
        g.fillOval(size / 20, size / 20, size * 9 / 10, size * 9 / 10);
        g.setColor(new Color(0xE8, 0xB9, 0x3A));
        g.fillOval(size / 5, size / 5, size * 3 / 5, size * 3 / 5);
        g.setColor(new Color(0x8B, 0x1A, 0x1A));
        g.setStroke(new BasicStroke(Math.max(1, size / 40f)));
        g.drawLine(size / 2, size / 4, size / 2, size * 3 / 4);
        g.drawLine(size / 4, size / 2, size * 3 / 4, size / 2);
        g.dispose();
        Random r = new Random(13);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = img.getRGB(x, y);
                int d = r.nextInt(9) - 4;
                int red = clamp(((rgb >> 16) & 0xFF) + d), gr = clamp(((rgb >> 8) & 0xFF) + d), b = clamp((rgb & 0xFF) + d);
                img.setRGB(x, y, (red << 16) | (gr << 8) | b);
            }
        }
        return img;
    }

    /** A signature in blue ink on a transparent background. */
    public static BufferedImage signature(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1F, 0x3A, 0x93));
        g.setStroke(new BasicStroke(Math.max(2, h / 30f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D p = new Path2D.Double();
        p.moveTo(w * 0.05, h * 0.7);
        for (int i = 1; i <= 12; i++) {
            double x = w * (0.05 + 0.9 * i / 12.0);
            p.curveTo(x - w * 0.05, h * 0.1, x - w * 0.02, h * 0.95, x, h * (i % 2 == 0 ? 0.6 : 0.4));
        }
        g.draw(p);
        g.drawLine((int) (w * 0.1), (int) (h * 0.85), (int) (w * 0.8), (int) (h * 0.8));
        g.dispose();
        return img;
    }

    public static byte[] png(BufferedImage img) {
        return encode(img, "png");
    }

    public static byte[] jpeg(BufferedImage img) {
        return encode(img, "jpeg");
    }

    private static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) throw new IllegalStateException("no writer for " + format);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
