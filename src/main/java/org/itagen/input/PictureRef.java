package org.itagen.input;

import java.nio.file.Path;

/**
 * A picture an input names (the logo, a scanned signature), not yet read: the report reads and
 * scales it ({@code org.itagen.report.Pictures}).
 *
 * @param file    resolved against the folder of the file that names it
 * @param widthMm printed width in millimetres, or null for the default of where it is used
 * @param align   "left", "center" or "right", or null for the default
 * @param where   "measures.yaml:12", "หน่วยงาน!B14" or "o25.yaml:20": where it was named
 * @param key     the key that named it ("logo", "signature.image"), for messages
 */
public record PictureRef(Path file, Double widthMm, String align, String where, String key) {
    public static final java.util.List<String> ALIGNS = java.util.List.of("left", "center", "right");
    /** Printed widths accepted, millimetres: from a small seal to the text width of A4. */
    public static final double MIN_MM = 5, MAX_MM = 170;
}
