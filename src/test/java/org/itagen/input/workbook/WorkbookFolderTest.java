package org.itagen.input.workbook;

import org.itagen.ItagenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code --workbooks DIR}: which files of a folder are workbooks, in which order (no workbook is opened). */
class WorkbookFolderTest {
    @TempDir
    Path dir;

    @Test
    void theWorkbooksOfAFolderSortedByNameWithoutLockHiddenOrOtherFiles() throws IOException {
        for (String n : List.of("b.xlsx", "a.XLSM", "c.xlsx", "~$b.xlsx", ".hidden.xlsx", "notes.csv", "old.xls")) {
            Files.writeString(dir.resolve(n), "x");
        }
        Files.createDirectories(dir.resolve("folder.xlsx")); // a folder named like a workbook
        Files.createDirectories(dir.resolve("sub")).resolve("d.xlsx");
        Files.writeString(dir.resolve("sub").resolve("d.xlsx"), "x"); // subfolders are not read
        List<Path> found = WorkbookFolder.list(dir);
        assertThat(found).extracting(p -> p.getFileName().toString()).containsExactly("a.XLSM", "b.xlsx", "c.xlsx");
        assertThat(found.get(0)).isEqualTo(dir.resolve("a.XLSM"));
    }

    @Test
    void aFolderWithoutWorkbooksOrAFileInsteadOfAFolderIsRefused() throws IOException {
        Files.writeString(dir.resolve("~$ITA.xlsx"), "x");
        Files.writeString(dir.resolve("scores.csv"), "x");
        ItagenException none = catchThrowableOfType(ItagenException.class, () -> WorkbookFolder.list(dir));
        assertThat(none).isNotNull();
        assertThat(none.where()).isEqualTo(dir.toString());
        assertThat(none.code()).isEqualTo("error.WORKBOOKS_NONE");

        Path file = dir.resolve("scores.csv");
        ItagenException notFolder = catchThrowableOfType(ItagenException.class, () -> WorkbookFolder.list(file));
        assertThat(notFolder).isNotNull();
        assertThat(notFolder.where()).isEqualTo(file.toString());
        assertThat(notFolder.code()).isEqualTo("error.WORKBOOKS_NOT_FOLDER");
        ItagenException missing = catchThrowableOfType(ItagenException.class, () -> WorkbookFolder.list(dir.resolve("none")));
        assertThat(missing.code()).isEqualTo("error.WORKBOOKS_NOT_FOLDER");
    }

    @Test
    void aWorkbooksStemIsItsNameWithoutTheLastExtension() {
        assertThat(WorkbookFolder.stem(Path.of("dir", "dcws.xlsx"))).isEqualTo("dcws");
        assertThat(WorkbookFolder.stem(Path.of("กรม.ก.xlsx"))).isEqualTo("กรม.ก");
        assertThat(WorkbookFolder.stem(Path.of(".xlsx"))).as("nothing before the dot").isEqualTo(".xlsx");
        assertThat(WorkbookFolder.stem(Path.of("ITA"))).isEqualTo("ITA");
    }
}
