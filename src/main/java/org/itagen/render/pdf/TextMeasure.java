package org.itagen.render.pdf;

import org.itagen.doc.PageSetup;
import org.itagen.render.TableWidths;
import org.itagen.thai.BoundedCache;

/**
 * Text widths in the font the PDF writer would set a document in, for other writers: the DOCX
 * writer sizes its table columns with these, so Word and LibreOffice get the PDF's widths.
 * Widths are remembered process-wide per font and text (a batch repeats labels and words).
 * One per document (like the PDF writer's own text engine, not thread-safe).
 */
public final class TextMeasure implements TableWidths.Measure {
    /** Distinct (face, text) widths kept: a table's words repeat across a batch's documents. */
    static final int CACHE_ENTRIES = 16384;
    private static final BoundedCache<Key, Float> WIDTHS = new BoundedCache<>(CACHE_ENTRIES);

    private record Key(FontFace face, String text) {
    }

    private final TextEngine engine;

    private TextMeasure(TextEngine engine) {
        this.engine = engine;
    }

    /** Measures in the fonts {@link FontResolver} picks for this page setup (the PDF's). */
    public static TextMeasure forPage(PageSetup page) {
        return new TextMeasure(new TextEngine(FontResolver.resolve(page, line -> { })));
    }

    @Override
    public float width(String text, boolean bold, boolean italic, float sizePt) {
        FontFace face = engine.faceFor(engine.face(bold, italic), text);
        // Only the advance is kept: the shaped glyphs of a DOCX measurement are never drawn.
        float units = WIDTHS.computeIfAbsent(new Key(face, text), k -> engine.shape(face, text).advance());
        return units * sizePt / FontFace.UNITS;
    }
}
