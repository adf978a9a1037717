package org.itagen.report;

import org.itagen.doc.Document;
import org.itagen.testing.ExternalTools;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional sections read back from the PDF (pdftotext) and the DOCX (its document.xml): the
 * department sample carries every section, the municipality none. Texts are compared without
 * spaces, as PDF extraction puts its own spaces between Thai words and at line ends.
 */
class SectionsRenderTest {
    /** Words of the department sample's sections, as its measures.yaml and the templates write them (no digits: the PDF has Thai ones). */
    static final List<String> O25 = List.of("ข้อเสนอแนะของผู้ตรวจประเมิน", "ควรจัดข้อมูลบนเว็บไซต์ให้ค้นหาได้ง่าย",
            "ในกลุ่มส่วนราชการระดับกรม", "มีผลการประเมินอยู่ในลำดับที่",
            "รายงานผลการดำเนินการต่อศูนย์ปฏิบัติการต่อต้านการทุจริตภายในวันที่", "จัดทำณวันที่");
    static final List<String> O28 = List.of("การบริหารงบประมาณและทรัพย์สินของราชการ", "ข้อจำกัดของหน่วยงานในประเด็นนี้",
            "ข้อจำกัดและอุปสรรคในการดำเนินการ", "บุคลากรด้านการป้องกันการทุจริตมีจำนวนจำกัดเมื่อเทียบกับภารกิจ",
            "รายนามคณะที่ปรึกษา", "นายสมชายตัวอย่าง", "รายนามคณะผู้จัดทำ", "นักทรัพยากรบุคคลปฏิบัติการ");

    @org.junit.jupiter.api.Tag("render")
    @ParameterizedTest
    @ValueSource(strings = {"o25", "o28"})
    void pdfAndDocxCarryTheSections(String kind, @TempDir Path tmp) throws IOException {
        List<String> words = kind.equals("o25") ? O25 : O28;
        Document with = SampleReports.document(kind, "department");
        Document without = SampleReports.document(kind, "municipality");

        Path pdf = tmp.resolve("with.pdf");
        Files.write(pdf, OutputFormat.PDF.render(with, null, s -> { }));
        String pdfText = squeeze(ExternalTools.pdfToText(pdf));
        Path pdf2 = tmp.resolve("without.pdf");
        Files.write(pdf2, OutputFormat.PDF.render(without, null, s -> { }));
        String pdfWithout = squeeze(ExternalTools.pdfToText(pdf2));

        String docx = squeeze(docxText(OutputFormat.DOCX.render(with, null, s -> { })));
        String docxWithout = squeeze(docxText(OutputFormat.DOCX.render(without, null, s -> { })));
        for (String w : words) {
            String sw = squeeze(w);
            assertThat(pdfText).as("PDF " + kind + ": " + w).contains(sw);
            assertThat(docx).as("DOCX " + kind + ": " + w).contains(sw);
        }
        // The heading words vanish with the sections (body text of the sample is its own).
        for (String w : words.subList(0, 1)) {
            assertThat(pdfWithout).doesNotContain(squeeze(w));
            assertThat(docxWithout).doesNotContain(squeeze(w));
        }
    }

    /** The text of word/document.xml with its tags removed. */
    static String docxText(byte[] docx) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "").replace("\u00ad", "").replace("\u200b", "");
    }
}
