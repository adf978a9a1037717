package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.doc.Align;
import org.itagen.doc.BarChart;
import org.itagen.doc.Block;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Image;
import org.itagen.doc.ListBlock;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageBreak;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Signature;
import org.itagen.doc.Table;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DocumentText, the last look at a document's strings before a writer sees them: which strings it
 * reads, which characters it refuses (controls, non-characters, lone surrogates) or asks the fonts
 * about, the text it quotes around one, and the links it refuses. Documents made here by hand.
 */
class DocumentTextTest {
    private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

    private static Document doc(PageSetup page, Block... blocks) {
        return new Document(new Metadata("ชื่อเรื่อง", "หน่วยงาน", "เรื่อง", "th-TH", DATE, List.of("ITA", "O25")), page, List.of(blocks));
    }

    private static Document doc(Block... blocks) {
        return doc(PageSetup.thaiOfficialA4(), blocks);
    }

    private static Document paragraph(String text) {
        return doc(Paragraph.of(text));
    }

    private static byte[] png() {
        return org.itagen.testing.TestPictures.png(org.itagen.testing.TestPictures.logo(8));
    }

    // ---- which strings are read ----------------------------------------------------------------

    @Test
    void everyStringOfEveryKindOfBlockIsReadInDocumentOrderAndEveryLinkToo() {
        ListBlock inner = new ListBlock(ListBlock.Kind.BULLET, List.of(ListBlock.ListItem.of("ลูก")));
        Table table = Table.sizedByContent(2,
                List.of(Table.Row.of(Table.Cell.header("หัว1"), Table.Cell.header("หัว2"))),
                List.of(Table.Row.of(Table.Cell.of("ช่อง1"), new Table.Cell(List.of(Paragraph.of("ช่อง2a"), Paragraph.of("ช่อง2b")),
                        1, 1, Align.LEFT, Table.Cell.VAlign.TOP, null))),
                "คำบรรยาย", 0);
        Document d = doc(
                Heading.of(1, "หัวข้อ"),
                Paragraph.of(Run.plain("ย่อหน้า "), Run.link("เว็บ", "https://a.go.th")),
                new ListBlock(ListBlock.Kind.NUMBERED, List.of(new ListBlock.ListItem(List.of(Run.plain("ข้อ")), inner))),
                table,
                new BarChart("แผนภูมิ", List.of("หมวด1", "หมวด2"), List.of(new BarChart.Series("ชุด", List.of(1.0, 2.0), "2F5597")),
                        100, "คะแนน"),
                new Image(png(), 2, Align.CENTER, "ตรา"),
                new Signature(null, List.of("(ชื่อ)", "ตำแหน่ง")),
                new PageBreak());
        List<String> texts = new ArrayList<>();
        List<String> links = new ArrayList<>();
        DocumentText.forEachText(d, texts::add, links::add);
        assertThat(texts).containsExactly("ชื่อเรื่อง", "หน่วยงาน", "เรื่อง", "ITA", "O25", "- {n} -",
                "หัวข้อ", "ย่อหน้า ", "เว็บ", "https://a.go.th", "ข้อ", "ลูก",
                "คำบรรยาย", "หัว1", "หัว2", "ช่อง1", "ช่อง2a", "ช่อง2b",
                "แผนภูมิ", "คะแนน", "หมวด1", "หมวด2", "ชุด", "ตรา", "(ชื่อ)", "ตำแหน่ง");
        assertThat(links).containsExactly("https://a.go.th");
    }

    @Test
    void aTableWithoutCaptionAndPagesWithoutNumbersGiveNoStringForThem() {
        PageSetup unnumbered = PageSetup.thaiOfficialA4().withPageNumbers(PageNumbers.none());
        Document d = doc(unnumbered, Table.sizedByContent(1, List.of(), List.of(Table.Row.of(Table.Cell.of("ช่อง"))), null, 0));
        List<String> texts = new ArrayList<>();
        DocumentText.forEachText(d, texts::add, l -> { });
        assertThat(texts).containsExactly("ชื่อเรื่อง", "หน่วยงาน", "เรื่อง", "ITA", "O25", "ช่อง");
    }

    // ---- what is refused ---------------------------------------------------------------------------

    @Test
    void plainThaiAndAsciiWithLineBreaksAndTabsFindNothing() {
        DocumentText.Findings f = DocumentText.scan(paragraph("ก ~ ๛ a\tb\nc\r"));
        assertThat(f.control).isEqualTo(-1);
        assertThat(f.controlText).isNull();
        assertThat(f.badLink).isNull();
        assertThat(f.rare).isEmpty();
        assertThatCode(() -> DocumentText.refuseControls(f, "m.yaml")).doesNotThrowAnyException();
    }

