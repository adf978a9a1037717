package org.itagen.render;

import org.itagen.ItagenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

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
}
