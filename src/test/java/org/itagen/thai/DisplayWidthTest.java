package org.itagen.thai;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayWidthTest {
    @Test
    void thaiMarksTakeNoColumn() {
        assertThat(DisplayWidth.displayWidth("ที่")).isEqualTo(1);
        assertThat(DisplayWidth.displayWidth("การปฏิบัติหน้าที่")).isEqualTo(11);
        assertThat(DisplayWidth.displayWidth("นำ")).isEqualTo(2); // sara am is a spacing vowel
        assertThat(DisplayWidth.displayWidth("IIT 91.07")).isEqualTo(9);
        assertThat(DisplayWidth.displayWidth("")).isZero();
    }

    @Test
    void padsByDisplayWidth() {
        assertThat(DisplayWidth.padRight("ที่", 3)).isEqualTo("ที่  ");
        assertThat(DisplayWidth.padLeft("9", 3)).isEqualTo("  9");
    }
}
