package org.itagen.input;

import java.util.Locale;

/**
 * Which addresses may become live links in a published document: web pages (http, https) and
 * e-mail (mailto). Anything else (file:, javascript:, data:, a UNC path, a bare "www.") is
 * refused where it is read, so a PDF or DOCX never opens a local file or runs a script when a
 * reader clicks it.
 */
public final class Links {
    private Links() {
    }

    /** True for http://, https:// (with a host) and mailto: addresses without spaces or control characters. */
    public static boolean allowed(String address) {
        if (address == null) return false;
        String a = address.strip();
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return false;
        }
        String lower = a.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:")) return lower.length() > "mailto:".length() && lower.indexOf('@') > 0;
        for (String scheme : new String[]{"https://", "http://"}) {
            if (lower.startsWith(scheme)) {
                String rest = a.substring(scheme.length());
                return !rest.isEmpty() && rest.charAt(0) != '/' && rest.charAt(0) != '\\';
            }
        }
        return false;
    }
}
