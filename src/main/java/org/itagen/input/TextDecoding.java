package org.itagen.input;

import org.itagen.ItagenException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a CSV into text. Officers' files are "CSV UTF-8" from Excel (with a BOM),
 * plain UTF-8, or "CSV" from Thai Windows Excel (windows-874). We try them in that order and
 * refuse anything else, because a wrongly decoded file would put garbage Thai into a document.
 */
public final class TextDecoding {
    public static final Charset WINDOWS_874 = Charset.forName("windows-874");

    private TextDecoding() {
    }

    /** The decoded text (BOM removed) and the charset that was used. */
    public record Decoded(String text, Charset charset) {
    }

    public static Decoded decode(byte[] bytes, Charset forced, String where) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw ItagenException.input(where, "the file is UTF-16, which itagen does not read; "
                    + "save it from Excel as \"CSV UTF-8 (Comma delimited)\"");
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int offset = bom ? 3 : 0;
        if (forced != null) {
            try {
                return new Decoded(strict(bytes, offset, forced), forced);
            } catch (CharacterCodingException e) {
                throw ItagenException.input(where, "the file is not valid " + forced.name()
                        + " (as --encoding says); check the encoding, or leave --encoding out to detect UTF-8 or windows-874");
            }
        }
        try {
            return new Decoded(strict(bytes, offset, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            if (bom) {
                throw ItagenException.input(where, "the file starts with a UTF-8 byte order mark but is not valid UTF-8; "
                        + "save it again as \"CSV UTF-8 (Comma delimited)\"");
            }
        }
        try {
            String text = strict(bytes, 0, WINDOWS_874);
            if (looksLikeThai(text)) return new Decoded(text, WINDOWS_874);
        } catch (CharacterCodingException e) {
            // neither: fall through to the message below
        }
        throw ItagenException.input(where, "the file's encoding is neither UTF-8 nor windows-874 (Thai); "
                + "save it from Excel as \"CSV UTF-8 (Comma delimited)\", or name the encoding with --encoding");
    }

    private static String strict(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    /**
     * windows-874 maps almost every byte, so a Latin-1 or random file decodes "successfully" too.
     * Real Thai text never puts a Thai vowel or tone mark after a non-Thai character, and never
     * contains C1 control characters: reject text that does.
     */
    static boolean looksLikeThai(String text) {
        CharBuffer cb = CharBuffer.wrap(text);
        char prev = '\n';
        for (int i = 0; i < cb.length(); i++) {
            char c = cb.charAt(i);
            if (c >= '\u0080' && c <= '\u009F') return false;
            if (isThaiCombining(c) && !(prev >= '\u0E01' && prev <= '\u0E5B')) return false;
            prev = c;
        }
        return true;
    }

    private static boolean isThaiCombining(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
