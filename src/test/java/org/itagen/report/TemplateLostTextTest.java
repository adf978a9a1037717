package org.itagen.report;

import org.itagen.Messages;
import org.itagen.input.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 §3 for templates: the lost-text warnings measures files get, and windows-874 accepted. */
class TemplateLostTextTest {
    @TempDir
    Path dir;

    @Test
    void theBundledTemplatesGiveNoWarning() {
        for (String kind : TemplateLoader.KINDS) {
            assertThat(TemplateLoader.lostText(TemplateLoader.bundledText(kind), kind + ".yaml")).as(kind).isEmpty();
        }
    }

    @Test
    void anEditedTemplateIsWarnedAtEachLineWhereTextWasLost() throws IOException {
        String t = TemplateLoader.bundledText("o25");
        String edited = t.replaceFirst("(?m)^body:\n", """
                body:
                  - paragraph: ประกาศ ณ ห้อง #3 ของสำนักงาน
                  - bullets:
                      - ข้อหนึ่ง
                        ต่อบรรทัดใหม่
                      - ก • ข • ค
                  - paragraph: -ร่าง
                """);
        assertThat(edited).isNotEqualTo(t);
        Path f = Files.writeString(dir.resolve("o25.yaml"), edited);
        int body = lineOf(edited, "body:");
        List<Problem> warnings = new ArrayList<>();
        Template loaded = TemplateLoader.load(f, "o25", warnings::add);
        assertThat(loaded.kind()).isEqualTo("o25");
        assertThat(warnings.stream().map(p -> p.where() + " " + p.message().code())).containsExactly(
                "o25.yaml:" + (body + 1) + " warning.YAML_HASH",
                "o25.yaml:" + (body + 4) + " warning.YAML_LINE_JOINED",
                "o25.yaml:" + (body + 5) + " warning.YAML_BULLET",
                "o25.yaml:" + (body + 6) + " warning.YAML_VALUE_MARK");
        assertThat(Messages.text(Messages.THAI, warnings.get(0).message().code(), warnings.get(0).message().args()))
                .contains("#3");
    }

    @Test
    void aTemplateSavedAsThaiWindowsIsRead() throws IOException {
        String t = TemplateLoader.bundledText("o28");
        Path f = dir.resolve("o28.yaml");
        Files.write(f, t.getBytes(Charset.forName("windows-874")));
        assertThat(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).isNotEqualTo(t); // really not UTF-8
        Template fromThai = TemplateLoader.load(f, "o28");
        Template bundled = TemplateLoader.parse(t, "o28.yaml", "o28");
        assertThat(fromThai.sentences()).isEqualTo(bundled.sentences());
        assertThat(fromThai.labels()).isEqualTo(bundled.labels());
    }

    private static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        return lines.indexOf(line) + 1;
    }
}
