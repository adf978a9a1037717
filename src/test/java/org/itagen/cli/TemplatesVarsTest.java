package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.report.TemplateVariables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code itagen templates vars}: the declared names, as a table in the user's language or as JSON. */
class TemplatesVarsTest {
    @Test
    void listsEveryDeclaredNameWithTypeAndDescription() {
        CliRun r = CliRun.of("--lang", "en", "templates", "vars");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("NAME").contains("DESCRIPTION")
                .containsPattern("(?m)^agency\\.name +text +the agency's full name$")
                .containsPattern("(?m)^indicators +list of indicator +all ten indicators")
                .containsPattern("(?m)^loop_last +yes/no +the last element \\(in a group with each:\\)$")
                .contains("Fields of each indicator").containsPattern("(?m)^  \\.lowest_in_tool +yes/no +the lowest of its tool$");
        for (TemplateVariables.Variable v : TemplateVariables.all()) {
            assertThat(r.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(v.name()) + " ");
        }
    }

    @Test
    void speaksThaiWithLangTh() {
        CliRun r = CliRun.of("--lang", "th", "templates", "vars");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("ความหมาย").containsPattern("(?m)^agency\\.name +text +ชื่อเต็มของหน่วยงาน$");
    }

    @Test
    void jsonForScripts() throws Exception {
        CliRun r = CliRun.of("--lang", "en", "templates", "vars", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("variables")).hasSize(TemplateVariables.all().size());
        assertThat(j.get("variables").get(0).get("name").asText()).isEqualTo("kind");
        assertThat(j.get("shapes").get("indicator")).hasSize(13);
        assertThat(j.get("shapes").get("tool").findValuesAsText("name")).contains("total", "highest", "note");
        JsonNode m = j.get("variables").findParents("name").stream().filter(n -> n.get("name").asText().equals("m"))
                .findFirst().orElseThrow();
        assertThat(m.get("type").asText()).isEqualTo("measure");
        assertThat(m.get("scope").asText()).isEqualTo("measure_analysis");
    }
}
