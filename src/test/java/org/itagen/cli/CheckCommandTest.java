package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** itagen check in-process: exit codes 0 / 1 / 2, text and JSON, --doc, --generated. */
class CheckCommandTest {
    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private CliRun check(String scores, String measures, String... more) throws Exception {
        String[] base = {"check", "--scores", write("scores.csv", scores).toString(),
                "--measures", write("measures.yaml", measures).toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    @Test
    void cleanInputsExitZeroAndSaySo() throws Exception {
        CliRun r = check(CheckTestData.scores(), CheckTestData.measures(), "--lang", "th");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("ข้อผิดพลาด 0 รายการ").contains("BAND_UNCONFIRMED");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void errorsExitOneWithWhereAndWhy() throws Exception {
        String m = CheckTestData.measures().replace("    owner: สำนักปลัด\n", "");
        CliRun r = check(CheckTestData.scores(), m, "--lang", "th");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("ข้อผิดพลาด O25_MISSING_OWNER").contains("measures.yaml:4")
                .contains("ผู้รับผิดชอบ").contains("0 คะแนน").contains("ข้อผิดพลาด 1 รายการ");
    }

    @Test
    void findingsReadInTheChosenLanguageWithTheSameCodes() throws Exception {
        String m = CheckTestData.measures().replace("    owner: สำนักปลัด\n", "");
        CliRun en = check(CheckTestData.scores(), m, "--lang", "en");
        assertThat(en.out()).contains("error O25_MISSING_OWNER").contains("measures.yaml:4")
                .contains("missing owner: measure M1 needs one (who is responsible: a unit or a position)")
                .contains("Summary: 1 error(s)")
                .doesNotContain("ผู้รับผิดชอบ");
        CliRun th = check(CheckTestData.scores(), m, "--lang", "th", "--format", "json");
        CliRun enJson = check(CheckTestData.scores(), m, "--lang", "en", "--format", "json");
        JsonNode a = new ObjectMapper().readTree(th.out());
        JsonNode b = new ObjectMapper().readTree(enJson.out());
        assertThat(a.get("findings")).hasSameSizeAs(b.get("findings"));
        for (int i = 0; i < a.get("findings").size(); i++) {
            for (String key : new String[]{"severity", "code", "doc", "where"}) {
                assertThat(a.get("findings").get(i).get(key)).as(key).isEqualTo(b.get("findings").get(i).get(key));
            }
        }
        assertThat(a.get("findings").get(0).get("code").asText()).isEqualTo("O25_MISSING_OWNER");
        assertThat(a.get("findings").get(0).get("message").asText()).contains("ไม่มีผู้รับผิดชอบ");
        assertThat(b.get("findings").get(0).get("why").asText()).startsWith("O25 scores 100 when every measure");
    }

    @Test
    void docOptionLimitsTheFindings() throws Exception {
        String m = CheckTestData.measures().replace("    result: ทบทวนขั้นตอนครบทุกงานและอบรมบุคลากร 40 คน\n", "");
        assertThat(check(CheckTestData.scores(), m, "--doc", "o28").exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(check(CheckTestData.scores(), m, "--doc", "all").exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(check(CheckTestData.scores(), m, "--doc", "o25").exitCode()).isZero();
    }

    @Test
    void jsonForScripts() throws Exception {
        String s = CheckTestData.scores().replace("t1,หน่วยงานทดสอบ,2568,IIT,1,,,85.00", "t1,หน่วยงานทดสอบ,2568,IIT,1,,,150");
        CliRun r = check(s, CheckTestData.measures(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("errors").asInt()).isEqualTo(1);
        assertThat(j.get("docs")).hasSize(2);
        JsonNode f = j.get("findings").get(0);
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("code").asText()).isEqualTo("SCORE_INVALID");
        assertThat(f.get("where").asText()).isEqualTo("scores.csv:12");
        assertThat(f.get("why").asText()).isNotBlank();
    }

    @Test
    void unreadableInputsExitTwoWithOneLine() throws Exception {
        CliRun yaml = check(CheckTestData.scores(), "plan_year: 2569\nmeasures:\n  - id: M1\n   title: x\n");
        assertThat(yaml.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(yaml.err()).startsWith("error: measures.yaml:").contains("YAML").doesNotContain("\tat ");
        assertThat(yaml.err().lines().count()).isEqualTo(1);

        CliRun missing = run("check", "--scores", dir.resolve("nope.csv").toString(), "--measures",
                write("m.yaml", CheckTestData.measures()).toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(missing.err()).contains("nope.csv").contains("not found");

        CliRun header = check("agency,year,score\nx,2568,90\n", CheckTestData.measures());
        assertThat(header.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(header.err()).contains("scores.csv:1");

        CliRun usage = run("check", "--measures", "m.yaml");
        assertThat(usage.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(usage.err()).contains("--scores");

        CliRun badDoc = run("check", "--generated", dir.toString(), "--doc", "o99");
        assertThat(badDoc.exitCode()).isEqualTo(ExitCodes.INPUT);
    }

    @Test
    void generatedFolderAlone() throws Exception {
        Files.writeString(dir.resolve("O25_t1_2569.pdf"), "not a pdf");
        CliRun r = run("check", "--generated", dir.toString(), "--doc", "o25");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("PDF_UNREADABLE").contains("O25_t1_2569.pdf");
    }
}
