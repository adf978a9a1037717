package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.analysis.WarningCode;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.model.AgencyScores;
import org.itagen.render.text.TextDumpWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** report.Generator: what it writes, in which order, and that a mistake anywhere writes nothing. */
class GeneratorTest {
    private static final Path DIR = SampleReports.dir("municipality");

    private static Generator generator(List<String> kinds, List<String> formats, Path docxReference) {
        return generator(kinds, formats, docxReference, false);
    }

    private static Generator generator(List<String> kinds, List<String> formats, Path docxReference, boolean concurrent) {
        Map<DocKind, Template> templates = new LinkedHashMap<>();
        for (String k : kinds) templates.put(DocKind.of(k), TemplateLoader.bundled(k));
        return new Generator(new Generator.Settings(FrameworkLoader.bundled(), AnalysisOptions.defaults(), templates,
                ReportBuilder.Overrides.NONE, formats.stream().map(f -> OutputFormat.valueOf(f.toUpperCase(java.util.Locale.ROOT))).toList(),
                docxReference, null), concurrent);
    }

    @org.junit.jupiter.api.Tag("render")
    @Test
    void concurrentRenderingGivesTheSameFilesInTheSameOrder() {
        MeasurePlan plan = MeasuresReader.read(DIR.resolve("measures.yaml"));
        List<String> formats = List.of("pdf", "docx", "txt");
        var one = generator(List.of("o25", "o28"), formats, null, false).prepare(scores(), plan).documents();
        var two = generator(List.of("o25", "o28"), formats, null, true).prepare(scores(), plan).documents();
        assertThat(two).hasSize(2);
        for (int i = 0; i < one.size(); i++) {
            assertThat(two.get(i).files().keySet()).containsExactlyElementsOf(one.get(i).files().keySet());
            for (String name : one.get(i).files().keySet()) {
                assertThat(two.get(i).files().get(name)).as(name).isEqualTo(one.get(i).files().get(name));
            }
        }
    }

    @org.junit.jupiter.api.Tag("render")
    @Test
    void aConcurrentRenderingMistakeIsTheWritersOwnError(@TempDir Path out) {
        MeasurePlan plan = MeasuresReader.read(DIR.resolve("measures.yaml"));
        Generator g = generator(List.of("o25"), List.of("pdf", "docx"), out.resolve("missing-letterhead.docx"), true);
        assertThatThrownBy(() -> g.generate(scores(), plan, out))
                .isInstanceOf(ItagenException.class).hasMessageContaining("--docx-reference");
        assertThat(out.toFile().list()).isEmpty();
    }

    @Test
    void anItemNumberOfLowConfidenceIsPrintedWithAWarning(@TempDir Path tmp) throws Exception {
        MeasurePlan plan = MeasuresReader.read(DIR.resolve("measures.yaml"));
        var bundled = generator(List.of("o25", "o28"), List.of("txt"), null).prepare(scores(), plan);
        assertThat(bundled.warnings()).extracting(w -> w.code()).doesNotContain(WarningCode.FRAMEWORK_UNCONFIRMED);
        // The same FY2569 rules with the O25 item marked unconfirmed: only O25 is warned about.
        Path fw = Files.writeString(tmp.resolve("fw.yaml"),
                "extends: 2569\nfiscal_year: 2569\ndocuments:\n  - {role: o25, confidence: low}\n");
        Map<DocKind, Template> templates = new LinkedHashMap<>();
        for (DocKind k : DocKind.values()) templates.put(k, TemplateLoader.bundled(k.code()));
        Generator g = new Generator(new Generator.Settings(FrameworkLoader.bundledWith(fw), AnalysisOptions.defaults(),
                templates, ReportBuilder.Overrides.NONE, List.of(OutputFormat.TXT), null, null));
        var warned = g.prepare(scores(), plan);
        assertThat(warned.warnings()).filteredOn(w -> w.code() == WarningCode.FRAMEWORK_UNCONFIRMED).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("O25").contains("2569"));
        // The document is the same: the doubt is the officer's to resolve, not printed in it.
        byte[] before = bundled.documents().getFirst().files().get("O25_htn_2569.txt");
        byte[] after = warned.documents().getFirst().files().get("O25_htn_2569.txt");
        assertThat(java.util.Arrays.equals(before, after)).as("same O25 text").isTrue();
    }

    private static AgencyScores scores() {
        return ScoreReader.read(DIR.resolve("scores.csv"), ReadOptions.defaults());
    }

    @org.junit.jupiter.api.Tag("render")
    @Test
    void writesEveryDocumentInEveryFormatAsTheBuilderMakesIt(@TempDir Path out) throws Exception {
        MeasurePlan plan = MeasuresReader.read(DIR.resolve("measures.yaml"));
        List<Path> told = new ArrayList<>();
        Generator.Prepared p = generator(List.of("o28", "o25"), List.of("txt", "txt", "docx"), null).prepare(scores(), plan);
        String id = ReportBuilder.agencyId(p.documents().getFirst().input());
        assertThat(out.resolve("sub")).doesNotExist();
        List<Path> written = p.write(out.resolve("sub"), told::add);

        // Templates' order, then formats' order; a repeated format is written once.
        assertThat(written).extracting(f -> f.getFileName().toString()).containsExactly(
                "O28_" + id + "_2569.txt", "O28_" + id + "_2569.docx", "O25_" + id + "_2569.txt", "O25_" + id + "_2569.docx");
        assertThat(told).isEqualTo(written);
        assertThat(Files.readString(written.get(2), StandardCharsets.UTF_8))
                .isEqualTo(TextDumpWriter.write(SampleReports.document("o25", "municipality")));
        assertThat(p.band()).isEqualTo(p.documents().get(1).input().analysis().band());
        assertThat(p.warnings()).doesNotHaveDuplicates();
    }

    @Test
    void anO28MistakeLeavesNoO25Either(@TempDir Path out) throws Exception {
        String yaml = Files.readString(DIR.resolve("measures.yaml"))
                .replace("    result: ติดป้ายขั้นตอนบริการ 11 งาน และเก็บแบบประเมินได้ 1,284 ฉบับ\n", "");
        MeasurePlan plan = MeasuresReader.read(yaml, "measures.yaml");
        assertThatThrownBy(() -> generator(List.of("o25", "o28"), List.of("txt"), null).generate(scores(), plan, out))
                .isInstanceOf(ItagenException.class).hasMessageContaining("measure T1 has no result");
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aRenderingMistakeInALaterFormatLeavesNoEarlierFile(@TempDir Path out) {
        MeasurePlan plan = MeasuresReader.read(DIR.resolve("measures.yaml"));
        Generator g = generator(List.of("o25"), List.of("txt", "docx"), out.resolve("missing-letterhead.docx"));
        assertThatThrownBy(() -> g.generate(scores(), plan, out))
                .isInstanceOf(ItagenException.class).hasMessageContaining("--docx-reference");
        assertThat(out.toFile().list()).isEmpty();
    }

    @Test
    void refusesSettingsThatCannotWork() {
        Map<DocKind, Template> mismatched = Map.of(DocKind.O28, TemplateLoader.bundled("o25"));
        assertThatThrownBy(() -> new Generator.Settings(FrameworkLoader.bundled(), AnalysisOptions.defaults(), mismatched,
                null, List.of(OutputFormat.PDF), null, null)).isInstanceOf(IllegalArgumentException.class);
        // An unknown format cannot be asked for: formats are OutputFormat values.
    }
}
