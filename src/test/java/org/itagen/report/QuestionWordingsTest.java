package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.render.text.TextDumpWriter;
import org.itagen.testing.ExternalTools;
import org.itagen.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 10: the officer words the questions the framework data has no wording for (or words them
 * as ITAS does) under questions: of measures.yaml, and the weak-questions table prints them.
 */
class QuestionWordingsTest {
    static final String E3 = "ข้อความทดสอบแทนถ้อยคำข้อคำถามด้านคุณภาพการดำเนินงานที่เจ้าหน้าที่คัดลอกจากหน้าผลการประเมิน";
    static final String E1 = "ข้อความทดสอบที่เจ้าหน้าที่คัดลอกมาแทนถ้อยคำของกรอบการประเมิน";
    /** The framework's FY2568 e1 wording, which the officer's replaces. */
    static final String E1_FRAMEWORK = "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านเป็นไปตามขั้นตอนและระยะเวลา";

    static MeasurePlan plan(String extraYaml) throws IOException {
        String text = Files.readString(SampleReports.dir("department").resolve("measures.yaml")) + extraYaml;
        return MeasuresReader.read(text, "measures.yaml");
    }

    static org.itagen.doc.Document document(String kind, MeasurePlan plan) {
        var dir = SampleReports.dir("department");
        ReportInput in = Reports.prepare(DocKind.of(kind), ScoreReader.read(dir.resolve("scores.csv"), ReadOptions.defaults()),
                FrameworkLoader.bundled(), AnalysisOptions.defaults(), plan);
        return ReportBuilder.build(in, TemplateLoader.bundled(kind), ReportBuilder.Overrides.NONE);
    }

    static String questions() throws IOException {
        return Files.readString(Golden.caseDir("wording-o25-department").resolve("questions.yaml"));
    }

    @Test
    void theWeakQuestionsTablePrintsTheOfficersWording() throws IOException {
        var dir = Golden.caseDir("wording-o25-department");
        String dump = TextDumpWriter.write(document("o25", plan(questions())));
        Golden.assertMatches(dir.resolve("expected.txt"), dump);
        assertThat(dump).contains("| e3 | " + E3 + " |").contains("| e1 | " + E1 + " |")
                .doesNotContain("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (ไม่มีถ้อยคำในข้อมูล)").doesNotContain(E1_FRAMEWORK);
        // Only the worded questions' lines differ from the department case.
        String before = Files.readString(Golden.caseDir("report-o25-department").resolve("expected.txt"));
        Set<String> lines = Set.copyOf(dump.lines().toList());
        assertThat(before.lines().filter(l -> !l.startsWith(":date:") && !lines.contains(l)).toList())
                .allSatisfy(l -> assertThat(l).containsAnyOf("| e3 |", "| e1 |"));
    }

    @org.junit.jupiter.api.Tag("render")
    @Test
    void pdfAndDocxCarryTheOfficersWording(@TempDir Path tmp) throws IOException {
        ExternalTools.require("pdftotext");
        org.itagen.doc.Document doc = document("o25", plan(questions()));
        Path pdf = tmp.resolve("o25.pdf");
        Files.write(pdf, OutputFormat.PDF.render(doc, null, s -> { }));
        // -raw: in content order, so a table cell's lines come together rather than row by row across cells.
        ExternalTools.Result raw = ExternalTools.run(60, "pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-");
        assertThat(raw.exitCode()).as(raw.stderr()).isZero();
        String pdfText = SectionsRenderTest.squeeze(raw.stdout());
        String docx = SectionsRenderTest.squeeze(SectionsRenderTest.docxText(OutputFormat.DOCX.render(doc, null, s -> { })));
        for (String w : new String[] {E3, E1}) {
            assertThat(pdfText).as("PDF").contains(SectionsRenderTest.squeeze(w));
            assertThat(docx).as("DOCX").contains(SectionsRenderTest.squeeze(w));
        }
        assertThat(pdfText).doesNotContain(SectionsRenderTest.squeeze(E1_FRAMEWORK));
        assertThat(docx).doesNotContain(SectionsRenderTest.squeeze(E1_FRAMEWORK));
    }

    @Test
    void aCodeTheYearDoesNotHaveStopsTheDocumentAtItsLine() throws IOException {
        String extra = "\nquestions:\n  e3: \"ถ้อยคำ\"\n  e12: \"ถ้อยคำอื่น\"\n";
        MeasurePlan plan = plan(extra);
        int line = (int) (Files.readString(SampleReports.dir("department").resolve("measures.yaml")) + extra).lines().count();
        ItagenException e = catchThrowableOfType(ItagenException.class, () -> document("o25", plan));
        assertThat(e).isNotNull();
        assertThat(e.where()).isEqualTo("measures.yaml:" + line);
        assertThat(e.code()).isEqualTo("error.QUESTIONS_UNKNOWN_CODE");
        assertThat(e.getMessage()).contains("e12").contains("2568").contains("e1-e9");
        String thai = Messages.text(Messages.THAI, "error.QUESTIONS_UNKNOWN_CODE", "e12", "2568", "e1-e9", "");
        assertThat(thai).startsWith("ข้อคำถาม e12 ไม่มีในกรอบการประเมินปีงบประมาณ 2568 (ซึ่งมี e1-e9)");
    }

    @Test
    void withoutWordingsTheDocumentIsAsBefore() throws IOException {
        String dump = TextDumpWriter.write(document("o25", plan("")));
        assertThat(dump).isEqualTo(Files.readString(Golden.caseDir("report-o25-department").resolve("expected.txt")));
    }
}
