package org.itagen.report;

import org.itagen.input.Measure;
import org.itagen.input.MeasuresReader;
import org.itagen.render.text.TextDumpWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 §3: the documents' sentences never claim what the data does not show. Read from the
 * text dumps of every sample's O25 and O28; the oracles are the measures files and plain rules
 * on the text, not the sentence code.
 */
class ClaimsTest {
    /** Every sample's O25 and O28 as text dumps (digits as the template gives them, Thai). */
    private static Map<String, String> dumps() {
        Map<String, String> out = new HashMap<>();
        for (String sample : SampleReports.SAMPLES) {
            for (String kind : List.of("o25", "o28")) out.put(kind + "/" + sample, TextDumpWriter.write(SampleReports.document(kind, sample)));
        }
        return out;
    }

    /** "92.07", "๙๒.๐๗", "+6.56": a figure with two decimals, in either digits. */
    private static final Pattern FIGURE = Pattern.compile("[+-]?[0-9๐-๙]+\\.[0-9๐-๙]{2}");

    /**
     * A figure is said once per sentence: "ได้ 94.52 คะแนน ... เพิ่มขึ้นจาก 92.07 คะแนน เป็น 94.52
     * คะแนน" said 94.52 twice. A sentence here is a paragraph, a list item, or a table cell's line
     * (cells are " | " apart and their lines " / " apart in the dump); chart data ("ปี 2568=100.00")
     * are not sentences.
     */
    @Test
    void noFigureIsRepeatedInOneSentence() {
        List<String> repeated = new ArrayList<>();
        dumps().forEach((name, dump) -> {
            for (String line : dump.lines().toList()) {
                for (String sentence : line.split(" \\| | / ")) {
                    if (sentence.contains("=")) continue;
                    Map<String, Integer> seen = new HashMap<>();
                    Matcher m = FIGURE.matcher(sentence);
                    while (m.find()) seen.merge(m.group(), 1, Integer::sum);
                    seen.forEach((figure, n) -> {
                        if (n > 1) repeated.add(name + ": " + figure + " in: " + sentence.strip());
                    });
                }
            }
        });
        assertThat(repeated).isEmpty();
    }

    /**
     * "ครบทั้ง 10 ตัวชี้วัด" (all ten indicators) only when the measures answer all ten: each
     * sample's measures are read here and the indicators they name counted.
     */
    @Test
    void allTenIsClaimedOnlyWhenTheMeasuresAnswerAllTen() {
        Pattern allTen = Pattern.compile("ครบ(ทั้ง)?\\s*(10|๑๐)\\s*ตัวชี้วัด|ครบทุกตัวชี้วัด");
        dumps().forEach((name, dump) -> {
            String sample = name.substring(name.indexOf('/') + 1);
            TreeSet<Integer> answered = new TreeSet<>();
            for (Measure m : MeasuresReader.read(SampleReports.dir(sample).resolve("measures.yaml")).measures()) {
                answered.addAll(m.indicators());
            }
            if (answered.size() < 10) assertThat(allTen.matcher(dump).find()).as(name + " answers only " + answered).isFalse();
        });
        // And never from the template's fixed text: the bundled templates hold no such claim.
        assertThat(allTen.matcher(TemplateLoader.bundledText("o25")).find()).isFalse();
        assertThat(allTen.matcher(TemplateLoader.bundledText("o28")).find()).isFalse();
    }

    /**
     * The O28 is the report; the measures file's approval is printed as the approval of the
     * report (under the title), never as the measures' ("มาตรการ ... ได้รับความเห็นชอบ"): the
     * input does not say who approved the measures.
     */
    @Test
    void theReportsApprovalIsNotPresentedAsTheMeasures() {
        dumps().forEach((name, dump) -> {
            if (!name.startsWith("o28/")) return;
            List<String> approvals = dump.lines().filter(l -> l.contains("ได้รับความเห็นชอบ")).toList();
            // The department and public-organization samples give an approval; the municipality none.
            if (!name.endsWith("municipality")) assertThat(approvals).as(name).isNotEmpty();
            assertThat(approvals).as(name).noneMatch(l -> l.contains("มาตรการ"));
        });
    }
}
