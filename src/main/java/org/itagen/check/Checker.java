package org.itagen.check;

import org.itagen.ItagenException;
import org.itagen.analysis.Analysis;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.analysis.Analyzer;
import org.itagen.analysis.IndicatorResult;
import org.itagen.analysis.ItemResult;
import org.itagen.analysis.Warning;
import org.itagen.analysis.WarningCode;
import org.itagen.analysis.WeakItem;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.input.ScoreStream;
import org.itagen.model.AgencyScores;
import org.itagen.model.Framework;
import org.itagen.model.FrameworkSet;
import org.itagen.model.IndicatorDef;
import org.itagen.model.QuestionDef;
import org.itagen.report.ReportBuilder;
import org.itagen.report.ReportInput;
import org.itagen.report.Reports;
import org.itagen.report.TemplateLoader;
import org.itagen.thai.ThaiDates;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The readiness check: what in the scores and measures would cost O25 or O28 its 100 points
 * (or weaken it), each finding with where and why. Inputs that cannot be read at all are thrown
 * as {@link ItagenException} (exit 2); everything else is a finding.
 */
public final class Checker {
    private static final String WHY_O25_COMPONENTS = "O25 ได้ 100 คะแนนเมื่อทุกมาตรการมีองค์ประกอบครบ (มาตรการ/โครงการ/กิจกรรม,"
            + " ผลการวิเคราะห์ที่มาตรการตอบ, ขั้นตอนหรือวิธีการ, ช่วงเวลา, ผู้รับผิดชอบ) ขาดข้อใดข้อหนึ่งได้ 0 คะแนน;"
            + " คำสั่ง o25 และ o28 จะไม่สร้างเอกสารจนกว่าจะแก้";
    private static final String WHY_O28_COMPONENTS = "O28 ได้ 100 คะแนนเมื่อทุกมาตรการมีการดำเนินการ สรุปผลการดำเนินการ"
            + " และผลลัพธ์หรือความสำเร็จ ขาดข้อใดข้อหนึ่งได้ 0 คะแนน";
    private static final String WHY_LINK = "ผู้ประเมินดูว่ามาตรการตอบผลการวิเคราะห์ตัวชี้วัด (องค์ประกอบที่ 3 ของ O25);"
            + " จุดอ่อนที่ไม่มีมาตรการใดตอบ ทำให้การวิเคราะห์กับมาตรการไม่เชื่อมกัน";

    /**
     * What to check.
     *
     * @param scores    the score file
     * @param measures  the measures YAML
     * @param read      how to read the score file (--agency, --sheet, --encoding)
     * @param docs      "o25" and/or "o28"
     */
    public record Request(Path scores, Path measures, ReadOptions read, FrameworkSet frameworks,
                          AnalysisOptions options, Set<String> docs) {
        public Request {
            docs = Set.copyOf(docs);
        }
    }

    private Checker() {
    }

