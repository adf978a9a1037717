package org.itagen.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.Version;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Never overwrite the officer's edits (issue 13 §5). Each output folder keeps a record of what
 * itagen wrote there, {@value #FILE_NAME}: one JSON object a line, {@code {"file", "sha256",
 * "itagen_version"}}. A document is replaced only when the file now in its place holds bytes
 * itagen wrote under that name (or the very bytes about to be written); a file the officer
 * finished in Word, or one itagen never wrote, is refused with one line naming it (exit 3)
 * unless {@code --force}.
 *
 * <p>Why lines appended rather than one JSON document rewritten: a national batch writes 33,000
 * files into one folder, and rewriting a 4 MB record per agency would cost more than the documents.
 * The lines for a write are appended <em>before</em> the files move into place and cut off again
 * when the write fails, so the record always holds the hash of whatever itagen file is there,
 * even after kill -9 between the two steps (a hash of bytes that never arrived is harmless). A
 * torn last line is skipped. When the record grows past three lines per file it is rewritten,
 * keeping the last two hashes of each name.
 *
 * <p>One process writes a folder under one lock (batch workers share it); the record is re-read
 * from where this process left it when another process appended to it.
 */
public final class OutputManifest {
    /** The record's name in each output folder. */
    public static final String FILE_NAME = ".itagen-manifest.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, Folder> FOLDERS = new ConcurrentHashMap<>();

    private OutputManifest() {
    }

    /**
     * Writes every file all or none ({@link OutputFiles#writeAll}) after checking that none
     * replaces a file itagen did not write as it is now, and records the new files.
     *
     * @param force replace such files too (the officer said so)
     * @throws ItagenException (output) naming the first file that would be lost; nothing is written then
     */
    public static List<Path> write(Map<Path, byte[]> files, boolean force, Consumer<Path> written, OutputFiles.Io io) {
        Map<Path, Map<Path, byte[]>> byFolder = new TreeMap<>();
        for (var e : files.entrySet()) {
            Path t = e.getKey().toAbsolutePath().normalize();
            byFolder.computeIfAbsent(t.getParent(), d -> new LinkedHashMap<>()).put(t, e.getValue());
        }
        List<Folder> locked = new ArrayList<>();
        try {
            for (Path dir : byFolder.keySet()) { // sorted: two writers never wait on each other in a circle
                Folder f = FOLDERS.computeIfAbsent(dir, Folder::new);
                f.lock.lock();
                locked.add(f);
                f.refresh();
                if (!force) for (var e : byFolder.get(dir).entrySet()) f.requireReplaceable(e.getKey(), e.getValue());
            }
            List<long[]> marks = new ArrayList<>();
            try {
                for (Folder f : locked) marks.add(new long[]{f.append(byFolder.get(f.dir))});
                return OutputFiles.writeAll(files, written, io);
            } catch (RuntimeException e) {
                for (int i = 0; i < marks.size(); i++) locked.get(i).cutBack(marks.get(i)[0]);
                throw e;
            }
        } finally {
            for (Folder f : locked) f.lock.unlock();
        }
    }

    /** SHA-256 of bytes, lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    /** One output folder's record as this process knows it. */
    private static final class Folder {
        final Path dir;
        final Path file;
        final ReentrantLock lock = new ReentrantLock();
        /** Bytes of the record read so far (up to the last whole line); -1: read it again from the start. */
        long read = -1;
        /** File name to the hashes itagen wrote under it, oldest first. */
        final Map<String, LinkedHashSet<String>> hashes = new HashMap<>();
        int lines;

        Folder(Path dir) {
            this.dir = dir;
            this.file = dir.resolve(FILE_NAME);
        }

