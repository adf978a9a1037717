package org.itagen.report;

import org.itagen.analysis.Analysis;
import org.itagen.analysis.IndicatorResult;
import org.itagen.analysis.ItemResult;
import org.itagen.analysis.WeakItem;
import org.itagen.input.Measure;
import org.itagen.input.MeasuresReader;
import org.itagen.model.EitPart;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ReportData puts before a template, each value worked out here again from the analysis and
 * the measures file by the rule the template-variable descriptions state (scores with two
 * decimals, EIT parts named, measures answering a question by name or by its whole indicator).
 */
class ReportDataTest {
    private static ReportData data(String kind, String sample) {
        return new ReportData(DocKind.of(kind), SampleReports.input(kind, sample), TemplateLoader.bundled(kind), new TextEngine());
    }

    private static String two(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @Test
    void risesAreTheIndicatorsScoringMoreThanTheYearBefore() {
        for (String sample : SampleReports.SAMPLES) {
            ReportData d = data("o25", sample);
            Analysis a = d.analysis();
            List<Integer> up = new ArrayList<>();
            for (IndicatorResult r : a.indicators()) {
                BigDecimal now = r.score(a.currentYear()), before = r.score(a.previousYear());
                if (now != null && before != null && now.compareTo(before) > 0) up.add(r.number());
            }
            assertThat(list(d.context.get("rises"))).extracting(m -> m.get("number")).as(sample).containsExactlyElementsOf(up);
        }
    }

    @Test
    void measuresDoneCountsTheMeasuresMarkedDone() throws Exception {
        for (String sample : SampleReports.SAMPLES) {
            String yaml = Files.readString(SampleReports.dir(sample).resolve("measures.yaml"));
            long done = yaml.lines().filter(l -> l.strip().equals("status: done")).count();
            long all = yaml.lines().filter(l -> l.startsWith("  - id:")).count();
            ReportData d = data("o28", sample);
            assertThat(d.context.get("measures_done")).as(sample).isEqualTo(done);
            assertThat(d.context.get("measure_count")).as(sample).isEqualTo((int) all);
            assertThat(done).as(sample + " has measures not done, so the count is a real filter").isLessThan(all);
        }
    }

    @Test
    void weakQuestionsAreInIndicatorThenCodeNumberOrderWithTheirPartsTogether() {
        for (String sample : SampleReports.SAMPLES) {
            ReportData d = data("o25", sample);
            List<WeakItem> weak = new ArrayList<>(d.analysis().weakItems());
            weak.sort(Comparator.comparingInt(WeakItem::indicator).thenComparingInt(w -> Integer.parseInt(w.item().substring(1))));
            List<String> codes = weak.stream().map(WeakItem::item).distinct().toList();
            List<Map<String, Object>> qs = list(d.context.get("weak_questions"));
            assertThat(qs).extracting(q -> q.get("code")).as(sample).containsExactlyElementsOf(codes);
            for (Map<String, Object> q : qs) {
                List<WeakItem> parts = d.analysis().weakItems().stream().filter(w -> w.item().equals(q.get("code"))).toList();
                for (WeakItem w : parts) {
                    String key = w.part() == null ? "score" : w.part() == EitPart.PUBLIC ? "score_public" : "score_survey";
                    assertThat(q.get(key)).as(sample + " " + w.item() + " " + key).isEqualTo(two(w.score()));
                }
                assertThat(q.get("fallback")).isEqualTo(parts.stream().allMatch(WeakItem::fallback));
            }
        }
    }

    @Test
    void aQuestionIsAnsweredByTheMeasuresNamingItAndThoseTakingItsWholeIndicator() {
        for (String sample : SampleReports.SAMPLES) {
            ReportData d = data("o25", sample);
            List<Measure> ms = d.plan().measures();
            for (Map<String, Object> q : list(d.context.get("weak_questions"))) {
                String code = (String) q.get("code");
                int indicator = (Integer) q.get("indicator");
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < ms.size(); i++) {
                    Measure m = ms.get(i);
                    boolean namesOneOfItsQuestions = m.items().stream().anyMatch(c -> d.analysis().items().stream()
                            .anyMatch(r -> r.item().equals(c) && r.indicator() == indicator));
                    if (m.items().contains(code) || (m.indicators().contains(indicator) && !namesOneOfItsQuestions)) expected.add(i + 1);
                }
                assertThat(q.get("measures")).as(sample + " " + code).isEqualTo(expected);
            }
        }
    }

