package org.itagen.input.yaml;

import org.itagen.ItagenException;
import org.itagen.input.MeasuresDraft;
import org.itagen.input.MeasuresParser;
import org.itagen.input.Problem;
import org.itagen.testing.ThaiMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 13 "done means", the YAML half: the department sample's measures.yaml changed the ways
 * officers get YAML wrong (typed in Notepad, pasted from Word), each giving a Thai message that
 * names file:line. The line expected is found in the changed text (the line holding {@code at}),
 * not taken from the parser. Text YAML would silently eat is a warning at its line: nothing is
 * lost without a word.
 */
@ExtendWith(ThaiMessages.class)
class YamlMistakesTest {
    static final String FILE = "measures.yaml";
    static final String TITLE1 = "    title: ยกระดับมาตรฐานการให้บริการตามคู่มือ";
    static final String STEP2 = "      - เผยแพร่คู่มือบนเว็บไซต์และติดประกาศ ณ จุดให้บริการทุกแห่ง";
    static final String OUTCOME1 = "    outcome: ผู้รับบริการทราบขั้นตอนและระยะเวลาล่วงหน้า";

    static String sample() {
        try (InputStream in = YamlMistakesTest.class.getClassLoader().getResourceAsStream("org/itagen/samples/department/measures.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a mistake shows: the first error of the draft, a warning among its problems, or the file refused at once. */
    enum Shows { ERROR, WARNING, THROWN }

    /**
     * @param to   into what
     * @param from what the officer changed (the first occurrence; a regular expression when it starts with "(?s)")
     * @param at   text of the line the message must name (its first occurrence in the changed file; "last:" the last)
     */
    record Mistake(String what, String from, String to, String at, Shows shows, String code) {
        @Override
        public String toString() {
            return what;
        }

        String text() {
            String s = sample();
            String pattern = from.startsWith("(?s)") ? from : java.util.regex.Pattern.quote(from);
            assertThat(java.util.regex.Pattern.compile(pattern).matcher(s).find()).as(what).isTrue();
            return s.replaceFirst(pattern, java.util.regex.Matcher.quoteReplacement(to));
        }

        String where() {
            List<String> lines = text().lines().toList();
            if (at.startsWith("last:")) { // the second of two equal lines
                for (int i = lines.size() - 1; i >= 0; i--) if (lines.get(i).contains(at.substring(5))) return FILE + ":" + (i + 1);
            }
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(at)) return FILE + ":" + (i + 1);
            throw new AssertionError(what + ": no line holds " + at);
        }
    }

    static Mistake error(String what, String from, String to, String at, String code) {
        return new Mistake(what, from, to, at, Shows.ERROR, code);
    }

    static Stream<Mistake> mistakes() {
        return Stream.of(
                // what o25/o28 refuse (the first error), check lists
                error("title left empty", TITLE1, "    title: \"\"", "title: \"\"", "O25_MISSING_TITLE"),
                error("title key misspelt", TITLE1, TITLE1.replace("title", "titel"), "titel:", Problem.REJECTED),
                error("indicator 11", "indicators: [1, 6]", "indicators: [1, 11]", "indicators: [1, 11]", "UNKNOWN_LINK"),
                error("indicator as a Thai word", "indicators: [1, 6]", "indicators: [หนึ่ง]", "indicators: [หนึ่ง]", Problem.REJECTED),
                error("question typed as a name", "items: [i1, e1, e2, e3]", "items: [ข้อ1]", "items: [ข้อ1]", Problem.REJECTED),
                error("steps emptied", "(?s)    steps:\n      - ทบทวนคู่มือการให้บริการ.*?(?=    period:)", "    steps: []\n", "steps: []",
                        "O25_MISSING_STEPS"),
                error("31 February", "end: 2026-03-31}\n    owner: กองพัฒนา", "end: 2026-02-31}\n    owner: กองพัฒนา", "2026-02-31",
                        "PERIOD_INVALID"),
                error("end before start", "{start: 2025-11-01, end: 2026-03-31}", "{start: 2026-03-31, end: 2025-11-01}",
                        "{start: 2026-03-31", "PERIOD_INVALID"),
                error("start before the plan year", "{start: 2025-11-01, end: 2026-03-31}", "{start: 2025-09-01, end: 2026-03-31}",
                        "2025-09-01", "PERIOD_OUTSIDE_PLAN_YEAR"),
                error("quarters reversed", "period: Q1-Q4", "period: Q4-Q1", "Q4-Q1", "PERIOD_INVALID"),
                error("quarter 5", "period: Q2-Q4", "period: Q2-Q5", "Q2-Q5", "PERIOD_INVALID"),
                error("period in words", "period: Q1-Q4", "period: ตลอดปีงบประมาณ", "ตลอดปีงบประมาณ", "PERIOD_INVALID"),
                error("owner left empty", "    owner: กองพัฒนาระบบบริหาร", "    owner:", "    owner:", "O25_MISSING_OWNER"),
                error("status in own words", "    status: done", "    status: เสร็จแล้ว", "เสร็จแล้ว", Problem.REJECTED),
                error("measure id used twice", "  - id: M2", "  - id: M1", "last:  - id: M1", Problem.REJECTED),
                error("plan year in CE", "plan_year: 2569", "plan_year: 2026", "plan_year: 2026", "PLAN_YEAR_MISSING"),
                error("plan year in words", "plan_year: 2569", "plan_year: สองห้าหกเก้า", "plan_year:", "PLAN_YEAR_MISSING"),
                error("approval on 30 February", "date: 2025-11-14", "date: 2025-02-30", "approval:", Problem.REJECTED),
                error("agency key misspelt", "  short_name: พน.", "  shortname: พน.", "shortname", Problem.REJECTED),
                error("every measure deleted", "(?s)\nmeasures:\n.*", "\nmeasures: []\n", "measures: []", "NO_MEASURES"),
                // what cannot be read at all: the file is refused with its line
                new Mistake("a colon inside a plain title", TITLE1, "    title: โครงการ: ยกระดับการให้บริการ", "โครงการ:",
                        Shows.THROWN, "error.YAML_SYNTAX"),
                new Mistake("a tab before a key", "    owner: กองพัฒนาระบบบริหาร", "\towner: กองพัฒนาระบบบริหาร", "\towner",
                        Shows.THROWN, "error.YAML_SYNTAX"),
                new Mistake("a quote left open", "meeting: \"11/2568\"", "meeting: \"11/2568", "meeting:", Shows.THROWN,
                        "error.YAML_SYNTAX"),
                new Mistake("a vertical tab pasted from Word", TITLE1, TITLE1 + "\u000B", "title: ยกระดับ", Shows.THROWN,
                        "error.CONTROL_CHARACTER"),
                // what YAML would eat silently: warned at its line, the document still made
                new Mistake("' #' inside a title", TITLE1, TITLE1 + " ห้อง #3", "ห้อง #3", Shows.WARNING, "warning.YAML_HASH"),
                new Mistake("a step continued on the next line", STEP2,
                        "      - เผยแพร่คู่มือบนเว็บไซต์\n        และติดประกาศ ณ จุดให้บริการทุกแห่ง", "และติดประกาศ", Shows.WARNING,
                        "warning.YAML_LINE_JOINED"),
                new Mistake("Word bullets in one value", "    steps:\n      - ทบทวนคู่มือการให้บริการ",
                        "    steps:\n      - • ทบทวนคู่มือ • ระบุขั้นตอน\n      - ทบทวนคู่มือการให้บริการ", "• ทบทวนคู่มือ • ระบุ",
                        Shows.WARNING, "warning.YAML_BULLET"),
                new Mistake("an outcome starting with '-'", OUTCOME1, OUTCOME1.replace("outcome: ", "outcome: -"), "outcome: -",
                        Shows.WARNING, "warning.YAML_VALUE_MARK"),
                new Mistake("an owner starting with ':'", "    owner: กองคลัง", "    owner: :กองคลัง", ":กองคลัง", Shows.WARNING,
                        "warning.YAML_VALUE_MARK"));
    }

    @Test
    void theCorpusHasAtLeastTwentyFive() {
        assertThat(mistakes().count()).isGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void eachMistakeNamesItsLineInThai(Mistake m) {
        String text = m.text();
        String where = m.where();
        String message;
        switch (m.shows()) {
            case THROWN -> {
                ItagenException e = catchThrowableOfType(ItagenException.class, () -> MeasuresParser.parse(text, FILE));
                assertThat(e).as(m.what()).isNotNull();
                assertThat(e.where()).as(m.what()).isEqualTo(where);
                assertThat(e.code()).as(m.what()).isEqualTo(m.code());
                message = e.getMessage();
            }
            case ERROR -> {
                MeasuresDraft d = MeasuresParser.parse(text, FILE);
                Problem first = d.problems().stream().filter(Problem::isError).findFirst().orElseThrow(() -> new AssertionError(m.what()));
                assertThat(first.where()).as(m.what() + ": " + first.message().text()).isEqualTo(where);
                assertThat(first.code()).as(m.what()).isEqualTo(m.code());
                // o25/o28 stop at the same place, one line
                ItagenException e = catchThrowableOfType(ItagenException.class, d::plan);
                assertThat(e.where()).isEqualTo(where);
                message = first.message().text();
            }
            case WARNING -> {
                MeasuresDraft d = MeasuresParser.parse(text, FILE);
                assertThat(d.problems()).as(m.what() + " leaves the file valid").noneMatch(Problem::isError);
                Problem w = d.problems().stream().filter(p -> p.message().code().equals(m.code())).findFirst()
                        .orElseThrow(() -> new AssertionError(m.what() + ": no " + m.code() + " in " + d.problems()));
                assertThat(w.where()).as(m.what()).isEqualTo(where);
                assertThat(w.code()).isEqualTo("YAML_TEXT_LOST");
                message = w.message().text();
            }
            default -> throw new IllegalStateException();
        }
        assertThat(message).as(m.what()).matches("(?s).*[\\u0E01-\\u0E2E].*").doesNotContain("{0}").doesNotContain("{1}");
    }

    @Test
    void theSampleItselfHasNoProblem() {
        assertThat(MeasuresParser.parse(sample(), FILE).problems()).isEmpty();
    }
}
