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
    private final FontResolver.Resolved fonts;

    TextMeasure(TextEngine engine, FontResolver.Resolved fonts) {
        this.engine = engine;
        this.fonts = fonts;
    }

    /** Resolved fonts by page font settings: resolving looks through the installed fonts every time. */
    private static final java.util.Map<String, FontResolver.Resolved> RESOLVED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Measures in the fonts {@link FontResolver} picks for this page setup (the PDF's). */
    public static TextMeasure forPage(PageSetup page) {
        String key = page.fontFile() + "\u0000" + page.fontFamily();
        FontResolver.Resolved r = RESOLVED.get(key);
        if (r == null) {
            r = FontResolver.resolve(page, line -> { });
            RESOLVED.putIfAbsent(key, r);
        }
        return new TextMeasure(new TextEngine(r), r);
    }

    @Override
    public Object fonts() {
        return fonts;
    }

    @Override
    public float width(String text, boolean bold, boolean italic, float sizePt) {
        // Keyed by the style's face: a hit skips the fallback check, which asks the font about every character.
        FontFace styled = engine.face(bold, italic);
        float units = WIDTHS.computeIfAbsent(new Key(styled, text), k -> {
            FontFace face = engine.faceFor(styled, text);
            // Only the advance is kept: the shaped glyphs of a DOCX measurement are never drawn.
            return engine.shape(face, text).advance();
        });
        return scaled(units, sizePt);
    }

    /** The one formula both writers use, so cells measured by either are the same to the last bit. */
    static float scaled(float units, float sizePt) {
        return units * sizePt / FontFace.UNITS;
    }
}
