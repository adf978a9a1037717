package org.itagen.thai;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiDigitsTest {
    @Test
    void numbersInTextBecomeThaiDigits() {
        assertThat(ThaiDigits.localize("คะแนน 92.61 ปี 2568")).isEqualTo("คะแนน ๙๒.๖๑ ปี ๒๕๖๘");
        assertThat(ThaiDigits.localize("8,317 หน่วยงาน")).isEqualTo("๘,๓๑๗ หน่วยงาน");
        assertThat(ThaiDigits.localize("(1) มาตรการ")).isEqualTo("(๑) มาตรการ");
    }

    @Test
    void codesAndAddressesKeepArabicDigits() {
        assertThat(ThaiDigits.localize("ข้อ i10 และ O25")).isEqualTo("ข้อ i10 และ O25");
        assertThat(ThaiDigits.localize("ดู https://www.example.go.th/ita/2568 แล้ว")).isEqualTo("ดู https://www.example.go.th/ita/2568 แล้ว");
        assertThat(ThaiDigits.localize("ita2568@example.go.th")).isEqualTo("ita2568@example.go.th");
    }

    @Test
    void thaiDigitsReadBackAsArabic() {
        assertThat(ThaiDigits.toArabic("๙๒.๖๑")).isEqualTo("92.61");
        assertThat(ThaiDigits.toArabic("abc")).isEqualTo("abc");
    }
}
