package org.itagen.testing;

import org.itagen.doc.PageSetup;
import org.itagen.render.pdf.FontFace;
import org.itagen.render.pdf.FontResolver;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Text widths measured by AWT's TextLayout from the font file the PDF writer picks for a page
 * setup: an oracle independent of the writers' own shaping and width code.
 */
public final class FontWidths {
    private FontWidths() {
    }

    public static float of(String text, boolean bold, float size) {
        try {
            FontFace face = FontResolver.resolve(PageSetup.thaiOfficialA4(), l -> { }).face(bold, false);
            Font font;
            if (face.source().startsWith("jar:")) {
                try (InputStream in = FontResolver.class.getResourceAsStream(face.source().substring(4))) {
                    font = Font.createFont(Font.TRUETYPE_FONT, in);
                }
            } else {
                font = Font.createFont(Font.TRUETYPE_FONT, Path.of(face.source()).toFile());
            }
            return new TextLayout(text, font.deriveFont(size), new FontRenderContext(null, true, true)).getAdvance();
        } catch (Exception e) {
            throw new AssertionError("cannot measure with AWT: " + e.getMessage(), e);
        }
    }
}
