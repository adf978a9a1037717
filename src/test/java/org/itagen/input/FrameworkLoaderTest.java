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
        Path f = tmp.resolve("fw.yaml");
        Files.writeString(f, fullFy2568().replace("name: การใช้อำนาจ", "name: การใช้อำนาจหน้าที่"));
        FrameworkSet set = FrameworkLoader.bundledWith(f);
        assertThat(set.forYear(2568).orElseThrow().indicator(3).orElseThrow().name()).isEqualTo("การใช้อำนาจหน้าที่");
        assertThat(set.forYear(2568).orElseThrow().source()).isEqualTo("fw.yaml");
        assertThat(set.forYear(2567).orElseThrow().source()).isEqualTo("fy2567.yaml");
    }

    @Test
    void anOverrideMayExtendABundledYearAndStateOnlyItsChange() throws IOException {
        Path f = tmp.resolve("fw.yaml");
        Files.writeString(f, "extends: 2568\nfiscal_year: 2568\nindicators:\n  - {number: 3, name: การใช้อำนาจหน้าที่}\n");
        Framework mine = FrameworkLoader.load(f);
        Framework bundled = FrameworkLoader.bundled().forYear(2568).orElseThrow();
        assertThat(mine.indicator(3).orElseThrow().name()).isEqualTo("การใช้อำนาจหน้าที่");
        assertThat(mine.indicator(3).orElseThrow().tool()).isEqualTo(Tool.IIT);
        assertThat(mine.indicators().stream().filter(d -> d.number() != 3).toList())
                .isEqualTo(bundled.indicators().stream().filter(d -> d.number() != 3).toList());
        assertThat(mine.rating()).isEqualTo(bundled.rating());
        // Questions belong to their year and are not inherited.
        assertThat(bundled.questions()).isNotEmpty();
        assertThat(mine.questions()).isEmpty();
        assertThat(mine.source()).isEqualTo("fw.yaml");
    }

    @Test
    void errorsNameTheLine() throws IOException {
        String text = fullFy2568();
        int weightsLine = lineOf(text, "weights:");
        Path f = tmp.resolve("fw.yaml");
        Files.writeString(f, text.replace("OIT: 0.40}", "OIT: 0.50}"));
        assertThatThrownBy(() -> FrameworkLoader.load(f)).isInstanceOf(ItagenException.class)
                .satisfies(e -> assertThat(((ItagenException) e).oneLine())
                        .isEqualTo("fw.yaml:" + weightsLine + ": weights add up to 1.10; they must add up to 1"));
        Files.writeString(f, text.replace("    tool: OIT\n    name: การป้องกันการทุจริต", "    tool: OIT\n    nmae: x"));
        assertThatThrownBy(() -> FrameworkLoader.load(f)).hasMessageContaining("unknown key \"nmae\" in an indicator"
                + " (did you mean \"name\"?); allowed keys: number, tool, name, sub_indicators");
        Files.writeString(f, text.replace("  i4: {indicator: 2", "  i4: {indicator: 7"));
        assertThatThrownBy(() -> FrameworkLoader.load(f))
                .satisfies(e -> assertThat(((ItagenException) e).oneLine())
                        .startsWith("fw.yaml:" + lineOf(text, "  i4: {") + ": question i4 is IIT but indicator 7 is EIT"));
    }

    @Test
    void anInheritedMistakeNamesTheFileItIsIn() throws IOException {
        // OIT 0.50 makes the weights add up to 1.10; the weights line is this file's, line 3.
        Path f = tmp.resolve("fw.yaml");
        Files.writeString(f, "extends: 2569\nfiscal_year: 2570\nweights: {OIT: 0.50}\n");
        assertThatThrownBy(() -> FrameworkLoader.load(f))
                .satisfies(e -> assertThat(((ItagenException) e).oneLine())
                        .isEqualTo("fw.yaml:3: weights add up to 1.10; they must add up to 1"));
        // An inherited indicator made invalid by this file: the tool is inherited, the name this file's.
        Files.writeString(f, "extends: 2569\nfiscal_year: 2570\nindicators:\n  - {number: 6, tool: IIT}\n"
                + "questions:\n  e1: {indicator: 6}\n");
        assertThatThrownBy(() -> FrameworkLoader.load(f))
                .satisfies(e -> assertThat(((ItagenException) e).oneLine())
                        .isEqualTo("fw.yaml:6: question e1 is EIT but indicator 6 is IIT"));
        Files.writeString(f, "extends: 2590\nfiscal_year: 2590\n");
        assertThatThrownBy(() -> FrameworkLoader.load(f))
                .satisfies(e -> assertThat(((ItagenException) e).oneLine())
                        .isEqualTo("fw.yaml:1: there is no bundled framework of fiscal year 2590 to extend; bundled years: 2561-2569"));
    }

    private static String fullFy2568() throws IOException {
        try (InputStream in = FrameworkLoaderTest.class.getResourceAsStream("framework-full-fy2568.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int lineOf(String text, String prefix) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(prefix)) return i + 1;
        throw new AssertionError(prefix);
    }
}
