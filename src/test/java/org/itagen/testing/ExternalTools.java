package org.itagen.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command-line tools render tests read output back with (pdftotext, qpdf, pdffonts,
 * soffice). A missing tool fails the test in CI (CI=true) and skips it elsewhere, so CI can
 * never pass by not checking.
 */
public final class ExternalTools {
    private ExternalTools() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Fails in CI, skips elsewhere, when {@code tool} is not on the PATH. */
    public static void require(String tool) {
        if (onPath(tool)) return;
        String msg = tool + " is not installed (apt-get install poppler-utils qpdf libreoffice-writer-nogui)";
        if (inCi()) throw new AssertionError(msg + "; CI must install it (.ci/run)");
        Assumptions.abort(msg);
    }

    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    /** The result of a finished command. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command (requiring its tool), waiting up to {@code timeoutSeconds}. */
    public static Result run(long timeoutSeconds, String... command) {
        require(command[0]);
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(command));
            Process p = pb.start();
            p.getOutputStream().close();
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            Thread t1 = pump(p.getInputStream(), out);
            Thread t2 = pump(p.getErrorStream(), err);
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " timed out after " + timeoutSeconds + " s");
            }
            t1.join();
            t2.join();
            return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(to);
            } catch (IOException ignored) {
                // the exit code tells
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** pdftotext of a PDF (UTF-8, layout off). */
    public static String pdfToText(Path pdf) {
        Result r = run(60, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        if (r.exitCode() != 0) throw new AssertionError("pdftotext failed: " + r.stderr());
        return r.stdout();
    }

    /** Converts a DOCX to PDF with LibreOffice headless into {@code outDir}; returns the PDF. */
    public static Path sofficeToPdf(Path docx, Path outDir) {
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=file://" + outDir.toAbsolutePath().resolve(".lo-profile"),
                "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString()));
        Result r = run(180, cmd.toArray(String[]::new));
        String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
        Path pdf = outDir.resolve(name);
        if (r.exitCode() != 0 || !Files.exists(pdf)) {
            throw new AssertionError("soffice could not convert " + docx + ": " + r.stdout() + r.stderr());
        }
        return pdf;
    }
}
