package org.itagen.report;

import org.itagen.analysis.AnalysisOptions;
import org.itagen.doc.Document;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.testing.TestPictures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder with the municipality sample, a logo and a scanned signature made by the test, and a
 * measures.yaml naming them (issue 13 §4): the documents with the agency's look.
 */
public final class LookFixture {
    /** The sample's measures with the look appended: the logo 30 mm wide, a signer with a date and an image. */
    public static final String LOOK_YAML = """

            logo: {file: logo.png, width_mm: 30, align: center}
            signature:
              name: นายสมชาย ใจดี
              position:
                - นายกเทศมนตรีตำบลห้วยทรายงาม
              date: 2568-10-28
              image: signature.png
            """;
    /** Pixel sizes of the pictures made: a 1200-pixel logo and a 2400 x 800 signature, as a phone takes them. */
    public static final int LOGO_PX = 1200, SIGNATURE_W = 2400, SIGNATURE_H = 800;

    public final Path dir;
    public final Path measures;
    public final Path scores;

    private LookFixture(Path dir, Path measures, Path scores) {
        this.dir = dir;
        this.measures = measures;
        this.scores = scores;
    }

    /** Writes the fixture into {@code dir} with {@code extraYaml} appended to the sample's measures. */
    public static LookFixture create(Path dir, String extraYaml) {
        try {
            Path sample = SampleReports.dir("municipality");
            Path scores = Files.copy(sample.resolve("scores.csv"), dir.resolve("scores.csv"));
            Path measures = dir.resolve("measures.yaml");
            Files.writeString(measures, Files.readString(sample.resolve("measures.yaml")) + extraYaml);
            TestPictures.write(dir.resolve("logo.png"), TestPictures.png(TestPictures.logo(LOGO_PX)));
            TestPictures.write(dir.resolve("signature.png"), TestPictures.png(TestPictures.signature(SIGNATURE_W, SIGNATURE_H)));
            return new LookFixture(dir, measures, scores);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LookFixture create(Path dir) {
        return create(dir, LOOK_YAML);
    }

    public ReportInput input(String kind) {
        return Reports.prepare(DocKind.of(kind), ScoreReader.read(scores, ReadOptions.defaults()),
                FrameworkLoader.bundled(), AnalysisOptions.defaults(), MeasuresReader.read(measures));
    }

    public Document document(String kind) {
        return ReportBuilder.build(input(kind), TemplateLoader.bundled(kind), ReportBuilder.Overrides.NONE);
    }
}
