package org.itagen.render.docx;

import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsedXmlTest {
    private static final String STYLE = "<w:style xmlns:w=\"" + DocxXml.W_NS + "\" w:type=\"paragraph\" w:styleId=\"Cached\">"
            + "<w:name w:val=\"Cached\"/></w:style>";

    @Test
    void everyCallGetsItsOwnCopyOfTheSameTree() throws Exception {
        CTStyle a = ParsedXml.parse(CTStyle.Factory, STYLE);
        String fresh = CTStyle.Factory.parse(STYLE, DocxStyles.INNER).xmlText();
        assertThat(a.xmlText()).isEqualTo(fresh);
        a.setStyleId("Changed");
        CTStyle b = ParsedXml.parse(CTStyle.Factory, STYLE);
        assertThat(b.getStyleId()).isEqualTo("Cached");
        assertThat(b).isNotSameAs(a);
    }

    @Test
    void parallelCopiesAreEqual() throws Exception {
        String expected = ParsedXml.parse(CTStyle.Factory, STYLE).xmlText();
        List<Future<Boolean>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        CTStyle s = ParsedXml.parse(CTStyle.Factory, STYLE);
                        if (!s.xmlText().equals(expected)) return false;
                        s.setStyleId("T" + i); // writing to a copy must not disturb the others
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : runs) assertThat(r.get()).isTrue();
        }
    }

    @Test
    void aCopyCanBeWalkedWhileOtherThreadsEditTheirs() throws Exception {
        // A cursor selection over one copy while other threads change theirs: copies sharing one
        // synchronization domain fail here with "Document changed during select".
        String xml = "<w:hdr xmlns:w=\"" + DocxXml.W_NS + "\"><w:p/><w:p/><w:p/><w:p/><w:p/><w:p/><w:p/><w:p/></w:hdr>";
        List<Future<Integer>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    int seen = 0;
                    for (int i = 0; i < 1000; i++) {
                        var hdr = ParsedXml.parse(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr.Factory, xml);
                        try (var c = hdr.newCursor()) {
                            c.selectPath("declare namespace w='" + DocxXml.W_NS + "' ./w:p");
                            while (c.toNextSelection()) {
                                seen++;
                                hdr.addNewP(); // an edit in this copy, while the others walk theirs
                            }
                        }
                    }
                    return seen;
                }));
            }
            for (Future<Integer> r : runs) assertThat(r.get()).isEqualTo(1000 * 8);
        }
    }

    @Test
    void badXmlStillFailsAsXml() {
        assertThatThrownBy(() -> ParsedXml.parse(CTStyle.Factory, "<w:style"))
                .isInstanceOf(org.apache.xmlbeans.XmlException.class);
    }

    @Test
    void freshParsesThroughTheThreadsReaderEqualPlainParses() throws Exception {
        // Two different texts one after the other on one reader, and bad XML in between: the
        // reader must parse each as xmlbeans' own reader would, and recover after an error.
        String other = STYLE.replace("Cached", "Other");
        for (int i = 0; i < 3; i++) {
            assertThat(ParsedXml.parseFresh(CTStyle.Factory, STYLE).xmlText())
                    .isEqualTo(CTStyle.Factory.parse(STYLE, DocxStyles.INNER).xmlText());
            assertThatThrownBy(() -> ParsedXml.parseFresh(CTStyle.Factory, "<w:style"))
                    .isInstanceOf(org.apache.xmlbeans.XmlException.class);
            assertThat(ParsedXml.parseFresh(CTStyle.Factory, other).getStyleId()).isEqualTo("Other");
        }
        List<Future<Boolean>> runs = new ArrayList<>();
        String expected = CTStyle.Factory.parse(STYLE, DocxStyles.INNER).xmlText();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        if (!ParsedXml.parseFresh(CTStyle.Factory, STYLE).xmlText().equals(expected)) return false;
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : runs) assertThat(r.get()).isTrue();
        }
    }
}
