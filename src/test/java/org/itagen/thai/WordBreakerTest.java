package org.itagen.thai;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordBreakerTest {
    private final WordBreaker breaker = WordBreaker.thai();

    @Test
    void segmentsThaiWordsByDictionary() {
        // มอบหมาย is one compound for ICU's Thai dictionary only with compounds.txt.
        assertThat(breaker.segments("ผู้บริหารมอบหมายให้ผู้ใหญ่"))
                .contains("ให้", "ผู้ใหญ่").doesNotContain("มอบ", "หมาย");
        assertThat(breaker.segments("น้ำใจของเจ้าหน้าที่")).contains("น้ำใจ", "ของ");
    }

    @Test
    void keepsDomainCompoundsWhole() {
        assertThat(breaker.segments("การใช้งบประมาณตามตัวชี้วัด")).contains("งบประมาณ", "ตัวชี้วัด");
        assertThat(breaker.segments("อย่างต่อเนื่อง ข้อมูล")).containsExactly("อย่างต่อเนื่อง ", "ข้อมูล");
        // A compound's letters inside another word are left alone: no break appears or vanishes there.
        assertThat(String.join("", breaker.segments("ปีงบประมาณ"))).isEqualTo("ปีงบประมาณ");
    }

    @Test
    void keepsCompoundsAnIndependentSegmenterReadsAsOneWord() {
        // Found by wordcut over the sample documents: ICU splits these (and misreads ผลอ|ย่าง|ไร).
        assertThat(breaker.segments("สะท้อนทั้งมุมมองของบุคลากร")).contains("มุมมอง");
        assertThat(breaker.segments("บรรลุค่าเป้าหมายของแผนแม่บทฯ ที่")).contains("ค่าเป้าหมาย", "แผนแม่บทฯ ");
        assertThat(breaker.segments("ได้ผลอย่างไร")).containsExactly("ได้", "ผลอย่างไร");
        assertThat(breaker.segments("ผลการประเมิน ITA ภาพรวม")).contains("ภาพรวม");
    }

    @Test
    void keepsAddressesWhole() {
        assertThat(breaker.segments("ดูที่ https://www.example.go.th/ita/2568 หรือ ita@example.go.th"))
                .contains("https://www.example.go.th/ita/2568 ", "ita@example.go.th");
    }

    @Test
    void keepsSpacesWithTheWordBefore() {
        assertThat(breaker.segments("คะแนน 92.61 คะแนน")).containsExactly("คะแนน ", "92.61 ", "คะแนน");
    }

    @Test
    void neverBreaksBeforeAMarkOrInsideAGrapheme() throws IOException {
        for (String line : corpus()) {
            for (int p : breaker.lineBreaks(line)) {
                assertThat(WordBreaker.isThaiCombining(line.charAt(p)))
                        .as("break before a mark at %d in %s", p, line).isFalse();
            }
            int[] clusters = breaker.clusterBreaks(line);
            for (int p : clusters) assertThat(WordBreaker.isThaiCombining(line.charAt(p))).isFalse();
        }
    }

    @Test
    void clusterBreaksKeepMarksWithTheirBase() {
        // น้ำ is one cluster plus sara am; ผู้ keeps both marks.
        assertThat(breaker.clusterBreaks("น้ำผู้")).containsExactly(3);
        assertThat(breaker.clusterBreaks("ปี่")).isEmpty();
    }

    @Test
    void jdkEngineAlsoSegmentsThai() {
        // The JDK engine only exists for the comparison in docs/notes/pdf.md, but it must work.
        WordBreaker jdk = WordBreaker.of(WordBreaker.Engine.JDK);
        assertThat(jdk.lineBreaks("ผู้บริหารมอบหมาย")).isNotEmpty();
        assertThat(Arrays.stream(jdk.lineBreaks("น้ำใจของเจ้าหน้าที่")).noneMatch(p -> p == 1 || p == 2)).isTrue();
    }

    @Test
    void corpusHasAtLeast200DistinctThaiWords() throws IOException {
        long distinct = corpus().stream().flatMap(l -> breaker.segments(l).stream())
                .map(String::strip).filter(w -> w.codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E4E))
                .distinct().count();
        assertThat(distinct).isGreaterThanOrEqualTo(200);
    }

    @Test
    void cachedBreaksEqualFreshOnesAndCannotBeChangedByCallers() throws IOException {
        for (String line : corpus()) {
            int[] fresh = breaker.computeBreaks(line).offsets(WordBreaker.WORD);
            assertThat(breaker.lineBreaks(line)).as(line).containsExactly(fresh);
            int[] again = breaker.lineBreaks(line);
            if (again.length > 0) again[0] = -1;
            assertThat(breaker.lineBreaks(line)).as("cached copy of " + line).containsExactly(fresh);
        }
    }

    @Test
    void parallelBreaksAreTheSameAsSequentialOnes() throws Exception {
        List<String> lines = corpus();
        List<int[]> expected = lines.stream().map(l -> breaker.computeBreaks(l).offsets(WordBreaker.WORD)).toList();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < lines.size(); i++) {
                            if (!Arrays.equals(breaker.lineBreaks(lines.get(i)), expected.get(i))) return false;
                        }
                    }
                    return true;
                }));
            }
            for (var r : runs) assertThat(r.get()).isTrue();
        }
    }

    @Test
    void cacheIsBounded() {
        for (int i = 0; i < WordBreaker.CACHE_ENTRIES + 500; i++) breaker.lineBreaks("คะแนน " + i + " คะแนน");
        // Other tests may use the shared breaker at the same time: one extra entry per thread at most.
        assertThat(breaker.cachedTexts()).isLessThanOrEqualTo(WordBreaker.CACHE_ENTRIES + 8);
        String huge = "ผู้ใหญ่".repeat(WordBreaker.CACHE_MAX_CHARS);
        assertThat(breaker.lineBreaks(huge)).containsExactly(breaker.computeBreaks(huge).offsets(WordBreaker.WORD));
    }

    /** Issue 11: compounds seen cut at line ends in generated O25/O28 (oracle: that list, not the breaker). */
    static final List<String> ISSUE_WORDS = List.of("ผู้รับผิดชอบ", "ระยะเวลา", "ทุกหน่วยงาน", "หน่วยงาน",
            "ผู้บังคับบัญชา", "เบิกจ่าย", "ความต้องการ", "ความคิดเห็น", "รูปแบบ", "ผู้ใช้งาน", "ความเสี่ยง", "จัดทำ",
            "ผู้รับบริการ", "การปฏิบัติหน้าที่", "ต่ำสุด", "อย่างน้อย", "ความสำเร็จ", "แผนงาน", "เผยแพร่");
    /** Where each word may end a line at all (ทุก|หน่วยงาน, การ|ปฏิบัติหน้าที่): the cuts a reader accepts. */
    static final java.util.Map<String, Integer> ACCEPTED_CUT = java.util.Map.of("ทุกหน่วยงาน", 3);
    /** Contexts from the sample documents and the seeds, without spaces around the word. */
    static final List<String[]> CONTEXTS = List.of(new String[]{"ตามที่", "ได้กำหนดไว้"}, new String[]{"ของ", "ในการดำเนินงาน"},
            new String[]{"โดย", "ทุกคน"}, new String[]{"และ", "ของหน่วยงาน"}, new String[]{"", ""});

    @Test
    void issueWordsAreOneUnitInEveryContext() {
        for (String w : ISSUE_WORDS) {
            for (String[] c : CONTEXTS) {
                String text = c[0] + w + c[1];
                int from = c[0].length(), to = from + w.length();
                for (int p : breaker.lineBreaks(text)) {
                    if (p > from && p < to) {
                        assertThat(p - from).as("a line may end inside %s in %s", w, text).isEqualTo(ACCEPTED_CUT.getOrDefault(w, -1));
                    }
                }
            }
        }
    }

    @Test
    void compoundsCanStillBeCutWhenNothingElseFitsButAtWorseBreaks() {
        WordBreaker.Breaks b = breaker.breaks("หน่วยงาน");
        assertThat(b.size()).isEqualTo(1);
        assertThat(b.at(0)).isEqualTo(5);
        assertThat(b.penalty(0)).isGreaterThanOrEqualTo(WordBreaker.COMPOUND);
        // การ|ปฏิบัติหน้าที่ is the outer cut, ปฏิบัติ|หน้าที่ a deeper one.
        WordBreaker.Breaks d = breaker.breaks("การปฏิบัติหน้าที่");
        java.util.Map<Integer, Integer> pen = new java.util.HashMap<>();
        for (int i = 0; i < d.size(); i++) pen.put(d.at(i), d.penalty(i));
        assertThat(pen).containsKeys(3, 10);
        assertThat(pen.get(3)).isLessThan(pen.get(10));
        assertThat(pen.get(3)).isGreaterThan(WordBreaker.WORD);
    }

    @Test
    void breaksAtSpacesAreTheCheapest() {
        WordBreaker.Breaks b = breaker.breaks("ผลการประเมิน ITA ของหน่วยงาน");
        for (int i = 0; i < b.size(); i++) {
            int p = b.at(i);
            char before = "ผลการประเมิน ITA ของหน่วยงาน".charAt(p - 1);
            if (before == ' ') assertThat(b.penalty(i)).isEqualTo(WordBreaker.SPACE);
            else assertThat(b.penalty(i)).isGreaterThan(WordBreaker.SPACE);
        }
        assertThat(b.offsets(WordBreaker.SPACE)).containsExactly(13, 17);
    }

    @Test
    void unitsWithMorePenaltyAllowedAreFiner() {
        String text = "ผู้รับผิดชอบโครงการประจำปีงบประมาณ";
        assertThat(breaker.units(text, WordBreaker.WORD)).containsExactly("ผู้รับผิดชอบ", "โครงการ", "ประจำปีงบประมาณ");
        List<String> fine = breaker.units(text, Integer.MAX_VALUE);
        assertThat(String.join("", fine)).isEqualTo(text);
        assertThat(fine).contains("งบ", "ประมาณ", "ผู้");
    }

    @Test
    void readsCompoundBoundariesThatChangeTheMeaning() {
        // ช่อง|ทางการ ("official") would change the meaning: ช่องทาง|การร้องเรียน.
        // Kept together as a compound is; when a line must cut them, it cuts at the chosen boundary.
        assertThat(breaker.units("ช่องทางการร้องเรียน", WordBreaker.PHRASE)).containsExactly("ช่องทางการร้องเรียน");
        assertThat(breaker.units("ช่องทางการร้องเรียน", WordBreaker.COMPOUND)).startsWith("ช่องทาง");
        assertThat(breaker.segments("ช่องทางการร้องเรียน")).containsExactly("ช่องทางการร้องเรียน");
        assertThat(breaker.segments("มีช่องทางการเผยแพร่")).containsExactly("มี", "ช่องทางการเผยแพร่");
        assertThat(breaker.segments("ตรวจสอบทุกรายการ")).containsExactly("ตรวจสอบ", "ทุก", "รายการ");
        assertThat(breaker.segments("สรุปว่าแต่ละมาตรการ")).contains("แต่ละ");
        assertThat(breaker.units("และเกิดผลลัพธ์ใด", WordBreaker.COMPOUND)).contains("ผลลัพธ์");
    }

    @Test
    void neverCutsASyllableOfAnUnknownWord() {
        // ICU reads เผย|แพ|ร่อิ|นโฟ|กราฟิก; no cut of any penalty may fall inside แพร่.
        String text = "เผยแพร่อินโฟกราฟิกขั้นตอนบริการ";
        WordBreaker.Breaks b = breaker.breaks(text);
        for (int i = 0; i < b.size(); i++) assertThat(b.at(i)).isNotIn(4, 5, 6);
        assertThat(breaker.segments(text)).startsWith("เผยแพร่");
        // Were อินโฟกราฟิก unknown, the boundary after เผยแพร่ would need ICU's word too, and
        // ICU's misreadings inside เผยแพร่ are no place for a cut even as a last resort.
        WordBreaker small = new WordBreaker(WordBreaker.Engine.ICU, ThaiLexicon.of(List.of("เผยแพร่", "ขั้นตอน")));
        assertThat(small.segments(text)).startsWith("เผยแพร่อินโฟกราฟิก");
        WordBreaker.Breaks sb = small.breaks(text);
        for (int i = 0; i < sb.size(); i++) assertThat(sb.at(i)).isNotIn(1, 2, 3, 4, 5, 6);
        // The final consonant of a name stays with its syllable.
        assertThat(breaker.segments("นายณัฐวัชร วรรณ")).noneMatch(s -> s.strip().equals("ร"));
    }

    @Test
    void keepsTheOfficersNonBreakingHints() {
        // WORD JOINER and NO-BREAK SPACE glue what the segmentation would break: no break of
        // any penalty next to them.
        assertThat(breaker.breaks("ทุก\u2060หน่วยงาน").offsets(Integer.MAX_VALUE)).doesNotContain(3, 4);
        assertThat(breaker.lineBreaks("ทุก\u2060หน่วยงาน")).isEmpty();
        assertThat(breaker.breaks("ผู้รับ\u00A0บริการ").offsets(Integer.MAX_VALUE)).doesNotContain(6, 7);
        assertThat(breaker.lineBreaks("ความ\u00A0โปร่งใส ผู้รับ\u2060บริการ")).containsExactly(13);
        // A ZERO WIDTH SPACE is the officer's break hint: a line may end there, even inside a compound.
        assertThat(breaker.lineBreaks("หน่วย\u200Bงาน")).containsExactly(6);
    }

    @Test
    void noBreakOfAnyPenaltyBeforeAMarkOrAfterALeadingVowel() throws IOException {
        List<String> texts = new java.util.ArrayList<>(corpus());
        for (String w : ISSUE_WORDS) texts.add("ก่อน" + w + "หลัง");
        for (String line : texts) {
            WordBreaker.Breaks b = breaker.breaks(line);
            for (int i = 0; i < b.size(); i++) {
                char next = line.charAt(b.at(i)), prev = line.charAt(b.at(i) - 1);
                // Independent classes: above/below vowels and tone marks, ะ า ำ ๅ, ๆ ฯ; เ แ โ ใ ไ.
                boolean mark = next == '\u0E31' || next >= '\u0E34' && next <= '\u0E3A' || next >= '\u0E47' && next <= '\u0E4E';
                boolean following = "\u0E30\u0E32\u0E33\u0E45\u0E46\u0E2F".indexOf(next) >= 0;
                boolean leading = "เแโใไ".indexOf(prev) >= 0;
                assertThat(mark || following || leading).as("break %d (penalty %d) in %s", b.at(i), b.penalty(i), line).isFalse();
            }
            for (int p : breaker.clusterBreaks(line)) {
                assertThat("\u0E30\u0E32\u0E33\u0E45".indexOf(line.charAt(p)) < 0 && "เแโใไ".indexOf(line.charAt(p - 1)) < 0)
                        .as("cluster break %d in %s", p, line).isTrue();
            }
        }
    }

    @Test
    void lexiconIsTheDerivedWordListPlusTheItaVocabulary() {
        ThaiLexicon lexicon = ThaiLexicon.get();
        for (String w : List.of("ผู้รับผิดชอบ", "ระยะเวลา", "หน่วยงาน", "ผู้บังคับบัญชา", "ความต้องการ", "ช่องทาง", "เผยแพร่")) {
            assertThat(lexicon.contains(w)).as(w).isTrue();
        }
        // From compounds.txt (the word list lacks them).
        assertThat(lexicon.kind("ตัวชี้วัด", 0, 9)).isEqualTo(ThaiLexicon.ITA_WORD);
        assertThat(lexicon.contains("เบิกจ่าย")).isTrue();
        assertThat(lexicon.contains("หน่วยงานxyz")).isFalse();
        assertThat(lexicon.maxLength()).isBetween(20, 24);
    }

    @Test
    void aLexiconOfItsOwnSegmentsByIt() {
        WordBreaker small = new WordBreaker(WordBreaker.Engine.ICU, ThaiLexicon.of(List.of("กขค", "งจ", "กข", "คงจ")));
        // Fewest words: กขค|งจ and กข|คงจ are both two words; the more even one is as good, and
        // the earlier longer word breaks the tie.
        assertThat(small.segments("กขคงจ")).containsExactly("กขค", "งจ");
    }

    static List<String> corpus() throws IOException {
        Path p = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/thai-corpus.txt");
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
}
