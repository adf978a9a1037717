package org.itagen.report;

import org.itagen.analysis.AnalysisOptions;
import org.itagen.doc.Document;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.testing.Golden;

import java.nio.file.Path;
import java.util.List;

/** The bundled samples as documents, for report tests. */
public final class SampleReports {
    public static final List<String> SAMPLES = List.of("department", "public-organization", "municipality");

    private SampleReports() {
    }

    public static Path dir(String sample) {
        return Golden.projectDir().resolve("samples").resolve(sample);
    }

    public static ReportInput input(String kind, String sample) {
        Path d = dir(sample);
        MeasurePlan plan = MeasuresReader.read(d.resolve("measures.yaml"));
        return Reports.prepare(DocKind.of(kind), ScoreReader.read(d.resolve("scores.csv"), ReadOptions.defaults()),
                FrameworkLoader.bundled(), AnalysisOptions.defaults(), plan);
    }

    public static Document document(String kind, String sample, Template template) {
        return ReportBuilder.build(input(kind, sample), template, ReportBuilder.Overrides.NONE);
    }

    public static Document document(String kind, String sample) {
        return document(kind, sample, TemplateLoader.bundled(kind));
    }
}
