import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives src/main/resources/org/itagen/thai/thai-words.txt.gz, the lexicon of thai.WordBreaker,
 * from two LGPL Thai word lists found in package registries. Not part of the build: run it by
 * hand when a source list changes, then review the diff.
 *
 * <pre>
 *   apt-get install hunspell-th             # Debian: /usr/share/hunspell/th_TH.dic
 *   (cd /tmp &amp;&amp; npm pack wordcut@0.9.1 &amp;&amp; tar xzf wordcut-0.9.1.tgz)   # /tmp/package/data
 *   java src/build/ThaiWords.java /usr/share/hunspell/th_TH.dic /tmp/package/data \
 *        src/main/resources/org/itagen/thai/thai-words.txt.gz
 * </pre>
 *
 * The words are those of th_TH.dic (LibreOffice's Thai spelling dictionary, NECTEC 2005,
 * about 51,000 words and compounds): entries made only of Thai letters, vowels and marks (no
 * hyphenated or quoted names), two to {@value #MAX_CHARS} characters long (longer entries are
 * proper names and proverbs, which a line must be free to break between their words), sorted by
 * Java string order (what the loader's trie builder expects), without duplicates. A word that
 * libthai's smaller, hand-curated dictionary also has (tdict-std, tdict-std-compound and
 * tdict-common, as the npm package wordcut ships them) is marked " *", common: where two
 * segmentations have as many words, the one with more common words wins (ทุก|รายการ, not
 * ทุกราย|การ; มา|ระบุ, not มาระ|บุ).
 */
public class ThaiWords {
    static final int MAX_CHARS = 24;
    static final String[] COMMON_LISTS = {"tdict-std.txt", "tdict-std-compound.txt", "tdict-common.txt"};

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java ThaiWords.java th_TH.dic WORDCUT_DATA_DIR thai-words.txt.gz");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        TreeSet<String> words = new TreeSet<>();
        // The first line of a hunspell .dic is the entry count; entries may carry "/FLAGS".
        for (String line : lines.subList(1, lines.size())) {
            String w = line.strip();
            int slash = w.indexOf('/');
            if (slash >= 0) w = w.substring(0, slash);
            if (w.length() < 2 || w.length() > MAX_CHARS) continue;
            if (w.chars().allMatch(c -> c >= 0x0E01 && c <= 0x0E4E)) words.add(w);
        }
        Set<String> common = new HashSet<>();
        for (String list : COMMON_LISTS) {
            for (String w : Files.readAllLines(Path.of(args[1], list), StandardCharsets.UTF_8)) common.add(w.strip());
        }
        List<String> out = new ArrayList<>();
        out.add("# Thai words and compounds for thai.WordBreaker, derived by src/build/ThaiWords.java from");
        out.add("# th_TH.dic of the LibreOffice dictionaries (Thai word list, copyright 2005 NECTEC, Thailand,");
        out.add("# LGPL; Debian package hunspell-th 1:7.5.0-1) and, for the \" *\" marks, libthai's dictionary as");
        out.add("# the npm package wordcut 0.9.1 ships it (LGPL-3.0). Licence: thai-words.LICENSE.txt.");
        out.add("# " + words.size() + " entries of 2-" + MAX_CHARS + " Thai characters, one per line, sorted; \" *\": common.");
        int marked = 0;
        for (String w : words) {
            boolean c = common.contains(w);
            if (c) marked++;
            out.add(c ? w + " *" : w);
        }
        // gzip (no file name or time in its header, so the bytes are reproducible): keeps the file under 1 MiB.
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(Path.of(args[2])))) {
            gz.write((String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        System.out.println(words.size() + " words, " + marked + " common -> " + args[2]);
    }
}
