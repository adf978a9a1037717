package org.itagen.render.pdf;

import org.itagen.doc.Align;
import org.itagen.doc.Block;
import org.itagen.doc.Document;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.report.SampleReports;
import org.itagen.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 §2, read back from rendered PDFs with pdftotext: the compounds officers saw cut at
 * line ends never are, and no line starts with a mark or ends with a leading vowel. The oracle is
 * the word list and the PDF's own line geometry, not the breaker.
 */
class ThaiLineBreakTest {
    /** The words of the issue (ช่องทางการ is checked as ช่องทาง|การ below). */
    static final List<String> WORDS = List.of("ผู้รับผิดชอบ", "ระยะเวลา", "ทุกหน่วยงาน", "หน่วยงาน",
            "ผู้บังคับบัญชา", "เบิกจ่าย", "ความต้องการ", "ความคิดเห็น", "ช่องทาง", "รูปแบบ", "ผู้ใช้งาน", "ความเสี่ยง",
            "จัดทำ", "ผู้รับบริการ", "การปฏิบัติหน้าที่", "ต่ำสุด", "อย่างน้อย", "ความสำเร็จ", "แผนงาน", "เผยแพร่");
    /** The one cut inside a listed word a reader accepts: between ทุก and หน่วยงาน. */
    static final Map<String, Integer> ACCEPTED = Map.of("ทุกหน่วยงาน", 3);
    /** Text before the word, segmented by hand: its prefixes move the word along the line. */
    static final List<String> LEAD = List.of("ใน", "ปี", "งบประมาณ", "นี้", "สำนักงาน", "ได้", "ทบทวน", "แนวทาง",
            "การ", "ดำเนินงาน", "ร่วมกับ", "เครือข่าย", "ภาค", "ประชาชน", "และ", "ภาค", "เอกชน", "อย่าง", "ต่อเนื่อง",
            "เพื่อ", "ให้", "เกิด", "การ", "เปลี่ยนแปลง", "ที่", "ชัดเจน", "โดย");
    static final String TAIL = "ตามแผนที่กำหนดไว้อย่างเคร่งครัด";

    @TempDir
    static Path tmp;

    @Test
    void listedWordsNeverStraddleALineEnd() throws IOException {
        // Every word after every prefix of LEAD that ends between two characters of Thai
        // letters: over one line's worth of positions the word meets the line end many times.
        List<Block> blocks = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        for (String w : WORDS) {
            for (int k = 4; k <= LEAD.size(); k++) {
                // "และ" joins the word to any lead naturally (a word glued to an arbitrary one can
                // read otherwise: ได้การ "works" in ได้การปฏิบัติหน้าที่).
                String text = String.join("", LEAD.subList(0, k)) + "และ" + ("ช่องทาง".equals(w) ? "ช่องทางการร้องเรียน" : w) + TAIL;
                // Two sizes, two line lengths.
                for (float size : new float[]{16, 14}) blocks.add(new Paragraph(List.of(Run.plain(text)), Align.LEFT, 0, size));
                if (k % 2 == 0) rows.add(Table.Row.of(Table.Cell.of(text), Table.Cell.of("")));
            }
        }
        // The same texts in a narrow table column: cells use the same breaker.
        blocks.add(new Table(List.of(0.37, 0.63), List.of(), rows, "", 0));
        Path pdf = render(blocks, "words.pdf");

        Map<String, Integer> atLineEnd = new LinkedHashMap<>();
        List<String> cuts = new ArrayList<>();
        for (String[] j : junctions(pdf)) {
            for (String w : WORDS) {
                if (j[0].endsWith(w) || j[1].startsWith(w)) atLineEnd.merge(w, 1, Integer::sum);
                for (int k = 1; k < w.length(); k++) {
                    if (j[0].endsWith(w.substring(0, k)) && j[1].startsWith(w.substring(k))
                            && ACCEPTED.getOrDefault(w, -1) != k) {
                        cuts.add(w.substring(0, k) + "|" + w.substring(k) + " in " + j[0] + "|" + j[1]);
                    }
                }
            }
            // ช่อง|ทางการ changes the meaning.
            if (j[0].endsWith("ช่อง") && j[1].startsWith("ทางการ")) cuts.add("ช่อง|ทางการ");
        }
        assertThat(cuts).as("listed words cut at a line end").isEmpty();
        // The sweep must really have brought each word to a line end, or the check proves nothing.
        for (String w : WORDS) assertThat(atLineEnd.getOrDefault(w, 0)).as("%s at a line end", w).isGreaterThanOrEqualTo(3);
    }

