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

    /** The value cell of a row of sheet หน่วยงาน by its Thai label (B2 is the first label's). */
    static String cellOf(String label) {
        int i = WorkbookLayout.AGENCY_LABELS.indexOf(label);
        assertThat(i).as(label).isNotNegative();
        return "B" + (i + 2);
    }

    static final String LOGO = "ไฟล์ตราสัญลักษณ์", NAME = "ชื่อผู้ลงนาม", POSITION = "ตำแหน่งผู้ลงนาม", DATE = "วันที่ลงนาม",
            IMAGE = "ไฟล์ลายมือชื่อ";

    @Test
    void initWritesEmptyLookRowsInThai() throws IOException {
        Path wb = WorkbookMistakesTest.filled(tmp, w -> { });
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(wb.toFile())) {
            var s = book.getSheet(A);
            for (String label : List.of(LOGO, NAME, POSITION, DATE, IMAGE)) {
                int row = Integer.parseInt(cellOf(label).substring(1)) - 1;
                assertThat(s.getRow(row).getCell(0).getStringCellValue()).isEqualTo(label);
                assertThat(s.getRow(row).getCell(1)).as("empty in the sample").isNull();
            }
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
            WorkbookMistakesTest.set(A, cellOf(LOGO), "ตรา.png").accept(w);
            WorkbookMistakesTest.set(A, cellOf(NAME), "นายสมชาย ใจดี").accept(w);
            WorkbookMistakesTest.set(A, cellOf(POSITION), "ผู้อำนวยการกองแผนงาน\nปฏิบัติราชการแทนอธิบดี").accept(w);
            WorkbookMistakesTest.set(A, cellOf(DATE), "28/10/2568").accept(w);
            WorkbookMistakesTest.set(A, cellOf(IMAGE), "sign.png").accept(w);
        });
        MeasurePlan plan = WorkbookReader.plan(wb);
        assertThat(plan.logo().file()).isEqualTo(tmp.toAbsolutePath().resolve("ตรา.png"));
        assertThat(plan.signature().name()).isEqualTo("นายสมชาย ใจดี");
        assertThat(plan.signature().position()).containsExactly("ผู้อำนวยการกองแผนงาน", "ปฏิบัติราชการแทนอธิบดี");
        assertThat(plan.signature().date()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(plan.signature().image().where()).isEqualTo(A + "!" + cellOf(IMAGE));

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
        Path wb = WorkbookMistakesTest.filled(tmp, WorkbookMistakesTest.set(A, cellOf(LOGO), "logo.png"));
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.plan(wb));
        assertThat(e.where()).isEqualTo(A + "!" + cellOf(LOGO));
        assertThat(e.code()).endsWith("IMAGE_FILE_MISSING");
    }

    @Test
    void signerWithoutNameNamesTheRow() throws IOException {
        Path wb = WorkbookMistakesTest.filled(tmp, WorkbookMistakesTest.set(A, cellOf(POSITION), "ปลัดเทศบาล"));
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> WorkbookReader.plan(wb));
        assertThat(e.code()).endsWith("SIGNATURE_NO_NAME");
        assertThat(e.where()).isEqualTo(A + "!" + cellOf(NAME));
    }
}
