package org.itagen;

import org.itagen.testing.Golden;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Thai text in the code's string and character literals: what a user reads is in the message
 * bundles (Thai and English, {@code messages*.properties}, {@code help*.properties}) and Thai
 * data the documents and readers need is in {@code org/itagen/thai/terms.properties}. Comments
 * may be Thai. A Thai letter written as a Java unicode escape in a string counts as Thai; a char
 * literal written so is a code point (a range bound such as the Thai digits'), not text.
 */
class NoThaiInCodeTest {
    /** Files that may still hold Thai literals, with the reason; keep it short and shrinking. */
    private static final Map<String, String> ALLOWED = Map.of();

    @Test
    void noStringOrCharLiteralInMainCodeHoldsThai() throws IOException {
        Path root = Golden.projectDir().resolve("src/main/java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (ALLOWED.containsKey(rel)) continue;
                for (Literal l : literals(Files.readString(f, StandardCharsets.UTF_8))) {
                    if (thai(l)) found.add(rel + ":" + l.line() + ": " + l.text());
                }
            }
        }
        assertThat(found).as("Thai in string literals; move user messages to messages*.properties, Thai data to thai/terms.properties")
                .isEmpty();
    }

    @Test
    void theScannerFindsThaiLiteralsAndIgnoresComments() {
        String src = """
                // ไทย in a comment
                /* ไทย */ class A {
                    String a = "plain";
                    String b = "มี";
                    char c = 'ก';
                    String d = "\\u0E01";
                    String e = "\\\\u0E01 is a regex escape";
                    char g = '\\u0E50';
                    String f = \"""
                        ข้อความ
                        \""";
                }
                """;
        List<Literal> thai = literals(src).stream().filter(NoThaiInCodeTest::thai).toList();
        assertThat(thai).extracting(Literal::line).containsExactly(4, 5, 6, 9);
    }

    /** A literal; {@code character} for a char literal. */
    record Literal(int line, String text, boolean character) {
    }

    static boolean thai(Literal l) {
        return l.character() ? l.text().chars().anyMatch(ch -> ch >= 0x0E00 && ch <= 0x0E7F) : hasThai(l.text());
    }

    static boolean hasThai(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char ch = literal.charAt(i);
            if (ch >= '\u0E00' && ch <= '\u0E7F') return true;
            if (ch == '\\' && i + 1 < literal.length()) {
                char next = literal.charAt(i + 1);
                // A doubled backslash escapes itself; backslash-u-0E.. is a Thai character written as an escape.
                if (next == 'u') {
                    int j = i + 1;
                    while (j < literal.length() && literal.charAt(j) == 'u') j++;
                    if (literal.regionMatches(true, j, "0E", 0, 2)) return true;
                }
                i++;
            }
        }
        return false;
    }

    /** The string, text block and char literals of a Java source, comments skipped, with their first line. */
    static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') i++;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !src.startsWith("\"\"\"", end)) end += src.charAt(end) == '\\' ? 2 : 1;
                end = Math.min(n, end + 3);
                out.add(new Literal(line, src.substring(i + 3, Math.max(i + 3, end - 3)), false));
                line += count(src, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && src.charAt(end) != c && src.charAt(end) != '\n') end += src.charAt(end) == '\\' ? 2 : 1;
                out.add(new Literal(line, src.substring(i + 1, Math.min(end, n)), c == '\''));
                i = Math.min(n, end + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) if (s.charAt(i) == '\n') k++;
        return k;
    }
}