    /** Checks scores and measures; findings come in a stable order: scores, measures, analysis, then the rest. */
    public static CheckReport check(Request r) {
        List<Finding> f = new ArrayList<>();

        // Measures first (their findings are listed after the scores'): their agency id picks the
        // agency of a many-agency scores file when --agency is not given, as o25/o28 do.
        List<Finding> measureProblems = new ArrayList<>();
        MeasuresScan.Plan plan = MeasuresScan.read(r.measures(), measureProblems);
        ReadOptions read = pickAgency(r.scores(), r.read(), plan.agencyId());

        // Scores: every bad row, not only the first, so one run lists them all.
        AgencyScores scores = null;
        List<ItagenException> rowProblems = ScoreStream.rowProblems(r.scores(), read);
        for (ItagenException e : rowProblems) {
            f.add(Finding.error(FindingCode.SCORE_INVALID, null, e.where(), e.getMessage(),
                    "คะแนนที่อ่านไม่ได้หรืออยู่นอกช่วง 0-100 ทำให้คำนวณผลและเขียนการวิเคราะห์ไม่ได้"));
        }
        if (rowProblems.isEmpty()) scores = readScores(r.scores(), read);

        // Measures: the forgiving read lists every missing component.
        f.addAll(measureProblems);
        measureFindings(plan, r.docs(), scores, f);

        Analysis analysis = null;
        if (scores != null && plan.assessmentYear() != null) {
            int a = plan.assessmentYear();
            if (!scores.years().contains(a)) {
                f.add(Finding.error(FindingCode.NO_ASSESSMENT_SCORES, null, scores.source(),
                        "ไฟล์คะแนนไม่มีคะแนนปีงบประมาณ " + a + " ซึ่งเป็นปีที่มาตรการตอบ (assessment_year) มีเพียง "
                                + scores.years() + ": เพิ่มคะแนนปีนั้น หรือแก้ assessment_year ใน " + plan.source(),
                        "O25 ต้องวิเคราะห์ผลการประเมินของปีงบประมาณที่ผ่านมา ไม่มีคะแนนปีนั้นก็ไม่มีการวิเคราะห์ ได้ 0 คะแนน"));
            } else {
                analysis = Analyzer.analyze(scores.onlyYears(Set.of(a - 1, a)), r.frameworks(), r.options());
                analysisFindings(analysis, scores, f);
                coverageFindings(analysis, plan, f);
            }
        }

        // What the generating commands would refuse that the forgiving read does not look at.
        MeasurePlan strict = null;
        try {
            strict = MeasuresReader.read(r.measures());
        } catch (ItagenException e) {
            if (!covered(e.where(), f)) {
                f.add(Finding.error(FindingCode.MEASURES_REJECTED, null, e.where(), e.getMessage(),
                        "คำสั่ง o25 และ o28 ไม่ยอมอ่านไฟล์มาตรการนี้ จึงสร้างเอกสารไม่ได้จนกว่าจะแก้"));
            }
        }

        // A dry run of the generating commands catches what no rule above names.
        if (strict != null && scores != null && f.stream().noneMatch(Finding::isError)) {
            for (String kind : List.of("o25", "o28")) {
                if (!r.docs().contains(kind)) continue;
                try {
                    ReportInput in = Reports.prepare(kind, scores, r.frameworks(), r.options(), strict);
                    ReportBuilder.build(in, TemplateLoader.bundled(kind), ReportBuilder.Overrides.NONE);
                } catch (ItagenException e) {
                    if (!covered(e.where(), f)) {
                        f.add(Finding.error(FindingCode.GENERATION_FAILS, kind, e.where(), e.getMessage(),
                                "คำสั่ง " + kind + " จะไม่สร้างเอกสารจากข้อมูลนี้"));
                    }
                }
            }
        }

        String agency = scores != null ? scores.agency().label() : plan.agencyId();
        return new CheckReport(agency, r.docs(), filter(f, r.docs()));
    }

    /** --agency, else the measures file's agency id when the scores file holds several agencies. */
    static ReadOptions pickAgency(Path scores, ReadOptions read, String planAgencyId) {
        if (read.agencyId() != null || planAgencyId == null || planAgencyId.isBlank()) return read;
        try {
            if (ScoreStream.index(scores, read).agencyIds().size() < 2) return read;
        } catch (ItagenException e) {
            return read; // no agency_id column (or unreadable): the score reader will say what is wrong
        }
        return new ReadOptions(planAgencyId.strip(), read.sheet(), read.encoding());
    }

    /**
     * The agency's scores. With --agency only that agency's rows are parsed (streamed), so that a
     * mistake in another agency's rows of a shared file does not stop this agency's check.
     */
    static AgencyScores readScores(Path file, ReadOptions read) {
        if (read.agencyId() == null || read.sheet() != null) return ScoreReader.read(file, read);
        String id = read.agencyId().strip();
        List<ScoreStream.AgencyRows> found = new ArrayList<>();
        try {
            ScoreStream.forEach(file, read, id::equals, false, found::add);
        } catch (ItagenException e) {
            return ScoreReader.read(file, read); // not a many-agency long file: the reader explains
        }
        if (found.isEmpty()) return ScoreReader.read(file, read); // unknown agency: the reader names the ids
        return found.getFirst().parse();
    }

    /** Findings of the chosen documents (and those that concern both). */
    static List<Finding> filter(List<Finding> f, Set<String> docs) {
        return f.stream().filter(x -> x.doc() == null || docs.contains(x.doc())).toList();
    }

    private static boolean covered(String where, List<Finding> f) {
        return where != null && f.stream().anyMatch(x -> where.equals(x.where()));
    }

