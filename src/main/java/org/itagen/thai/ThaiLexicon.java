package org.itagen.thai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Thai words {@link WordBreaker} segments with: the word list derived from the NECTEC
 * hunspell dictionary ({@code thai-words.txt}, about 51,000 words and compounds) plus the ITA
 * vocabulary of {@code compounds.txt}. Held as an array trie (no object per node), built once
 * per process from the sorted list; immutable and thread-safe after construction.
 */
final class ThaiLexicon {
    private static final ThaiLexicon DEFAULT = load();

    /** Children of the root, by {@code c - 0x0E00}: the root has ~50 children, other nodes few. */
    private final int[] rootChild = new int[0x80];
    private int[] firstChild;
    private int[] nextSibling;
    private char[] label;
    /** 0: no word ends here; 1: a word; 2: a common word (ICU's dictionary has it too); 3: from compounds.txt. */
    private byte[] terminal;
    private int nodes;
    private final int maxLength;

    static ThaiLexicon get() {
        return DEFAULT;
    }

    /** A lexicon of exactly these words (tests). */
    static ThaiLexicon of(List<String> words) {
        return new ThaiLexicon(words.stream().sorted().distinct().toList());
    }

    private ThaiLexicon(List<String> sorted) {
        Arrays.fill(rootChild, -1);
        int capacity = 1024;
        for (String w : sorted) capacity += w.length();
        firstChild = new int[capacity];
        nextSibling = new int[capacity];
        label = new char[capacity];
        terminal = new byte[capacity];
        nodes = 1; // node 0 is the root
        firstChild[0] = -1;
        int max = 0;
        // Sorted input: a new word shares a prefix with the previous one and then only appends
        // nodes after the last child at each depth, so the path of the previous word suffices.
        int[] path = new int[64];
        String prev = "";
        for (String w : sorted) {
            byte kind = w.endsWith(" +") ? (byte) 3 : w.endsWith(" *") ? (byte) 2 : (byte) 1;
            if (kind > 1) w = w.substring(0, w.length() - 2);
            if (w.isEmpty() || !isThaiWord(w)) continue;
            if (w.equals(prev)) {
                int last = path[w.length() - 1];
                terminal[last] = (byte) Math.max(terminal[last], kind);
                continue;
            }
            if (w.length() >= path.length) path = Arrays.copyOf(path, w.length() * 2);
            int shared = 0;
            int limit = Math.min(prev.length(), w.length());
            while (shared < limit && prev.charAt(shared) == w.charAt(shared)) shared++;
            int parent = shared == 0 ? 0 : path[shared - 1];
            for (int d = shared; d < w.length(); d++) {
                int n = nodes++;
                label[n] = w.charAt(d);
                firstChild[n] = -1;
                nextSibling[n] = -1;
                if (parent == 0) {
                    rootChild[w.charAt(d) - 0x0E00] = n;
                } else if (firstChild[parent] < 0) {
                    firstChild[parent] = n;
                } else {
                    // Appended after the parent's last child, which is the previous word's node
                    // at this depth when the prefixes agree up to here.
                    int last = d == shared && d < prev.length() ? path[d] : lastChild(parent);
                    nextSibling[last] = n;
                }
                path[d] = n;
                parent = n;
            }
            terminal[path[w.length() - 1]] = kind;
            max = Math.max(max, w.length());
            prev = w;
        }
        this.maxLength = max;
    }

    private int lastChild(int parent) {
        int c = firstChild[parent];
        while (nextSibling[c] >= 0) c = nextSibling[c];
        return c;
    }

    private static boolean isThaiWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 0x0E01 || c > 0x0E4E) return false;
        }
        return true;
    }

    int maxLength() {
        return maxLength;
    }

    /** Flag {@link #matches} adds to the length of a common word. */
    static final int COMMON = 1 << 16;

    /**
     * Lengths of the words that start at {@code text[from]} and end at or before {@code to},
     * shortest first, into {@code out}, plus {@link #COMMON} for a common word; returns how many.
     */
    int matches(CharSequence text, int from, int to, int[] out) {
        int found = 0;
        int node = -1;
        for (int i = from; i < to && found < out.length; i++) {
            char c = text.charAt(i);
            if (node < 0) {
                if (c < 0x0E00 || c >= 0x0E80) return found;
                node = rootChild[c - 0x0E00];
            } else {
                int child = firstChild[node];
                while (child >= 0 && label[child] != c) child = nextSibling[child];
                node = child;
            }
            if (node < 0) return found;
            if (terminal[node] != 0) out[found++] = (i - from + 1) | (terminal[node] >= 2 ? COMMON : 0);
        }
        return found;
    }

    boolean contains(String word) {
        return kind(word, 0, word.length()) != 0;
    }

    /** 0 if text[from, to) is not a word, 1 a word, 2 a common word, 3 one of compounds.txt. */
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
        for (String[] b : preferred) {
            if (p >= b[0].length() && text.startsWith(b[1], p) && text.startsWith(b[0], p - b[0].length())) return true;
        }
        return false;
    }

    private List<String[]> preferred = List.of();

    private static ThaiLexicon load() {
        List<String> words = new ArrayList<>(56_000);
        read("thai-words.txt", words);
        List<String> compounds = new ArrayList<>();
        read("compounds.txt", compounds);
        List<String[]> preferred = new ArrayList<>();
        for (String c : compounds) {
            int bar = c.indexOf('|');
            if (bar < 0) {
                // The ITA vocabulary is common in these documents by definition.
                words.add(c + " +");
            } else {
                preferred.add(new String[]{c.substring(0, bar), c.substring(bar + 1)});
            }
        }
        // The compounds are appended unsorted; one sort of ~52,000 strings costs a few ms.
        words.sort(null);
        ThaiLexicon lexicon = new ThaiLexicon(words);
        lexicon.preferred = List.copyOf(preferred);
        return lexicon;
    }

    private static void read(String resource, List<String> into) {
        try (InputStream in = ThaiLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource org/itagen/thai/" + resource);
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = 0;
            while (start < all.length()) {
                int end = all.indexOf('\n', start);
                if (end < 0) end = all.length();
                String line = all.substring(start, end).strip();
                if (!line.isEmpty() && line.charAt(0) != '#') into.add(line);
                start = end + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
