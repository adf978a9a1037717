package org.itagen.render;

import org.itagen.ItagenException;
import org.itagen.Msg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes output files all or none, so that a failure (a full disk, a file held open by Word, a
 * folder in the way) never leaves a half-written file, nor a new PDF next to an old DOCX.
 *
 * <p>{@link #writeAll}: every file goes to a temporary file in its folder first; only when all
 * are complete are existing files set aside, the new ones moved into place and the old ones
 * deleted. On a failure the files moved in are removed and the old ones put back, so the folder
 * is as it was. Temporary names are {@code .itagen-<pid>-<n>.<file>.tmp} (and {@code .old} for a
 * file set aside): a run killed with kill -9 leaves them, and the next run in that folder
 * ({@link #cleanStale}) deletes them, or puts back a set-aside file whose new version never came.
 */
public final class OutputFiles {
    /** Every temporary file this class makes starts with this. */
    public static final String TEMP_PREFIX = ".itagen-";
    private static final Pattern TEMP = Pattern.compile("\\.itagen-(\\d+)-(\\d+)\\.(.+)\\.(tmp|old)");
    /** A temp file of a live process that is older than this is left over from a reused process id. */
    private static final Duration STALE_WHEN_ALIVE = Duration.ofHours(24);
    private static final long PID = ProcessHandle.current().pid();

    /** How bytes reach the disk; tests put a failing one in to play a full disk or a locked file. */
    public interface Io {
        /** Writes a new, empty file completely. */
        void write(Path file, byte[] bytes) throws IOException;

        /** Moves a file, replacing the target; atomic where the file system can. */
        void move(Path from, Path to) throws IOException;

        Io DEFAULT = new Io() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer b = ByteBuffer.wrap(bytes);
                    while (b.hasRemaining()) ch.write(b);
                }
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                try {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        };
    }

    private OutputFiles() {
    }

    /** One file, written atomically (see {@link #writeAll}). */
    public static void writeAtomically(Path target, byte[] bytes) {
        writeAll(Map.of(target, bytes), p -> { }, Io.DEFAULT);
    }

    /** {@link #writeAll(Map, Consumer, Io)} with the real file system. */
    public static List<Path> writeAll(Map<Path, byte[]> files, Consumer<Path> written) {
        return writeAll(files, written, Io.DEFAULT);
    }

    /**
     * Writes every file, or none: on any failure the folders hold what they held before.
     *
     * @param files   target path to content, in the order to write
     * @param written told of each file once all are in place
     * @return the files written, in order
     * @throws ItagenException (output) naming the file that could not be written
     */
    public static List<Path> writeAll(Map<Path, byte[]> files, Consumer<Path> written, Io io) {
        List<Path> targets = new ArrayList<>();
        for (Path p : files.keySet()) {
            Path t = p.toAbsolutePath().normalize();
            if (targets.contains(t)) throw new IllegalArgumentException("one file given twice: " + t); // a caller's bug
            targets.add(t);
        }
        List<Path> createdDirs = new ArrayList<>();
        Map<Path, Path> temps = new LinkedHashMap<>();   // target -> its new content
        Map<Path, Path> setAside = new LinkedHashMap<>(); // target -> its old content
        List<Path> movedIn = new ArrayList<>();
        Path current = null;
        try {
            for (Path t : targets) {
                current = t;
                if (Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
                    throw ItagenException.output(t.toString(), Msg.of("error.OUTPUT_FOLDER_IN_THE_WAY"), null);
                }
                createDirectories(t.getParent(), createdDirs);
            }
            int i = 0;
            for (var e : files.values()) {
                Path t = targets.get(i++);
                current = t;
                Path tmp = Files.createTempFile(t.getParent(), TEMP_PREFIX + PID + "-", "." + t.getFileName() + ".tmp");
                temps.put(t, tmp);
                io.write(tmp, e);
                readableByAll(tmp);
            }
            for (Path t : targets) {
                current = t;
                if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
                    Path old = aside(t);
                    io.move(t, old);
                    setAside.put(t, old);
                }
            }
            for (Path t : targets) {
                current = t;
                io.move(temps.get(t), t);
                movedIn.add(t);
            }
        } catch (IOException | RuntimeException e) {
            undo(temps, setAside, movedIn, createdDirs, io);
            if (e instanceof ItagenException ie) throw ie;
            throw ItagenException.output(current == null ? "" : current.toString(),
                    Msg.of("error.OUTPUT_WRITE_FAILED", describe(e)), e);
        }
        for (Path old : setAside.values()) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException ignored) {
                // the new files are in place; the next run's cleanStale removes the leftover
            }
        }
        for (Path t : targets) written.accept(t);
        return List.copyOf(targets);
    }

    /** Puts the folders back as they were: new files out, old files back, temporaries and new folders gone. */
    private static void undo(Map<Path, Path> temps, Map<Path, Path> setAside, List<Path> movedIn, List<Path> createdDirs, Io io) {
        for (Path t : movedIn) quietly(() -> Files.deleteIfExists(t));
        for (var e : setAside.entrySet()) quietly(() -> io.move(e.getValue(), e.getKey()));
        for (Path tmp : temps.values()) quietly(() -> Files.deleteIfExists(tmp));
        for (int i = createdDirs.size() - 1; i >= 0; i--) {
            Path d = createdDirs.get(i);
            quietly(() -> Files.deleteIfExists(d)); // only empty folders can go
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void quietly(IoAction a) {
        try {
            a.run();
        } catch (IOException | RuntimeException ignored) {
            // undoing after a failure: the first error is the one to report
        }
    }

    private static void createDirectories(Path dir, List<Path> created) throws IOException {
        if (dir == null || Files.isDirectory(dir)) return;
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw ItagenException.output(dir.toString(), Msg.of("error.OUTPUT_NOT_FOLDER"), null);
        }
        createDirectories(dir.getParent(), created);
        try {
            Files.createDirectory(dir);
            created.add(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) throw ItagenException.output(dir.toString(), Msg.of("error.OUTPUT_NOT_FOLDER"), null);
        }
    }

    /** A free name beside {@code target} to hold its old content until the new one is in place. */
    private static Path aside(Path target) {
        for (int attempt = 0; ; attempt++) {
            long n = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
            Path p = target.resolveSibling(TEMP_PREFIX + PID + "-" + n + "." + target.getFileName() + ".old");
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) || attempt > 100) return p;
        }
    }

    /**
     * Temp files are created owner-only (rw-------); published documents are meant to be read by
     * others (web servers, shared folders), so give them the usual rw-r--r-- where POSIX applies.
     */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** "IOException: No space left on device", short and on one line. */
    private static String describe(Exception e) {
        String msg = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ').strip();
        if (e instanceof NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
            msg = ": " + e.getClass().getSimpleName(); // their message is only the path, already named
        }
        String s = e.getClass().getSimpleName() + msg;
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /**
     * Removes what runs that died (kill -9, power cut) left in {@code dir}: temporary files of
     * processes no longer running (or older than a day, when the process id was reused), and puts
     * back a file that was set aside when its new version never arrived. Files of a live run,
     * this one included, are left alone, so two runs into one folder do not disturb each other.
     *
     * @return how many leftovers were removed or put back
     */
    public static int cleanStale(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return 0;
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, TEMP_PREFIX + "*")) {
            for (Path p : ds) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || !stale(p, m.group(1))) continue;
                try {
                    Path target = p.resolveSibling(m.group(3));
                    if (m.group(4).equals("old") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        Files.move(p, target); // its replacement never came: the old file is the only copy
                    } else {
                        Files.deleteIfExists(p);
                    }
                    n++;
                } catch (IOException ignored) {
                    // another run got there first, or the folder is read-only: nothing to undo
                }
            }
        } catch (IOException ignored) {
            // an unreadable folder fails later, when the files are written, with a proper message
        }
        return n;
    }

    private static boolean stale(Path p, String pidText) {
        long pid;
        try {
            pid = Long.parseLong(pidText);
        } catch (NumberFormatException e) {
            return true;
        }
        if (pid == PID) return false;
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                return t.toInstant().isBefore(Instant.now().minus(STALE_WHEN_ALIVE));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
