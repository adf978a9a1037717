package org.itagen.doc;

import java.util.Objects;

/**
 * Page numbering.
 *
 * @param enabled  whether pages carry numbers at all
 * @param fromPage first page that shows its number (2 by Thai official convention)
 * @param pattern  text around the number; {@code {n}} stands for it, e.g. "- {n} -"
 * @param position where the number goes
 */
public record PageNumbers(boolean enabled, int fromPage, String pattern, Position position) {
    public enum Position { TOP_CENTER, BOTTOM_CENTER, TOP_RIGHT, BOTTOM_RIGHT }

    public PageNumbers {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(position, "position");
        if (fromPage < 1) throw new IllegalArgumentException("fromPage must be 1 or more");
        if (!pattern.contains("{n}")) throw new IllegalArgumentException("pattern needs {n}");
    }

    /** "- ๒ -" at the top centre from page 2. */
    public static PageNumbers thaiOfficial() {
        return new PageNumbers(true, 2, "- {n} -", Position.TOP_CENTER);
    }

    public static PageNumbers none() {
        return new PageNumbers(false, 1, "{n}", Position.TOP_CENTER);
    }

    /** The label for page {@code n} with Arabic digits; writers localize digits. */
    public String label(int n) {
        return pattern.replace("{n}", Integer.toString(n));
    }
}
