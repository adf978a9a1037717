package org.itagen.input;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The optional sections of measures.yaml (issue 10 §3): read when given, checked with file:line, absent as before. */
class SectionsParserTest {
    private static final String HEAD = """
            agency: {id: x, name: กรมทดสอบ}
            plan_year: 2569
            measures:
              - id: M1
                title: มาตรการหนึ่ง
                indicators: [1]
                steps: ขั้นตอนเดียว
                period: Q1
                owner: กองกลาง
              - id: M2
                title: มาตรการสอง
                indicators: [4]
                steps: ขั้นตอนเดียว
                period: Q2
                owner: กองคลัง
            """;

    private static final String FULL = HEAD + """
            document_date: {o25: 2025-11-20, o28: 2569-10-20}
            national_rank: {rank: 126, group_size: 160, group: ส่วนราชการระดับกรม, participants: "๘๓๑๗"}
            recommendations:
              - {tool: iit, indicators: [4], items: [I10, i12], text: ควรทบทวนแนวปฏิบัติ}
              - text: ข้อเสนอแนะทั่วไป
            monitoring:
              report_by: 2026-10-12
              report_to: ศูนย์ปฏิบัติการต่อต้านการทุจริต
              steps: [ขั้นแรก, ขั้นสอง]
            issues:
              - title: ประเด็นแรก
                analysis: วิเคราะห์
                items: [e4]
                limitations: ข้อจำกัดเดียว
                measures: [M2, M1, M2]
            limitations: [ก, ข]
            advisers: [นายหนึ่ง, {name: นางสอง, position: ผู้อำนวยการ}]
            preparers: [{name: นายสาม}]
            """;

    @Test
    void everySectionIsReadAsWritten() {
        MeasuresDraft d = MeasuresParser.parse(FULL, "m.yaml");
        assertThat(d.problems()).isEmpty();
        Sections s = d.plan().sections();
        assertThat(s.documentDates()).isEqualTo(Map.of("o25", LocalDate.of(2025, 11, 20), "o28", LocalDate.of(2026, 10, 20)));
        assertThat(s.nationalRank()).isEqualTo(new Sections.NationalRank(126, 160, "ส่วนราชการระดับกรม", 8317));
        assertThat(s.recommendations()).containsExactly(
                new Sections.Recommendation("IIT", List.of(4), List.of("i10", "i12"), "ควรทบทวนแนวปฏิบัติ"),
                new Sections.Recommendation(null, List.of(), List.of(), "ข้อเสนอแนะทั่วไป"));
        assertThat(s.monitoring()).isEqualTo(new Sections.Monitoring(LocalDate.of(2026, 10, 12),
                "ศูนย์ปฏิบัติการต่อต้านการทุจริต", List.of("ขั้นแรก", "ขั้นสอง")));
        assertThat(s.issues()).containsExactly(new Sections.Issue("ประเด็นแรก", "วิเคราะห์", List.of("e4"),
                List.of("M2", "M1"), List.of("ข้อจำกัดเดียว")));
        assertThat(s.limitations()).containsExactly("ก", "ข");
        assertThat(s.advisers()).containsExactly(new Sections.Person("นายหนึ่ง", null), new Sections.Person("นางสอง", "ผู้อำนวยการ"));
        assertThat(s.preparers()).containsExactly(new Sections.Person("นายสาม", null));
    }

    @Test
    void oneDateServesBothDocuments() {
        Sections s = MeasuresParser.parse(HEAD + "document_date: 2025-11-20\n", "m.yaml").plan().sections();
        assertThat(s.documentDate("o25")).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(s.documentDate("o28")).isEqualTo(LocalDate.of(2025, 11, 20));
    }

    @Test
    void aFileWithoutSectionsHasNone() {
        assertThat(MeasuresParser.parse(HEAD, "m.yaml").plan().sections()).isEqualTo(Sections.NONE);
    }

    private record Seen(String code, String where) {
    }

    /** One mistake per line from line 16 on; the problems must name these lines, in reading order. */
    private static final String BROKEN = HEAD + """
            recomendations: []
            document_date: {o25: 2025-13-01, o29: 2026-01-01}
            national_rank: {rank: 170, group_size: 160}
            recommendations:
              - {tool: ITT, text: ก}
              - {indicators: [11], items: [x1]}
            monitoring: {report_by: พรุ่งนี้, deadline: 2026-10-01}
            issues:
              - {title: ก, measures: [M3]}
              - {measure: [M1]}
            advisers:
              - {position: ผู้อำนวยการ}
            """;

    @Test
    void everyMistakeNamesItsLine() {
        MeasuresDraft d = MeasuresParser.parse(BROKEN, "m.yaml");
        assertThat(d.problems().stream().map(p -> new Seen(p.code(), p.where())).toList()).containsExactly(
                new Seen("MEASURES_REJECTED", "m.yaml:16"),   // recomendations: did you mean recommendations
                new Seen("MEASURES_REJECTED", "m.yaml:17"),   // month 13
                new Seen("MEASURES_REJECTED", "m.yaml:17"),   // o29 is not a document
                new Seen("MEASURES_REJECTED", "m.yaml:18"),   // rank after group_size
                new Seen("MEASURES_REJECTED", "m.yaml:20"),   // ITT: did you mean IIT
                new Seen("UNKNOWN_LINK", "m.yaml:21"),        // indicator 11
                new Seen("MEASURES_REJECTED", "m.yaml:21"),   // x1
                new Seen("MEASURES_REJECTED", "m.yaml:21"),   // no text
                new Seen("MEASURES_REJECTED", "m.yaml:22"),   // deadline: unknown key
                new Seen("MEASURES_REJECTED", "m.yaml:22"),   // a date in words
                new Seen("MEASURES_REJECTED", "m.yaml:24"),   // M3 does not exist
                new Seen("MEASURES_REJECTED", "m.yaml:25"),   // measure: did you mean measures
                new Seen("MEASURES_REJECTED", "m.yaml:25"),   // no title
                new Seen("MEASURES_REJECTED", "m.yaml:25"),   // so no measures either
                new Seen("MEASURES_REJECTED", "m.yaml:27"));  // an adviser without a name
        List<String> lines = d.problems().stream().map(p -> p.toException().oneLine()).toList();
        assertThat(lines).contains(
                "m.yaml:16: unknown key \"recomendations\" at the top level (did you mean \"recommendations\"?); allowed keys: "
                        + String.join(", ", MeasuresParser.TOP_KEYS),
                "m.yaml:18: rank 170 cannot be after group_size 160: the group has only 160 agencies",
                "m.yaml:20: tool \"ITT\" is not IIT, EIT or OIT (did you mean \"IIT\"?)",
                "m.yaml:24: issue 1 names measure \"M3\", which this file does not have (did you mean \"M1\"?); its measures are: M1, M2",
                "m.yaml:25: issue 2 needs measures: the ids of the measures that answer it, e.g. [M1, M2]");
    }
}
