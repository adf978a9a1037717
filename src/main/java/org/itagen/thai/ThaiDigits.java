package org.itagen.thai;

/**
 * Thai digits ๐-๙ (U+0E50-U+0E59) to and from Arabic digits.
 *
 * <p>{@link #localize} converts numbers in running text but leaves codes and addresses alone:
 * a digit run that touches a Latin letter ("i10", "O25", "ISO9001") or sits inside a URL, an
 * e-mail address or a path keeps its Arabic digits, as Thai documents print them.
 */
public final class ThaiDigits {
    private static final char THAI_ZERO = '\u0E50';

    private ThaiDigits() {
    }

    /** True for ๐-๙. */
    public static boolean isThaiDigit(char c) {
        return c >= THAI_ZERO && c <= '\u0E59';
    }

    /** Every Thai digit to its Arabic digit; everything else unchanged. */
    public static String toArabic(String s) {
        if (s == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isThaiDigit(c)) {
                if (sb == null) sb = new StringBuilder(s);
                sb.setCharAt(i, (char) ('0' + (c - THAI_ZERO)));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Every Arabic digit to its Thai digit, with no exceptions. */
    public static String toThaiAll(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c >= '0' && c <= '9') sb.setCharAt(i, (char) (THAI_ZERO + (c - '0')));
        }
        return sb.toString();
    }

    /**
     * Arabic digits in numbers of running text to Thai digits, leaving digits that belong to a
     * Latin code ("i10", "O25"), a URL, an e-mail address or a path as they are.
     */
    public static String localize(String s) {
        if (s == null || s.isEmpty()) return s;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            // A token is a maximal run of non-whitespace characters.
            int start = i;
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            out.append(s, start, i);
            start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
            if (start < i) out.append(localizeToken(s.substring(start, i)));
        }
        return out.toString();
    }

    private static String localizeToken(String token) {
        if (token.contains("://") || token.startsWith("www.") || token.contains("@")
                || token.contains("/") && token.matches(".*[A-Za-z].*\\..*")) {
            return token; // an address: digits are part of it
        }
        StringBuilder sb = new StringBuilder(token);
        int n = token.length();
        for (int i = 0; i < n; ) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && token.charAt(j) >= '0' && token.charAt(j) <= '9') j++;
            boolean latinBefore = i > 0 && isLatinLetter(token.charAt(i - 1));
            boolean latinAfter = j < n && isLatinLetter(token.charAt(j));
            if (!latinBefore && !latinAfter) {
                for (int k = i; k < j; k++) sb.setCharAt(k, (char) (THAI_ZERO + (token.charAt(k) - '0')));
            }
            i = j;
        }
        return sb.toString();
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
