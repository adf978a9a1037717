package org.itagen.bench;

import org.itagen.analysis.AnalysisOptions;
import org.itagen.doc.Document;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.model.AgencyScores;
import org.itagen.model.ScoreTable;
import org.itagen.render.docx.DocxWriter;
import org.itagen.render.pdf.PdfWriter;
import org.itagen.report.DocKind;
import org.itagen.report.ReportBuilder;
import org.itagen.report.Reports;
import org.itagen.report.TemplateLoader;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;

/**
 * Warm cost of one document: builds the documents once, then renders them in turn in one thread
 * and prints the CPU time of that thread per render (median of the rounds after warm-up) and the
 * mean output size. The JVM's own threads (JIT, GC) are not in the figure; use
 * {@code /usr/bin/time} around the process for everything.
 *
 * <p>Documents: the O25 of one agency (SCORES MEASURES), or, given a folder made by
 * {@link NationalData}, the O25 and O28 of its first N agencies in turn, as a batch meets them
 * (what is cached across documents then helps only as much as it would in a batch).
 *
 * <pre>java -cp target/itagen.jar:target/test-classes org.itagen.bench.WarmBench [pdf|docx|both] [ROUNDS] [WARMUP] [SCORES MEASURES | NATIONAL_DIR N]</pre>
 */
public final class WarmBench {
    private WarmBench() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "pdf";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path scores = Path.of(args.length > 3 ? args[3] : "samples/department/scores.csv");
        List<Document> docs = new ArrayList<>();
        if (Files.isDirectory(scores)) {
            int n = args.length > 4 ? Integer.parseInt(args[4]) : 100;
            ScoreTable table = ScoreReader.readAll(scores.resolve("scores.csv"), ReadOptions.defaults());
            for (AgencyScores s : table.agencies().subList(0, Math.min(n, table.agencies().size()))) {
                MeasurePlan plan = MeasuresReader.read(scores.resolve("measures").resolve(s.agency().id() + ".yaml"));
                docs.add(build(DocKind.O25, s, plan));
                docs.add(build(DocKind.O28, s, plan));
            }
        } else {
            Path measures = Path.of(args.length > 4 ? args[4] : "samples/department/measures.yaml");
            docs.add(build(DocKind.O25, ScoreReader.read(scores, ReadOptions.defaults()), MeasuresReader.read(measures)));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[rounds];
        long bytes = 0;
        long wallStart = 0;
        for (int i = -warmup; i < rounds; i++) {
            if (i == 0) wallStart = System.nanoTime();
            long t0 = mx.getCurrentThreadCpuTime();
            Document doc = docs.get(Math.floorMod(i, docs.size()));
            if (!what.equals("docx")) bytes += PdfWriter.render(doc).length;
            if (!what.equals("pdf")) bytes += DocxWriter.render(doc).length;
            if (i >= 0) cpu[i] = mx.getCurrentThreadCpuTime() - t0;
        }
        long wall = System.nanoTime() - wallStart;
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "warm %s, %d documents in turn: %d rounds after %d warm-up: thread CPU median %.2f ms"
                        + " (p10 %.2f, p90 %.2f, mean %.2f), wall %.2f ms/doc, %d bytes/doc%n", what, docs.size(), rounds, warmup,
                cpu[rounds / 2] / 1e6, cpu[rounds / 10] / 1e6, cpu[rounds * 9 / 10] / 1e6,
                Arrays.stream(cpu).average().orElse(0) / 1e6, wall / 1e6 / rounds, bytes / (rounds + warmup));
    }

    private static Document build(DocKind kind, AgencyScores s, MeasurePlan plan) {
        return ReportBuilder.build(Reports.prepare(kind, s, FrameworkLoader.bundled(), AnalysisOptions.defaults(), plan),
                TemplateLoader.bundled(kind.code()), ReportBuilder.Overrides.NONE);
    }
}
