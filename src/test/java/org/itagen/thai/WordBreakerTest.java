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
        assertThat(breaker.segments("อย่างต่อเนื่อง ข้อมูล")).contains("ต่อเนื่อง ");
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

    static List<String> corpus() throws IOException {
        Path p = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/thai-corpus.txt");
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
}
