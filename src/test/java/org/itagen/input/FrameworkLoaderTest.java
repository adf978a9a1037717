package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.model.Framework;
import org.itagen.model.FrameworkSet;
import org.itagen.model.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameworkLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void everyBundledYearLoads() {
        FrameworkSet all = FrameworkLoader.bundled();
        assertThat(all.byYear().keySet()).containsExactly(2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569);
        for (Framework f : all.byYear().values()) {
            assertThat(f.indicators()).hasSize(10);
            assertThat(f.weight(Tool.IIT).add(f.weight(Tool.EIT)).add(f.weight(Tool.OIT))).isEqualByComparingTo("1");
            assertThat(f.document("o25")).isPresent();
            assertThat(f.document("o28")).isPresent();
        }
    }

    @Test
    void yearSpecificFacts() {
        FrameworkSet all = FrameworkLoader.bundled();
        Framework f65 = all.forYear(2565).orElseThrow();
        assertThat(f65.rating().kind()).isEqualTo("letter");
        assertThat(f65.rating().levels()).extracting(l -> l.name()).containsExactly("AA", "A", "B", "C", "D", "E", "F");
        assertThat(f65.indicator(8).orElseThrow().name()).isEqualTo("การปรับปรุงระบบการทำงาน");
        assertThat(all.forYear(2566).orElseThrow().rating().kind()).isEqualTo("pass_fail");
        Framework f68 = all.forYear(2568).orElseThrow();
        assertThat(f68.eitParts()).isTrue();
        assertThat(f68.rating().levels().getFirst().toolsMin()).isEqualByComparingTo("95.00");
        assertThat(f68.indicator(8).orElseThrow().name()).isEqualTo("การปรับปรุงการทำงาน");
        assertThat(f68.indicator(9).orElseThrow().subIndicators()).hasSize(5);
        assertThat(f68.question("i10").orElseThrow().indicator()).isEqualTo(4);
        assertThat(f68.question("e9").orElseThrow().text()).contains("ออนไลน์");
        assertThat(f68.document("o28").orElseThrow().code()).isEqualTo("O28");
        Framework f69 = all.forYear(2569).orElseThrow();
        assertThat(f69.document("o25").orElseThrow().code()).isEqualTo("O25");
        assertThat(f69.document("o25").orElseThrow().components()).hasSize(6);
    }

    @Test
    void overrideReplacesItsYear() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/org/itagen/framework/fy2568.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path f = tmp.resolve("fw.yaml");
        Files.writeString(f, text.replace("name: การใช้อำนาจ", "name: การใช้อำนาจหน้าที่"));
        FrameworkSet set = FrameworkLoader.bundledWith(f);
        assertThat(set.forYear(2568).orElseThrow().indicator(3).orElseThrow().name()).isEqualTo("การใช้อำนาจหน้าที่");
        assertThat(set.forYear(2568).orElseThrow().source()).isEqualTo("fw.yaml");
        assertThat(set.forYear(2567).orElseThrow().source()).isEqualTo("fy2567.yaml");
    }

    @Test
    void errorsNameTheLine() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/org/itagen/framework/fy2568.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int weightsLine = lineOf(text, "weights:");
        Path f = tmp.resolve("fw.yaml");
        Files.writeString(f, text.replace("OIT: 0.40}", "OIT: 0.50}"));
        assertThatThrownBy(() -> FrameworkLoader.load(f)).isInstanceOf(ItagenException.class)
                .satisfies(e -> assertThat(((ItagenException) e).oneLine())
                        .isEqualTo("fw.yaml:" + weightsLine + ": weights add up to 1.10; they must add up to 1"));
        Files.writeString(f, text.replace("    tool: OIT\n    name: การป้องกันการทุจริต", "    tool: OIT\n    nmae: x"));
        assertThatThrownBy(() -> FrameworkLoader.load(f)).hasMessageContaining("unknown key \"nmae\"");
        Files.writeString(f, text.replace("  i4: {indicator: 2", "  i4: {indicator: 7"));
        assertThatThrownBy(() -> FrameworkLoader.load(f))
                .satisfies(e -> assertThat(((ItagenException) e).oneLine())
                        .startsWith("fw.yaml:" + lineOf(text, "  i4: {") + ": question i4 is IIT but indicator 7 is EIT"));
    }

    static int lineOf(String text, String prefix) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(prefix)) return i + 1;
        throw new AssertionError(prefix);
    }
}
