package org.itagen.cli;

import org.itagen.report.SampleReports;
import org.itagen.report.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 §3 at the commands: o25/o28 warn where YAML likely ate text, in measures and templates alike. */
class LostTextCliTest {
    @TempDir
    Path dir;

    @Test
    void o25WarnsAtTheLinesOfMeasuresAndTemplateAndStillWrites() throws IOException {
        Path dcws = SampleReports.dir("department");
        String m = Files.readString(dcws.resolve("measures.yaml"));
        String title = "    title: ยกระดับมาตรฐานการให้บริการตามคู่มือ";
        assertThat(m).contains(title);
        Path measures = Files.writeString(dir.resolve("measures.yaml"), m.replace(title, title + " ห้อง #3"));
        int mLine = m.lines().toList().indexOf(title) + 1;
        String t = TemplateLoader.bundledText("o25");
        String edited = t.replaceFirst("(?m)^body:\n", "body:\n  - paragraph: -ร่างเพื่อทราบ\n");
        Path template = Files.writeString(dir.resolve("o25.yaml"), edited);
        int tLine = edited.lines().toList().indexOf("body:") + 2;

        CliRun r = CliRun.of("--lang", "th", "o25", "--scores", dcws.resolve("scores.csv").toString(), "--measures", measures.toString(),
                "--template", template.toString(), "--out", dir.resolve("out").toString(), "--format", "txt");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("คำเตือน: o25.yaml:" + tLine + ": ").contains("\"-\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("คำเตือน: measures.yaml:" + mLine + ": ").contains("#3"));
        assertThat(dir.resolve("out").resolve("O25_dcws_2569.txt")).exists();

        CliRun json = CliRun.of("--message-format", "json", "o25", "--scores", dcws.resolve("scores.csv").toString(),
                "--measures", measures.toString(), "--out", dir.resolve("out2").toString(), "--format", "txt");
        assertThat(json.exitCode()).isZero();
        org.itagen.testing.JsonSchemas.assertValidLines("errors", json.err());
        assertThat(json.err()).contains("\"code\":\"YAML_TEXT_LOST\"").contains("\"line\":" + mLine);
    }
}
