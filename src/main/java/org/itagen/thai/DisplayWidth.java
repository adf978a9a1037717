package org.itagen.thai;

/**
 * Terminal column width of text. Thai above/below vowels and tone marks combine with the
 * consonant before them and take no column, so "ที่" is one column wide, not three; aligning by
 * {@code String.length()} would push every Thai row out of line.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    /** Columns {@code s} takes in a monospace terminal. */
    public static int displayWidth(String s) {
        if (s == null) return 0;
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += width(cp);
        }
        return w;
    }

    static int width(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        if (isWide(cp)) return 2;
        return 1;
    }

    /** CJK and other East Asian wide ranges (rare here, but keeps a mixed table straight). */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** {@code s} padded with spaces on the right to {@code width} columns. */
    public static String padRight(String s, int width) {
        int pad = width - displayWidth(s);
        return pad <= 0 ? s : s + " ".repeat(pad);
    }

    /** {@code s} padded with spaces on the left to {@code width} columns. */
    public static String padLeft(String s, int width) {
        int pad = width - displayWidth(s);
        return pad <= 0 ? s : " ".repeat(pad) + s;
    }
}
