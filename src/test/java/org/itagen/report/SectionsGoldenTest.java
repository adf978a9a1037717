package org.itagen.report;

import org.itagen.analysis.AnalysisOptions;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.render.text.TextDumpWriter;
import org.itagen.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 §3: each optional section appears when the measures file gives it and vanishes when
 * not. Each case is the municipality sample (which has no section) plus one section.
 */
class SectionsGoldenTest {
    /** Words only a section prints (its heading or its sentence), one per section. */
    static final List<String> SECTION_WORDS = List.of("ข้อเสนอแนะของผู้ตรวจประเมิน", "อยู่ในลำดับที่", "ภายในวันที่",
            "จัดทำ ณ วันที่", "### ประเด็นที่", "ข้อจำกัดและอุปสรรค", "รายนามคณะ");

    static String dump(String kind, String extraYaml) throws IOException {
        var dir = SampleReports.dir("municipality");
        String text = Files.readString(dir.resolve("measures.yaml")) + extraYaml;
        MeasurePlan plan = MeasuresReader.read(text, "measures.yaml");
        ReportInput in = Reports.prepare(DocKind.of(kind), ScoreReader.read(dir.resolve("scores.csv"), ReadOptions.defaults()),
                FrameworkLoader.bundled(), AnalysisOptions.defaults(), plan);
        return TextDumpWriter.write(ReportBuilder.build(in, TemplateLoader.bundled(kind), ReportBuilder.Overrides.NONE));
    }

    @ParameterizedTest
    @CsvSource({"o25,sections-o25-national-rank,อยู่ในลำดับที่ ๓๑๒,", "o25,sections-o25-recommendations,ข้อเสนอแนะของผู้ตรวจประเมิน,",
            // the officer's own follow-up steps replace the template's three
            "o25,sections-o25-monitoring,รายงานผลการดำเนินการต่อสำนักปลัดเทศบาล ภายในวันที่ ๑๒ ตุลาคม ๒๕๖๙,[๑๒๓]\\. .*",
            "o25,sections-o25-document-date,จัดทำ ณ วันที่ ๒๐ พฤศจิกายน ๒๕๖๘,",
            // measures move under their issue, each table captioned "มาตรการที่ N" rather than under a subheading
            "o28,sections-o28-issues,ประเด็นที่ ๒ การใช้ทรัพย์สินของราชการ,### มาตรการที่ .*|\\[table\\]",
            "o28,sections-o28-limitations,ข้อจำกัดและอุปสรรค,", "o28,sections-o28-people,รายนามคณะผู้จัดทำ,"})
    void aSectionGivenIsPrintedAndNothingElseChanges(String kind, String name, String words, String replaced) throws IOException {
        var dir = Golden.caseDir(name);
        String dump = dump(kind, Files.readString(dir.resolve("sections.yaml")));
        Golden.assertMatches(dir.resolve("expected.txt"), dump);
        assertThat(dump).contains(words);
        // Every line of the document without the section is still there (the date line of the metadata aside).
        String without = Files.readString(Golden.caseDir("report-" + kind + "-municipality").resolve("expected.txt"));
        Set<String> lines = Set.copyOf(dump.lines().toList());
        assertThat(without.lines().filter(l -> !l.startsWith(":date:") && !lines.contains(l))
                .filter(l -> replaced == null || !l.matches(replaced)).toList()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"o25", "o28"})
    void withoutSectionsTheDocumentIsAsBefore(String kind) throws IOException {
        String dump = dump(kind, "");
        assertThat(dump).isEqualTo(Files.readString(Golden.caseDir("report-" + kind + "-municipality").resolve("expected.txt")));
        for (String sample : List.of("municipality", "public-organization")) {
            String other = TextDumpWriter.write(SampleReports.document(kind, sample));
            for (String w : SECTION_WORDS) assertThat(other).as(sample + " " + kind).doesNotContain(w);
        }
    }
}
