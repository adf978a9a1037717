package org.itagen.input;

import org.itagen.ItagenException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasuresReaderTest {
    private static final String GOOD = """
            agency: {id: dept-x, name: กรมตัวอย่าง, short_name: กต., prepared_by: ศูนย์ปฏิบัติการต่อต้านการทุจริต}
            plan_year: 2569
            approval: {body: ที่ประชุมผู้บริหาร, meeting: "3/2568", date: 2025-11-07}
            texts:
              overall: ข้อความที่เจ้าหน้าที่เขียนเอง
            measures:
              - id: M1
                title: ทบทวนคู่มือการปฏิบัติงาน
                indicators: [1]
                items: [I1, e4]
                steps:
                  - ทบทวนคู่มือ
                  - เผยแพร่คู่มือ
                period: {start: 2025-12-01, end: 2026-06-30}
                owner: กองกลาง
                result: ทบทวนคู่มือครบ ๑๒ งานบริการ
                outcome: ผู้รับบริการทราบขั้นตอนชัดเจนขึ้น
                status: done
                evidence:
                  - {title: คู่มือ, url: "https://example.go.th/manual"}
                  - https://example.go.th/photo
              - id: M2
                title: รายงานการใช้ทรัพย์สิน
                indicators: ๔
                steps: รายงานทุกไตรมาส
                period: Q1-Q2
                owner: กองคลัง
            """;

    @Test
    void readsEveryField() {
        MeasurePlan p = MeasuresReader.read(GOOD, "measures.yaml");
        assertThat(p.planYear()).isEqualTo(2569);
        assertThat(p.assessmentYear()).isEqualTo(2568);
        assertThat(p.agency().shortName()).isEqualTo("กต.");
        assertThat(p.approval().date()).isEqualTo(LocalDate.of(2025, 11, 7));
        assertThat(p.texts()).containsEntry("overall", "ข้อความที่เจ้าหน้าที่เขียนเอง");
        Measure m1 = p.measures().get(0);
        assertThat(m1.items()).containsExactly("i1", "e4");
        assertThat(m1.steps()).containsExactly("ทบทวนคู่มือ", "เผยแพร่คู่มือ");
        assertThat(m1.period().label()).isEqualTo("1 ธ.ค. 68 – 30 มิ.ย. 69");
        assertThat(m1.status()).isEqualTo(Measure.Status.DONE);
        assertThat(m1.evidence()).extracting(Measure.Evidence::url)
                .containsExactly("https://example.go.th/manual", "https://example.go.th/photo");
        assertThat(m1.where()).isEqualTo("measures.yaml:7");
        assertThat(m1.where("item:e4")).isEqualTo("measures.yaml:10");
        Measure m2 = p.measures().get(1);
        assertThat(m2.indicators()).containsExactly(4);
        assertThat(m2.steps()).containsExactly("รายงานทุกไตรมาส");
        assertThat(m2.period().label()).isEqualTo("ไตรมาส 1-2 (ต.ค. 68 – มี.ค. 69)");
        assertThat(m2.period().start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(m2.period().end()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void buddhistEraDatesAreAccepted() {
        MeasurePlan p = MeasuresReader.read(GOOD.replace("2025-12-01", "2568-12-01"), "m.yaml");
        assertThat(p.measures().get(0).period().start()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    private static String error(String yaml) {
        try {
            MeasuresReader.read(yaml, "measures.yaml");
        } catch (ItagenException e) {
            assertThat(e.kind()).isEqualTo(ItagenException.Kind.INPUT);
            assertThat(e.oneLine()).doesNotContain("\n");
            return e.oneLine();
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void unknownKeySuggestsTheClosestOne() {
        assertThat(error(GOOD.replace("    owner: กองกลาง", "    ownr: กองกลาง")))
                .startsWith("measures.yaml:15: unknown key \"ownr\" in measure 1 (did you mean \"owner\"?)");
        assertThat(error(GOOD.replace("plan_year:", "plan_yaer:")))
                .startsWith("measures.yaml:2: unknown key \"plan_yaer\" at the top level (did you mean \"plan_year\"?)");
        assertThat(error(GOOD.replace("short_name:", "nickname:"))).startsWith("measures.yaml:1: unknown key \"nickname\" in agency;");
    }

    @Test
    void missingFieldsNameTheMeasureAndLine() {
        assertThat(error(GOOD.replace("    owner: กองคลัง\n", "")))
                .startsWith("measures.yaml:22: missing owner: measure M2 needs one (who is responsible: a unit or a position)");
        assertThat(error(GOOD.replace("    title: ทบทวนคู่มือการปฏิบัติงาน\n", "")))
                .startsWith("measures.yaml:7: missing title: measure M1 needs one (");
        assertThat(error(GOOD.replace("    indicators: ๔\n", "")))
                .startsWith("measures.yaml:22: measure M2 is not linked to the results");
        assertThat(error(GOOD.replace("plan_year: 2569\n", ""))).startsWith("measures.yaml:1: missing plan_year");
    }

    @Test
    void periodOutsideThePlanYear() {
        assertThat(error(GOOD.replace("end: 2026-06-30", "end: 2026-10-31")))
                .startsWith("measures.yaml:14: period of measure M1 (2025-12-01 to 2026-10-31) is outside fiscal year 2569");
        assertThat(error(GOOD.replace("start: 2025-12-01", "start: 2025-09-30")))
                .contains("outside fiscal year 2569");
        assertThat(error(GOOD.replace("end: 2026-06-30", "end: 2025-11-30"))).contains("ends (2025-11-30) before it starts");
        assertThat(error(GOOD.replace("Q1-Q2", "Q2-Q1"))).startsWith("measures.yaml:26:").contains("ends before it starts");
        assertThat(error(GOOD.replace("Q1-Q2", "sometime"))).contains("period \"sometime\" is not understood");
    }

    @Test
    void duplicateIds() {
        assertThat(error(GOOD.replace("id: M2", "id: M1")))
                .isEqualTo("measures.yaml:22: duplicate measure id \"M1\" (already used at line 7); give every measure its own id");
    }

    @Test
    void otherMistakes() {
        assertThat(error(GOOD.replace("status: done", "status: finished"))).contains("status \"finished\" is not one of done, in_progress, not_started");
        assertThat(error(GOOD.replace("indicators: [1]", "indicators: [11]"))).startsWith("measures.yaml:9: indicator 11 does not exist");
        assertThat(error(GOOD.replace("items: [I1, e4]", "items: [x9]"))).startsWith("measures.yaml:10: \"x9\" is not a question code");
        assertThat(error(GOOD.replace("plan_year: 2569", "plan_year: 2026"))).contains("write 2569");
        assertThat(error(GOOD.replace("    owner: กองกลาง", "  owner: กองกลาง"))).startsWith("measures.yaml:").contains("YAML syntax error");
        assertThat(error("")).contains("the file is empty");
        assertThat(error(GOOD.replace("  - id: M2", "  - id: M1\n    id: M3"))).contains("appears twice");
    }

    @Test
    void linksAreCheckedAgainstWhatExists() {
        MeasurePlan p = MeasuresReader.read(GOOD, "measures.yaml");
        List<Integer> ten = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(MeasureRules.links(p.measures(), ten, Set.of("i1", "i2", "e4"), 2568, "scores.csv")).isEmpty();
        assertThat(MeasureRules.links(p.measures(), ten, Set.of("i1", "i2", "e5"), 2568, "scores.csv")).singleElement()
                .satisfies(pr -> {
                    assertThat(pr.code()).isEqualTo("UNKNOWN_LINK");
                    assertThat(pr.where()).isEqualTo("measures.yaml:10");
                    assertThat(pr.toException().getMessage()).isEqualTo("measure M1 is linked to question e4, which the fiscal"
                            + " year 2568 framework or scores.csv does not have (did you mean \"e5\"?); use a question code"
                            + " from the scores file or remove it");
                });
        assertThat(MeasureRules.links(p.measures(), List.of(1, 2, 3), Set.of(), 2568, "scores.csv"))
                .extracting(pr -> pr.toException().getMessage())
                .containsExactly("measure M2 is linked to indicator 4, which the fiscal year 2568 framework does not have");
    }

    @Test
    void didYouMeanOnlyForCloseWords() {
        assertThat(org.itagen.input.yaml.YamlDoc.didYouMean("titel", MeasuresParser.MEASURE_KEYS)).isEqualTo(" (did you mean \"title\"?)");
        assertThat(org.itagen.input.yaml.YamlDoc.didYouMean("zzzzzz", MeasuresParser.MEASURE_KEYS)).isEmpty();
    }

    @Test
    void quarterSpellings() {
        for (String q : new String[]{"Q1-Q2", "q1 - q2", "Q1-2", "ไตรมาส 1-2", "ไตรมาส ๑-๒", "ไตรมาสที่ 1-2"}) {
            MeasurePlan p = MeasuresReader.read(GOOD.replace("period: Q1-Q2", "period: " + q), "m.yaml");
            assertThat(p.measures().get(1).period().label()).as(q).isEqualTo("ไตรมาส 1-2 (ต.ค. 68 – มี.ค. 69)");
        }
        MeasurePlan p = MeasuresReader.read(GOOD.replace("period: Q1-Q2", "period: Q4"), "m.yaml");
        assertThat(p.measures().get(1).period().start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(p.measures().get(1).period().label()).isEqualTo("ไตรมาส 4 (ก.ค. – ก.ย. 69)");
    }

    @Test
    void notUtf8IsNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        // windows-874 ("Thai (Windows)") is read as the CSV reader reads it (issue 13)...
        java.nio.file.Path thai = java.nio.file.Files.write(tmp.resolve("thai.yaml"),
                GOOD.getBytes(java.nio.charset.Charset.forName("windows-874")));
        assertThat(MeasuresReader.read(thai).measures()).isEqualTo(MeasuresReader.read(GOOD, "thai.yaml").measures());
        // ...and bytes that are neither UTF-8 nor Thai are named.
        byte[] head = "plan_year: ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bad = java.util.Arrays.copyOf(head, head.length + 2);
        bad[head.length] = (byte) 0x81;
        bad[head.length + 1] = (byte) 0xFF;
        java.nio.file.Path f = java.nio.file.Files.write(tmp.resolve("measures.yaml"), bad);
        assertThatThrownBy(() -> MeasuresReader.read(f)).isInstanceOf(ItagenException.class)
                .hasMessageContaining("not UTF-8");
    }
}
