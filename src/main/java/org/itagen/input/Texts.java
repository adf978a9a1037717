package org.itagen.input;

/**
 * Text as it may be shown back to the user in a one-line message: control characters made
 * visible and long values cut, so that a hostile or broken cell can neither break the terminal
 * line nor flood it.
 */
public final class Texts {
    /** Longest echoed value, in characters; ids and scores are far shorter. */
    public static final int ECHO_MAX = 60;

    private Texts() {
    }

    /** A value for a message: control characters as {@code <NUL>}, cut after {@link #ECHO_MAX} characters. */
    public static String echo(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(Math.min(s.length(), ECHO_MAX + 8));
        int shown = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (shown >= ECHO_MAX) {
                sb.append('…');
                break;
            }
            if (isControl(cp) || cp == '\n' || cp == '\r' || cp == '\t') {
                sb.append('<').append(shortName(cp)).append('>');
            } else {
                sb.appendCodePoint(cp);
            }
            shown++;
        }
        return sb.toString();
    }

    /**
     * A character no document may carry: C0 and C1 controls and DEL, except tab, line feed and
     * carriage return (line breaks inside a cell are text).
     */
    public static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') return false;
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    }

    /** Index of the first control character, or -1. */
    public static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) return i;
        }
        return -1;
    }

    /** The text without control characters (an agency id's grouping key). */
    static String withoutControls(String s) {
        if (firstControl(s) < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c)) sb.append(c);
        }
        return sb.toString();
    }

    /** "NUL (U+0000)", "ESC (U+001B)": what a message calls a control character. */
    public static String describe(int cp) {
        return shortName(cp) + " (U+" + String.format("%04X", cp) + ")";
    }

    private static String shortName(int cp) {
        return switch (cp) {
            case 0x00 -> "NUL";
            case 0x07 -> "BEL";
            case 0x08 -> "BS";
            case 0x09 -> "TAB";
            case 0x0A -> "LF";
            case 0x0B -> "VT";
            case 0x0C -> "FF";
            case 0x0D -> "CR";
            case 0x1A -> "SUB";
            case 0x1B -> "ESC";
            case 0x7F -> "DEL";
            default -> "U+" + String.format("%04X", cp);
        };
    }
}
