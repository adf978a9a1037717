package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.input.Measure;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.model.IndicatorDef;
import org.itagen.render.text.TextDumpWriter;
import org.itagen.thai.ThaiDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every document must say, checked on the text dump of each sample (Arabic digits for readable asserts). */
class ReportContentTest {
    static String arabicDump(String kind, String sample) {
        Document d = ReportBuilder.build(SampleReports.input(kind, sample), TemplateLoader.bundled(kind),
                new ReportBuilder.Overrides(Digits.ARABIC, null));
        return TextDumpWriter.write(d);
    }

    /** Every component an assessor looks for, for one document: used on the dump here and on PDF/DOCX text in the CLI tests. */
    static void assertComponents(String kind, String sample, String text) {
        ReportInput in = SampleReports.input(kind, sample);
        String flat = text.replaceAll("\\s+", "");
        for (IndicatorDef d : in.analysis().framework().indicators()) {
            assertThat(flat).as("indicator %s", d.number()).contains(d.name().replaceAll("\\s+", ""));
        }
        String total = ReportData.score(in.analysis().ita().total(in.analysis().currentYear()));
        assertThat(flat).as("ITA total").containsAnyOf(total, ThaiDigits.toThaiAll(total));
        assertThat(flat).as("band").contains(in.analysis().band().name());
        for (Measure m : in.plan().measures()) {
            assertThat(flat).as("title of %s", m.id()).contains(m.title().replaceAll("\\s+", ""));
            for (String step : m.steps()) {
                assertThat(flat).as("step of %s", m.id()).containsAnyOf(step.replaceAll("\\s+", ""),
                        ThaiDigits.localize(step).replaceAll("\\s+", ""));
            }
            String period = m.period().label().replaceAll("\\s+", "");
            assertThat(flat).as("period of %s", m.id()).containsAnyOf(period, ThaiDigits.localize(period));
            assertThat(flat).as("owner of %s", m.id()).contains(m.owner().replaceAll("\\s+", ""));
            if (kind.equals("o28")) {
                assertThat(flat).as("result of %s", m.id()).containsAnyOf(m.result().replaceAll("\\s+", ""),
                        ThaiDigits.localize(m.result()).replaceAll("\\s+", ""));
                assertThat(flat).as("outcome of %s", m.id()).containsAnyOf(m.outcome().replaceAll("\\s+", ""),
                        ThaiDigits.localize(m.outcome()).replaceAll("\\s+", ""));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"o25,department", "o28,department", "o25,public-organization", "o28,public-organization",
            "o25,municipality", "o28,municipality"})
    void everyComponentIsInTheDump(String kind, String sample) {
        assertComponents(kind, sample, TextDumpWriter.write(SampleReports.document(kind, sample)));
    }

    @Test
    void overallHighestLowestAndFallsAreWrittenFromTheAnalysis() {
        String d = arabicDump("o25", "municipality");
        assertThat(d).contains("ได้รับผลการประเมิน ITA 76.63 คะแนน อยู่ในระดับ \"ต้องปรับปรุง\"")
                .contains("ลดลงจากปีงบประมาณ พ.ศ. 2567 ซึ่งได้ 77.30 คะแนน เป็นจำนวน 0.67 คะแนน")
                .contains("ซึ่งยังไม่ถึงค่าเป้าหมายของแผนแม่บทฯ")
                .contains("ตัวชี้วัดที่ได้คะแนนสูงสุด ได้แก่ ตัวชี้วัดที่ 3 การใช้อำนาจ (89.10 คะแนน)")
                .contains("ตัวชี้วัดที่ได้คะแนนต่ำสุด ได้แก่ ตัวชี้วัดที่ 10 การป้องกันการทุจริต (62.50 คะแนน)")
                .contains("โดยตัวชี้วัดที่ลดลงมากที่สุด คือ ตัวชี้วัดที่ 10 การป้องกันการทุจริต");
        // The comparison table: direction words, per-tool extremes, totals, band.
        assertThat(d).contains("| (4) การใช้ทรัพย์สินของราชการ | 78.60 | 74.15 | -4.45 | ลด | ต่ำสุด")
                .contains("| **ผลคะแนนรวม OIT** | **73.24** | **72.43** | **-0.81** | **ลด** |")
                .contains("| {c2}**ระดับผลการประเมิน** | **ไม่ผ่าน** | **ต้องปรับปรุง** |");
    }

    /**
     * Issue 10 §2: FY2569's framework does not say that any of its questions is FY2568's, so the
     * measure answering e4-e6 is evidenced by indicator 7 and says why; with a framework that
     * states e4 is the same question in both years (and i10 of 2569 is 2568's i11, renumbered),
     * those questions are compared, by their codes of each year.
     */
    @Test
    void questionsAreComparedAcrossYearsOnlyWhenTheFrameworkSaysTheyAreTheSame() throws Exception {
        String d = arabicDump("o28", "department");
        assertThat(d).doesNotContain("ข้อ e4 (EIT Survey) เพิ่มขึ้นจาก")
                .contains("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร เพิ่มขึ้นจาก 84.10 คะแนน เป็น 88.75 คะแนน"
                        + " (เปรียบเทียบระดับตัวชี้วัดแทนข้อ e4, e5, e6 เนื่องจากกรอบการประเมินไม่ได้ระบุว่าเป็นข้อคำถามเดียวกันในทั้งสองปี)");

        java.nio.file.Path fw = java.nio.file.Files.createTempFile("fy2569", ".yaml");
        try {
            java.nio.file.Files.writeString(fw, """
                    extends: 2568
                    fiscal_year: 2569
                    same_questions: {e4: e4, i10: i11}
                    """);
            org.itagen.model.FrameworkSet set = org.itagen.input.FrameworkLoader.bundledWith(fw);
            assertThat(set.forYear(2569).orElseThrow().previousCode("e4")).contains("e4");
            java.nio.file.Path dir = SampleReports.dir("department");
            ReportInput in = Reports.prepare(DocKind.O28, org.itagen.input.ScoreReader.read(dir.resolve("scores.csv"),
                    org.itagen.input.ReadOptions.defaults()), set, org.itagen.analysis.AnalysisOptions.defaults(),
                    org.itagen.input.MeasuresReader.read(dir.resolve("measures.yaml")));
            String same = TextDumpWriter.write(ReportBuilder.build(in, TemplateLoader.bundled("o28"),
                    new ReportBuilder.Overrides(Digits.ARABIC, null)));
            // e4 in both years: 81.30 (2568, EIT Survey) to 88.00 (2569), as the scores file has them.
            assertThat(same).contains("ข้อ e4 (EIT Survey) เพิ่มขึ้นจาก 81.30 คะแนน เป็น 88.00 คะแนน")
                    .contains("(เปรียบเทียบระดับตัวชี้วัดแทนข้อ e5, e6 ");
            // i10 of 2569 is compared with i11 of 2568 (85.70 in the scores file).
            assertThat(same).containsPattern("ข้อ i10 (เพิ่มขึ้น|ลดลง)จาก 85\\.70 คะแนน");
        } finally {
            java.nio.file.Files.deleteIfExists(fw);
        }
    }

    @Test
    void o28EvidenceComparesTheAssessmentYearWithTheNext() {
        String d = arabicDump("o28", "department");
        assertThat(d).contains("ผลการประเมินปี พ.ศ. 2569 เปรียบเทียบกับปี พ.ศ. 2568 ดังนี้")
                .contains("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ เพิ่มขึ้นจาก 83.75 คะแนน เป็น 90.25 คะแนน")
                .contains("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล เท่าเดิม (100.00 คะแนน)")
                .contains("ได้ 94.52 คะแนน ระดับ \"ผ่านดี\" เพิ่มขึ้น 2.45 คะแนน จากปีงบประมาณ พ.ศ. 2568 ซึ่งได้ 92.07 คะแนน");
        // The officer's outcome comes first, evidence after it.
        assertThat(d.indexOf("เรื่องร้องเรียนเรื่องความล่าช้าลดลงจาก 12 เรื่องเหลือ 4 เรื่อง"))
                .isLessThan(d.indexOf("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ เพิ่มขึ้นจาก 90.85 คะแนน เป็น 93.10 คะแนน"));
        // Without the year after, there is no evidence and no after section.
        String m = arabicDump("o28", "municipality");
        assertThat(m).doesNotContain("เปรียบเทียบกับปี พ.ศ.").doesNotContain("ผลการประเมินปีงบประมาณ พ.ศ. 2569");
    }

    @Test
    void theOfficersTextWinsOverGeneratedText() {
        String d = arabicDump("o25", "public-organization");
        assertThat(d).contains("สนก. ได้รับผลการประเมินในระดับ \"ผ่านดี\" จึงมุ่งรักษามาตรฐาน")
                .doesNotContain("นำผลการวิเคราะห์ข้างต้นมากำหนดมาตรการ");
        // P1 wrote its own analysis; P2 did not and gets the drafted one.
        assertThat(d).contains("คะแนนตัวชี้วัดที่ 1 และ 2 สูงกว่า 90 คะแนนทุกข้อ")
                .contains("ตัวชี้วัดที่ 3 การใช้อำนาจ ได้ 98.10 คะแนน");
        assertThat(d).doesNotContain("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้ 95.40 คะแนน");
    }

    @Test
    void textsMustNameASentence(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path dir = SampleReports.dir("municipality");
        String yaml = Files.readString(dir.resolve("measures.yaml")).replace("plan_year: 2569",
                "plan_year: 2569\ntexts:\n  overal: ข้อความ");
        MeasurePlan plan = MeasuresReader.read(yaml, "measures.yaml");
        var scores = org.itagen.input.ScoreReader.read(dir.resolve("scores.csv"), org.itagen.input.ReadOptions.defaults());
        ReportInput in = Reports.prepare(DocKind.O25, scores, org.itagen.input.FrameworkLoader.bundled(),
                org.itagen.analysis.AnalysisOptions.defaults(), plan);
        assertThatThrownBy(() -> ReportBuilder.build(in, TemplateLoader.bundled("o25"), ReportBuilder.Overrides.NONE))
                .isInstanceOf(ItagenException.class)
                .hasFieldOrPropertyWithValue("where", "measures.yaml:9")
                .hasMessageContaining("there is no sentence \"overal\" to replace (did you mean \"overall\"?)");
    }

    @Test
    void o28NeedsResultsAndOutcomes() throws Exception {
        Path dir = SampleReports.dir("municipality");
        String yaml = Files.readString(dir.resolve("measures.yaml"))
                .replace("    result: ติดป้ายขั้นตอนบริการ 11 งาน และเก็บแบบประเมินได้ 1,284 ฉบับ\n", "");
        MeasurePlan plan = MeasuresReader.read(yaml, "measures.yaml");
        var scores = org.itagen.input.ScoreReader.read(dir.resolve("scores.csv"), org.itagen.input.ReadOptions.defaults());
        var fw = org.itagen.input.FrameworkLoader.bundled();
        ReportInput in = Reports.prepare(DocKind.O28, scores, fw, org.itagen.analysis.AnalysisOptions.defaults(), plan);
        assertThatThrownBy(() -> ReportBuilder.build(in, TemplateLoader.bundled("o28"), ReportBuilder.Overrides.NONE))
                .hasMessageContaining("measure T1 has no result").hasFieldOrPropertyWithValue("where", "measures.yaml:10");
        // O25 does not need results.
        ReportInput o25 = Reports.prepare(DocKind.O25, scores, fw, org.itagen.analysis.AnalysisOptions.defaults(), plan);
        assertThat(TextDumpWriter.write(ReportBuilder.build(o25, TemplateLoader.bundled("o25"), ReportBuilder.Overrides.NONE)))
                .contains("ประกาศขั้นตอนและระยะเวลาการให้บริการประชาชน");
    }

    @Test
    void measuresMustLinkToQuestionsThatExist() throws Exception {
        Path dir = SampleReports.dir("municipality");
        String yaml = Files.readString(dir.resolve("measures.yaml")).replace("items: [e7, e8, e9]", "items: [e7, e8, e19]");
        MeasurePlan plan = MeasuresReader.read(yaml, "measures.yaml");
        var scores = org.itagen.input.ScoreReader.read(dir.resolve("scores.csv"), org.itagen.input.ReadOptions.defaults());
        assertThatThrownBy(() -> Reports.prepare(DocKind.O25, scores, org.itagen.input.FrameworkLoader.bundled(),
                org.itagen.analysis.AnalysisOptions.defaults(), plan))
                .isInstanceOf(ItagenException.class)
                .hasMessageContaining("measure T7 is linked to question e19")
                .hasFieldOrPropertyWithValue("where", "measures.yaml:" + (yaml.lines().toList().indexOf("    items: [e7, e8, e19]") + 1));
    }

    @Test
    void assessmentYearMustBeInTheScores() throws Exception {
        Path dir = SampleReports.dir("municipality");
        String yaml = Files.readString(dir.resolve("measures.yaml")).replace("plan_year: 2569", "plan_year: 2570");
        MeasurePlan plan = MeasuresReader.read(yaml.replaceAll("start: 2025-11-01, end: 2026-03-31", "start: 2026-11-01, end: 2027-03-31")
                .replaceAll("start: 2025-10-15, end: 2026-09-30", "start: 2026-10-15, end: 2027-09-30"), "measures.yaml");
        var scores = org.itagen.input.ScoreReader.read(dir.resolve("scores.csv"), org.itagen.input.ReadOptions.defaults());
        assertThatThrownBy(() -> Reports.prepare(DocKind.O25, scores, org.itagen.input.FrameworkLoader.bundled(),
                org.itagen.analysis.AnalysisOptions.defaults(), plan))
                .hasMessageContaining("no scores for fiscal year 2569");
    }

    @Test
    void fileNamesAreSafeOnWindows() {
        assertThat(Reports.fileName(DocKind.O25, "dcws", 2569, OutputFormat.PDF)).isEqualTo("O25_dcws_2569.pdf");
        assertThat(Reports.fileName(DocKind.O28, "CON", 2569, OutputFormat.DOCX)).isEqualTo("O28_CON_2569.docx");
        assertThat(Reports.fileName(DocKind.O25, "เทศบาลตำบล ห้วย/ทราย:งาม?", 2569, OutputFormat.PDF)).isEqualTo("O25_เทศบาลตำบล_ห้วย_ทราย_งาม_2569.pdf");
        assertThat(Reports.fileName(DocKind.O25, "a<b>c\"d|e*f\\g\u0001h", 2569, OutputFormat.PDF)).isEqualTo("O25_a_b_c_d_e_f_g_h_2569.pdf");
        assertThat(Reports.fileName(DocKind.O25, " ... ", 2569, OutputFormat.PDF)).isEqualTo("O25_agency_2569.pdf");
        assertThat(Reports.fileName(DocKind.O25, null, 2569, OutputFormat.PDF)).isEqualTo("O25_agency_2569.pdf");
        String longName = "สำนักงาน".repeat(20);
        assertThat(Reports.fileName(DocKind.O25, longName, 2569, OutputFormat.PDF).codePointCount(0, Reports.fileName(DocKind.O25, longName, 2569, OutputFormat.PDF).length()))
                .isLessThanOrEqualTo(4 + 60 + 9);
        for (String bad : new String[]{"<", ">", ":", "\"", "/", "\\", "|", "?", "*"}) {
            assertThat(Reports.fileName(DocKind.O25, "x" + bad + "y", 2569, OutputFormat.PDF)).doesNotContain(bad);
        }
    }

    @Test
    void theOneTableResultsLayoutHoldsEveryResultAndOutcome() {
        String o28 = TemplateLoader.bundledText("o28").replace("""
                  #   - table: results
                  #     caption: "ตารางที่ 2 มาตรการ สรุปผลการดำเนินการ และผลลัพธ์"
                  #     size: 12
                """, """
                  - table: results
                    caption: "ตารางที่ 2 มาตรการ สรุปผลการดำเนินการ และผลลัพธ์"
                    size: 12
                """);
        Template t = TemplateLoader.parse(o28, "o28.yaml", "o28");
        Document d = ReportBuilder.build(SampleReports.input("o28", "department"), t, new ReportBuilder.Overrides(Digits.ARABIC, null));
        String dump = TextDumpWriter.write(d);
        assertThat(dump).contains("[table] ตารางที่ 2 มาตรการ สรุปผลการดำเนินการ และผลลัพธ์")
                .contains("H| **มาตรการ/โครงการ/กิจกรรม** | **ขั้นตอน/วิธีการดำเนินการ** | **ระยะเวลา** | **ผู้รับผิดชอบ** | **สรุปผลการดำเนินการ** | **ผลลัพธ์หรือความสำเร็จของการดำเนินการ**")
                .contains("| 7. เปิดให้ผู้รับบริการร่วมปรับปรุงงานและบริการออนไลน์ / _(อยู่ระหว่างดำเนินการ)_ / _(สอดคล้องกับ ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ข้อคำถาม ");
        assertComponents("o28", "department", dump);
    }

    @Test
    void oneYearOfScoresGivesTheOneYearForms() throws Exception {
        Path dir = SampleReports.dir("municipality");
        var all = org.itagen.input.ScoreReader.read(dir.resolve("scores.csv"), org.itagen.input.ReadOptions.defaults());
        var one = all.onlyYears(java.util.Set.of(2568));
        MeasurePlan plan = MeasuresReader.read(dir.resolve("measures.yaml"));
        ReportInput in = Reports.prepare(DocKind.O25, one, org.itagen.input.FrameworkLoader.bundled(),
                org.itagen.analysis.AnalysisOptions.defaults(), plan);
        String d = TextDumpWriter.write(ReportBuilder.build(in, TemplateLoader.bundled("o25"), new ReportBuilder.Overrides(Digits.ARABIC, null)));
        assertThat(d).contains("H| **แบบวัด** | **ตัวชี้วัด** | **ปี 2568** | **สูงสุด/ต่ำสุด**")
                .contains("ได้รับผลการประเมิน ITA 76.63 คะแนน อยู่ในระดับ \"ต้องปรับปรุง\" ซึ่งยังไม่ถึง")
                .contains("[chart] แผนภูมิที่ 1 คะแนนรายตัวชี้วัด ปี 2568 (คะแนน)")
                .doesNotContain("ลดลงจากปีงบประมาณ").doesNotContain("ได้คะแนนลดลงจากปีก่อน");
        assertComponents("o25", "municipality", d);
    }

    @Test
    void fontOverrideTakesAFileOrAFamily(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path font = Files.write(tmp.resolve("MyFont.ttf"), new byte[]{0});
        ReportInput in = SampleReports.input("o25", "department");
        Document byFile = ReportBuilder.build(in, TemplateLoader.bundled("o25"), new ReportBuilder.Overrides(null, font.toString()));
        assertThat(byFile.page().fontFile()).isEqualTo(font.toAbsolutePath().toString());
        assertThat(byFile.page().fontFamily()).isEqualTo("TH Sarabun New");
        Document byName = ReportBuilder.build(in, TemplateLoader.bundled("o25"), new ReportBuilder.Overrides(null, "Garuda"));
        assertThat(byName.page().fontFamily()).isEqualTo("Garuda");
        assertThat(byName.page().fontFile()).isNull();
        assertThat(byName.page().digits()).isEqualTo(Digits.THAI);
    }

    /** The samples are what officers copy: their measures cover all ten indicators and every weak question. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"department", "public-organization", "municipality"})
    void samplesCoverEveryIndicatorAndWeakQuestion(String sample) {
        ReportInput in = SampleReports.input("o25", sample);
        java.util.Set<Integer> indicators = new java.util.TreeSet<>();
        java.util.Set<String> items = new java.util.TreeSet<>();
        for (Measure m : in.plan().measures()) {
            indicators.addAll(m.indicators());
            items.addAll(m.items());
        }
        assertThat(indicators).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (var w : in.analysis().weakItems()) assertThat(items).as("weak question %s", w.item()).contains(w.item());
        assertThat(in.plan().planYear()).isEqualTo(2569);
        assertThat(in.analysis().years()).containsExactly(2567, 2568);
    }

    /** Issue 10 §2: every weak question names the measure answering it, and no wording cell is "-". */
    @ParameterizedTest
    @CsvSource({"department", "public-organization", "municipality"})
    void everyWeakQuestionNamesItsMeasure(String sample) {
        String dump = arabicDump("o25", sample);
        ReportInput in = SampleReports.input("o25", sample);
        for (var w : in.analysis().weakItems()) {
            String row = dump.lines().filter(l -> l.contains("| " + w.item() + " |")).findFirst().orElseThrow();
            assertThat(row).as(w.item()).matches(".*\\| มาตรการที่ [0-9, ]+$").doesNotContain("| - |");
        }
    }

    /** Issue 10 §2: the officer's own analysis text is kept and the measure's links are added to it. */
    @Test
    void officersAnalysisKeepsItsTextAndGainsTheReference() {
        String dump = arabicDump("o25", "public-organization");
        assertThat(dump).contains("จึงเลือกข้อที่ได้คะแนนน้อยที่สุดมาพัฒนาต่อ เพื่อรักษาระดับไว้ / _(สอดคล้องกับ ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ตัวชี้วัดที่ 2 การใช้งบประมาณ ข้อคำถาม");
    }
}
