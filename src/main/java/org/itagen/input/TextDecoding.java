package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of a CSV into text. Officers' files are "CSV UTF-8" from Excel (with a BOM),
 * plain UTF-8, or "CSV" from Thai Windows Excel (windows-874). We try them in that order and
 * refuse anything else, because a wrongly decoded file would put garbage Thai into a document.
 *
 * <p>A first pass only checks the bytes (in chunks, keeping no text) and notes where lines start;
 * the CSV parser then reads through a {@link Reader}. A national file (50 MB) thus never exists
 * as one 100 MB string.
 */
public final class TextDecoding {
    public static final Charset WINDOWS_874 = Charset.forName("windows-874");

    private TextDecoding() {
    }

    /**
     * A checked, decodable file.
     *
     * @param charset    the encoding used
     * @param lineStarts char offset (after any BOM) where each line starts, for file:line messages
     * @param firstLine  the first line's text (delimiter guessing)
     * @param blank      true when the file holds only whitespace
     */
    public record Decoded(byte[] bytes, int offset, Charset charset, int[] lineStarts, String firstLine, boolean blank) {
        /** A fresh reader over the text (BOM skipped). */
        public Reader reader() {
            CharsetDecoder dec = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset), dec);
        }

        /** 1-based line of a char offset. */
        public int lineOf(long charPos) {
            int i = Arrays.binarySearch(lineStarts, (int) Math.min(charPos, Integer.MAX_VALUE));
            return i >= 0 ? i + 1 : -i - 1;
        }
    }

    public static Decoded decode(byte[] bytes, Charset forced, String where) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw ItagenException.input(where, Msg.of("error.TEXT_UTF16"));
        }
        if (utf16WithoutBom(bytes)) throw ItagenException.input(where, Msg.of("error.TEXT_UTF16_NO_BOM"));
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int offset = bom ? 3 : 0;
        if (forced != null) {
            try {
                return scan(bytes, offset, forced, false);
            } catch (CharacterCodingException e) {
                throw ItagenException.input(where, Msg.of("error.TEXT_NOT_FORCED_ENCODING", forced.name()));
            }
        }
        try {
            return scan(bytes, offset, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            if (bom) throw ItagenException.input(where, Msg.of("error.TEXT_BAD_UTF8_AFTER_BOM"));
        }
        try {
            return scan(bytes, 0, WINDOWS_874, true);
        } catch (CharacterCodingException e) {
            // neither: fall through to the message below
        }
        throw ItagenException.input(where, Msg.of("error.TEXT_UNKNOWN_ENCODING"));
    }

    /**
     * UTF-16 text saved without a byte order mark ("Unicode Text" from some tools): in its first
     * bytes, every other byte is zero (the high byte of ASCII characters), which UTF-8 and
     * windows-874 text never has.
     */
    static boolean utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 1024) & ~1;
        if (n < 4) return false;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        return (oddZero * 5 >= pairs && evenZero * 20 < pairs) || (evenZero * 5 >= pairs && oddZero * 20 < pairs);
    }

    /** Decodes strictly in chunks, recording line starts; with {@code thaiCheck}, rejects non-Thai text. */
    private static Decoded scan(byte[] bytes, int offset, Charset cs, boolean thaiCheck) throws CharacterCodingException {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        Scan st = new Scan(thaiCheck);
        CoderResult r;
        do {
            r = dec.decode(in, out, true);
            if (r.isError()) r.throwException();
            st.drain(out);
        } while (r.isOverflow());
        do {
            r = dec.flush(out);
            st.drain(out);
        } while (r.isOverflow());
        return new Decoded(bytes, offset, cs, Arrays.copyOf(st.starts, st.nStarts), st.first.toString(), st.blank);
    }

    /** State of one checking pass. */
    private static final class Scan {
        final boolean thaiCheck;
        int[] starts = new int[1024];
        int nStarts = 1;
        long pos;
        char prev = '\n';
        boolean blank = true;
        final StringBuilder first = new StringBuilder();
        boolean firstDone;

        Scan(boolean thaiCheck) {
            this.thaiCheck = thaiCheck;
        }

        void drain(CharBuffer out) throws CharacterCodingException {
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (thaiCheck && !plausibleThai(prev, c)) throw new CharacterCodingException();
                if (blank && !Character.isWhitespace(c) && c != '\uFEFF') blank = false;
                if (!firstDone) {
                    if (c == '\n' || first.length() > 65536) firstDone = true;
                    else first.append(c);
                }
                pos++;
                if (c == '\n') {
                    if (nStarts == starts.length) starts = Arrays.copyOf(starts, nStarts * 2);
                    starts[nStarts++] = (int) Math.min(pos, Integer.MAX_VALUE);
                }
                prev = c;
            }
            out.clear();
        }
    }

    /**
     * windows-874 maps almost every byte, so a Latin-1 or random file decodes "successfully" too.
     * Real Thai text never puts a Thai vowel or tone mark after a non-Thai character, and never
     * contains C1 control characters: reject text that does.
     */
    static boolean plausibleThai(char prev, char c) {
        if (c >= '\u0080' && c <= '\u009F') return false;
        return !isThaiCombining(c) || (prev >= '\u0E01' && prev <= '\u0E5B');
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
