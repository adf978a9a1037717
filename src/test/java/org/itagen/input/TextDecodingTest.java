package org.itagen.input;

import org.itagen.ItagenException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * How the bytes of a CSV become text, at the edges of each guess. The oracles are outside the
 * code: Unicode's own category of each Thai code point, byte arrays counted out by hand, and
 * line numbers read off the text.
 */
class TextDecodingTest {
    private static String refused(byte[] bytes, Charset forced) {
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> TextDecoding.decode(bytes, forced, "s.csv"));
        assertThat(e).as("expected the bytes to be refused").isNotNull();
        assertThat(e.where()).isEqualTo("s.csv");
        return e.code();
    }

    // guards: plausibleThai refuses exactly Unicode's non-spacing Thai marks after a non-Thai character
    @Test
    void aThaiMarkAfterALatinLetterIsImplausibleExactlyForUnicodesNonSpacingMarks() {
        for (char c = '\u0E00'; c <= '\u0E7F'; c++) {
            boolean nonSpacing = Character.getType(c) == Character.NON_SPACING_MARK;
            assertThat(TextDecoding.plausibleThai('a', c)).as("U+%04X after a", (int) c).isEqualTo(!nonSpacing);
            // after a Thai consonant every Thai character is fine
            assertThat(TextDecoding.plausibleThai('\u0E01', c)).as("U+%04X after ก", (int) c).isTrue();
        }
        // What may carry a mark: the Thai block from ก (U+0E01) to ๛ (U+0E5B), nothing around it.
        assertThat(TextDecoding.plausibleThai('\u0E00', '\u0E48')).isFalse();
        assertThat(TextDecoding.plausibleThai('\u0E5B', '\u0E48')).isTrue();
        assertThat(TextDecoding.plausibleThai('\u0E5C', '\u0E48')).isFalse();
        // C1 controls (U+0080-U+009F) never occur in real text; their neighbours do.
        assertThat(TextDecoding.plausibleThai('a', '\u0080')).isFalse();
        assertThat(TextDecoding.plausibleThai('a', '\u009F')).isFalse();
        assertThat(TextDecoding.plausibleThai('a', '\u007F')).isTrue();
        assertThat(TextDecoding.plausibleThai('a', '\u00A0')).isTrue();
    }

    private static byte[] ascii(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'a');
        return b;
    }

    // guards: utf16WithoutBom's ratios: at least 1 pair in 5 with a zero high byte, fewer than 1 in 20 on the other side
    @Test
    void utf16WithoutBomNeedsOneZeroInFivePairsAndAlmostNoneOnTheOtherSide() {
        byte[] b = ascii(40); // 20 pairs
        for (int i : new int[]{1, 3, 5}) b[i] = 0; // 3 of 20 odd bytes zero: 15 < 20
        assertThat(TextDecoding.utf16WithoutBom(b)).isFalse();
        b[7] = 0; // 4 of 20: 4 x 5 = 20 >= 20
        assertThat(TextDecoding.utf16WithoutBom(b)).isTrue();
        b[10] = 0; // one even zero: 1 x 20 = 20, not < 20
        assertThat(TextDecoding.utf16WithoutBom(b)).isFalse();
        // The same with the sides swapped (big-endian).
        byte[] be = ascii(40);
        for (int i : new int[]{0, 2, 4, 6}) be[i] = 0;
        assertThat(TextDecoding.utf16WithoutBom(be)).isTrue();
        be[11] = 0;
        assertThat(TextDecoding.utf16WithoutBom(be)).isFalse();
        // Fewer than four bytes say nothing; four may.
        assertThat(TextDecoding.utf16WithoutBom(new byte[]{'a', 0, 'b'})).isFalse();
        assertThat(TextDecoding.utf16WithoutBom(new byte[]{'a', 0, 'b', 0})).isTrue();
        // Only the first 1024 bytes are looked at.
        byte[] late = ascii(4096);
        for (int i = 1025; i < late.length; i += 2) late[i] = 0;
        assertThat(TextDecoding.utf16WithoutBom(late)).isFalse();
        assertThat(TextDecoding.utf16WithoutBom("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE))).isTrue();
        assertThat(TextDecoding.utf16WithoutBom("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16BE))).isTrue();
    }

    // guards: decode()'s order of guesses and the code of each refusal
    @Test
    void eachEncodingIsGuessedInOrderAndEachRefusalHasItsCode() {
        byte[] thai = "หน่วยงาน,คะแนน\nก,90\n".getBytes(TextDecoding.WINDOWS_874);
        assertThat(TextDecoding.decode(thai, null, "s.csv").charset()).isEqualTo(TextDecoding.WINDOWS_874);
        byte[] utf8 = "หน่วยงาน,คะแนน\n".getBytes(StandardCharsets.UTF_8);
        TextDecoding.Decoded d = TextDecoding.decode(utf8, null, "s.csv");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.offset()).isZero();
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        TextDecoding.Decoded withBom = TextDecoding.decode(bom, null, "s.csv");
        assertThat(withBom.offset()).isEqualTo(3);
        assertThat(withBom.firstLine()).isEqualTo("หน่วยงาน,คะแนน");

        assertThat(refused(new byte[]{(byte) 0xFF, (byte) 0xFE, 'a', 0}, null)).isEqualTo("error.TEXT_UTF16");
        assertThat(refused(new byte[]{(byte) 0xFE, (byte) 0xFF, 0, 'a'}, null)).isEqualTo("error.TEXT_UTF16");
        assertThat(refused("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE), null)).isEqualTo("error.TEXT_UTF16_NO_BOM");
        // A BOM promises UTF-8: windows-874 bytes after it are refused rather than guessed.
        byte[] bomThen874 = new byte[thai.length + 3];
        bomThen874[0] = (byte) 0xEF;
        bomThen874[1] = (byte) 0xBB;
        bomThen874[2] = (byte) 0xBF;
        System.arraycopy(thai, 0, bomThen874, 3, thai.length);
        assertThat(refused(bomThen874, null)).isEqualTo("error.TEXT_BAD_UTF8_AFTER_BOM");
        // Latin-1 "café": 0xE9 is a Thai tone mark in windows-874, after "f": neither encoding.
        assertThat(refused("café,1\n".getBytes(StandardCharsets.ISO_8859_1), null)).isEqualTo("error.TEXT_UNKNOWN_ENCODING");
        // --encoding utf-8 with windows-874 bytes: the forced one is named, no other is tried.
        assertThat(refused(thai, StandardCharsets.UTF_8)).isEqualTo("error.TEXT_NOT_FORCED_ENCODING");
        assertThat(TextDecoding.decode(thai, TextDecoding.WINDOWS_874, "s.csv").charset()).isEqualTo(TextDecoding.WINDOWS_874);
    }

    // guards: Decoded.lineOf (binary search over line starts) and the first line / blank flags of the scan
    @Test
    void lineNumbersOfCharacterOffsetsAndTheFirstLine() {
        TextDecoding.Decoded d = TextDecoding.decode("a\nbb\nc".getBytes(StandardCharsets.UTF_8), null, "s.csv");
        assertThat(d.lineStarts()).containsExactly(0, 2, 5);
        // a=0 \n=1 | b=2 b=3 \n=4 | c=5
        assertThat(d.lineOf(0)).isEqualTo(1);
        assertThat(d.lineOf(1)).isEqualTo(1);
        assertThat(d.lineOf(2)).isEqualTo(2);
        assertThat(d.lineOf(4)).isEqualTo(2);
        assertThat(d.lineOf(5)).isEqualTo(3);
        assertThat(d.lineOf(99)).isEqualTo(3);
        assertThat(d.firstLine()).isEqualTo("a");
        assertThat(d.blank()).isFalse();
        assertThat(TextDecoding.decode(" \n\t \r\n".getBytes(StandardCharsets.UTF_8), null, "s.csv").blank()).isTrue();
        // More than 1024 lines: the table of line starts grows.
        TextDecoding.Decoded many = TextDecoding.decode("x\n".repeat(3000).getBytes(StandardCharsets.UTF_8), null, "s.csv");
        assertThat(many.lineStarts()).hasSize(3001);
        assertThat(many.lineOf(2 * 2999)).isEqualTo(3000);
    }
}