    static void measureFindings(MeasuresScan.Plan plan, Set<String> docs, AgencyScores scores, List<Finding> f) {
        if (plan.planYear() == null && f.stream().noneMatch(x -> x.code().equals(FindingCode.PLAN_YEAR_MISSING))) {
            f.add(Finding.error(FindingCode.PLAN_YEAR_MISSING, null, plan.topWhere(),
                    "ไม่มี plan_year (ปีงบประมาณที่ดำเนินมาตรการ เช่น plan_year: 2569)",
                    "ไม่รู้ปีของแผน จึงตรวจช่วงเวลาของมาตรการและเลือกผลการประเมินที่ต้องวิเคราะห์ไม่ได้"));
        }
        if (plan.measures().isEmpty()) {
            f.add(Finding.error(FindingCode.NO_MEASURES, null, plan.measuresWhere(),
                    "ไม่มีมาตรการ: เพิ่มอย่างน้อยหนึ่งมาตรการใต้ measures (เริ่มแต่ละมาตรการด้วย '- id: M1')",
                    "O25 ต้องมีมาตรการที่นำผลการวิเคราะห์ไปพัฒนา และ O28 ต้องรายงานผลของมาตรการ ไม่มีมาตรการได้ 0 คะแนนทั้งสองข้อ"));
            return;
        }
        boolean afterYear = scores != null && plan.assessmentYear() != null
                && scores.years().contains(plan.assessmentYear() + 1);
        for (MeasuresScan.Draft m : plan.measures()) {
            if (m.title() == null) {
                f.add(Finding.error(FindingCode.O25_MISSING_TITLE, null, m.where("title"),
                        "มาตรการ " + m.id() + " ไม่มีชื่อมาตรการ/โครงการ/กิจกรรม (title)", WHY_O25_COMPONENTS));
            }
            if (m.indicators().isEmpty() && m.items().isEmpty()) {
                f.add(Finding.error(FindingCode.O25_MISSING_ANALYSIS, null, m.where(),
                        m.label() + " ไม่ได้ระบุว่าตอบผลการวิเคราะห์ตัวชี้วัดใด: เพิ่ม indicators: [..] หรือ items: [..]"
                                + (m.analysis() == null ? "" : " (ข้อความ analysis อย่างเดียวไม่พอ ต้องโยงกับตัวชี้วัดหรือข้อคำถาม)"),
                        WHY_O25_COMPONENTS));
            }
            if (m.steps().isEmpty()) {
                f.add(Finding.error(FindingCode.O25_MISSING_STEPS, null, m.where("steps"),
                        m.label() + " ไม่มีขั้นตอนหรือวิธีการดำเนินการ (steps)", WHY_O25_COMPONENTS));
            }
            if (!m.hasPeriod()) {
                f.add(Finding.error(FindingCode.O25_MISSING_PERIOD, null, m.where("period"),
                        m.label() + " ไม่มีช่วงเวลาดำเนินการ (period: {start: ..., end: ...} หรือ Q1-Q2)", WHY_O25_COMPONENTS));
            } else if (m.periodProblem() != null) {
                f.add(Finding.error(FindingCode.PERIOD_INVALID, null, m.where("period"),
                        m.label() + ": " + m.periodProblem(), WHY_O25_COMPONENTS));
            } else if (plan.planYear() != null && m.start() != null) {
                LocalDate fyStart = ThaiDates.fiscalYearStart(plan.planYear());
                LocalDate fyEnd = ThaiDates.fiscalYearEnd(plan.planYear());
                if (m.start().isBefore(fyStart) || m.end().isAfter(fyEnd)) {
                    String key = m.start().isBefore(fyStart) ? "period.start" : "period.end";
                    f.add(Finding.error(FindingCode.PERIOD_OUTSIDE_PLAN_YEAR, null, m.where(key),
                            m.label() + ": ช่วงเวลา " + m.start() + " ถึง " + m.end() + " อยู่นอกปีงบประมาณ "
                                    + plan.planYear() + " (" + fyStart + " ถึง " + fyEnd + "): ปรับให้อยู่ในปีงบประมาณ หรือแก้ plan_year",
                            "แผนของปีงบประมาณ " + plan.planYear() + " ต้องดำเนินการภายในปีนั้น มาตรการที่อยู่นอกปีไม่นับเป็นแผนของปีที่ประเมิน"
                                    + " และคำสั่ง o25/o28 จะไม่สร้างเอกสาร"));
                }
            }
            if (m.owner() == null) {
                f.add(Finding.error(FindingCode.O25_MISSING_OWNER, null, m.where("owner"),
                        m.label() + " ไม่มีผู้รับผิดชอบ (owner: หน่วยงานหรือตำแหน่ง)", WHY_O25_COMPONENTS));
            }
            if (docs.contains("o28")) {
                if (m.result() == null) {
                    f.add(Finding.error(FindingCode.O28_MISSING_RESULT, "o28", m.where(),
                            m.label() + " ไม่มีสรุปผลการดำเนินการ (result)", WHY_O28_COMPONENTS));
                }
                if (m.outcome() == null) {
                    if (afterYear) {
                        f.add(Finding.warning(FindingCode.O28_OUTCOME_ONLY_EVIDENCE, "o28", m.where(),
                                m.label() + " ไม่มีผลลัพธ์ (outcome) ที่เขียนเอง: เอกสารจะมีเพียงหลักฐานคะแนนปี "
                                        + (plan.assessmentYear() + 1) + " เป็นผลลัพธ์",
                                "ผลลัพธ์ที่เป็นตัวเลขคะแนนอย่างเดียวอาจไม่บอกว่ามาตรการสำเร็จอย่างไร ผู้ประเมินอาจเห็นว่าไม่ครบ"));
                    } else {
                        f.add(Finding.error(FindingCode.O28_MISSING_OUTCOME, "o28", m.where(),
                                m.label() + " ไม่มีผลลัพธ์หรือความสำเร็จ (outcome) และไฟล์คะแนนไม่มีปีถัดไปให้ใช้เป็นหลักฐาน",
                                WHY_O28_COMPONENTS));
                    }
                }
                if (m.status() != null && !m.status().strip().equalsIgnoreCase("done")) {
                    f.add(Finding.warning(FindingCode.O28_NOT_DONE, "o28", m.where("status"),
                            m.label() + " มีสถานะ " + m.status() + " (ยังไม่เสร็จ)",
                            "O28 รายงานสิ่งที่ดำเนินการแล้วในปีที่ผ่านมา มาตรการที่ยังไม่ดำเนินการทำให้ผลลัพธ์อ่อน"));
                }
            }
        }
    }

