package org.itagen.bench;

import org.itagen.analysis.AnalysisOptions;
import org.itagen.doc.Document;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.model.AgencyScores;
import org.itagen.model.FrameworkSet;
import org.itagen.render.docx.DocxWriter;
import org.itagen.render.pdf.PdfWriter;
import org.itagen.report.ReportBuilder;
import org.itagen.report.ReportInput;
import org.itagen.report.Reports;
import org.itagen.report.Template;
import org.itagen.report.TemplateLoader;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where one cold O25 (PDF + DOCX) spends its time, phase by phase, in a fresh JVM: the same
 * steps as {@code itagen o25}, timed. Run twice in a row to see the second (warm) pass as well.
 *
 * <pre>java [-Dparallel=true] -cp target/itagen.jar:target/test-classes org.itagen.bench.StartupProfile SCORES MEASURES</pre>
 */
public final class StartupProfile {
    private static final boolean PARALLEL = Boolean.getBoolean("parallel");
    private static long last = System.nanoTime();

    private StartupProfile() {
    }

    public static void main(String[] args) {
        Path scores = Path.of(args.length > 0 ? args[0] : "samples/department/scores.csv");
        Path measures = Path.of(args.length > 1 ? args[1] : "samples/department/measures.yaml");
        for (int pass = 1; pass <= 2; pass++) {
            System.out.println("pass " + pass + (pass == 1 ? " (cold)" : " (warm)"));
            lap(null);
            Template t = TemplateLoader.bundled("o25");
            lap("template (Pebble, YAML)");
            MeasurePlan plan = MeasuresReader.read(measures);
            lap("measures YAML");
            FrameworkSet fw = FrameworkLoader.bundled();
            lap("frameworks (9 YAML)");
            AgencyScores s = ScoreReader.read(scores, ReadOptions.defaults());
            lap("scores CSV");
            ReportInput in = Reports.prepare(org.itagen.report.DocKind.O25, s, fw, AnalysisOptions.defaults(), plan);
            lap("analysis");
            Document doc = ReportBuilder.build(in, t, ReportBuilder.Overrides.NONE);
            lap("document build");
            if (PARALLEL) {
                // What the o25/o28 commands could do: the two writers share nothing, and on a cold JVM
                // each spends most of its time loading and interpreting its own library's classes.
                var pdf = java.util.concurrent.CompletableFuture.supplyAsync(() -> PdfWriter.render(doc));
                byte[] docx = DocxWriter.render(doc);
                pdf.join();
                lap("PDF and DOCX in parallel");
            } else {
                byte[] pdf = PdfWriter.render(doc);
                lap("PDF render (" + pdf.length / 1024 + " KB)");
                byte[] docx = DocxWriter.render(doc);
                lap("DOCX render (" + docx.length / 1024 + " KB)");
            }
        }
    }

    private static void lap(String what) {
        long now = System.nanoTime();
        if (what != null) System.out.printf(Locale.ROOT, "  %-28s %6.0f ms%n", what, (now - last) / 1e6);
        last = now;
    }
}
