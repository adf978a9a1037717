package org.itagen.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program as a user would start it: its own environment, its own folder, no input. */
public final class Processes {
    private Processes() {
    }

    /** What a finished program printed and returned. */
    public record Run(int code, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    /**
     * Runs {@code cmd} in {@code dir} with exactly {@code env} as its environment (as
     * {@code env -i}), stdin empty, output captured in files under {@code scratch}.
     */
    public static Run run(List<String> cmd, Path dir, Map<String, String> env, Path scratch, long timeoutSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " timed out after " + timeoutSeconds + " s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