    @Test
    void aMeasuresQuestionsCarryTheirLowestPartAndEveryScore() {
        for (String sample : SampleReports.SAMPLES) {
            ReportData d = data("o25", sample);
            Analysis a = d.analysis();
            for (ReportData.MeasureView v : d.measures) {
                List<Map<String, Object>> items = list(v.map().get("items"));
                assertThat(items).extracting(q -> q.get("code")).containsExactlyElementsOf(v.measure().items());
                for (Map<String, Object> q : items) {
                    List<ItemResult> rs = a.items().stream().filter(r -> r.item().equals(q.get("code"))).toList();
                    ItemResult low = null;
                    for (ItemResult r : rs) if (r.score() != null && (low == null || r.score().compareTo(low.score()) < 0)) low = r;
                    String where = sample + " " + v.measure().id() + " " + q.get("code");
                    assertThat(q.get("lowest")).as(where).isEqualTo(low == null ? null : two(low.score()));
                    assertThat(q.get("lowest_part")).as(where).isEqualTo(low == null || low.part() == null ? null
                            : low.part() == EitPart.PUBLIC ? "EIT Public" : "EIT Survey");
                    assertThat(q.get("indicator")).as(where).isEqualTo(rs.isEmpty() ? null : rs.getFirst().indicator());
                    String text = rs.isEmpty() ? null : String.join(" / ", rs.stream().map(r -> (r.part() == null ? ""
                            : r.part() == EitPart.PUBLIC ? "EIT Public " : "EIT Survey ") + two(r.score())).toList());
                    assertThat(q.get("score_text")).as(where).isEqualTo(text);
                    String wording = rs.stream().map(ItemResult::wording).filter(java.util.Objects::nonNull).findFirst()
                            .orElse(a.framework().question((String) q.get("code")).map(org.itagen.model.QuestionDef::text).orElse(null));
                    assertThat(q.get("wording")).as(where).isEqualTo(wording);
                }
            }
        }
    }

    @Test
    void theAgencyNameAndIdComeFromTheScoresWhenTheMeasuresFileLeavesThemOut() throws Exception {
        String yaml = Files.readString(SampleReports.dir("department").resolve("measures.yaml"));
        assertThat(yaml).contains("  id: dcws\n  name: กรมพัฒนาระบบน้ำชุมชน\n");
        var plan = MeasuresReader.read(yaml.replace("  id: dcws\n  name: กรมพัฒนาระบบน้ำชุมชน\n", "  name: '  '\n"), "measures.yaml");
        var scores = org.itagen.input.ScoreReader.read(SampleReports.dir("department").resolve("scores.csv"),
                org.itagen.input.ReadOptions.defaults());
        ReportInput in = Reports.prepare(DocKind.O25, scores, org.itagen.input.FrameworkLoader.bundled(),
                org.itagen.analysis.AnalysisOptions.defaults(), plan);
        ReportData d = new ReportData(DocKind.O25, in, TemplateLoader.bundled("o25"), new TextEngine());
        // scores.csv: agency_id dcws, agency_name กรมพัฒนาระบบน้ำชุมชน
        assertThat(d.agencyName()).isEqualTo("กรมพัฒนาระบบน้ำชุมชน");
        assertThat(d.agencyId()).isEqualTo("dcws");
        assertThat(ReportBuilder.agencyId(in)).isEqualTo("dcws");
        @SuppressWarnings("unchecked") Map<String, Object> agency = (Map<String, Object>) d.context.get("agency");
        assertThat(agency.get("short_name")).isEqualTo("พน.");
        assertThat(agency.get("label")).isEqualTo("พน.");
        ReportData given = data("o25", "department");
        assertThat(given.agencyId()).isEqualTo("dcws");
        assertThat(given.agencyName()).isEqualTo("กรมพัฒนาระบบน้ำชุมชน");
    }
}
