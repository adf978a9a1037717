package org.itagen.input;

import java.nio.file.Path;

/**
 * measures.yaml as the generating commands need it: {@link MeasuresParser}'s draft, stopping at
 * its first error (one line with file:line, exit 2). {@code itagen check} reads the same draft
 * and lists every problem instead.
 */
public final class MeasuresReader {
    private MeasuresReader() {
    }

    /** Reads a measures file (UTF-8, with or without BOM). */
    public static MeasurePlan read(Path file) {
        return MeasuresParser.parse(file).plan();
    }

    /** Reads measures from text; {@code source} names it in messages. */
    public static MeasurePlan read(String text, String source) {
        return MeasuresParser.parse(text, source).plan();
    }
}