    @Test
    void theFirstControlCharacterIsKeptWithTheTextAroundIt() {
        Document d = doc(Paragraph.of("ก\u001Fข"), Paragraph.of("ค\u0000ง"), Paragraph.of("จ\u007Fฉ"));
        DocumentText.Findings f = DocumentText.scan(d);
        assertThat(f.control).isEqualTo(0x1F);
        assertThat(f.controlText).isEqualTo("ก<U+001F>ข");
        assertThatThrownBy(() -> DocumentText.refuseControls(f, "m.yaml")).isInstanceOfSatisfying(ItagenException.class, e -> {
            assertThat(e.code()).isEqualTo("error.DOCUMENT_CONTROL_CHARACTER");
            assertThat(e.where()).isEqualTo("m.yaml");
            assertThat(e.getMessage()).startsWith("the document text holds the control character U+001F (U+001F) (in \"ก<U+001F>ข\")");
        });
    }

    @Test
    void nulDelAndTheC1ControlsAreControlsToo() {
        for (int cp : new int[]{0x00, 0x08, 0x7F, 0x80, 0x9F}) {
            DocumentText.Findings f = DocumentText.scan(paragraph("ก" + (char) cp));
            assertThat(f.control).as("U+%04X", cp).isEqualTo(cp);
            assertThat(f.rare).as("U+%04X", cp).isEmpty();
            assertThatThrownBy(() -> DocumentText.refuseControls(f, "m.yaml")).as("U+%04X", cp).isInstanceOf(ItagenException.class);
        }
        assertThat(DocumentText.scan(paragraph("\u0000")).controlText).isEqualTo("<NUL>");
    }

    @Test
    void nonCharactersAndLoneSurrogatesAreRefusedLikeControls() {
        assertThat(DocumentText.scan(paragraph("a\uFFFEb")).control).isEqualTo(0xFFFE);
        assertThat(DocumentText.scan(paragraph("a\uFFFFb")).control).isEqualTo(0xFFFF);
        assertThat(DocumentText.scan(paragraph("a\uD83Db")).control).isEqualTo(0xD83D);
        assertThat(DocumentText.scan(paragraph("a\uDE00b")).control).isEqualTo(0xDE00);
        // The characters next to them are ordinary.
        assertThat(DocumentText.scan(paragraph("a\uFFFDb\uFFFC")).control).isEqualTo(-1);
    }

    @Test
    void theRestOfAStringWithAControlIsNotAskedAbout() {
        DocumentText.Findings f = DocumentText.scan(doc(Paragraph.of("é\u0007ü"), Paragraph.of("ñ")));
        assertThat(f.control).isEqualTo(7);
        assertThat(f.rare.keySet()).containsExactly((int) 'é', (int) 'ñ');
    }

    @Test
    void charactersOutsideAsciiAndThaiAreAskedAboutOnceWithTheirFirstText() {
        String emoji = "\uD83D\uDE00"; // U+1F600, two chars: one character, not a lone surrogate
        DocumentText.Findings f = DocumentText.scan(doc(Paragraph.of("a é b"), Paragraph.of("é ü " + emoji + " z"),
                Paragraph.of("\u0E00\u0E01\u0E5B\u0E5C\u00A0")));
        assertThat(f.control).isEqualTo(-1);
        // U+0E01..U+0E5B is the Thai block the fonts are known to have; U+0E00 and U+0E5C are outside it.
        assertThat(f.rare.keySet()).containsExactly((int) 'é', (int) 'ü', 0x1F600, 0x0E00, 0x0E5C, 0xA0);
        assertThat(f.rare.get((int) 'é')).isEqualTo("a é b");
        assertThat(f.rare.get(0x1F600)).isEqualTo("é ü " + emoji + " z");
    }

    @Test
    void theFirstLinkThatIsNotWebOrMailIsRefusedAndNamed() {
        Document d = doc(Paragraph.of(Run.link("ก", "https://ok.go.th"), Run.link("ข", "mailto:a@b.go.th"),
                Run.link("ค", " javascript:alert(1) "), Run.link("ง", "file:///etc/passwd")));
        DocumentText.Findings f = DocumentText.scan(d);
        assertThat(f.badLink).isEqualTo(" javascript:alert(1) ");
        assertThat(f.control).isEqualTo(-1);
        assertThatThrownBy(() -> DocumentText.refuseControls(f, "m.yaml:3")).isInstanceOfSatisfying(ItagenException.class, e -> {
            assertThat(e.code()).isEqualTo("error.LINK_NOT_WEB");
            assertThat(e.where()).isEqualTo("m.yaml:3");
            assertThat(e.getMessage()).startsWith("the link \"javascript:alert(1)\" is not a web address");
        });
        assertThat(DocumentText.scan(doc(Paragraph.of(Run.link("ก", "https://ok.go.th")))).badLink).isNull();
    }

