package org.itagen.doc;

import java.util.List;
import java.util.Objects;

/**
 * The signing officer at the end of a document, set as Thai official documents set it: every
 * line centred on the right half of the text width, a scanned signature above the name, and the
 * whole block kept on one page.
 *
 * @param image the scanned signature, or null (then the officer signs the printed copy)
 * @param lines the name line, the position (one or more lines) and the date line, in order
 */
public record Signature(Image image, List<String> lines) implements Block {
    public Signature {
        lines = List.copyOf(lines);
        Objects.requireNonNull(lines, "lines");
    }

    /** The left edge of the signature column, as a share of the text width (the right half). */
    public static final double COLUMN_START = 0.5;
}
