package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Table;
import org.itagen.render.text.TextDumpWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An officer's edits to a template change the document accordingly; mistakes name the line. */
class TemplateEditTest {
    private static final String O25 = TemplateLoader.bundledText("o25");

    private static String dump(String templateText) {
        Template t = TemplateLoader.parse(templateText, "mine.yaml", "o25");
        return TextDumpWriter.write(SampleReports.document("o25", "department", t));
    }

    private static ItagenException templateError(String templateText) {
        try {
            dump(templateText);
        } catch (ItagenException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    /** The line (1-based) of the first occurrence of {@code s} in the bundled o25 template. */
    private static int lineOf(String s) {
        int i = O25.indexOf(s);
        assertThat(i).as(s).isGreaterThanOrEqualTo(0);
        return (int) O25.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void bundledTemplateAsIs() {
        String d = dump(O25);
        assertThat(d).contains("## ๑. หลักการและเหตุผล").contains("ลำดับคะแนนตัวชี้วัดจากมากไปน้อย").contains("๙๒.๐๗");
    }

    @Test
    void changedHeadingWordShowsUp() {
        String d = dump(O25.replace("- heading: 1. หลักการและเหตุผล", "- heading: 1. ความเป็นมาของมาตรการ"));
        assertThat(d).contains("## ๑. ความเป็นมาของมาตรการ").doesNotContain("หลักการและเหตุผล");
    }

    @Test
    void removedSectionIsGone() {
        String ranking = """
                  - table: ranking
                    caption: "ตารางที่ 3 ลำดับคะแนนตัวชี้วัดจากมากไปน้อย ปีงบประมาณ พ.ศ. {{ assessment_year }}"
                    size: 14
                """;
        assertThat(O25).contains(ranking);
        Template edited = TemplateLoader.parse(O25.replace(ranking, ""), "mine.yaml", "o25");
        Document before = SampleReports.document("o25", "department");
        Document after = SampleReports.document("o25", "department", edited);
        long tablesBefore = before.blocks().stream().filter(b -> b instanceof Table).count();
        long tablesAfter = after.blocks().stream().filter(b -> b instanceof Table).count();
        assertThat(tablesAfter).isEqualTo(tablesBefore - 1);
        assertThat(TextDumpWriter.write(after)).doesNotContain("ลำดับคะแนนตัวชี้วัด");
    }

    @Test
    void arabicDigitsFromTheTemplateOrTheCommandLine() {
        String d = dump(O25.replace("digits: thai", "digits: arabic"));
        assertThat(d).contains("digits arabic").contains("92.07 คะแนน").doesNotContain("๙๒.๐๗");
        Document viaOption = ReportBuilder.build(SampleReports.input("o25", "department"), TemplateLoader.bundled("o25"),
                new ReportBuilder.Overrides(Digits.ARABIC, null));
        assertThat(TextDumpWriter.write(viaOption)).contains("92.07 คะแนน").doesNotContain("๙๒");
    }

    @Test
    void pageSettingsComeFromTheTemplate() {
        String d = dump(O25.replace("margins: {top: 2.5, bottom: 2, left: 3, right: 2}", "margins: {top: 2, bottom: 2, left: 2.5, right: 1.5}")
                .replace("font: TH Sarabun New", "font: Laksaman").replace("page_numbers: {from: 2, pattern: \"- {n} -\", position: top_center}",
                        "page_numbers: {from: 1, pattern: \"หน้า {n}\", position: bottom_center}"));
        assertThat(d).contains(":page: 21.0x29.7 cm, margins 2.0/2.0/2.5/1.5 cm, Laksaman 16 pt x1.25, digits thai, numbers \"หน้า {n}\" from 1 bottom_center");
        assertThat(dump(O25.replace("page_numbers: {from: 2, pattern: \"- {n} -\", position: top_center}", "page_numbers: off")))
                .contains("numbers off");
    }

    @Test
    void pageAlignJustifiesBodyParagraphsOrLeavesThemRagged() {
        String align = "  align: justify          # justify = กระจายแบบไทย (เต็มบรรทัด), left = ชิดซ้าย";
        assertThat(O25).contains(align);
        // Bundled: justified (Thai distributed); a paragraph's own align still wins (the centred "จัดทำโดย").
        assertThat(dump(O25)).contains("[justify] สำนักงาน ป.ป.ช. ประเมินคุณธรรม", "[center] จัดทำโดย");
        String left = dump(O25.replace(align, "  align: left"));
        assertThat(left).contains("\nสำนักงาน ป.ป.ช. ประเมินคุณธรรม", "[center] จัดทำโดย").doesNotContain("[justify]");
        // A template from before the switch (no align) is justified.
        assertThat(dump(O25.replace(align + "\n", ""))).contains("[justify] สำนักงาน ป.ป.ช.");
        ItagenException e = templateError(O25.replace(align, "  align: jusitfy"));
        assertThat(e.oneLine()).startsWith("mine.yaml:" + lineOf(align) + ": page align must be justify").contains("\"jusitfy\"");
        assertThat(e.code()).isEqualTo("error.PAGE_ALIGN");
    }

    @Test
    void labelsRenameTableWords() {
        String d = dump(O25.replace("# labels:\n#   col_owner: หน่วยงานรับผิดชอบ", "labels:\n  col_owner: หน่วยงานรับผิดชอบ\n  up: สูงขึ้น"));
        assertThat(d).contains("**หน่วยงานรับผิดชอบ**").contains("| สูงขึ้น |").doesNotContain("**ผู้รับผิดชอบ**");
    }

    @Test
    void templateErrorsNameFileAndLine() {
        int line = lineOf("{{ agency.name }} จึงได้นำผลการประเมิน");
        ItagenException e = templateError(O25.replace("{{ agency.name }} จึงได้นำผลการประเมิน", "{{ agncy.name }} จึงได้นำผลการประเมิน"));
        assertThat(e.oneLine()).startsWith("mine.yaml:" + line + ": template error: unknown name \"agncy\" (did you mean \"agency\"?)");

        int sentenceLine = lineOf("{{ ita.total }} คะแนน อยู่ในระดับ");
        e = templateError(O25.replace("{{ ita.total }} คะแนน อยู่ในระดับ", "{{ ita.totl }} คะแนน อยู่ในระดับ"));
        assertThat(e.oneLine()).startsWith("mine.yaml:" + sentenceLine + ": template error: unknown name \"totl\"");

        e = templateError(O25.replace("  - paragraph: \"{{ sentences.weak }}\"", "  - paragraph: \"{% if two_years %}{{ sentences.weak }}\""));
        assertThat(e.oneLine()).startsWith("mine.yaml:" + lineOf("  - paragraph: \"{{ sentences.weak }}\"") + ": template error");

        e = templateError(O25.replace("  - table: ranking", "  - table: rankings"));
        assertThat(e.oneLine()).startsWith("mine.yaml:" + lineOf("  - table: ranking") + ": there is no built-in table \"rankings\" (did you mean \"ranking\"?)");

        e = templateError(O25.replace("    caption: \"ตารางที่ 3", "    captoin: \"ตารางที่ 3"));
        assertThat(e.oneLine()).contains("unknown key \"captoin\" in a body block (did you mean \"caption\"?)");

        e = templateError(O25.replace("kind: o25", "kind: o28"));
        assertThat(e.oneLine()).startsWith("mine.yaml:" + lineOf("kind: o25") + ": this is an O28 template but the command makes O25");

        e = templateError(O25.replace("digits: thai ", "digits: roman "));
        assertThat(e.oneLine()).contains("digits must be thai or arabic");

        e = templateError(O25.replace("  - paragraph: \"{{ sentences.weak }}\"", "  - paragraph: {{ sentences.weak }}"));
        assertThat(e.oneLine()).startsWith("mine.yaml:" + lineOf("  - paragraph: \"{{ sentences.weak }}\"") + ": paragraph must be text");

        e = templateError(O25.replace("    if: weak_questions | length > 0", "    if: weak_questions"));
        assertThat(e.oneLine()).contains("a condition must be a yes/no test");
    }

    @Test
    void groupsRepeatPerElementAndShowOneMeasureTables() {
        String extra = O25.replace("  - heading: 6. การกำกับติดตามและรายงานผล", String.join("\n",
                "  - group:",
                "      - subheading: \"มาตรการที่ {{ m.no }} {{ m.title }}\"",
                "      - table: measure",
                "    each: measures",
                "    as: m",
                "    if: m.indicators | length > 1",
                "  - heading: 6. การกำกับติดตามและรายงานผล"));
        String d = dump(extra);
        // Only M1 (indicators 1 and 6) and M8 (9 and 10) link more than one indicator.
        assertThat(d).contains("### มาตรการที่ ๑ ยกระดับมาตรฐานการให้บริการตามคู่มือ")
                .contains("### มาตรการที่ ๘ รักษามาตรฐานการเปิดเผยข้อมูลสาธารณะ")
                .doesNotContain("### มาตรการที่ ๒");
        assertThat(d).contains("| **ผู้รับผิดชอบ** | ศูนย์เทคโนโลยีสารสนเทศ");

        ItagenException e = templateError(O25.replace("  - table: ranking", "  - table: measure"));
        assertThat(e.oneLine()).contains("must be inside a group with each: measures");
    }

    @Test
    void boldMarkupInParagraphs() {
        assertThat(ReportBuilder.runs("ได้ **92.07** คะแนน")).extracting(r -> r.text() + ":" + r.bold())
                .containsExactly("ได้ :false", "92.07:true", " คะแนน:false");
        assertThat(ReportBuilder.runs("a ** b")).extracting(r -> r.text() + ":" + r.bold()).containsExactly("a :false", "** b:false");
    }

    @Test
    void tagOnlyLinesLeaveNoBlankLines() {
        assertThat(TextEngine.trimTagLines("{% for c in x %}\n{{ c }}\n  {% endfor %}  \nend\n"))
                .isEqualTo("{% for c in x -%}\n{{ c }}\n  {% endfor -%}\nend\n");
        TextEngine engine = new TextEngine();
        String out = engine.render("{% for c in xs %}\n- {{ c }}\n{% endfor %}\nจบ", java.util.Map.of("xs", java.util.List.of("ก", "ข")), "t.yaml", 1);
        assertThat(out).isEqualTo("- ก\n- ข\nจบ");
    }

    @Test
    void unknownTemplateFileIsAnInputError() {
        assertThatThrownBy(() -> TemplateLoader.load(java.nio.file.Path.of("/nonexistent/o25.yaml"), "o25"))
                .isInstanceOf(ItagenException.class).hasMessageContaining("template file not found");
    }
}
