package org.itagen.render;

import org.itagen.ItagenException;
import org.itagen.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13 §5: a document the officer finished in Word is never written over without --force. */
class OutputManifestTest {
    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> write(boolean force, String... nameAndText) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) files.put(dir.resolve(nameAndText[i]), b(nameAndText[i + 1]));
        return OutputManifest.write(files, force, p -> { }, OutputFiles.Io.DEFAULT);
    }

    @Test
    void theRecordNamesEachFileWithTheSha256OfItsBytesAndTheVersion() throws IOException {
        write(false, "a.pdf", "one", "a.docx", "two");
        List<String> lines = Files.readAllLines(dir.resolve(OutputManifest.FILE_NAME));
        assertThat(lines).hasSize(2);
        // SHA-256("one"), computed independently (sha256sum)
        assertThat(lines.get(0)).startsWith("{\"file\":\"a.pdf\",\"sha256\":\"7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed\",\"itagen_version\":\"");
        assertThat(lines.get(1)).contains("\"file\":\"a.docx\"");
    }

    @Test
    void itagensOwnFilesAreReplacedAgainAndAgain() throws IOException {
        write(false, "a.pdf", "one");
        write(false, "a.pdf", "two");
        write(false, "a.pdf", "three");
        assertThat(Files.readString(dir.resolve("a.pdf"))).isEqualTo("three");
    }

    @Test
    void aFileChangedSinceItagenWroteItIsRefusedNamingItAndNothingIsWritten() throws IOException {
        write(false, "a.pdf", "one", "a.docx", "two");
        Files.writeString(dir.resolve("a.docx"), "finished in Word");
        Map<String, String> before = Folders.snapshot(dir);
        assertThatThrownBy(() -> write(false, "a.pdf", "new pdf", "a.docx", "new docx"))
                .isInstanceOfSatisfying(ItagenException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ItagenException.Kind.OUTPUT);
                    assertThat(e.where()).isEqualTo(dir.resolve("a.docx").toAbsolutePath().toString());
                    assertThat(e.getMessage()).contains("changed after itagen wrote it").contains("--force");
                });
        assertThat(Folders.snapshot(dir)).as("nothing written, the record unchanged").isEqualTo(before);
    }

    @Test
    void aFileItagenNeverWroteIsRefusedToo() throws IOException {
        Files.writeString(dir.resolve("a.pdf"), "the officer's own");
        assertThatThrownBy(() -> write(false, "a.pdf", "new"))
                .isInstanceOfSatisfying(ItagenException.class, e -> assertThat(e.getMessage()).contains("did not write"));
        assertThat(Files.readString(dir.resolve("a.pdf"))).isEqualTo("the officer's own");
        assertThat(dir.resolve(OutputManifest.FILE_NAME)).doesNotExist();
    }

    @Test
    void forceReplacesThemAndRecordsTheNewBytes() throws IOException {
        write(false, "a.pdf", "one");
        Files.writeString(dir.resolve("a.pdf"), "edited");
        write(true, "a.pdf", "two");
        assertThat(Files.readString(dir.resolve("a.pdf"))).isEqualTo("two");
        write(false, "a.pdf", "three"); // recorded: no --force needed next time
        assertThat(Files.readString(dir.resolve("a.pdf"))).isEqualTo("three");
    }

    @Test
    void theSameBytesAsAreThereAreNeverRefused() throws IOException {
        Files.writeString(dir.resolve("a.pdf"), "same"); // e.g. written by a version before the record existed
        write(false, "a.pdf", "same");
        write(false, "a.pdf", "next");
        assertThat(Files.readString(dir.resolve("a.pdf"))).isEqualTo("next");
    }

    @Test
    void aFailedWriteTakesTheRecordBack() throws IOException {
        write(false, "a.pdf", "one");
        Map<String, String> before = Folders.snapshot(dir);
        OutputFiles.Io full = new OutputFiles.Io() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                OutputFiles.Io.DEFAULT.move(from, to);
            }
        };
        assertThatThrownBy(() -> OutputManifest.write(Map.of(dir.resolve("a.pdf"), b("two")), false, p -> { }, full))
                .isInstanceOf(ItagenException.class);
        assertThat(Folders.snapshot(dir)).isEqualTo(before);
        write(false, "a.pdf", "three");
        assertThat(Files.readString(dir.resolve("a.pdf"))).isEqualTo("three");
    }

    @Test
    void aTornLastLineFromAKilledRunIsSkippedAndTheFileStillKnown() throws IOException {
        write(false, "a.pdf", "one");
        Files.writeString(dir.resolve(OutputManifest.FILE_NAME), "{\"file\":\"b.pdf\",\"sha", java.nio.file.StandardOpenOption.APPEND);
        write(false, "a.pdf", "two");
        write(false, "a.pdf", "three");
        assertThat(Files.readString(dir.resolve("a.pdf"))).isEqualTo("three");
        assertThat(Files.readAllLines(dir.resolve(OutputManifest.FILE_NAME))).anyMatch(l -> l.contains("\"b.pdf\",\"sha")).hasSize(4);
    }

    @Test
    void anotherProcessesLinesAreSeenAndARemovedRecordForgetsEverything() throws IOException {
        write(false, "a.pdf", "one");
        Files.writeString(dir.resolve("b.pdf"), "from another process");
        Files.writeString(dir.resolve(OutputManifest.FILE_NAME), "{\"file\":\"b.pdf\",\"sha256\":\""
                + OutputManifest.sha256(b("from another process")) + "\"}\n", java.nio.file.StandardOpenOption.APPEND);
        write(false, "b.pdf", "mine");
        Files.delete(dir.resolve(OutputManifest.FILE_NAME));
        assertThatThrownBy(() -> write(false, "b.pdf", "again")).isInstanceOf(ItagenException.class);
    }

    @Test
    void aLongRecordIsCompactedKeepingTheLastTwoHashesOfEachFile() throws IOException {
        for (int i = 0; i < 300; i++) write(false, "a.pdf", "v" + i);
        List<String> lines = Files.readAllLines(dir.resolve(OutputManifest.FILE_NAME));
        assertThat(lines.size()).isLessThan(300);
        assertThat(lines).anyMatch(l -> l.contains(OutputManifest.sha256(b("v299"))));
        write(false, "a.pdf", "last");
        assertThat(Files.readString(dir.resolve("a.pdf"))).isEqualTo("last");
    }
}
