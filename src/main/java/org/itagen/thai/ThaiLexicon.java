package org.itagen.thai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Thai words {@link WordBreaker} segments with: {@code thai-words.txt} (about 51,500 words
 * and compounds from the NECTEC word list of the Thai hunspell dictionary, those libthai's
 * dictionary also has marked common; see thai-words.LICENSE.txt) plus the ITA vocabulary of
 * {@code compounds.txt}. Held as an array trie (no object per node or word), built once per
 * process straight from the resource's UTF-8 bytes; immutable and thread-safe after
 * construction.
 */
final class ThaiLexicon {
    private static final ThaiLexicon DEFAULT = load();

    /** Flag {@link #matches} adds to the length of a common word. */
    static final int COMMON = 1 << 16;
    /** Word kinds, {@link #kind}. */
    static final byte WORD = 1, COMMON_WORD = 2, ITA_WORD = 3;

    /** Children of the root, by {@code c - 0x0E00}: the root has ~50 children, other nodes few. */
    private final int[] rootChild = new int[0x80];
    /** Grandchildren of the root by both letters: the second level is as wide as the first. */
    private final int[] level2 = new int[0x80 * 0x80];
    private int[] firstChild;
    private int[] lastChild;
    private int[] nextSibling;
    private char[] label;
    /** 0: no word ends here, else the word's kind. */
    private byte[] terminal;
    private int nodes = 1; // node 0 is the root
    private int maxLength;
    private final List<String[]> preferred = new ArrayList<>();

    static ThaiLexicon get() {
        return DEFAULT;
    }

    /** A lexicon of exactly these words, all common; "left|right" lines are preferred boundaries (tests). */
    static ThaiLexicon of(List<String> words) {
        ThaiLexicon lexicon = new ThaiLexicon(1024);
        for (String w : words) lexicon.addLine(w, COMMON_WORD);
        return lexicon;
    }

    private ThaiLexicon(int capacity) {
        Arrays.fill(rootChild, -1);
        Arrays.fill(level2, -1);
        firstChild = new int[capacity];
        lastChild = new int[capacity];
        nextSibling = new int[capacity];
        label = new char[capacity];
        terminal = new byte[capacity];
        firstChild[0] = -1;
    }

