package org.itagen.render;

import org.itagen.ItagenException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes output files so that a failure never leaves a half-written file behind. */
public final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Temp files are created owner-only (rw-------); published documents are meant to be read by
     * others (web servers, shared folders), so give them the usual rw-r--r-- where POSIX applies.
     */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes to a temporary file beside the target, then moves it into place. */
    public static void writeAtomically(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            Files.write(tmp, bytes);
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original error is the one to report
                }
            }
            throw ItagenException.output(target.toString(),
                    "cannot write the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); check that the folder exists, is writable and the file is not open in another program", e);
        }
    }
}