    static void analysisFindings(Analysis a, AgencyScores scores, List<Finding> f) {
        for (IndicatorResult i : a.indicators()) {
            if (i.score(a.currentYear()) == null) {
                f.add(Finding.error(FindingCode.INDICATOR_NOT_ANALYSED, "o25", scores.source(),
                        "ไม่มีคะแนนตัวชี้วัดที่ " + i.number() + " " + i.name() + " ของปีงบประมาณ " + a.currentYear()
                                + ": เพิ่มแถวคะแนนของตัวชี้วัดนี้",
                        "O25 ต้องวิเคราะห์ผลการประเมินให้ครบทั้ง 10 ตัวชี้วัด ขาดตัวชี้วัดใดได้ 0 คะแนน"));
            }
        }
        for (Warning w : a.warnings()) {
            switch (w.code()) {
                case WarningCode.DECLARED_TOTAL_MISMATCH -> f.add(Finding.error(FindingCode.DECLARED_TOTAL_MISMATCH, null,
                        w.where(), w.message(), "ตัวเลขที่กรอกขัดกับที่คำนวณจากคะแนนตัวชี้วัด: ตัวใดตัวหนึ่งผิด เอกสารจะพิมพ์ค่าที่คำนวณได้"
                                + " ซึ่งอาจไม่ตรงกับผลที่ประกาศในระบบ ITAS และผู้ประเมินตรวจพบได้"));
                case WarningCode.DECLARED_BAND_MISMATCH -> f.add(Finding.error(FindingCode.DECLARED_BAND_MISMATCH, null,
                        w.where(), w.message(), "ระดับผลการประเมินที่กรอกขัดกับเกณฑ์ของปีนั้น เอกสารที่ระบุระดับผิดทำให้การวิเคราะห์ไม่น่าเชื่อถือ"));
                case WarningCode.BAND_UNCONFIRMED -> f.add(Finding.warning(FindingCode.BAND_UNCONFIRMED, null,
                        w.where() == null ? scores.source() : w.where(), w.message(),
                        "เอกสารจะระบุว่ายืนยันระดับที่สูงกว่าไม่ได้ เพิ่มคะแนน EIT ส่วนที่ 1 และ 2 เพื่อให้ระบุระดับได้ถูกต้อง"));
                case WarningCode.SINGLE_YEAR -> f.add(Finding.warning(FindingCode.SINGLE_YEAR, "o25", scores.source(),
                        w.message(), "การวิเคราะห์ของ O25 เปรียบเทียบกับปีก่อน (เพิ่ม/ลด) ไม่ได้ ทำให้การวิเคราะห์อ่อน"));
                case WarningCode.NO_QUESTIONS -> f.add(Finding.warning(WarningCode.NO_QUESTIONS, "o25", scores.source(),
                        w.message(), "ไม่มีคะแนนรายข้อคำถาม จึงระบุข้อที่ได้คะแนนต่ำให้มาตรการตอบไม่ได้"));
                default -> {
                    // MISSING_INDICATORS is named per indicator above; EXTRA_YEARS cannot happen (two years only).
                }
            }
        }
    }

