package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.doc.Align;
import org.itagen.doc.Digits;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.itagen.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What TemplateLoader makes of each key of an officer's template, and the one line it answers a
 * mistake with (message key, file:line and the words that say what to fix). Small templates
 * written here, parsed only: no scores or measures are read, so these run in milliseconds.
 */
class TemplateRulesTest {
    @TempDir
    Path tmp;

    /** The lines joined, each ending in a line break (line 1 is the first). */
    private static String yaml(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** A template of kind o25 whose body is {@code body} (lines indented under "body:", which is line 2). */
    private static String withBody(String... body) {
        String[] lines = new String[body.length + 2];
        lines[0] = "kind: o25";
        lines[1] = "body:";
        System.arraycopy(body, 0, lines, 2, body.length);
        return yaml(lines);
    }

    private static Template parse(String text) {
        return TemplateLoader.parse(text, "t.yaml", "o25");
    }

    private static ItagenException refused(String text) {
        ItagenException e = catchThrowableOfType(() -> parse(text), ItagenException.class);
        assertThat(e).as("refused:\n" + text).isNotNull();
        return e;
    }

    private static void refusedAt(String text, String code, String where, String... says) {
        ItagenException e = refused(text);
        assertThat(e.code()).as(e.oneLine()).isEqualTo(code);
        assertThat(e.where()).as(e.oneLine()).isEqualTo(where);
        if (says.length > 0) assertThat(e.getMessage()).contains(says);
    }

    private static Template.TextSpec text(Template t, int i) {
        return (Template.TextSpec) t.body().get(i);
    }

    // ---- what a minimal template gets by default ------------------------------------------------

    @Test
    void aTemplateWithOnlyABodyGetsTheOfficialPageJustifiedParagraphsAndTheKindAsTitle() {
        Template t = parse(withBody("  - heading: หัวข้อ"));
        assertThat(t.kind()).isEqualTo("o25");
        assertThat(t.docKind()).isEqualTo(DocKind.O25);
        assertThat(t.file()).isEqualTo("t.yaml");
        assertThat(t.page()).isEqualTo(PageSetup.thaiOfficialA4());
        assertThat(t.paragraphAlign()).isEqualTo(Align.JUSTIFY);
        assertThat(t.title()).isEqualTo(new Template.Text("O25", 1));
        assertThat(t.labels()).isEqualTo(TemplateLoader.defaultLabels());
        assertThat(t.sentences()).isEmpty();
        assertThat(t.logo()).isNull();
        assertThat(t.body()).singleElement().isEqualTo(
                new Template.TextSpec("heading", new Template.Text("หัวข้อ", 3), List.of(), null, null, null, 3));
    }

    @Test
    void withoutAKindKeyTheCommandsKindIsTaken() {
        Template t = TemplateLoader.parse(yaml("body:", "  - heading: x"), "t.yaml", "o28");
        assertThat(t.kind()).isEqualTo("o28");
        assertThat(t.title().value()).isEqualTo("O28");
    }

    @Test
    void theKindIsReadInAnyCaseAndSpacing() {
        Template t = TemplateLoader.parse(yaml("kind: ' O28 '", "body:", "  - heading: x"), "t.yaml", "o28");
        assertThat(t.kind()).isEqualTo("o28");
    }

    // ---- the top of the file -----------------------------------------------------------------

    @Test
    void anEmptyTemplateSaysSoNamingTheFile() {
        refusedAt("", "error.TEMPLATE_EMPTY", "t.yaml", "the template is empty");
        refusedAt("# only a comment\n", "error.TEMPLATE_EMPTY", "t.yaml", "the template is empty");
    }

    @Test
    void anUnknownKindOrTheOtherDocumentsKindIsRefusedAtItsLine() {
        refusedAt(yaml("# c", "kind: o30", "body: []"), "error.TEMPLATE_KIND", "t.yaml:2", "kind must be o25 or o28, not \"o30\"");
        refusedAt(yaml("kind: o28", "body: []"), "error.TEMPLATE_WRONG_KIND", "t.yaml:1",
                "this is an O28 template but the command makes O25; give the o25 template");
    }

    @Test
    void aTemplateWithoutBodyOrWithABodyThatIsNoListIsRefused() {
        refusedAt(yaml("kind: o25", "page: {digits: thai}"), "error.TEMPLATE_MISSING_BODY", "t.yaml:1", "missing body");
        refusedAt(yaml("kind: o25", "body: heading"), "error.TEMPLATE_BODY_NOT_LIST", "t.yaml:2", "body must be a list");
    }

    @Test
    void anUnknownLabelIsRefusedWithTheClosestNameAndAKnownOneReplacesTheDefault() {
        refusedAt(yaml("kind: o25", "labels:", "  col_ownr: ผู้ดูแล", "body: []"), "error.TEMPLATE_UNKNOWN_LABEL", "t.yaml:3",
                "unknown label \"col_ownr\" (did you mean \"col_owner\"?)");
        Template t = parse(yaml("kind: o25", "labels:", "  col_owner: ' หน่วยงานรับผิดชอบ '", "body:", "  - heading: x"));
        assertThat(t.labels()).containsEntry("col_owner", "หน่วยงานรับผิดชอบ");
        assertThat(t.labels().keySet()).isEqualTo(TemplateLoader.defaultLabels().keySet());
        assertThat(TemplateLoader.defaultLabels().get("col_owner")).isNotEqualTo("หน่วยงานรับผิดชอบ");
    }

    @Test
    void sentenceNamesAreLowerCaseWordsAndKeepTheirOrderAndLines() {
        refusedAt(yaml("kind: o25", "sentences:", "  Overall: x", "body: []"), "error.TEMPLATE_SENTENCE_NAME", "t.yaml:3",
                "sentence name \"Overall\" must be lower-case letters, digits and _");
        refusedAt(yaml("kind: o25", "sentences:", "  '1st': x", "body: []"), "error.TEMPLATE_SENTENCE_NAME", "t.yaml:3", "\"1st\"");
        Template t = parse(yaml("kind: o25", "sentences:", "  zeta_2: z", "  alpha: a", "body:", "  - heading: x"));
        assertThat(t.sentences().keySet()).containsExactly("zeta_2", "alpha");
        assertThat(t.sentences().get("alpha")).isEqualTo(new Template.Text("a", 4));
    }

    @Test
    void theDocumentTitleIsTemplateTextWithItsLine() {
        Template t = parse(yaml("kind: o25", "document:", "  title: \"{{ doc.code }} แผน\"", "body:", "  - heading: x"));
        assertThat(t.title()).isEqualTo(new Template.Text("{{ doc.code }} แผน", 3));
        refused(yaml("kind: o25", "document:", "  titel: x", "body: []"));
    }

    // ---- page ------------------------------------------------------------------------------------

    @Test
    void pageSettingsReplaceOnlyWhatTheyName() {
        Template t = parse(yaml("kind: o25", "page:", "  digits: ARABIC", "  font: ' TH Niramit AS '", "  font_size: ๑๔",
                "  line_spacing: 1.5", "  margins: {top: 1, right: 0}", "body:", "  - heading: x"));
        PageSetup a4 = PageSetup.thaiOfficialA4();
        PageSetup p = t.page();
        assertThat(p.digits()).isEqualTo(Digits.ARABIC);
        assertThat(p.fontFamily()).isEqualTo("TH Niramit AS");
        assertThat(p.fontFile()).isNull();
        assertThat(p.bodySizePt()).isEqualTo(14f);
        assertThat(p.lineSpacing()).isEqualTo(1.5f);
        assertThat(p.marginTopCm()).isEqualTo(1.0);
        assertThat(p.marginRightCm()).isEqualTo(0.0);
        assertThat(p.marginBottomCm()).isEqualTo(a4.marginBottomCm());
        assertThat(p.marginLeftCm()).isEqualTo(a4.marginLeftCm());
        assertThat(p.pageNumbers()).isEqualTo(a4.pageNumbers());
        assertThat(parse(yaml("kind: o25", "page: {digits: thai}", "body:", "  - heading: x")).page().digits()).isEqualTo(Digits.THAI);
        // The size alone keeps the spacing, the spacing alone keeps the size.
        assertThat(parse(yaml("kind: o25", "page: {font_size: 18}", "body:", "  - heading: x")).page())
                .isEqualTo(a4.withBody(18f, a4.lineSpacing()));
        assertThat(parse(yaml("kind: o25", "page: {line_spacing: 2}", "body:", "  - heading: x")).page())
                .isEqualTo(a4.withBody(a4.bodySizePt(), 2f));
    }

    @Test
    void pageNumbersAreSwitchedOffByAnyNoWordOrSetKeyByKey() {
        for (String off : List.of("off", "false", "no", "none", "' None '")) {
            Template t = parse(yaml("kind: o25", "page:", "  page_numbers: " + off, "body:", "  - heading: x"));
            assertThat(t.page().pageNumbers()).as(off).isEqualTo(PageNumbers.none());
        }
        Template from = parse(yaml("kind: o25", "page:", "  page_numbers: {from: 3}", "body:", "  - heading: x"));
        PageNumbers d = PageNumbers.thaiOfficial();
        assertThat(from.page().pageNumbers()).isEqualTo(new PageNumbers(true, 3, d.pattern(), d.position()));
        Template all = parse(yaml("kind: o25", "page:", "  page_numbers: {from: 1, pattern: 'หน้า {n}', position: bottom_right}",
                "body:", "  - heading: x"));
        assertThat(all.page().pageNumbers()).isEqualTo(new PageNumbers(true, 1, "หน้า {n}", PageNumbers.Position.BOTTOM_RIGHT));
    }

    @Test
    void pageMistakesAreRefusedAtTheirLine() {
        refusedAt(yaml("kind: o25", "page:", "  digits: roman", "body: []"), "error.TEMPLATE_DIGITS", "t.yaml:3",
                "digits must be thai or arabic, not \"roman\"");
        refusedAt(yaml("kind: o25", "page:", "  page_numbers: {pattern: 'page'}", "body: []"), "error.TEMPLATE_PAGE_PATTERN",
                "t.yaml:3", "pattern must contain");
        refusedAt(yaml("kind: o25", "page:", "  page_numbers:", "    position: middle", "body: []"), "error.TEMPLATE_PAGE_POSITION",
                "t.yaml:4", "position must be top_center");
        refusedAt(yaml("kind: o25", "page:", "  page_numbers: {from: 0}", "body: []"), "error.TEMPLATE_NUMBER_RANGE", "t.yaml:3",
                "from must be a number from 1 to 99, not \"0\"");
        refusedAt(yaml("kind: o25", "page:", "  align: center", "body: []"), "error.PAGE_ALIGN", "t.yaml:3", "center");
        refusedAt(yaml("kind: o25", "page:", "  margins: {left: 11}", "body: []"), "error.TEMPLATE_NUMBER_RANGE", "t.yaml:3",
                "margins.left (cm) must be a number from 0 to 10, not \"11\"");
        refusedAt(yaml("kind: o25", "page:", "  font_size: big", "body: []"), "error.TEMPLATE_NUMBER_RANGE", "t.yaml:3",
                "font_size must be a number from 8 to 28, not \"big\"");
        refusedAt(yaml("kind: o25", "page:", "  line_spacing: 3.5", "body: []"), "error.TEMPLATE_NUMBER_RANGE", "t.yaml:3",
                "line_spacing must be a number from 1 to 3, not \"3.5\"");
    }

    @Test
    void numbersAtBothEndsOfTheirRangeAreTakenAndJustOutsideRefused() {
        assertThat(parse(yaml("kind: o25", "page: {font_size: 8}", "body:", "  - heading: x")).page().bodySizePt()).isEqualTo(8f);
        assertThat(parse(yaml("kind: o25", "page: {font_size: 28}", "body:", "  - heading: x")).page().bodySizePt()).isEqualTo(28f);
        refused(yaml("kind: o25", "page: {font_size: 7.99}", "body: []"));
        refused(yaml("kind: o25", "page: {font_size: 28.01}", "body: []"));
        assertThat(parse(yaml("kind: o25", "page: {margins: {top: 10}}", "body:", "  - heading: x")).page().marginTopCm()).isEqualTo(10.0);
        assertThat(parse(yaml("kind: o25", "page: {page_numbers: {from: 99}}", "body:", "  - heading: x")).page().pageNumbers().fromPage())
                .isEqualTo(99);
        refusedAt(yaml("kind: o25", "page: {page_numbers: {from: 100}}", "body: []"), "error.TEMPLATE_NUMBER_RANGE", "t.yaml:2",
                "from 1 to 99, not \"100\"");
    }

    @Test
    void pageAlignLeftLeavesParagraphsRagged() {
        assertThat(parse(yaml("kind: o25", "page: {align: LEFT}", "body:", "  - heading: x")).paragraphAlign()).isEqualTo(Align.LEFT);
        assertThat(parse(yaml("kind: o25", "page: {align: justify}", "body:", "  - heading: x")).paragraphAlign()).isEqualTo(Align.JUSTIFY);
        assertThat(parse(yaml("kind: o25", "page: {digits: thai}", "body:", "  - heading: x")).paragraphAlign()).isEqualTo(Align.JUSTIFY);
    }

    // ---- body blocks -----------------------------------------------------------------------------

    @Test
    void pageBreakAndSignatureCanBeWrittenAsOneWord() {
        Template t = parse(withBody("  - heading: x", "  - page_break", "  - ' signature '"));
        assertThat(t.body().get(1)).isEqualTo(new Template.BreakSpec(null, 4));
        assertThat(t.body().get(2)).isEqualTo(new Template.SignatureSpec(TemplateLoader.SIGNATURE_IMAGE_MM, null, 5));
        assertThat(TemplateLoader.SIGNATURE_IMAGE_MM).isEqualTo(40.0);
    }

    @Test
    void aBlockNeedsExactlyOneTypeAndOnlyTheKeysOfThatType() {
        refusedAt(withBody("  - if: two_years"), "error.TEMPLATE_BLOCK_NO_TYPE", "t.yaml:3", "a body block needs one of title");
        refusedAt(withBody("  - heading: x", "    paragraph: y"), "error.TEMPLATE_BLOCK_TWO_TYPES", "t.yaml:3",
                "a body block can be only one of heading, paragraph;");
        refusedAt(withBody("  - heading: x", "    indent: 1"), "error.TEMPLATE_KEY_NOT_FOR_BLOCK", "t.yaml:4",
                "\"indent\" does not apply to a heading block; it takes heading, if, align");
        refusedAt(withBody("  - bullets: x", "    align: left"), "error.TEMPLATE_KEY_NOT_FOR_BLOCK", "t.yaml:4",
                "it takes bullets, if");
        refusedAt(withBody("  - table: ranking", "    align: left"), "error.TEMPLATE_KEY_NOT_FOR_BLOCK", "t.yaml:4",
                "it takes table, if, caption, scores, size");
        refusedAt(withBody("  - chart: indicators", "    size: 12"), "error.TEMPLATE_KEY_NOT_FOR_BLOCK", "t.yaml:4",
                "it takes chart, if, caption, scores");
        refusedAt(withBody("  - page_break: ", "    caption: x"), "error.TEMPLATE_KEY_NOT_FOR_BLOCK", "t.yaml:4",
                "it takes page_break, if");
        refusedAt(withBody("  - signature: ", "    size: 12"), "error.TEMPLATE_KEY_NOT_FOR_BLOCK", "t.yaml:4",
                "it takes signature, if");
        refusedAt(withBody("  - group: []", "    align: left"), "error.TEMPLATE_KEY_NOT_FOR_BLOCK", "t.yaml:4",
                "it takes group, if, each, as");
        refusedAt(withBody("  - paragraph: x", "    size: 12"), "error.TEMPLATE_KEY_NOT_FOR_BLOCK", "t.yaml:4",
                "it takes paragraph, if, align, indent");
        refusedAt(withBody("  - subheading: x", "    caption: y"), "error.TEMPLATE_KEY_NOT_FOR_BLOCK", "t.yaml:4",
                "it takes subheading, if, align");
    }

    @Test
    void tablesTakeTheirNameCaptionScoresYearAndSize() {
        Template t = parse(withBody("  - table: comparison", "    caption: 'ตาราง {{ assessment_year }}'", "    scores: after",
                "    size: 14", "    if: two_years", "  - table: ranking", "    scores: ' assessment '"));
        assertThat(t.body().get(0)).isEqualTo(new Template.TableSpec("comparison", new Template.Text("ตาราง {{ assessment_year }}", 4),
                true, 14f, new Template.Text("two_years", 7), 3));
        assertThat(t.body().get(1)).isEqualTo(new Template.TableSpec("ranking", null, false, 0f, null, 8));
        for (String name : TemplateLoader.TABLES) {
            assertThat(((Template.TableSpec) parse(withBody("  - table: " + name)).body().getFirst()).name()).isEqualTo(name);
        }
    }

    @Test
    void tableAndChartMistakesNameTheChoices() {
        refusedAt(withBody("  - table: rankings"), "error.TEMPLATE_NO_SUCH_BUILTIN", "t.yaml:3",
                "there is no built-in table \"rankings\" (did you mean \"ranking\"?); built-in: comparison, ranking, rating_scale,");
        refusedAt(withBody("  - chart: pie"), "error.TEMPLATE_NO_SUCH_BUILTIN", "t.yaml:3",
                "there is no built-in chart \"pie\"; built-in: indicators");
        refusedAt(withBody("  - table: ranking", "    scores: later"), "error.TEMPLATE_SCORES", "t.yaml:4",
                "scores must be assessment (the year analysed) or after");
        refusedAt(withBody("  - table: ranking", "    scores: aftr"), "error.TEMPLATE_SCORES", "t.yaml:4", "(did you mean \"after\"?)");
        refusedAt(withBody("  - table: ranking", "    size: 7"), "error.TEMPLATE_NUMBER_RANGE", "t.yaml:4",
                "size must be a number from 8 to 24, not \"7\"");
        refusedAt(withBody("  - table: ranking", "    size: 25"), "error.TEMPLATE_NUMBER_RANGE", "t.yaml:4", "not \"25\"");
        assertThat(((Template.TableSpec) parse(withBody("  - table: ranking", "    size: 24")).body().getFirst()).sizePt()).isEqualTo(24f);
        assertThat(((Template.TableSpec) parse(withBody("  - table: ranking", "    size: 8")).body().getFirst()).sizePt()).isEqualTo(8f);
    }

    @Test
    void aChartTakesItsCaptionAsTitleAndItsScoresYear() {
        Template t = parse(withBody("  - chart: indicators", "    caption: แผนภูมิ", "    scores: after", "  - chart: indicators"));
        assertThat(t.body().get(0)).isEqualTo(new Template.ChartSpec("indicators", new Template.Text("แผนภูมิ", 4), true, null, 3));
        assertThat(t.body().get(1)).isEqualTo(new Template.ChartSpec("indicators", null, false, null, 6));
    }

    @Test
    void aPageBreakAndASignatureMayHaveAConditionAndTheSignatureItsImageWidth() {
        Template t = parse(withBody("  - page_break: ", "    if: two_years", "  - signature: {image_width_mm: 60}",
                "  - signature: {}", "  - signature: yes", "    if: has_after"));
        assertThat(t.body().get(0)).isEqualTo(new Template.BreakSpec(new Template.Text("two_years", 4), 3));
        assertThat(t.body().get(1)).isEqualTo(new Template.SignatureSpec(60, null, 5));
        assertThat(t.body().get(2)).isEqualTo(new Template.SignatureSpec(40, null, 6));
        assertThat(t.body().get(3)).isEqualTo(new Template.SignatureSpec(40, new Template.Text("has_after", 8), 7));
        refusedAt(withBody("  - signature: {image_width_mm: 4}"), "error.TEMPLATE_NUMBER_RANGE", "t.yaml:3",
                "signature.image_width_mm must be a number from 5 to 170, not \"4\"");
        refused(withBody("  - signature: {width: 40}"));
    }

    @Test
    void groupsNameAListAndTheirElementAsASimpleName() {
        Template t = parse(withBody("  - group:", "      - heading: x", "    each: ' i.measures '", "    as: ' m '",
                "  - group:", "      - heading: y", "    if: two_years"));
        assertThat(t.body().get(0)).isEqualTo(new Template.GroupSpec("i.measures", "m",
                List.of(new Template.TextSpec("heading", new Template.Text("x", 4), List.of(), null, null, null, 4)), null, 3));
        Template.GroupSpec plain = (Template.GroupSpec) t.body().get(1);
        assertThat(plain.each()).isNull();
        assertThat(plain.as()).isEqualTo("item");
        assertThat(plain.condition()).isEqualTo(new Template.Text("two_years", 9));
        refusedAt(withBody("  - group: []", "    each: Measures"), "error.TEMPLATE_EACH", "t.yaml:4", "each must name a list");
        refusedAt(withBody("  - group: []", "    each: measures.", ""), "error.TEMPLATE_EACH", "t.yaml:4", "each must name a list");
        refusedAt(withBody("  - group: []", "    each: measures", "    as: m-1"), "error.TEMPLATE_AS", "t.yaml:5",
                "as must be a simple name");
        refusedAt(withBody("  - group: x"), "error.TEMPLATE_BODY_NOT_LIST", "t.yaml:3", "body must be a list");
    }

    @Test
    void textBlocksTakeAlignIndentAndListItems() {
        Template t = parse(withBody("  - paragraph: ข้อความ", "    align: CENTER", "    indent: ๒", "  - bullets:", "      - ก",
                "      - ข", "  - numbered: |", "      ก", "      ข", "  - title: ชื่อ", "    align: right"));
        assertThat(t.body().get(0)).isEqualTo(new Template.TextSpec("paragraph", new Template.Text("ข้อความ", 3), List.of(),
                Align.CENTER, 2.0, null, 3));
        assertThat(t.body().get(1)).isEqualTo(new Template.TextSpec("bullets", null,
                List.of(new Template.Text("ก", 7), new Template.Text("ข", 8)), null, null, null, 6));
        // A literal block's text starts on the line after "|".
        assertThat(text(t, 2).text()).isEqualTo(new Template.Text("ก\nข\n", 10));
        assertThat(text(t, 3).align()).isEqualTo(Align.RIGHT);
        assertThat(text(parse(withBody("  - paragraph: x", "    indent: 0")), 0).indentCm()).isEqualTo(0.0);
        assertThat(text(parse(withBody("  - paragraph: x", "    indent: 10")), 0).indentCm()).isEqualTo(10.0);
    }

    @Test
    void textBlockMistakesAreRefusedAtTheirLine() {
        refusedAt(withBody("  - paragraph:", "      - ก"), "error.TEMPLATE_TEXT_NOT_LIST", "t.yaml:4", "a paragraph is one text, not a list");
        refusedAt(withBody("  - heading: [ก]"), "error.TEMPLATE_TEXT_NOT_LIST", "t.yaml:3", "a heading is one text");
        refusedAt(withBody("  - paragraph: x", "    align: middle"), "error.TEMPLATE_ALIGN", "t.yaml:4",
                "align must be left, center, right or justify");
        refusedAt(withBody("  - paragraph: x", "    indent: 10.5"), "error.TEMPLATE_NUMBER_RANGE", "t.yaml:4",
                "indent must be a number from 0 to 10, not \"10.5\"");
        refusedAt(withBody("  - paragraph: {{ x }}"), "error.TEMPLATE_NOT_TEXT", "t.yaml:3", "paragraph must be text");
        refusedAt(withBody("  - bullets:", "      - {a: b}"), "error.TEMPLATE_NOT_TEXT", "t.yaml:4", "a list item must be text");
        refusedAt(withBody("  - heading: x", "    if: [a]"), "error.TEMPLATE_NOT_TEXT", "t.yaml:4", "if must be text");
    }

    @Test
    void anEmptyTextIsEmptyNotNull() {
        assertThat(text(parse(withBody("  - paragraph:")), 0).text()).isEqualTo(new Template.Text("", 3));
        assertThat(text(parse(withBody("  - paragraph: ~")), 0).text()).isEqualTo(new Template.Text("", 3));
    }

    @Test
    void aFoldedBlockKeepsItsSourceLinesAndIsFoldedAfterRendering() {
        Template t = parse(withBody("  - paragraph: >-", "      หนึ่ง", "        สอง", "", "      สาม", "  - heading: x"));
        // The value as written (indentation of the block removed, a deeper line keeps its extra spaces).
        assertThat(text(t, 0).text()).isEqualTo(new Template.Text("หนึ่ง\n  สอง\n\nสาม", 4, true));
        assertThat(TemplateLoader.fold("a  \n  b\n\nc\n")).isEqualTo("a b\nc ");
        assertThat(TemplateLoader.fold("one\ntwo")).isEqualTo("one two");
        // An empty folded block is empty text.
        assertThat(text(parse(withBody("  - paragraph: >", "  - heading: x")), 0).text().value()).isEmpty();
    }

    // ---- letterhead logo -------------------------------------------------------------------------

    @Test
    void aLetterheadLogoIsAnExistingFileWithOptionalWidthAndAlign() throws Exception {
        Path png = tmp.resolve("ตรา.png");
        TestPictures.write(png, TestPictures.png(TestPictures.logo(40)));
        Template t = parse(yaml("kind: o25", "letterhead:", "  logo: {file: '" + png + "', width_mm: 30, align: Right}",
                "body:", "  - heading: x"));
        assertThat(t.logo()).isEqualTo(new org.itagen.input.PictureRef(png, 30.0, "right", "t.yaml:3", "letterhead.logo"));
        Template plain = parse(yaml("kind: o25", "letterhead:", "  logo: '" + png + "'", "body:", "  - heading: x"));
        assertThat(plain.logo()).isEqualTo(new org.itagen.input.PictureRef(png, null, null, "t.yaml:3", "letterhead.logo"));
        assertThat(parse(yaml("kind: o25", "letterhead: {}", "body:", "  - heading: x")).logo()).isNull();
    }

    @Test
    void letterheadLogoMistakesNameTheKey() throws Exception {
        Path png = tmp.resolve("logo.png");
        TestPictures.write(png, TestPictures.png(TestPictures.logo(40)));
        refusedAt(yaml("kind: o25", "letterhead:", "  logo: {width_mm: 30}", "body: []"), "error.LOGO_NO_FILE", "t.yaml:3",
                "logo: has no file");
        refusedAt(yaml("kind: o25", "letterhead:", "  logo: {file: '" + png + "', width_mm: 4}", "body: []"),
                "error.TEMPLATE_NUMBER_RANGE", "t.yaml:3", "letterhead.logo.width_mm must be a number from 5 to 170, not \"4\"");
        refusedAt(yaml("kind: o25", "letterhead:", "  logo: {file: '" + png + "', align: middle}", "body: []"),
                "error.PICTURE_ALIGN", "t.yaml:3", "letterhead.logo.align must be left, center or right, not \"middle\"");
        refusedAt(yaml("kind: o25", "letterhead:", "  logo: '" + tmp.resolve("none.png") + "'", "body: []"),
                "error.IMAGE_FILE_MISSING", "t.yaml:3", "letterhead.logo: image file", "none.png");
        // A folder is not a picture file.
        refusedAt(yaml("kind: o25", "letterhead:", "  logo: '" + tmp + "'", "body: []"), "error.IMAGE_FILE_MISSING", "t.yaml:3");
        refused(yaml("kind: o25", "letterhead:", "  emblem: x.png", "body: []"));
    }

    @Test
    void aLogoInATemplateFileIsNamedRelativeToThatFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("แม่แบบ"));
        TestPictures.write(dir.resolve("emblem.png"), TestPictures.png(TestPictures.logo(40)));
        Path file = Files.writeString(dir.resolve("o25.yaml"), yaml("kind: o25", "letterhead:", "  logo: emblem.png", "body:",
                "  - heading: x"));
        Template t = TemplateLoader.load(file, "o25");
        assertThat(t.logo().file()).isEqualTo(dir.toAbsolutePath().resolve("emblem.png"));
        assertThat(t.logo().where()).isEqualTo("o25.yaml:3");
    }

    // ---- bundled resources ------------------------------------------------------------------------

    @Test
    void onlyTheBundledKindsHaveATemplateAndAMissingResourceIsABuildProblem() {
        assertThat(TemplateLoader.KINDS).containsExactly("o25", "o28");
        assertThatThrownBy(() -> TemplateLoader.bundledText("o26")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("o26");
        assertThatThrownBy(() -> TemplateLoader.resource("org/itagen/report/none.yaml")).isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource org/itagen/report/none.yaml (build problem)");
        assertThat(TemplateLoader.bundled("o28").kind()).isEqualTo("o28");
        assertThat(TemplateLoader.bundled("o25").file()).isEqualTo("o25.yaml");
    }

    @Test
    void theDefaultLabelsAreTheLabelsFileInItsOrder() {
        String file = TemplateLoader.resource(TemplateLoader.LABELS_RESOURCE);
        List<String> keys = file.lines().filter(l -> l.matches("[a-z_0-9]+:.*")).map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertThat(TemplateLoader.defaultLabels().keySet()).containsExactlyElementsOf(keys);
        assertThat(TemplateLoader.defaultLabels().get("highest")).isNotBlank();
    }
}
