package org.itagen.render.pdf;

import org.itagen.doc.Document;

import java.util.function.Consumer;

/**
 * Writes a {@link Document} as a PDF with Thai set correctly: HarfBuzz-shaped clusters (marks
 * stacked as the font's GSUB/GPOS say), lines broken between words, text that extracts back
 * exactly (/ActualText), subset-embedded fonts, fixed dates and a content-derived /ID.
 *
 * <p>Thread-safe: every call builds its own state, so batch can render documents in parallel.
 * Only parsed font files are shared (see {@link FontResolver}).
 */
public final class PdfWriter {
    private PdfWriter() {
    }

    /**
     * Rendering options.
     *
     * @param log receives --verbose lines (e.g. which font files were used); never null
     */
    public record Options(Consumer<String> log) {
        public Options {
            log = log == null ? s -> { } : log;
        }

        public static Options defaults() {
            return new Options(s -> { });
        }
    }

    public static byte[] render(Document doc) {
        return render(doc, Options.defaults());
    }

    public static byte[] render(Document doc, Options options) {
        return new Renderer(doc, options == null ? Options.defaults() : options).render();
    }
}
