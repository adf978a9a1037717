package org.itagen.input;

import org.itagen.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** questions: of measures.yaml (issue 10): the officer's wordings by question code, mistakes at their line. */
class QuestionsParserTest {
    private static final String HEAD = """
            agency: {id: x, name: กรมทดสอบ}
            plan_year: 2569
            measures:
              - id: M1
                title: มาตรการหนึ่ง
                indicators: [6]
                steps: ขั้นตอนเดียว
                period: Q1
                owner: กองกลาง
            """; // 9 lines: questions: is line 10

    @Test
    void codesAreForgivenAsElsewhereAndWordingsKept() {
        MeasuresDraft d = MeasuresParser.parse(HEAD + """
                questions:
                  E๓: "  เจ้าหน้าที่ให้บริการ  "
                  i 7: เจ้าหน้าที่ใช้อำนาจ
                  o12: ""
                """, "m.yaml");
        assertThat(d.problems()).isEmpty();
        MeasurePlan p = d.plan();
        // An empty wording is left out: the table keeps its placeholder and check still says so.
        assertThat(p.questions()).isEqualTo(Map.of("e3", "เจ้าหน้าที่ให้บริการ", "i7", "เจ้าหน้าที่ใช้อำนาจ"));
        assertThat(p.where("questions.e3")).isEqualTo("m.yaml:11");
        assertThat(p.where("questions.i7")).isEqualTo("m.yaml:12");
    }

    @Test
    void withoutQuestionsThereAreNone() {
        assertThat(MeasuresParser.parse(HEAD, "m.yaml").plan().questions()).isEmpty();
    }

    @Test
    void aKeyThatIsNotACodeIsAnErrorAtItsLineInThai() {
        MeasuresDraft d = MeasuresParser.parse(HEAD + """
                questions:
                  e3: ถ้อยคำ
                  ข้อสาม: ถ้อยคำอื่น
                """, "m.yaml");
        Problem p = d.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertThat(p.where()).isEqualTo("m.yaml:12");
        assertThat(p.code()).isEqualTo(Problem.REJECTED);
        assertThat(Messages.text(Messages.THAI, p.message().code(), p.message().args()))
                .isEqualTo("\"ข้อสาม\" ใต้ questions: ไม่ใช่รหัสข้อคำถาม: เขียนรหัสเช่น e3 หรือ i10 ตามหน้าผลการประเมินในระบบ ITAS");
    }

    @Test
    void aQuestionWordedTwiceIsAnErrorAtTheSecond() {
        MeasuresDraft d = MeasuresParser.parse(HEAD + """
                questions:
                  e3: ถ้อยคำ
                  E3: ถ้อยคำอื่น
                """, "m.yaml");
        List<Problem> errors = d.problems().stream().filter(Problem::isError).toList();
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("m.yaml:12");
            assertThat(Messages.text(Messages.THAI, p.message().code(), p.message().args()))
                    .contains("e3").contains("m.yaml:11");
        });
        assertThat(d.questions()).isEqualTo(Map.of("e3", "ถ้อยคำ"));
    }

    @Test
    void aListInsteadOfCodeAndWordingIsAnError() {
        MeasuresDraft d = MeasuresParser.parse(HEAD + """
                questions:
                  - e3
                """, "m.yaml");
        assertThat(d.problems()).filteredOn(Problem::isError).extracting(Problem::where).containsExactly("m.yaml:11");
    }
}
