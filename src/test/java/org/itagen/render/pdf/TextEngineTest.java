package org.itagen.render.pdf;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shaping results shared across documents and threads (docs/performance.md, "Shaping cache"). */
class TextEngineTest {
    private static final FontFace SARABUN = FontResolver.bundled().regular();
    private static final List<String> TEXTS = List.of("ปี่", "ญู", "ผลการประเมิน ITA", "ตัวชี้วัดที่ ๑๐", "น้ำ", "ฐู", "ฤๅษี",
            "การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่", "(๘๙.๔๐)", "https://www.example.go.th/", "ข้อคำถาม i10", "ปั้ฟิ้ฝี่");

    @Test
    void documentsShareShapedTextAndItEqualsFreshShaping() {
        TextEngine one = new TextEngine(FontResolver.bundled());
        TextEngine two = new TextEngine(FontResolver.bundled());
        for (String t : TEXTS) {
            TextEngine.Shaped a = one.shape(SARABUN, t);
            assertThat(two.shape(SARABUN, t)).as(t).isSameAs(a);
            assertSameShape(a, TextEngine.doShape(SARABUN, t), t);
        }
    }

    @Test
    void snapshotHasTheGlyphCodesAndCharIndicesAwtGives() {
        for (String t : TEXTS) {
            char[] chars = t.toCharArray();
            GlyphVector awt = SARABUN.awtFont().layoutGlyphVector(FontFace.FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
            GlyphVector snap = new TextEngine(FontResolver.bundled()).shape(SARABUN, t).vector();
            int n = awt.getNumGlyphs();
            assertThat(snap.getNumGlyphs()).as(t).isEqualTo(n);
            assertThat(snap.getGlyphCodes(0, n, new int[n])).as(t).containsExactly(awt.getGlyphCodes(0, n, null));
            for (int i = 0; i < n; i++) assertThat(snap.getGlyphCharIndex(i)).as(t + " glyph " + i).isEqualTo(awt.getGlyphCharIndex(i));
            assertThat(snap.getFont()).isEqualTo(awt.getFont());
            assertThatThrownBy(snap::getOutline).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void eightThreadsGetWhatOneThreadShapes() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) texts.add(TEXTS.get(i % TEXTS.size()) + " " + i);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<TextEngine.Shaped>>> futures = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                futures.add(pool.submit(() -> {
                    TextEngine e = new TextEngine(FontResolver.bundled());
                    List<TextEngine.Shaped> out = new ArrayList<>();
                    for (String t : texts) out.add(e.shape(SARABUN, t));
                    return out;
                }));
            }
            for (Future<List<TextEngine.Shaped>> f : futures) {
                List<TextEngine.Shaped> got = f.get();
                for (int i = 0; i < texts.size(); i++) assertSameShape(got.get(i), TextEngine.doShape(SARABUN, texts.get(i)), texts.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void longTextsAreNotKeptAcrossDocuments() {
        String paragraph = "ผลการประเมินคุณธรรมและความโปร่งใส ".repeat(20);
        TextEngine.Shaped a = new TextEngine(FontResolver.bundled()).shape(SARABUN, paragraph);
        TextEngine.Shaped b = new TextEngine(FontResolver.bundled()).shape(SARABUN, paragraph);
        assertThat(b).isNotSameAs(a);
        assertSameShape(a, b, "paragraph");
    }

    private static void assertSameShape(TextEngine.Shaped got, TextEngine.Shaped want, String text) {
        assertThat(got.glyphs()).as(text).containsExactly(want.glyphs());
        assertThat(got.xs()).as(text).containsExactly(want.xs());
        assertThat(got.ys()).as(text).containsExactly(want.ys());
        assertThat(got.advance()).as(text).isEqualTo(want.advance());
    }
}
