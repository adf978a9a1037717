package org.itagen.report;

import org.itagen.render.text.TextDumpWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The process-wide caches batch relies on: bundled templates parsed once, one Pebble engine shared by threads. */
class SharedCachesTest {
    @Test
    void bundledTemplatesAreParsedOnce() {
        for (String kind : TemplateLoader.KINDS) {
            assertThat(TemplateLoader.bundled(kind)).isSameAs(TemplateLoader.bundled(kind));
        }
        // An officer's copy is its own template, even with the bundled text.
        Template copy = TemplateLoader.parse(TemplateLoader.bundledText("o25"), "mine.yaml", "o25");
        assertThat(copy).isNotSameAs(TemplateLoader.bundled("o25"));
        assertThat(copy.file()).isEqualTo("mine.yaml");
    }

    @Test
    void documentsBuiltOnManyThreadsAtOnceEqualThoseBuiltAlone() throws Exception {
        List<String> cases = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        for (String sample : SampleReports.SAMPLES) {
            for (String kind : TemplateLoader.KINDS) {
                cases.add(kind + " " + sample);
                alone.add(TextDumpWriter.write(SampleReports.document(kind, sample)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String c : cases) {
                    String[] kindSample = c.split(" ");
                    futures.add(pool.submit(() -> TextDumpWriter.write(SampleReports.document(kindSample[0], kindSample[1]))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).as(cases.get(i % cases.size())).isEqualTo(alone.get(i % cases.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
