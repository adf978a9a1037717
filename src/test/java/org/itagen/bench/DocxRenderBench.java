package org.itagen.bench;

import org.itagen.doc.Document;
import org.itagen.doc.SampleDocuments;
import org.itagen.render.docx.DocxWriter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Warm DOCX render time of the long sample: warms up, then times single renders and prints the
 * median wall time and the median CPU time of the rendering thread (steadier than wall time on a
 * shared machine). With a second argument, also writes the long, short and TOC variants there (to
 * compare builds).
 *
 * <pre>java -cp target/itagen.jar:target/test-classes org.itagen.bench.DocxRenderBench [RUNS [OUTDIR]]</pre>
 */
public final class DocxRenderBench {
    private DocxRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Document doc = SampleDocuments.longSample();
        if (args.length > 1) {
            Path dir = Files.createDirectories(Path.of(args[1]));
            Files.write(dir.resolve("long.docx"), DocxWriter.render(doc));
            Files.write(dir.resolve("short.docx"), DocxWriter.render(SampleDocuments.shortSample()));
            Files.write(dir.resolve("long-toc.docx"), DocxWriter.render(doc, DocxWriter.Options.defaults().withTableOfContents(true)));
        }
        for (int i = 0; i < 30; i++) DocxWriter.render(doc);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            DocxWriter.render(doc);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "docx long sample: median %.1f ms wall (p25 %.1f, p75 %.1f), median %.1f ms cpu (%d runs)%n",
                ms[runs / 2], ms[runs / 4], ms[3 * runs / 4], cpu[runs / 2], runs);
    }
}
