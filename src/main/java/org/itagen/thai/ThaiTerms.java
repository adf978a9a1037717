package org.itagen.thai;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Thai words that are data rather than messages: the same whatever language the user reads
 * (documents are Thai; Thai headings and labels are read from inputs). They live in
 * {@code org/itagen/thai/terms.properties}, so that no Thai text sits in code; messages a user
 * reads in their language are in {@code org/itagen/messages*.properties} instead.
 */
public final class ThaiTerms {
    private static final String RESOURCE = "/org/itagen/thai/terms.properties";
    private static final Properties TERMS = load();

    private ThaiTerms() {
    }

    /** The term of {@code key}; a missing one is a build problem, not a user's. */
    public static String get(String key) {
        String v = TERMS.getProperty(key);
        if (v == null) throw new IllegalStateException("missing Thai term " + key + " in " + RESOURCE + " (build problem)");
        return v;
    }

    /** A list term, its values separated by {@code |}; a value's own bar is written {@code \\|} in the file. */
    public static List<String> list(String key) {
        return java.util.Arrays.stream(get(key).split("(?<!\\\\)\\|")).map(v -> v.replace("\\|", "|")).toList();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ThaiTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE + " (build problem)");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
