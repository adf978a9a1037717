package org.itagen.render.docx;

import org.itagen.doc.BarChart;
import org.itagen.doc.Block;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageSetup;
import org.itagen.doc.SampleDocuments;
import org.itagen.report.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart written as text ({@link DocxChart}) gives the very bytes POI's XDDF chart and XSSF
 * workbook gave ({@link XddfChartReference}, the code it replaced): every part of the package,
 * the embedded workbook's parts, and the zipped file.
 */
class DocxChartPartsTest {
    private static final Instant TIME = Instant.parse("2025-11-20T00:00:00Z");

    @ParameterizedTest
    @CsvSource({"o25,department", "o28,department", "o25,public-organization", "o25,municipality"})
    void samplesAsPoiWroteThem(String kind, String sample) throws IOException {
        assertSameAsPoi(SampleReports.document(kind, sample));
    }

    @Test
    void longSampleAndArabicDigitsAsPoiWroteThem() throws IOException {
        Document d = SampleDocuments.longSample();
        assertSameAsPoi(d);
        assertSameAsPoi(new Document(d.metadata(), d.page().withDigits(Digits.ARABIC), d.blocks()));
    }

    @Test
    void unusualChartsAsPoiWroteThem() throws IOException {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Heading.of(1, "charts"));
        // No title, no axis label, one series, one category, a gap, text XML must escape, spaces kept.
        blocks.add(new BarChart("", List.of("เดียว"), List.of(new BarChart.Series("ปี 2568", List.of(50.5), "2e75b6")), 100, ""));
        blocks.add(new BarChart("a < b & c > d \"q\" 'x' ]]>", List.of(" นำ", "ท้าย ", "ก&ข", "ก<ข>", "ซ้ำ", "ซ้ำ", "แท็บ\tและ\nบรรทัด\rCR"),
                List.of(new BarChart.Series("ปี 2568", Arrays.asList(1.0, null, 0.0, 1e-5, 12345678.9, 99.999, 100.0), "9DC3E6"),
                        new BarChart.Series("a&b <c>", Arrays.asList(null, null, null, null, null, null, null), "ABCDEF"),
                        new BarChart.Series("ค", Arrays.asList(3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0), "000000")), 250, "คะแนน & <หน่วย>"));
        // Many series: columns past Z in the workbook.
        List<BarChart.Series> many = new ArrayList<>();
        for (int k = 0; k < 28; k++) many.add(new BarChart.Series("s" + k, List.of(k * 1.5, k + 0.25), "112233"));
        blocks.add(new BarChart("กว้าง", List.of("หนึ่ง", "สอง"), many, 60, "x"));
        Document d = new Document(Metadata.of("แผนภูมิ", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4(), blocks);
        assertSameAsPoi(d);
        assertSameAsPoi(new Document(d.metadata(), d.page().withDigits(Digits.ARABIC).withBody(14, 1.0f), d.blocks()));
    }

    @Test
    void columnLetters() {
        assertThat(DocxChart.column(0)).isEqualTo("A");
        assertThat(DocxChart.column(25)).isEqualTo("Z");
        assertThat(DocxChart.column(26)).isEqualTo("AA");
        assertThat(DocxChart.column(27)).isEqualTo("AB");
        assertThat(DocxChart.column(701)).isEqualTo("ZZ");
        assertThat(DocxChart.column(702)).isEqualTo("AAA");
    }

    private static void assertSameAsPoi(Document doc) throws IOException {
        assertThat(doc.blocks()).anyMatch(b -> b instanceof BarChart);
        DocxWriter.Options opts = DocxWriter.Options.defaults();
        DocxBuild text = new DocxBuild(doc, opts, TIME);
        DocxBuild poi = new DocxBuild(doc, opts, TIME, XddfChartReference::new);
        Map<String, byte[]> mine = text.build();
        Map<String, byte[]> theirs = poi.build();
        assertThat(mine.keySet()).containsExactlyInAnyOrderElementsOf(theirs.keySet());
        for (String name : theirs.keySet()) {
            byte[] a = mine.get(name);
            byte[] b = theirs.get(name);
            if (name.endsWith(".xlsx")) {
                // POI's workbook zip carries the clock; compare its parts, then the normalized zips.
                Map<String, byte[]> pa = unzip(a);
                Map<String, byte[]> pb = unzip(b);
                assertThat(pa.keySet()).as(name).containsExactlyInAnyOrderElementsOf(pb.keySet());
                for (String p : pb.keySet()) assertThat(str(pa.get(p))).as(name + "!" + p).isEqualTo(str(pb.get(p)));
                assertThat(ReproducibleZip.normalize(a, TIME)).as(name).isEqualTo(ReproducibleZip.normalize(b, TIME));
                assertThat(ReproducibleZip.normalize(a, TIME)).as(name + " already normalized").isEqualTo(a);
            } else {
                assertThat(str(a)).as(name).isEqualTo(str(b));
            }
        }
        assertThat(ReproducibleZip.normalize(mine, TIME, text::finishPart))
                .isEqualTo(ReproducibleZip.normalize(theirs, TIME, poi::finishPart));
    }

    private static String str(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }
}