    @Test
    void sampleDocumentsHaveNoListedCutsAndNoLineStartingWithAMark() throws IOException {
        List<String> problems = new ArrayList<>();
        int lines = 0, junctions = 0;
        List<String> docs = new ArrayList<>();
        for (String sample : SampleReports.SAMPLES) for (String kind : List.of("o25", "o28")) docs.add(kind + " " + sample);
        // And a document made from seed 002's published figures (issue 11 done-means).
        docs.add("o25 seed002");
        for (String doc : docs) {
            String kind = doc.split(" ")[0], sample = doc.split(" ")[1];
            {
                Path pdf = tmp.resolve(kind + "-" + sample + ".pdf");
                Files.write(pdf, PdfWriter.render(sample.equals("seed002")
                        ? org.itagen.report.OfficialFiguresTest.seed002O25(tmp, org.itagen.doc.Digits.THAI)
                        : SampleReports.document(kind, sample)));
                for (String line : ExternalTools.pdfToText(pdf).split("\n")) {
                    String t = line.strip();
                    if (t.isEmpty()) continue;
                    lines++;
                    if (startsWithMark(t)) problems.add(kind + " " + sample + ": line starts with a mark: " + t);
                    if ("เแโใไ".indexOf(t.charAt(t.length() - 1)) >= 0) problems.add(kind + " " + sample + ": line ends with a leading vowel: " + t);
                }
                for (String[] j : junctions(pdf)) {
                    junctions++;
                    if (numberCut(j[0], j[1])) problems.add(kind + " " + sample + ": number or date cut: " + j[0] + "|" + j[1]);
                    for (String w : WORDS) {
                        for (int k = 1; k < w.length(); k++) {
                            if (j[0].endsWith(w.substring(0, k)) && j[1].startsWith(w.substring(k)) && ACCEPTED.getOrDefault(w, -1) != k) {
                                problems.add(kind + " " + sample + ": " + j[0] + "|" + j[1]);
                            }
                        }
                    }
                }
            }
        }
        assertThat(lines).isGreaterThan(500);
        assertThat(junctions).isGreaterThan(200);
        assertThat(problems).isEmpty();
    }

    private static final String DIGIT = "[0-9\u0E50-\u0E59]";

    /**
     * A wrapped line pair that cuts a number, a code or a short date (issue 11 done-means): digits
     * on both sides with a bracket or decimal point left open ("(๘|๕.๒๐)", "๘๔.|๗๐"), or a day or
     * year parted from its month ("๑|ธ.ค.", "ธ.ค.|๖๘"). Two whole numbers in a row ("๘๔.๑๒" over
     * "๘๖.๔๐") are not a cut.
     */
    static boolean numberCut(String left, String right) {
        String a = left.strip(), b = right.strip();
        if (a.isEmpty() || b.isEmpty()) return false;
        String aw = a.substring(a.lastIndexOf(' ') + 1), bw = b.split(" ")[0];
        if (aw.matches(".*(" + DIGIT + "|[.(/])") && bw.matches("(" + DIGIT + "|[.)/]).*")) {
            return open(aw) || open(bw);
        }
        String month = "[\u0E01-\u0E4E]{1,3}\\.[\u0E01-\u0E4E]{1,3}\\.";
        if (aw.matches(".*" + DIGIT) && bw.matches(month + ".*")) return true;
        return aw.matches("(.*[^\u0E01-\u0E4E])?" + month) && bw.matches(DIGIT + ".*");
    }

    private static boolean open(String token) {
        String t = token.replace("*", "").replaceAll("[,;]$", "");
        return t.chars().filter(c -> c == '(').count() != t.chars().filter(c -> c == ')').count() || t.endsWith(".")
                || t.startsWith(".") || t.endsWith("/") || t.startsWith("/") || t.matches(".*\\." + DIGIT);
    }

    @Test
    void numberCutsAreRecognised() {
        assertThat(numberCut("e2 (๘", "๕.๒๐), e3")).isTrue();
        assertThat(numberCut("e3 (๘๔.", "๗๐)")).isTrue();
        assertThat(numberCut("วันที่ ๑", "ธ.ค. ๖๘")).isTrue();
        assertThat(numberCut("๑ ธ.ค.", "๖๘ –")).isTrue();
        assertThat(numberCut("๓๐ มิ.ย.", "๖๙")).isTrue();
        assertThat(numberCut("๘๔.๑๒", "๘๖.๔๐")).isFalse();
        assertThat(numberCut("๑ พ.ย. ๖๘ –", "๓๑ มี.ค. ๖๙")).isFalse();
        assertThat(numberCut("ข้อคำถาม i9", "(๙๕.๑๐)")).isFalse();
    }

    /** Above/below vowels, tone marks, ะ า ำ ๅ, ๆ and ฯ (independent of the breaker's own tables). */
    static boolean startsWithMark(String t) {
        char c = t.charAt(0);
        return c == '\u0E31' || c >= '\u0E34' && c <= '\u0E3A' || c >= '\u0E47' && c <= '\u0E4E'
                || "\u0E30\u0E32\u0E33\u0E45\u0E46\u0E2F".indexOf(c) >= 0;
    }

    private static Path render(List<Block> blocks, String name) throws IOException {
        Document d = new Document(Metadata.of("การตัดบรรทัด", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4().withPageNumbers(PageNumbers.none()), blocks);
        Path pdf = tmp.resolve(name);
        Files.write(pdf, PdfWriter.render(d));
        return pdf;
    }

    private static List<String[]> junctions(Path pdf) {
        ExternalTools.Result r = ExternalTools.run(120, "pdftotext", "-bbox-layout", pdf.toString(), "-");
        assertThat(r.exitCode()).isZero();
        return PdfWriterTest.junctions(r.stdout());
    }
}
