package org.itagen.check;

import org.itagen.report.DocKind;
import org.itagen.doc.SampleDocuments;
import org.itagen.render.docx.DocxWriter;
import org.itagen.render.pdf.PdfWriter;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated-files check reads PDFs back in-process (OpenPDF), as it must on Windows. */
@org.junit.jupiter.api.extension.ExtendWith(org.itagen.testing.ThaiMessages.class)
class GeneratedFilesTest {
    @TempDir
    Path dir;

    @Test
    void realDocumentsPass() throws IOException {
        Files.write(dir.resolve("O25_t1_2569.pdf"), PdfWriter.render(SampleDocuments.shortSample()));
        Files.write(dir.resolve("O25_t1_2569.docx"), DocxWriter.render(SampleDocuments.shortSample()));
        assertThat(GeneratedFiles.check(dir, Set.of(DocKind.O25))).isEmpty();
    }

    @Test
    void nothingGeneratedForADocument() throws IOException {
        Files.write(dir.resolve("O25_t1_2569.pdf"), PdfWriter.render(SampleDocuments.shortSample()));
        List<Finding> f = GeneratedFiles.check(dir, Set.of(DocKind.O25, DocKind.O28));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(FindingCode.NO_GENERATED_FILES);
            assertThat(x.doc()).isEqualTo(DocKind.O28);
        });
    }

    @Test
    void docxWithoutItsPdf() throws IOException {
        Files.write(dir.resolve("O28_t1_2569.docx"), DocxWriter.render(SampleDocuments.shortSample()));
        assertThat(GeneratedFiles.check(dir, Set.of(DocKind.O28))).extracting(Finding::code)
                .containsExactly(FindingCode.PDF_MISSING);
    }

    @Test
    void brokenFiles() throws IOException {
        Files.writeString(dir.resolve("O25_t1_2569.pdf"), "%PDF-1.7 not really");
        Files.writeString(dir.resolve("O25_t2_2569.pdf"), "x");
        Files.write(dir.resolve("O25_t2_2569.docx"), new byte[]{'P', 'K', 3, 4, 0});
        Files.write(dir.resolve("O25_t1_2569.docx"), DocxWriter.render(SampleDocuments.shortSample()));
        List<Finding> f = GeneratedFiles.check(dir, Set.of(DocKind.O25));
        assertThat(f).extracting(Finding::code).containsExactlyInAnyOrder(FindingCode.PDF_UNREADABLE,
                FindingCode.PDF_UNREADABLE, FindingCode.DOCX_UNREADABLE);
        assertThat(f).filteredOn(x -> x.code() == FindingCode.DOCX_UNREADABLE).singleElement()
                .satisfies(x -> assertThat(x.where()).endsWith("O25_t2_2569.docx"));
    }

    /** A PDF in a standard font that is not embedded, with no Thai text: both are findings. */
    @Test
    void fontsNotEmbeddedAndNoThaiText() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document d = new Document();
        org.openpdf.text.pdf.PdfWriter.getInstance(d, bytes);
        d.open();
        d.add(new Paragraph("ITA O25 report (Helvetica, not embedded)"));
        d.close();
        Files.write(dir.resolve("O25_t1_2569.pdf"), bytes.toByteArray());
        List<Finding> f = GeneratedFiles.check(dir, Set.of(DocKind.O25));
        assertThat(f).extracting(Finding::code).containsExactly(FindingCode.FONT_NOT_EMBEDDED,
                FindingCode.TEXT_NOT_EXTRACTABLE);
        assertThat(f.getFirst().message()).contains("Helvetica");
        assertThat(f.get(1).message()).contains("ไม่มีอักษรไทย");
    }
}
