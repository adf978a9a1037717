package org.itagen.input.workbook;

import org.itagen.ItagenException;
import org.itagen.input.MeasurePlan;
import org.itagen.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 13 §4 from the workbook: the logo and signature rows of sheet หน่วยงาน, pictures next to the workbook. */
class WorkbookLookTest {
    static final String A = WorkbookLayout.AGENCY;

    @TempDir
    Path tmp;

    @Test
    void initWritesEmptyLookRowsInThai() throws IOException {
        Path wb = WorkbookMistakesTest.filled(tmp, w -> { });
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(wb.toFile())) {
            var s = book.getSheet(A);
            assertThat(s.getRow(10).getCell(0).getStringCellValue()).isEqualTo("ไฟล์ตราสัญลักษณ์");
            assertThat(s.getRow(11).getCell(0).getStringCellValue()).isEqualTo("ชื่อผู้ลงนาม");
            assertThat(s.getRow(14).getCell(0).getStringCellValue()).isEqualTo("ไฟล์ลายมือชื่อ");
        }
        MeasurePlan plan = WorkbookReader.plan(wb);
        assertThat(plan.logo()).isNull();
        assertThat(plan.signature()).isNull();
    }

    @Test
    void filledRowsGiveLogoAndSigner() throws IOException {
        TestPictures.write(tmp.resolve("ตรา.png"), TestPictures.png(TestPictures.logo(100)));
        TestPictures.write(tmp.resolve("sign.png"), TestPictures.png(TestPictures.signature(300, 100)));
        Path wb = WorkbookMistakesTest.filled(tmp, w -> {
            WorkbookMistakesTest.set(A, "B11", "ตรา.png").accept(w);
            WorkbookMistakesTest.set(A, "B12", "นายสมชาย ใจดี").accept(w);
            WorkbookMistakesTest.set(A, "B13", "ผู้อำนวยการกองแผนงาน\nปฏิบัติราชการแทนอธิบดี").accept(w);
            WorkbookMistakesTest.set(A, "B14", "28/10/2568").accept(w);
            WorkbookMistakesTest.set(A, "B15", "sign.png").accept(w);
        });
        MeasurePlan plan = WorkbookReader.plan(wb);
        assertThat(plan.logo().file()).isEqualTo(tmp.toAbsolutePath().resolve("ตรา.png"));
        assertThat(plan.signature().name()).isEqualTo("นายสมชาย ใจดี");
        assertThat(plan.signature().position()).containsExactly("ผู้อำนวยการกองแผนงาน", "ปฏิบัติราชการแทนอธิบดี");
        assertThat(plan.signature().date()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(plan.signature().image().where()).isEqualTo(A + "!B15");

        // Written back by init's writer, read again: the same look.
        byte[] again = WorkbookWriter.write(plan, List.of(List.of("agency_id")), List.of());
        Path copy = Files.createDirectories(tmp.resolve("copy")).resolve("ITA.xlsx");
        Files.write(copy, again);
        Files.copy(tmp.resolve("ตรา.png"), copy.resolveSibling("ตรา.png"));
        Files.copy(tmp.resolve("sign.png"), copy.resolveSibling("sign.png"));
        MeasurePlan back = WorkbookReader.draft(copy).plan();
        assertThat(back.signature().position()).isEqualTo(plan.signature().position());
        assertThat(back.signature().date()).isEqualTo(plan.signature().date());
        assertThat(back.logo().file().getFileName()).isEqualTo(plan.logo().file().getFileName());
    }

    @Test
    void missingPictureNamesSheetAndCellInThai() throws IOException {
        Path wb = WorkbookMistakesTest.filled(tmp, WorkbookMistakesTest.set(A, "B11", "logo.png"));
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.plan(wb));
        assertThat(e.where()).isEqualTo(A + "!B11");
        assertThat(e.code()).endsWith("IMAGE_FILE_MISSING");
    }

    @Test
    void signerWithoutNameNamesTheRow() throws IOException {
        Path wb = WorkbookMistakesTest.filled(tmp, WorkbookMistakesTest.set(A, "B13", "ปลัดเทศบาล"));
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.plan(wb));
        assertThat(e.code()).endsWith("SIGNATURE_NO_NAME");
        assertThat(e.where()).startsWith(A + "!B");
    }
}
