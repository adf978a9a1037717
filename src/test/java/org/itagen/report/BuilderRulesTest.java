package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.doc.Align;
import org.itagen.doc.Block;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.ListBlock;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageBreak;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * How ReportBuilder turns small templates' blocks into document blocks (headings per line,
 * paragraphs per blank line and their indent, lists), what a group's each may name, when a
 * document is refused as empty, and the template-text engine's answers to mistakes and ranges.
 */
class BuilderRulesTest {
    private static final ReportInput INPUT = SampleReports.input("o25", "department");

    private static String yaml(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The body blocks the template's body (lines from line 3 on) gives for the department sample. */
    private static List<Block> blocks(String... body) {
        return document(body).blocks();
    }

    private static Document document(String... body) {
        String[] lines = new String[body.length + 2];
        lines[0] = "kind: o25";
        lines[1] = "body:";
        System.arraycopy(body, 0, lines, 2, body.length);
        return ReportBuilder.build(INPUT, TemplateLoader.parse(yaml(lines), "t.yaml", "o25"), ReportBuilder.Overrides.NONE);
    }

    private static ItagenException refused(String... body) {
        ItagenException e = catchThrowableOfType(() -> document(body), ItagenException.class);
        assertThat(e).isNotNull();
        return e;
    }

    // ---- text blocks -----------------------------------------------------------------------------

    @Test
    void titleHeadingAndSubheadingAreLevelsZeroOneTwoOneHeadingPerNonBlankLine() {
        List<Block> b = blocks("  - title: |", "      ก", "", "      ข", "  - heading: ค", "  - subheading: ง");
        assertThat(b).containsExactly(Heading.of(0, "ก"), Heading.of(0, "ข"), Heading.of(1, "ค"), Heading.of(2, "ง"));
    }

    @Test
    void paragraphsSplitAtBlankLinesAndAreIndentedWhenJustifiedOrLeft() {
        List<Block> b = blocks("  - paragraph: |", "      หนึ่ง", "      ต่อ", "", "      สอง", "  - paragraph: กลาง", "    align: center",
                "  - paragraph: ซ้าย", "    align: left", "  - paragraph: ขวา", "    align: right", "  - paragraph: ระบุ",
                "    indent: 2");
        double indent = ReportBuilder.PARAGRAPH_INDENT_CM;
        assertThat(indent).isEqualTo(1.25);
        assertThat(b).containsExactly(
                new Paragraph(ReportBuilder.runs("หนึ่ง ต่อ"), Align.JUSTIFY, indent, 0),
                new Paragraph(ReportBuilder.runs("สอง"), Align.JUSTIFY, indent, 0),
                new Paragraph(ReportBuilder.runs("กลาง"), Align.CENTER, 0, 0),
                new Paragraph(ReportBuilder.runs("ซ้าย"), Align.LEFT, indent, 0),
                new Paragraph(ReportBuilder.runs("ขวา"), Align.RIGHT, 0, 0),
                new Paragraph(ReportBuilder.runs("ระบุ"), Align.JUSTIFY, 2.0, 0));
    }

    @Test
    void listsTakeOneItemPerLineWithoutTheirDashOrOnePerYamlItemAndVanishWhenEmpty() {
        List<Block> b = blocks("  - bullets: |", "      - ก", "      ข", "", "  - numbered:", "      - หนึ่ง", "      - ''",
                "      - สอง", "  - bullets: \"{% if false %}x{% endif %}\"", "  - heading: จบ");
        assertThat(b).containsExactly(ListBlock.bullets(List.of("ก", "ข")), ListBlock.numbered(List.of("หนึ่ง", "สอง")),
                Heading.of(1, "จบ"));
    }

    // ---- groups ----------------------------------------------------------------------------------

    @Test
    void aGroupRunsOverTheListItsEachNamesThroughDots() {
        int measures = INPUT.plan().measures().size();
        List<Block> b = blocks("  - group:", "      - heading: \"{{ loop_number }}/{{ m.no }} {{ loop_last }}\"", "    each: measures",
                "    as: m");
        assertThat(b).hasSize(measures);
        assertThat(b.getFirst()).isEqualTo(Heading.of(1, "1/1 false"));
        assertThat(b.getLast()).isEqualTo(Heading.of(1, measures + "/" + measures + " true"));
        // A name that holds no list (after: the year after, which O25 has not) shows nothing.
        assertThat(blocks("  - group:", "      - heading: x", "    each: after", "  - heading: y")).containsExactly(Heading.of(1, "y"));
    }

    @Test
    void anEachThatNamesNoListSaysWhichNamesThereAre() {
        ItagenException e = refused("  - heading: x", "  - group:", "      - heading: y", "    each: measuers");
        assertThat(e.code()).isEqualTo("error.TEMPLATE_EACH_NO_LIST");
        assertThat(e.where()).isEqualTo("t.yaml:4");
        assertThat(e.getMessage()).isEqualTo("each: there is no list \"measuers\" (did you mean \"measures\"?)");
        ItagenException field = refused("  - group:", "      - heading: y", "    each: agency.nam");
        assertThat(field.getMessage()).isEqualTo("each: there is no list \"agency.nam\" (did you mean \"name\"?)");
        // Past a text there are no names at all.
        ItagenException deeper = refused("  - group:", "      - heading: y", "    each: agency.name.first");
        assertThat(deeper.getMessage()).isEqualTo("each: there is no list \"agency.name.first\"");
        ItagenException notList = refused("  - group:", "      - heading: y", "    each: ita");
        assertThat(notList.code()).isEqualTo("error.TEMPLATE_EACH_NOT_LIST");
        assertThat(notList.getMessage()).isEqualTo("each: \"ita\" is not a list");
    }

    // ---- an empty document -------------------------------------------------------------------------

    private static Document docOf(Block... blocks) {
        return new Document(Metadata.of("t", "a", LocalDate.of(2025, 10, 1)), PageSetup.thaiOfficialA4(), List.of(blocks));
    }

    @Test
    void aDocumentWithAnyBlockButPageBreaksIsKept() {
        Template t = TemplateLoader.parse(yaml("kind: o25", "body:", "  - heading: x"), "t.yaml", "o25");
        Document d = docOf(new PageBreak(), Heading.of(1, "x"));
        assertThat(Generator.requireContent(d, t)).isSameAs(d);
    }

    @Test
    void anEmptyBodyOrABodyShowingNothingIsRefusedNamingTheTemplate() {
        Template empty = TemplateLoader.parse(yaml("kind: o25", "body: []"), "t.yaml", "o25");
        ItagenException e = catchThrowableOfType(() -> Generator.requireContent(docOf(), empty), ItagenException.class);
        assertThat(e.code()).isEqualTo("error.TEMPLATE_EMPTY_BODY");
        assertThat(e.where()).isEqualTo("t.yaml");
        Template hidden = TemplateLoader.parse(yaml("kind: o25", "body:", "  - page_break", "  - heading: x", "    if: false"),
                "t.yaml", "o25");
        ItagenException shown = catchThrowableOfType(() -> Generator.requireContent(docOf(new PageBreak()), hidden), ItagenException.class);
        assertThat(shown.code()).isEqualTo("error.TEMPLATE_NOTHING_SHOWN");
        assertThat(shown.where()).isEqualTo("t.yaml:3");
        // And through build: the conditions are evaluated for this agency.
        Generator g = new Generator(new Generator.Settings(org.itagen.input.FrameworkLoader.bundled(),
                org.itagen.analysis.AnalysisOptions.defaults(), Map.of(DocKind.O25, hidden), null, List.of(OutputFormat.TXT), null, null));
        var scores = org.itagen.input.ScoreReader.read(SampleReports.dir("department").resolve("scores.csv"),
                org.itagen.input.ReadOptions.defaults());
        ItagenException built = catchThrowableOfType(() -> g.build(scores, INPUT.plan()), ItagenException.class);
        assertThat(built.code()).isEqualTo("error.TEMPLATE_NOTHING_SHOWN");
    }

    // ---- template text -----------------------------------------------------------------------------

    private final TextEngine engine = new TextEngine();

    private ItagenException textError(String text, Map<String, Object> ctx) {
        ItagenException e = catchThrowableOfType(() -> engine.render(text, ctx, "t.yaml", 10), ItagenException.class);
        assertThat(e).as(text).isNotNull();
        return e;
    }

    @Test
    void textWithoutBracesIsReturnedAsItIs() {
        assertThat(engine.render("ไม่มีตัวแปร %} }}", Map.of(), "t.yaml", 1)).isEqualTo("ไม่มีตัวแปร %} }}");
    }

    @Test
    void aMistakeNamesTheLineOfTheTextItIsOn() {
        ItagenException e = textError("ก\nข\n{{ agncy }}", Map.of("agency", "x"));
        assertThat(e.where()).isEqualTo("t.yaml:12");
        assertThat(e.code()).isEqualTo("error.TEMPLATE_UNKNOWN_NAME");
        assertThat(e.getMessage()).startsWith("template error: unknown name \"agncy\" (did you mean \"agency\"?)");
    }

    @Test
    void anUnknownFieldARefusedTagAndOtherMistakesEachHaveTheirMessage() {
        ItagenException field = textError("{{ agency.nmae }}", Map.of("agency", Map.of("name", "x")));
        assertThat(field.code()).isEqualTo("error.TEMPLATE_UNKNOWN_FIELD");
        assertThat(field.getMessage()).startsWith("template error: unknown name \"nmae\"; check the spelling");
        ItagenException tag = textError("{% include 'other.yaml' %}", Map.of());
        assertThat(tag.code()).isEqualTo("error.TEMPLATE_TAG_REFUSED");
        assertThat(tag.getMessage()).startsWith("the tag {% include %} is not available in document templates");
        ItagenException unknownTag = textError("{% frobnicate %}", Map.of());
        assertThat(unknownTag.code()).isEqualTo("error.TEMPLATE_ERROR");
        assertThat(unknownTag.getMessage()).startsWith("template error: ").contains("frobnicate");
        ItagenException condition = textError("{% if xs %}x{% endif %}", Map.of("xs", List.of("a")));
        assertThat(condition.code()).isEqualTo("error.TEMPLATE_CONDITION");
    }

    @Test
    void aConditionIsTrueOnlyWhenItHolds() {
        assertThat(engine.test("n > 2", Map.of("n", 3), "t.yaml", 1)).isTrue();
        assertThat(engine.test("n > 2", Map.of("n", 2), "t.yaml", 1)).isFalse();
    }

    @Test
    void rangesCountBothEndsInEitherDirectionAndAreEmptyTheWrongWay() {
        assertThat(engine.render("{{ range(3, 3) | join(',') }}|{{ range(3, 3, -1) | join(',') }}", Map.of(), "t.yaml", 1))
                .isEqualTo("3|3");
        assertThat(engine.render("[{{ range(5, 1) | join(',') }}][{{ range(1, 5, -1) | join(',') }}]", Map.of(), "t.yaml", 1))
                .isEqualTo("[][]");
        assertThat(engine.render("{{ range(1, 7, 3) | join(',') }}|{{ range(2, -2, -2) | join(',') }}", Map.of(), "t.yaml", 1))
                .isEqualTo("1,4,7|2,0,-2");
        // A step of 0 and a step that is no number are Pebble's own: refused, never a loop without end.
        assertThat(textError("{{ range(1, 5, 0) | join(',') }}", Map.of()).code()).isEqualTo("error.TEMPLATE_ERROR");
        // Exactly the budget is allowed as a size; one more is refused at once.
        assertThat(engine.render("{{ range(1, 1000000) | length }}", Map.of(), "t.yaml", 1)).isEqualTo("1000000");
        assertThat(textError("{{ range(0, 1000000) | length }}", Map.of()).code()).isEqualTo("error.TEMPLATE_RANGE");
    }
}
