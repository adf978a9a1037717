package org.itagen.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stderr format is decided from the arguments before they are parsed. */
class DiagnosticsTest {
    private static Diagnostics.Format of(String... args) {
        return Diagnostics.fromArgs(args);
    }

    @Test
    void jsonWhenAskedOrWhenTheOutputIsJson() {
        assertThat(of("analyze", "--scores", "x")).isEqualTo(Diagnostics.Format.text);
        assertThat(of("analyze", "--format", "json")).isEqualTo(Diagnostics.Format.json);
        assertThat(of("analyze", "--format=JSON")).isEqualTo(Diagnostics.Format.json);
        assertThat(of("--message-format", "json", "o25")).isEqualTo(Diagnostics.Format.json);
        assertThat(of("o25", "--message-format=json")).isEqualTo(Diagnostics.Format.json);
        assertThat(of("analyze", "--format", "json", "--message-format", "text")).isEqualTo(Diagnostics.Format.text);
        assertThat(of("batch", "--format", "pdf,docx")).isEqualTo(Diagnostics.Format.text);
        assertThat(of("analyze", "--format")).isEqualTo(Diagnostics.Format.text);
    }
}
