package org.itagen.render;

import org.itagen.ItagenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.itagen.testing.Folders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesWholeFileReadableByOthersAndLeavesNoTemp() throws Exception {
        Path target = dir.resolve("sub/O25_x_2569.pdf");
        OutputFiles.writeAtomically(target, new byte[]{1, 2, 3});
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        }
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("O25_x_2569.pdf");
        }
    }

    @Test
    void unwritableTargetIsAnOutputErrorAndLeavesNothing() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        Path target = blocker.resolve("out.pdf"); // parent is a file, not a folder
        assertThatThrownBy(() -> OutputFiles.writeAtomically(target, new byte[]{1}))
                .isInstanceOf(ItagenException.class)
                .satisfies(e -> assertThat(((ItagenException) e).kind()).isEqualTo(ItagenException.Kind.OUTPUT));
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    // --- all or none under faults (issue 14) ---

    private Map<Path, byte[]> three() {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve("O25_x_2569.pdf"), "new pdf".getBytes());
        files.put(dir.resolve("O25_x_2569.docx"), "new docx".getBytes());
        files.put(dir.resolve("O25_x_2569.txt"), "new txt".getBytes());
        return files;
    }

    private void earlier() throws IOException {
        Files.writeString(dir.resolve("O25_x_2569.pdf"), "old pdf");
        Files.writeString(dir.resolve("O25_x_2569.docx"), "old docx");
    }

    /** Writes the first {@code ok} files, then fails as a full disk does. */
    private static OutputFiles.Io diskFullAfter(int ok) {
        AtomicInteger n = new AtomicInteger();
        return new OutputFiles.Io() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                if (n.incrementAndGet() > ok) {
                    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // half written, as a full disk leaves it
                    throw new IOException("No space left on device");
                }
                OutputFiles.Io.DEFAULT.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                OutputFiles.Io.DEFAULT.move(from, to);
            }
        };
    }

    @Test
    void aFullDiskOnTheSecondFileKeepsNothingAndTheEarlierFilesAsTheyWere() throws Exception {
        earlier();
        Map<String, String> before = Folders.snapshot(dir);
        assertThatThrownBy(() -> OutputFiles.writeAll(three(), p -> { }, diskFullAfter(1)))
                .isInstanceOf(ItagenException.class)
                .satisfies(e -> {
                    ItagenException ie = (ItagenException) e;
                    assertThat(ie.kind()).isEqualTo(ItagenException.Kind.OUTPUT);
                    assertThat(ie.oneLine()).startsWith(dir.resolve("O25_x_2569.docx").toAbsolutePath() + ": ")
                            .contains("No space left on device").doesNotContain("\n");
                });
        assertThat(Folders.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeReplacedRollsBackTheOnesAlreadyInPlace() throws Exception {
        // Word holds the DOCX open: on Windows it can be neither moved aside nor replaced.
        earlier();
        Map<String, String> before = Folders.snapshot(dir);
        Path locked = dir.resolve("O25_x_2569.docx").toAbsolutePath();
        OutputFiles.Io io = new OutputFiles.Io() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                OutputFiles.Io.DEFAULT.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (to.equals(locked) || from.equals(locked)) {
                    throw new java.nio.file.AccessDeniedException(locked.toString(), null, "used by another process");
                }
                OutputFiles.Io.DEFAULT.move(from, to);
            }
        };
        List<String> told = new ArrayList<>();
        assertThatThrownBy(() -> OutputFiles.writeAll(three(), p -> told.add(p.toString()), io))
                .isInstanceOf(ItagenException.class)
                .hasMessageContaining("close the file if another program");
        assertThat(Folders.snapshot(dir)).isEqualTo(before);
        assertThat(told).isEmpty();
    }

    @Test
    void aFailureWhileMovingIntoPlaceRestoresTheEarlierFiles() throws Exception {
        earlier();
        Map<String, String> before = Folders.snapshot(dir);
        AtomicInteger moves = new AtomicInteger();
        OutputFiles.Io io = new OutputFiles.Io() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                OutputFiles.Io.DEFAULT.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                // two set aside, the new PDF in place, then the DOCX fails
                if (moves.incrementAndGet() == 4) throw new IOException("Input/output error");
                OutputFiles.Io.DEFAULT.move(from, to);
            }
        };
        assertThatThrownBy(() -> OutputFiles.writeAll(three(), p -> { }, io)).isInstanceOf(ItagenException.class);
        assertThat(Folders.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aFolderInTheWayIsRefusedBeforeAnythingIsWritten() throws Exception {
        Files.createDirectories(dir.resolve("O25_x_2569.txt").resolve("x"));
        Map<String, String> before = Folders.snapshot(dir);
        assertThatThrownBy(() -> OutputFiles.writeAll(three(), p -> { }))
                .isInstanceOf(ItagenException.class)
                .satisfies(e -> assertThat(((ItagenException) e).oneLine())
                        .startsWith(dir.resolve("O25_x_2569.txt").toAbsolutePath() + ": a folder has the name"));
        assertThat(Folders.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aFolderCreatedForTheRunIsRemovedWhenTheRunFails() {
        Path sub = dir.resolve("new/deeper");
        Map<Path, byte[]> files = Map.of(sub.resolve("a.pdf"), new byte[]{1});
        assertThatThrownBy(() -> OutputFiles.writeAll(files, p -> { }, diskFullAfter(0))).isInstanceOf(ItagenException.class);
        assertThat(dir.resolve("new")).doesNotExist();
    }

    @Test
    void allWrittenReplacesEarlierFilesAndLeavesNoTemporary() throws Exception {
        earlier();
        List<Path> told = new ArrayList<>();
        OutputFiles.writeAll(three(), told::add);
        assertThat(Files.readString(dir.resolve("O25_x_2569.pdf"))).isEqualTo("new pdf");
        assertThat(Files.readString(dir.resolve("O25_x_2569.docx"))).isEqualTo("new docx");
        assertThat(Files.readString(dir.resolve("O25_x_2569.txt"))).isEqualTo("new txt");
        assertThat(told).hasSize(3);
        assertThat(Folders.temporaries(dir)).isEmpty();
    }

    @Test
    void staleTemporariesOfDeadProcessesGoAndLiveOnesStay() throws Exception {
        long dead = org.itagen.cli.HardeningCliAccess.deadPid();
        long self = ProcessHandle.current().pid();
        Files.writeString(dir.resolve(".itagen-" + dead + "-1.a.pdf.tmp"), "half");
        Files.writeString(dir.resolve(".itagen-" + dead + "-2.b.pdf.old"), "old b"); // b.pdf is missing: put back
        Files.writeString(dir.resolve("c.pdf"), "new c");
        Files.writeString(dir.resolve(".itagen-" + dead + "-3.c.pdf.old"), "old c"); // c.pdf is there: delete
        Files.writeString(dir.resolve(".itagen-" + self + "-4.d.pdf.tmp"), "a run of this process");
        Files.writeString(dir.resolve(".itagen-readme.txt"), "not ours");
        assertThat(OutputFiles.cleanStale(dir)).isEqualTo(3);
        assertThat(Folders.temporaries(dir)).containsExactly(".itagen-" + self + "-4.d.pdf.tmp", ".itagen-readme.txt");
        assertThat(Files.readString(dir.resolve("b.pdf"))).isEqualTo("old b");
        assertThat(Files.readString(dir.resolve("c.pdf"))).isEqualTo("new c");
    }

    @Test
    void aReadOnlyFolderIsAnOutputErrorAndStaysAsItWas() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        earlier();
        Map<String, String> before = Folders.snapshot(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permissions: then there is nothing to test here
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(dir), "running as root");
            assertThatThrownBy(() -> OutputFiles.writeAll(three(), p -> { }))
                    .isInstanceOf(ItagenException.class)
                    .satisfies(e -> assertThat(((ItagenException) e).kind()).isEqualTo(ItagenException.Kind.OUTPUT));
            assertThat(Folders.snapshot(dir)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
