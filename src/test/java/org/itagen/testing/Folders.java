package org.itagen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a folder holds, to assert that a refused or failed run left it exactly as it was. */
public final class Folders {
    private Folders() {
    }

    /**
     * Every file and folder under {@code dir} (hidden ones too) by relative path, with the SHA-256
     * of each file's bytes ("dir" for folders); empty when {@code dir} does not exist.
     */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> !p.equals(dir)).toList()) {
                String rel = dir.relativize(p).toString();
                out.put(rel, Files.isDirectory(p) ? "dir" : sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Names in {@code dir} (not recursive) that are itagen's temporary files (its record of written files is not one). */
    public static List<String> temporaries(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".itagen-"))
                    .filter(n -> !n.equals(org.itagen.render.OutputManifest.FILE_NAME)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