    @Test
    void aControlCharacterIsReportedBeforeABadLink() {
        DocumentText.Findings f = DocumentText.scan(doc(Paragraph.of(Run.link("ก\u001B", "file:///x"))));
        assertThatThrownBy(() -> DocumentText.refuseControls(f, "m.yaml")).isInstanceOfSatisfying(ItagenException.class,
                e -> assertThat(e.code()).isEqualTo("error.DOCUMENT_CONTROL_CHARACTER"));
    }

    // ---- the text quoted around a character ---------------------------------------------------------

    @Test
    void theQuotedTextIsTwentyFiveCharactersEachSideOnTheSameLine() {
        String before = "abcdefghijklmnopqrstuvwxyz0123456789"; // 36
        String after = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"; // 26
        DocumentText.Findings f = DocumentText.scan(paragraph(before + "\u0007" + after));
        // 25 before it, itself, and up to 25 after it counted from it (24 more).
        assertThat(f.controlText).isEqualTo(before.substring(36 - 25) + "<BEL>" + after.substring(0, 24));
        // Only the line it is on, stripped.
        assertThat(DocumentText.scan(paragraph("first line\n  ab\u001Bcd  \nlast line")).controlText).isEqualTo("ab<ESC>cd");
        assertThat(DocumentText.scan(paragraph("\u001B")).controlText).isEqualTo("<ESC>");
        assertThat(DocumentText.scan(paragraph("x\n\u001B\ny")).controlText).isEqualTo("<ESC>");
    }

    @Test
    void theQuotedTextNeverCutsACharacterOfTwoChars() {
        String emoji = "\uD83D\uDE00";
        // 24 letters, then the emoji: 25 chars back from the control start inside the emoji's pair.
        String left = emoji + "abcdefghijklmnopqrstuvwx";
        DocumentText.Findings f = DocumentText.scan(paragraph(left + "\u0007"));
        assertThat(f.controlText).isEqualTo(emoji + "abcdefghijklmnopqrstuvwx<BEL>");
        // And forwards: 24 chars after the control end inside the emoji's pair.
        String right = "abcdefghijklmnopqrstuvw" + emoji + "z";
        DocumentText.Findings g = DocumentText.scan(paragraph("\u0007" + right));
        assertThat(g.controlText).isEqualTo("<BEL>abcdefghijklmnopqrstuvw" + emoji);
    }

    // ---- characters no font has ------------------------------------------------------------------------

    @Test
    void aCharacterNoEmbeddedFontHasIsNamedOnceWithItsTextAndOneTheFontHasIsNot() {
        // A family of its own, so the answers are asked of the fonts here and not taken from another
        // test's; the bundled Sarabun as its file, so no installed font is looked for.
        java.nio.file.Path sarabun = org.itagen.testing.Golden.projectDir()
                .resolve("target/classes/org/itagen/fonts/Sarabun_400Regular.ttf");
        PageSetup page = PageSetup.thaiOfficialA4().withFont("DocumentTextTest " + System.nanoTime(), sarabun.toString());
        String emoji = "\uD83D\uDE00";
        Document d = doc(page, Paragraph.of("คำว่า é ดี"), Paragraph.of("ยิ้ม" + emoji + "นะ"), Paragraph.of(emoji));
        DocumentText.Findings f = DocumentText.scan(d);
        List<String> warnings = DocumentText.unshowable(d, f, "O25");
        assertThat(warnings).containsExactly("O25: no embedded font can show " + emoji + " (U+1F600) in \"ยิ้ม" + emoji
                + "นะ\", so the PDF would show an empty box; remove it, or give --font a font that has it");
        // Asked again (the answers now remembered): the same.
        assertThat(DocumentText.unshowable(d, DocumentText.scan(d), "O28")).singleElement().asString().startsWith("O28: ");
    }

    @Test
    void withNothingToAskNoFontIsAsked() {
        // A font file that does not exist would fail if it were opened.
        PageSetup page = PageSetup.thaiOfficialA4().withFont("x", "/nonexistent/font.ttf");
        Document d = doc(page, Paragraph.of("ไทย and ASCII"));
        assertThat(DocumentText.unshowable(d, DocumentText.scan(d), "O25")).isEmpty();
    }
}
