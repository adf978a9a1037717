package org.itagen.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicon's trie at the edges of the Thai block: text outside it is never a word and never a crash. */
class ThaiLexiconTest {

    private final ThaiLexicon lexicon = ThaiLexicon.of(List.of("กา", "การ", "ไก่"));

    @Test
    void wordsAndTheirPrefixes() {
        assertThat(lexicon.contains("การ")).isTrue();
        assertThat(lexicon.contains("กา")).isTrue();
        assertThat(lexicon.contains("ก")).isFalse();
        assertThat(lexicon.contains("การา")).isFalse();
    }

    @Test
    void charactersJustOutsideTheThaiBlockAreNotWords() {
        // U+0DFF ends Sinhala, U+0E80 starts Lao: the trie covers U+0E00-U+0E7F only, so a letter next
        // to that range must be answered "not a word" (a wrong bound would index past the root's
        // children or take a foreign letter for a Thai one).
        for (String s : List.of("\u0DFF", "\u0E80", "\u0E81", "\u0E7F", "ก\u0E80", "\u0E80ก")) {
            assertThat(lexicon.contains(s)).as("U+%04X...", (int) s.charAt(0)).isFalse();
            int[] out = new int[4];
            assertThat(lexicon.matches(s, 0, s.length(), out)).as("matches U+%04X...", (int) s.charAt(0)).isZero();
        }
    }

    @Test
    void matchesListsEveryWordStartingAtTheOffset() {
        int[] out = new int[4];
        String text = "xการบ้าน";
        int found = lexicon.matches(text, 1, text.length(), out);
        // กา (2) and การ (3) start at offset 1; the low bits hold the length.
        assertThat(found).isEqualTo(2);
        assertThat(out[0] & (ThaiLexicon.COMMON - 1)).isEqualTo(2);
        assertThat(out[1] & (ThaiLexicon.COMMON - 1)).isEqualTo(3);
    }
}
