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
    private static final String STYLE = "<w:style xmlns:w=\"" + DocxStyles.W_NS + "\" w:type=\"paragraph\" w:styleId=\"Cached\">"
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
        assertThat(ParsedXml.cached()).isLessThanOrEqualTo(512 + 4);
    }

    @Test
    void badXmlStillFailsAsXml() {
        assertThatThrownBy(() -> ParsedXml.parse(CTStyle.Factory, "<w:style"))
                .isInstanceOf(org.apache.xmlbeans.XmlException.class);
    }
}
