package org.itagen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An independent judge of Thai word boundaries for line-break tests: the word list of
 * {@code wordcut} (npm, LGPL-3.0; not ICU's dictionary and not our compounds.txt), fetched with
 * {@code npm pack} into target/ the first time a test needs it, never committed.
 *
 * <p>A Thai run is segmented by maximal matching, as wordcut itself does: fewest characters
 * left outside known words, then fewest words. A position is a word boundary when at least one
 * best segmentation has a boundary there. Characters the list does not know make the judgment
 * lenient (an unknown stretch may be cut anywhere between clusters), so the oracle only
 * convicts a break that splits what the list reads as one word.
 */
public final class ThaiDictionary {
    /** Pinned: the word list must not change under the tests. */
    public static final String WORDCUT = "wordcut@0.9.1";

    private static volatile ThaiDictionary instance;

    private final Set<String> words;
    private final int maxLen;

    private ThaiDictionary(Set<String> words) {
        this.words = words;
        this.maxLen = words.stream().mapToInt(String::length).max().orElse(1);
    }

    /** The wordcut list, fetched once per build directory (needs npm: fails in CI, skips elsewhere). */
    public static ThaiDictionary wordcut() {
        ThaiDictionary d = instance;
        if (d != null) return d;
        synchronized (ThaiDictionary.class) {
            if (instance == null) instance = new ThaiDictionary(load());
            return instance;
        }
    }

    /** For tests of the oracle itself. */
    public static ThaiDictionary of(Set<String> words) {
        return new ThaiDictionary(Set.copyOf(words));
    }

    public int size() {
        return words.size();
    }

    public boolean contains(String w) {
        return words.contains(w);
    }

    private static Set<String> load() {
        Path dir = Path.of(System.getProperty("project.basedir", "."), "target", "wordcut");
        Path data = dir.resolve("package/data");
        if (!Files.isDirectory(data)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ExternalTools.require("npm");
            ExternalTools.require("tar");
            ExternalTools.Result r = runIn(dir, "npm", "pack", "--silent", WORDCUT);
            if (r.exitCode() != 0) throw new AssertionError("npm pack " + WORDCUT + " failed: " + r.stderr());
            String tgz = r.stdout().strip().lines().reduce((a, b) -> b).orElseThrow();
            ExternalTools.Result x = runIn(dir, "tar", "xzf", tgz);
            if (x.exitCode() != 0) throw new AssertionError("cannot unpack " + tgz + ": " + x.stderr());
        }
        Set<String> out = new HashSet<>();
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("tdict-.*\\.txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String w = line.strip();
                    // wordcut drops one-letter entries too.
                    if (w.length() > 1) out.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() < 20_000) throw new AssertionError("wordcut's list has only " + out.size() + " words");
        return Set.copyOf(out);
    }

    private static ExternalTools.Result runIn(Path dir, String... cmd) {
        // ExternalTools.run has no working directory; a shell keeps it simple.
        String joined = String.join(" ", cmd);
        return ExternalTools.run(300, "sh", "-c", "cd '" + dir + "' && " + joined);
    }

    /** Thai letters, vowels and marks (not digits or symbols). */
    public static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E4E';
    }

    /** Never starts a cluster: above/below vowels, tone marks, sara am, and the following sara aa-like marks. */
    static boolean joinsPrevious(char c) {
        return c == '\u0E31' || (c >= '\u0E33' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /**
     * Whether a line may end at {@code p} (between text[p-1] and text[p]) without cutting a word,
     * judged on the Thai run around it. Positions not between two Thai characters are not judged
     * (true): spaces, digits and Latin text have their own rules.
     */
    public boolean isWordBoundary(String text, int p) {
        if (p <= 0 || p >= text.length()) return true;
        if (!isThai(text.charAt(p - 1)) || !isThai(text.charAt(p))) return true;
        if (joinsPrevious(text.charAt(p))) return false;
        int a = p, b = p;
        while (a > 0 && isThai(text.charAt(a - 1))) a--;
        while (b < text.length() && isThai(text.charAt(b))) b++;
        return boundaries(text.substring(a, b))[p - a];
    }

    /**
     * Weaker than {@link #isWordBoundary}: also accepts a break that splits a compound of the list
     * into words the list knows (ข้าว|เหนียว of ข้าวเหนียว), as long as no more of the run is left
     * unknown than in its best reading. Rejects every cut that leaves a fragment (ผลอ|ย่าง).
     */
    public boolean isBetweenKnownWords(String text, int p) {
        if (isWordBoundary(text, p)) return true;
        if (joinsPrevious(text.charAt(p))) return false;
        int a = p, b = p;
        while (a > 0 && isThai(text.charAt(a - 1))) a--;
        while (b < text.length() && isThai(text.charAt(b))) b++;
        return boundaries(text.substring(a, b), true)[p - a];
    }

    /** For each offset 0..n of a Thai run: is it a boundary in some best segmentation. */
    boolean[] boundaries(String s) {
        return boundaries(s, false);
    }

    private boolean[] boundaries(String s, boolean unknownOnly) {
        int n = s.length();
        long[] f = new long[n + 1];
        long[] g = new long[n + 1];
        final long inf = Long.MAX_VALUE / 4;
        java.util.Arrays.fill(f, inf);
        java.util.Arrays.fill(g, inf);
        f[0] = 0;
        for (int i = 0; i < n; i++) {
            if (f[i] >= inf || !startsCluster(s, i)) continue;
            for (int j : steps(s, i)) f[j] = Math.min(f[j], f[i] + cost(s, i, j, unknownOnly));
        }
        g[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (!startsCluster(s, i)) continue;
            for (int j : steps(s, i)) if (g[j] < inf) g[i] = Math.min(g[i], g[j] + cost(s, i, j, unknownOnly));
        }
        boolean[] out = new boolean[n + 1];
        for (int i = 0; i <= n; i++) out[i] = f[i] < inf && g[i] < inf && f[i] + g[i] == f[n];
        return out;
    }

    private boolean startsCluster(String s, int i) {
        return i == 0 || !joinsPrevious(s.charAt(i));
    }

    /** Ends of the dictionary words starting at i, and of the one unknown cluster starting there. */
    private List<Integer> steps(String s, int i) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int j = i + 2; j <= Math.min(s.length(), i + maxLen); j++) {
            if (words.contains(s.substring(i, j))) out.add(j);
        }
        int k = i + 1;
        while (k < s.length() && joinsPrevious(s.charAt(k))) k++;
        out.add(-k - 1); // marked as unknown
        return out.stream().map(j -> j < 0 ? -j - 1 : j).distinct().toList();
    }

    /** Unknown characters weigh far more than words: fewest unknown first, then fewest words. */
    private long cost(String s, int i, int j, boolean unknownOnly) {
        if (words.contains(s.substring(i, j))) return unknownOnly ? 0 : 1;
        return 1_000L * (j - i) + (unknownOnly ? 0 : 1);
    }
}
