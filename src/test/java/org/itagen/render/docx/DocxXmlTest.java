package org.itagen.render.docx;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Escaping, judged by a real XML parser (the JDK's), not by the strings the escaper writes. */
class DocxXmlTest {
    /** Parses {@code <e a="ATTR">TEXT</e>} built with the escaper and returns {text, attribute}. */
    private static String[] roundTrip(String s) throws Exception {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><e a=\"");
        DocxXml.attr(b, s).append("\">");
        DocxXml.text(b, s).append("</e>");
        Element e = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        return new String[]{e.getTextContent(), e.getAttribute("a")};
    }

    @Test
    void markupCharactersComeBackAsTheyWere() throws Exception {
        String s = "ก & ข < ค > ง \"อัญ\" 'เดี่ยว' ]]> &amp; <w:t> จบ";
        assertThat(roundTrip(s)).containsExactly(s, s);
    }

    @Test
    void whitespaceSurvivesInTextAndInAttributes() throws Exception {
        // A parser normalises raw tab, LF and CR in attributes to spaces and CR to LF in text:
        // written as references they come back as they were.
        String s = "ก\tข\nค\rง\r\nจ";
        assertThat(roundTrip(s)).containsExactly(s, s);
    }

    @Test
    void charactersXmlCannotHoldBecomeQuestionMarksAndPairsStay() throws Exception {
        String s = "a\u0001b\u001Fc\uFFFEd\uFFFFe\uD800f\uDC00g\uD83D\uDE00h";
        String want = "a?b?c?d?e?f?g\uD83D\uDE00h";
        assertThat(roundTrip(s)).containsExactly(want, want);
    }

    @Test
    void plainThaiIsWrittenAsIs() {
        String s = "ผู้ใหญ่ ๙๒.๖๑ คะแนน / ? ; 'x'";
        assertThat(DocxXml.text(new StringBuilder(), s).toString()).isEqualTo(s);
        assertThat(DocxXml.attr(s)).isEqualTo(s);
    }
}
