package org.itagen.doc;

import java.util.List;

/**
 * A heading. Level 0 is the document title; 1-3 are section levels. Writers keep a heading
 * on the same page as the block that follows it.
 */
public record Heading(int level, List<Run> runs) implements Block {
    public Heading {
        if (level < 0 || level > 3) throw new IllegalArgumentException("heading level 0-3: " + level);
        runs = List.copyOf(runs);
    }

    public static Heading of(int level, String text) {
        return new Heading(level, List.of(Run.plain(text)));
    }

    public String text() {
        return Text.of(runs);
    }
}
