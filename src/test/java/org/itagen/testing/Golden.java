package org.itagen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: {@code src/test/resources/cases/NAME/...}. Run with {@code -Dgolden.update=true}
 * to rewrite them, then review the diff by eye before committing.
 */
public final class Golden {
    private Golden() {
    }

    public static Path projectDir() {
        String base = System.getProperty("project.basedir");
        return base != null ? Path.of(base) : Path.of("").toAbsolutePath();
    }

    /** The folder of golden case {@code name}. */
    public static Path caseDir(String name) {
        return projectDir().resolve("src/test/resources/cases").resolve(name);
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Compares {@code actual} with the expected file, or rewrites it when updating. */
    public static void assertMatches(Path expectedFile, String actual) {
        try {
            if (updating()) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(expectedFile)) {
                throw new AssertionError("golden file missing: " + expectedFile
                        + " (run the tests with -Dgolden.update=true, then review it)");
            }
            String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
            assertThat(actual).as("golden %s (rewrite with -Dgolden.update=true)", expectedFile).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
