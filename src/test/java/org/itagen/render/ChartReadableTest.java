package org.itagen.render;

import org.itagen.doc.BarChart;
import org.itagen.doc.Document;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageSetup;
import org.itagen.render.docx.DocxWriter;
import org.itagen.render.pdf.PdfWriter;
import org.itagen.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart read on paper (issue 11 §5), PDF and DOCX: every value label in Thai digits and
 * every category name come back, no chart text under 10 pt, labels horizontal. Oracles are
 * pdftotext, the uncompressed content stream (qpdf) and the chart part's XML, with the expected
 * Thai-digit labels written out by hand.
 */
class ChartReadableTest {
    private static final List<String> NAMES = List.of("(1) การปฏิบัติหน้าที่", "(2) การใช้งบประมาณ",
            "(3) การใช้ทรัพย์สินของราชการ", "(4) การป้องกันการทุจริต");
    private static final List<String> THAI_NAMES = List.of("(๑) การปฏิบัติหน้าที่", "(๒) การใช้งบประมาณ",
            "(๓) การใช้ทรัพย์สินของราชการ", "(๔) การป้องกันการทุจริต");
    private static final String[] THAI_VALUES = {"๘๒.๒๕", "๙๕.๖๐", "๗๑.๕๗", "๑๐๐.๐๐", "๙๑.๖๒", "๙๒.๐๘", "๘๖.๑๐", "๓.๐๐"};
    private static final Pattern TF = Pattern.compile("([0-9.]+) Tf");
    private static final Pattern TM = Pattern.compile("(-?[0-9.]+) (-?[0-9.]+) (-?[0-9.]+) (-?[0-9.]+) -?[0-9.]+ -?[0-9.]+ Tm");

    @TempDir
    Path tmp;

    static Document chartOnly() {
        BarChart c = new BarChart("คะแนนรายตัวชี้วัด ปี 2567 และ 2568", NAMES,
                List.of(new BarChart.Series("ปี 2567", List.of(82.25, 95.6, 71.57, 100.0), "9DC3E6"),
                        new BarChart.Series("ปี 2568", List.of(91.62, 92.08, 86.1, 3.0), "2E75B6")), 100, "คะแนน");
        return new Document(Metadata.of("แผนภูมิ", "หน่วยงานทดสอบ", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4().withPageNumbers(org.itagen.doc.PageNumbers.none()), List.of(c));
    }

    @Test
    void pdfValuesInThaiDigitsNamesOnTheAxisTenPointHorizontal() throws IOException {
        Path pdf = tmp.resolve("chart.pdf");
        Files.write(pdf, PdfWriter.render(chartOnly()));
        String text = ExternalTools.pdfToText(pdf).replace("\u200B", "");
        for (String v : THAI_VALUES) assertThat(text).contains(v);
        for (String n : THAI_NAMES) assertThat(text.replaceAll("\\s+", " ")).contains(n);
        assertThat(text).doesNotContainPattern("[0-9]");

        Path qdf = tmp.resolve("chart-qdf.pdf");
        ExternalTools.require("qpdf");
        ExternalTools.run(60, "qpdf", "--qdf", "--object-streams=disable", pdf.toString(), qdf.toString());
        String raw = Files.readString(qdf, StandardCharsets.ISO_8859_1);
        List<Double> sizes = new ArrayList<>();
        Matcher m = TF.matcher(raw);
        while (m.find()) sizes.add(Double.parseDouble(m.group(1)));
        assertThat(sizes).isNotEmpty().allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(10.0));
        // Every text matrix unrotated: nothing written upwards.
        Matcher t = TM.matcher(raw);
        int matrices = 0;
        while (t.find()) {
            matrices++;
            assertThat(Double.parseDouble(t.group(1))).isEqualTo(1.0);
            assertThat(Double.parseDouble(t.group(2))).isEqualTo(0.0);
        }
        assertThat(matrices).isPositive();
    }

    @Test
    void docxLabelsHorizontalTenPointThaiDigitsAndNames() throws IOException {
        String chart = part(DocxWriter.render(chartOnly()), "word/charts/chart1.xml");
        assertThat(chart).contains("<c:barDir val=\"bar\"/>");
        Matcher sz = Pattern.compile("<a:defRPr sz=\"(\\d+)\"").matcher(chart);
        int count = 0;
        while (sz.find()) {
            count++;
            assertThat(Integer.parseInt(sz.group(1))).isGreaterThanOrEqualTo(1000);
        }
        assertThat(count).isPositive();
        assertThat(chart).doesNotContain("rot=\"-5400000\"").doesNotContainPattern("<a:bodyPr[^>]* rot=\"-?[1-9]");
        String plain = chart.replace("\u200B", "");
        for (String n : THAI_NAMES) assertThat(plain).contains("<c:v>" + n + "</c:v>");
        for (String v : THAI_VALUES) assertThat(plain).contains("<a:t>" + v + "</a:t>");
        // The workbook keeps numbers, so "Edit data" in Word still works.
        assertThat(chart).contains("<c:v>91.62</c:v>", "<c:v>100.0</c:v>");
    }

    @Test
    void docxValuesInThaiDigitsInLibreOffice() throws IOException {
        Path docx = tmp.resolve("chart.docx");
        Files.write(docx, DocxWriter.render(chartOnly()));
        ExternalTools.require("soffice");
        Path pdf = ExternalTools.sofficeToPdf(docx, tmp);
        String text = ExternalTools.pdfToText(pdf).replace("\u200B", "").replaceAll("\\s+", "");
        for (String v : THAI_VALUES) assertThat(text).contains(v);
        assertThat(text).contains("ปี๒๕๖๗และ๒๕๖๘");
    }

    private static String part(byte[] zip, String name) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) return new String(z.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name);
    }
}