    private static ThaiLexicon load() {
        byte[] words = resource("thai-words.txt.gz");
        // About 7 nodes per 10 characters; the arrays grow if a future list needs more.
        ThaiLexicon lexicon = new ThaiLexicon(words.length / 4);
        lexicon.addWords(words);
        String compounds = new String(resource("compounds.txt"), StandardCharsets.UTF_8);
        for (String line : compounds.split("\n")) lexicon.addLine(line, ITA_WORD);
        return lexicon;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ThaiLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource org/itagen/thai/" + name);
            // The word list is stored gzipped: it keeps the repository's files under 1 MiB.
            return name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the words of thai-words.txt, decoding its UTF-8 by hand: a cold start pays for every
     * String and every sort, and the list is 1.3 MB. Lines: "#" comments, "word" or "word *".
     */
    private void addWords(byte[] b) {
        char[] word = new char[64];
        int i = 0;
        while (i < b.length) {
            int end = i;
            while (end < b.length && b[end] != '\n') end++;
            if (b[i] != '#') {
                int len = 0;
                byte kind = WORD;
                for (int k = i; k < end; ) {
                    int c = b[k] & 0xFF;
                    if (c == ' ' || c == '\r') {
                        if (k + 1 < end && b[k + 1] == '*') kind = COMMON_WORD;
                        break;
                    }
                    if (c < 0x80) {
                        k++;
                    } else if (c >= 0xE0 && k + 2 < end) {
                        c = ((c & 0x0F) << 12) | ((b[k + 1] & 0x3F) << 6) | (b[k + 2] & 0x3F);
                        k += 3;
                    } else {
                        k += 2; // not Thai: the word is dropped below
                        c = 0;
                    }
                    if (len == word.length) word = Arrays.copyOf(word, len * 2);
                    word[len++] = (char) c;
                }
                insert(word, len, kind);
            }
            i = end + 1;
        }
    }

    /** Adds one line of compounds.txt: a word, a "left|right" preferred boundary, or a comment. */
    private void addLine(String line, byte kind) {
        line = line.strip();
        if (line.isEmpty() || line.charAt(0) == '#') return;
        int bar = line.indexOf('|');
        if (bar >= 0) {
            preferred.add(new String[]{line.substring(0, bar), line.substring(bar + 1)});
        } else {
            insert(line.toCharArray(), line.length(), kind);
        }
    }

    private void insert(char[] w, int len, byte kind) {
        if (len == 0) return;
        for (int k = 0; k < len; k++) if (w[k] < 0x0E01 || w[k] > 0x0E4E) return;
        int node = 0;
        for (int d = 0; d < len; d++) {
            char c = w[d];
            int child = d == 0 ? rootChild[c - 0x0E00] : find(node, c);
            if (child < 0) {
                child = newNode(c);
                if (d == 1) level2[(w[0] - 0x0E00) << 7 | (c - 0x0E00)] = child;
                if (d == 0) {
                    rootChild[c - 0x0E00] = child;
                } else if (firstChild[node] < 0) {
                    firstChild[node] = child;
                    lastChild[node] = child;
                } else {
                    nextSibling[lastChild[node]] = child;
                    lastChild[node] = child;
                }
            }
            node = child;
        }
        terminal[node] = (byte) Math.max(terminal[node], kind);
        maxLength = Math.max(maxLength, len);
    }

    /** The child of {@code node} labelled {@code c}; the sorted list appends, so the last child is tried first. */
    private int find(int node, char c) {
        int last = lastChild[node];
        if (firstChild[node] < 0) return -1;
        if (label[last] == c) return last;
        for (int child = firstChild[node]; child >= 0; child = nextSibling[child]) if (label[child] == c) return child;
        return -1;
    }

    private int newNode(char c) {
        if (nodes == label.length) {
            int cap = nodes * 2;
            firstChild = Arrays.copyOf(firstChild, cap);
            lastChild = Arrays.copyOf(lastChild, cap);
            nextSibling = Arrays.copyOf(nextSibling, cap);
            label = Arrays.copyOf(label, cap);
            terminal = Arrays.copyOf(terminal, cap);
        }
        int n = nodes++;
        label[n] = c;
        firstChild[n] = -1;
        nextSibling[n] = -1;
        return n;
    }

    int maxLength() {
        return maxLength;
    }

    /**
     * Lengths of the words that start at {@code text[from]} and end at or before {@code to},
     * shortest first, into {@code out}, plus {@link #COMMON} for a common word; returns how many.
     */
    int matches(CharSequence text, int from, int to, int[] out) {
        int found = 0;
        int node = -1;
        for (int i = from; i < to && found < out.length; i++) {
            char c = text.charAt(i);
            if (i - from < 2) {
                if (c < 0x0E00 || c >= 0x0E80) return found;
                node = i == from ? rootChild[c - 0x0E00] : level2[(text.charAt(from) - 0x0E00) << 7 | (c - 0x0E00)];
            } else {
                int child = firstChild[node];
                while (child >= 0 && label[child] != c) child = nextSibling[child];
                node = child;
            }
            if (node < 0) return found;
            if (terminal[node] != 0) out[found++] = (i - from + 1) | (terminal[node] >= COMMON_WORD ? COMMON : 0);
        }
        return found;
    }

    boolean contains(String word) {
        return kind(word, 0, word.length()) != 0;
    }

    /** 0 if text[from, to) is not a word, else its kind ({@link #WORD}, {@link #COMMON_WORD}, {@link #ITA_WORD}). */
    int kind(CharSequence text, int from, int to) {
        int node = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (node < 0) {
                if (c < 0x0E00 || c >= 0x0E80) return 0;
                node = rootChild[c - 0x0E00];
            } else {
                int child = firstChild[node];
                while (child >= 0 && label[child] != c) child = nextSibling[child];
                node = child;
            }
            if (node < 0) return 0;
        }
        return node < 0 ? 0 : terminal[node];
    }

    /**
     * Whether {@code text[p]} is a boundary compounds.txt prefers ("ช่องทาง|การ"): where two
     * segmentations have as many words, the one through it wins.
     */
    boolean preferredBoundary(String text, int p) {
        return preferredEntry(text, p) != null;
    }

    /** The "left|right" entry of compounds.txt whose boundary is at {@code text[p]}, or null. */
    String[] preferredEntry(String text, int p) {
        for (String[] b : preferred) {
            if (p >= b[0].length() && text.startsWith(b[1], p) && text.startsWith(b[0], p - b[0].length())) return b;
        }
        return null;
    }
}