    /** Indicators and weak questions no measure answers; links to indicators or questions that do not exist. */
    static void coverageFindings(Analysis a, MeasuresScan.Plan plan, List<Finding> f) {
        Framework fw = a.framework();
        Map<String, Integer> itemIndicator = new HashMap<>();
        for (QuestionDef q : fw.questions().values()) itemIndicator.put(q.code(), q.indicator());
        for (ItemResult i : a.items()) itemIndicator.put(i.item(), i.indicator());
        Set<Integer> known = new HashSet<>();
        for (IndicatorDef d : fw.indicators()) known.add(d.number());

        Set<Integer> answered = new TreeSet<>();
        Set<String> answeredItems = new HashSet<>();
        for (MeasuresScan.Draft m : plan.measures()) {
            for (int n : m.indicators()) {
                if (!known.contains(n)) {
                    f.add(Finding.error(FindingCode.UNKNOWN_LINK, null, m.where("indicator:" + n),
                            m.label() + " โยงกับตัวชี้วัดที่ " + n + " ซึ่งไม่มีในกรอบการประเมินปี " + a.currentYear()
                                    + " (ตัวชี้วัดมี 1-10)", "มาตรการต้องตอบผลการวิเคราะห์ตัวชี้วัดที่มีจริง คำสั่ง o25/o28 จะไม่สร้างเอกสาร"));
                } else {
                    answered.add(n);
                }
            }
            for (String item : m.items()) {
                Integer n = itemIndicator.get(item);
                if (n == null) {
                    if (!itemIndicator.isEmpty()) {
                        f.add(Finding.error(FindingCode.UNKNOWN_LINK, null, m.where("item:" + item),
                                m.label() + " โยงกับข้อคำถาม " + item + " ซึ่งไม่มีทั้งในกรอบการประเมินปี " + a.currentYear()
                                        + " และในไฟล์คะแนน" + MeasuresReader.didYouMean(item, itemIndicator.keySet()),
                                "มาตรการต้องตอบข้อคำถามที่มีจริง คำสั่ง o25/o28 จะไม่สร้างเอกสาร"));
                    }
                } else {
                    answered.add(n);
                    answeredItems.add(item);
                }
            }
        }
        for (IndicatorResult i : a.indicators()) {
            if (!answered.contains(i.number()) && i.score(a.currentYear()) != null) {
                f.add(Finding.warning(FindingCode.INDICATOR_WITHOUT_MEASURE, "o25", plan.measuresWhere(),
                        "ตัวชี้วัดที่ " + i.number() + " " + i.name() + " (" + org.itagen.analysis.Scores.format(i.score(a.currentYear()))
                                + " คะแนน" + (i.lowestInTool() ? ", ต่ำสุดของ " + i.tool() : "") + ") ไม่มีมาตรการใดตอบ",
                        WHY_LINK));
            }
        }
        // A measure linked to an indicator without naming any of its questions answers the indicator as a whole.
        Set<Integer> wholeIndicators = new HashSet<>();
        for (MeasuresScan.Draft m : plan.measures()) {
            for (int n : m.indicators()) {
                boolean namesOne = m.items().stream().anyMatch(i -> Integer.valueOf(n).equals(itemIndicator.get(i)));
                if (!namesOne) wholeIndicators.add(n);
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (WeakItem w : a.weakItems()) {
            if (answeredItems.contains(w.item()) || wholeIndicators.contains(w.indicator()) || !reported.add(w.item())) continue;
            f.add(Finding.warning(FindingCode.WEAK_QUESTION_WITHOUT_MEASURE, "o25", plan.measuresWhere(),
                    "ข้อ " + w.item() + (w.part() == null ? "" : " (" + w.part().thaiLabel() + ")") + " ได้ "
                            + org.itagen.analysis.Scores.format(w.score()) + " คะแนน"
                            + (w.fallback() ? " (ต่ำสุดของตัวชี้วัดที่ " + w.indicator() + ")" : " ต่ำกว่า " + a.threshold().toPlainString())
                            + " แต่ไม่มีมาตรการใดระบุข้อนี้ใน items",
                    WHY_LINK));
        }
        if (plan.agencyId() != null && a.agency().id() != null && !plan.agencyId().equals(a.agency().id())) {
            f.add(Finding.warning(FindingCode.AGENCY_MISMATCH, null, plan.source(),
                    "ไฟล์มาตรการเป็นของหน่วยงาน " + plan.agencyId() + " แต่คะแนนเป็นของ " + a.agency().id(),
                    "เอกสารจะใช้รหัสหน่วยงานจากไฟล์มาตรการ ถ้าใช้ไฟล์ผิดหน่วยงาน เอกสารจะไม่ตรงกับผลของหน่วยงาน"));
        }
    }

}
