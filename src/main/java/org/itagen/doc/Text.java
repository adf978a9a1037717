package org.itagen.doc;

import java.util.List;

/** Plain text of runs, for dumps, checks and tests. */
public final class Text {
    private Text() {
    }

    public static String of(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) sb.append(r.text());
        return sb.toString();
    }
}
