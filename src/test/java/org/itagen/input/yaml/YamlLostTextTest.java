package org.itagen.input.yaml;

import org.itagen.Messages;
import org.itagen.input.MeasuresDraft;
import org.itagen.input.MeasuresParser;
import org.itagen.input.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 §3: where YAML's rules likely ate the officer's text, a warning names the line. */
class YamlLostTextTest {
    static List<String> warnings(String yaml) {
        return YamlDoc.parse(yaml, "m.yaml").lostText().stream()
                .map(p -> p.where() + " " + p.message().code()).toList();
    }

    @Test
    void eachWayOfLosingTextIsNamedByLine() {
        String yaml = """
                plan_year: 2569
                measures:
                  - title: อบรมเจ้าหน้าที่ห้อง #3 ทุกเดือน
                    steps:
                      - ทบทวนคู่มือ
                        และเผยแพร่บนเว็บไซต์
                      - สำรวจความต้องการ • รายงานผล • ประชุม
                    owner: :กองคลัง
                    outcome: -ลดเรื่องร้องเรียน
                    result: เสร็จแล้ว  # ตรวจอีกครั้ง
                """;
        assertThat(warnings(yaml)).containsExactly(
                "m.yaml:3 warning.YAML_HASH",
                "m.yaml:6 warning.YAML_LINE_JOINED",
                "m.yaml:7 warning.YAML_BULLET",
                "m.yaml:8 warning.YAML_VALUE_MARK",
                "m.yaml:9 warning.YAML_VALUE_MARK");
    }

    @Test
    void quotedAndBlockValuesAndTheSamplesGiveNoWarning() throws IOException {
        assertThat(warnings("""
                title: "ห้อง #3"
                steps:
                  - "ก • ข"
                  - |
                    หลายบรรทัด
                      ย่อหน้า
                period: Q1-Q4
                """)).isEmpty();
        for (String s : List.of("department", "municipality", "public-organization")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/itagen/samples/" + s + "/measures.yaml")) {
                assertThat(warnings(new String(in.readAllBytes(), StandardCharsets.UTF_8))).as(s).isEmpty();
            }
        }
    }

    @Test
    void measuresCarryTheWarningsWithAThaiText() {
        MeasuresDraft d = MeasuresParser.parse("plan_year: 2569\nmeasures:\n  - title: ก #1\n", "m.yaml");
        Problem w = d.problems().stream().filter(p -> !p.isError()).findFirst().orElseThrow();
        assertThat(w.where()).isEqualTo("m.yaml:3");
        assertThat(Messages.text(Messages.THAI, w.message().code(), w.message().args())).contains("#1", "อัญประกาศ");
    }

    @Test
    void windows874YamlIsRead(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("m.yaml");
        Files.write(f, "plan_year: 2569\nagency: {name: เทศบาลตำบลห้วยทรายงาม}\n".getBytes(Charset.forName("windows-874")));
        MeasuresDraft d = MeasuresParser.parse(f);
        assertThat(d.agency().name()).isEqualTo("เทศบาลตำบลห้วยทรายงาม");
    }
}