        /** Reads what was appended since (by another process too); from the start when the record shrank or went. */
        void refresh() {
            long size;
            try {
                size = Files.isRegularFile(file) ? Files.size(file) : 0;
            } catch (IOException e) {
                size = 0;
            }
            if (size < read || read < 0) {
                hashes.clear();
                lines = 0;
                read = 0;
            }
            if (size == read) return;
            byte[] tail;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ch.position(read);
                ByteBuffer b = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, size - read));
                while (b.hasRemaining() && ch.read(b) > 0) {
                    // read on
                }
                tail = Arrays.copyOf(b.array(), b.position());
            } catch (IOException e) {
                return; // unreadable record: every existing file counts as unknown, the safe side
            }
            int end = lastNewline(tail) + 1; // a torn last line (kill -9 mid-append) waits for its end
            for (String line : new String(tail, 0, end, StandardCharsets.UTF_8).split("\n")) take(line);
            read += end;
        }

        private static int lastNewline(byte[] b) {
            for (int i = b.length - 1; i >= 0; i--) if (b[i] == '\n') return i;
            return -1;
        }

        private void take(String line) {
            if (line.isBlank()) return;
            try {
                JsonNode n = JSON.readTree(line);
                String name = n.path("file").asText(null);
                String hash = n.path("sha256").asText(null);
                if (name == null || hash == null) return;
                LinkedHashSet<String> known = hashes.computeIfAbsent(name, k -> new LinkedHashSet<>());
                known.remove(hash);
                known.add(hash);
                lines++;
            } catch (IOException e) {
                // a damaged line records nothing: its file counts as unknown
            }
        }

        /** Throws when {@code target} exists and replacing it could lose text that itagen did not write. */
        void requireReplaceable(Path target, byte[] next) {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return; // nothing to lose (a folder in the way is OutputFiles' own error)
            }
            String name = target.getFileName().toString();
            byte[] now;
            try {
                now = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
            } catch (IOException e) {
                // Held open by another program (Windows) or not readable: say so, as a failed write
                // would, rather than guess whether it was edited.
                throw ItagenException.output(target.toString(), Msg.of("error.OUTPUT_WRITE_FAILED",
                        e.getClass().getSimpleName()), e);
            }
            if (now != null && Arrays.equals(now, next)) return; // the same bytes: nothing changes
            LinkedHashSet<String> known = hashes.get(name);
            if (now != null && known != null && known.contains(sha256(now))) return;
            throw ItagenException.output(target.toString(),
                    Msg.of(known == null ? "error.OUTPUT_NOT_ITAGENS" : "error.OUTPUT_EDITED", FILE_NAME), null);
        }

        /** Appends the new files' lines; returns the record's size before, to cut back to on failure. */
        long append(Map<Path, byte[]> files) {
            StringBuilder sb = new StringBuilder();
            for (var e : files.entrySet()) {
                ObjectNode o = JSON.createObjectNode();
                o.put("file", e.getKey().getFileName().toString());
                o.put("sha256", sha256(e.getValue()));
                o.put("itagen_version", Version.itagen());
                sb.append(o).append('\n');
            }
            try {
                if (!Files.isDirectory(dir)) Files.createDirectories(dir);
                compactIfLarge(files.size());
                long start = Files.exists(file) ? Files.size(file) : -1;
                boolean whole = start <= 0 || start == read; // nothing after the last line this process read
                if (start > 0 && !whole) sb.insert(0, '\n'); // after a torn line, start a fresh one
                byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    ByteBuffer b = ByteBuffer.wrap(bytes);
                    while (b.hasRemaining()) ch.write(b);
                }
                if (whole) { // known without reading it back: the common case, one read of the record per process
                    for (String line : sb.toString().split("\n")) take(line);
                    read = Math.max(start, 0) + bytes.length;
                } else {
                    refresh();
                }
                return start;
            } catch (IOException e) {
                throw ItagenException.output(file.toString(), Msg.of("error.OUTPUT_WRITE_FAILED",
                        e.getClass().getSimpleName() + ": " + e.getMessage()), e);
            }
        }

        /** Takes the record back to {@code size} bytes (-1: it did not exist) after a failed write. */
        void cutBack(long size) {
            try {
                if (size < 0) {
                    Files.deleteIfExists(file);
                } else {
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        ch.truncate(size);
                    }
                }
            } catch (IOException ignored) {
                // extra lines only name bytes that are not there: harmless
            }
            read = -1;
        }

        /** Rewrites the record with the last two hashes of each name once it holds over three lines a name. */
        private void compactIfLarge(int adding) throws IOException {
            if (lines + adding <= 3 * (hashes.size() + adding) + 256) return;
            StringBuilder sb = new StringBuilder();
            for (var e : new TreeMap<>(hashes).entrySet()) {
                List<String> h = new ArrayList<>(e.getValue());
                for (String hash : h.subList(Math.max(0, h.size() - 2), h.size())) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("file", e.getKey());
                    o.put("sha256", hash);
                    o.put("itagen_version", Version.itagen());
                    sb.append(o).append('\n');
                }
            }
            OutputFiles.writeAtomically(file, sb.toString().getBytes(StandardCharsets.UTF_8));
            read = -1;
            refresh();
        }
    }
}
