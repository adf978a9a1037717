package org.itagen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI asks the JDK for its JNI HarfBuzz binding unless the command line chose one. */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class FontLayoutSwitchTest {
    @Test
    void jniUnlessAlreadyChosen() {
        String before = System.getProperty(Main.FONT_LAYOUT_FFM);
        try {
            System.clearProperty(Main.FONT_LAYOUT_FFM);
            Main.preferJniFontLayout();
            assertThat(System.getProperty(Main.FONT_LAYOUT_FFM)).isEqualTo("false");
            System.setProperty(Main.FONT_LAYOUT_FFM, "true");
            Main.preferJniFontLayout();
            assertThat(System.getProperty(Main.FONT_LAYOUT_FFM)).isEqualTo("true");
        } finally {
            if (before == null) System.clearProperty(Main.FONT_LAYOUT_FFM);
            else System.setProperty(Main.FONT_LAYOUT_FFM, before);
        }
    }
}
