package org.itagen.render.docx;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.itagen.doc.BarChart;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;

import java.io.IOException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The chart as the DOCX writer made it through POI's XDDF and an XSSF workbook up to issue 16's
 * third pass: the reference {@link DocxChart}'s text must equal, part for part ({@code DocxChartPartsTest}).
 */
final class XddfChartReference implements DocxBody.Charts {
    private static final String C_NS = DocxXml.C_NS;
    private static final String A_NS = DocxXml.A_NS;
    /** Smallest size of any chart text, as the PDF's chart. */
    static final float MIN_TEXT_PT = DocxChart.MIN_TEXT_PT;

    private final DocxBuild build;
    private final DocxRuns runs;

    XddfChartReference(DocxBuild build, DocxRuns runs) {
        this.build = build;
        this.runs = runs;
    }

    /**
     * Makes the chart part (with its embedded workbook) and returns its relationship id; the body
     * places it ({@link DocxBody}).
     */
    @Override
    public String create(BarChart c, int cx, int cy) throws IOException, InvalidFormatException, XmlException {
        // POI attaches a new chart to a run; this one is never saved (the body writes its own
        // drawing), so it sits in a paragraph outside the document.
        XWPFRun holder = new XWPFParagraph(CTP.Factory.newInstance(), build.xwpf()).createRun();
        XWPFChart chart = build.xwpf().createChart(holder, cx, cy);
        // The embedded workbook is a package of its own with its own creation date.
        Date when = Date.from(build.time());
        var wbProps = chart.getWorkbook().getProperties().getCoreProperties();
        wbProps.setCreated(Optional.of(when));
        wbProps.setModified(Optional.of(when));
        wbProps.setCreator("itagen");

        if (!c.title().isEmpty()) {
            chart.setTitleText(runs.localize(c.title()));
            chart.setTitleOverlay(false);
        } else {
            chart.setAutoTitleDeleted(true);
        }
        // Horizontal bars, as the PDF: category names on the left, first indicator at the top
        // (categories in reverse order, so the value axis crosses at the last one: the bottom).
        XDDFCategoryAxis catAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        catAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis valAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valAxis.setMinimum(0);
        valAxis.setMaximum(c.axisMax());
        // Five steps, as the PDF's axis (0, 20, ... 100 for scores).
        valAxis.setMajorUnit(c.axisMax() / 5);
        valAxis.setCrosses(AxisCrosses.MAX);
        valAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (!c.valueLabel().isEmpty()) valAxis.setTitle(runs.localize(c.valueLabel()));
        valAxis.setNumberFormat(numberFormat("0"));

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, catAxis, valAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        data.setGapWidth(80);

        int n = c.categories().size();
        String[] cats = c.categories().stream().map(runs::localize).map(DocxChart::markWordBreaks).toArray(String[]::new);
        XDDFCategoryDataSource catSource = XDDFDataSourcesFactory.fromArray(cats,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        for (int k = 0; k < c.series().size(); k++) {
            BarChart.Series s = c.series().get(k);
            Double[] values = s.values().toArray(Double[]::new);
            XDDFNumericalDataSource<Double> valSource = XDDFDataSourcesFactory.fromArray(values,
                    chart.formatRange(new CellRangeAddress(1, n, k + 1, k + 1)), k + 1);
            XDDFChartData.Series series = data.addSeries(catSource, valSource);
            String name = runs.localize(s.name());
            series.setTitle(name, chart.setSheetTitle(name, k + 1));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(s.color()))));
            dataLabels(((XDDFBarChartData.Series) series).getCTBarSer(), s, numberFormat("0.00"));
        }
        chart.plot(data);

        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);

        // One text style for the whole chart: the Thai font in the Latin and complex-script
        // slots, or Word draws Thai labels in its default chart font.
        String f = DocxXml.attr(build.font());
        int size = Math.round(Math.max(MIN_TEXT_PT + 1, build.page().bodySizePt() - 4) * 100);
        // No frame around the chart, like the PDF's.
        chart.getCTChartSpace().setSpPr(ParsedXml.parse(org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties.Factory,
                "<c:spPr xmlns:c=\"" + C_NS + "\" xmlns:a=\"" + A_NS + "\"><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"));
        chart.getCTChartSpace().setTxPr(ParsedXml.parse(CTTextBody.Factory,
                "<c:txPr xmlns:c=\"" + C_NS + "\" xmlns:a=\"" + A_NS + "\"><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
                        + "<a:defRPr sz=\"" + size + "\"><a:latin typeface=\"" + f + "\"/><a:ea typeface=\"" + f + "\"/>"
                        + "<a:cs typeface=\"" + f + "\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"th-TH\"/></a:p></c:txPr>"));
        return build.xwpf().getRelationId(chart);
    }

    /**
     * A plain number format. Excel's Thai-digit prefix "[$-D07041E]" was tried: LibreOffice
     * 7.4 then drops the whole format (85.60 shows as 85.6), so chart numbers stay Arabic.
     */
    private static String numberFormat(String code) {
        return code;
    }

    /**
     * Values on the bars: horizontal, at least 10 pt, after the bar's end. Number formats cannot
     * give Thai digits in LibreOffice (see {@link #numberFormat}), so when the document's digits
     * are Thai each point gets its own label text (`c:dLbl` with `c:tx/c:rich`) in Thai digits;
     * Word and LibreOffice show that text. The series-level format stays for points without one.
     */
    private void dataLabels(CTBarSer ser, BarChart.Series s, String formatCode) throws XmlException {
        String f = DocxXml.attr(build.font());
        int size = Math.round(DocxChart.valueSizePt(build.page().bodySizePt()) * 100);
        String rPr = "<a:defRPr sz=\"" + size + "\"><a:latin typeface=\"" + f + "\"/><a:cs typeface=\"" + f + "\"/></a:defRPr>";
        StringBuilder x = new StringBuilder("<c:dLbls xmlns:c=\"" + C_NS + "\" xmlns:a=\"" + A_NS + "\">");
        for (int i = 0; i < s.values().size(); i++) {
            Double v = s.values().get(i);
            if (v == null) continue;
            String plain = String.format(java.util.Locale.ROOT, "%.2f", v);
            String text = runs.localize(plain);
            if (text.equals(plain)) continue;
            x.append("<c:dLbl><c:idx val=\"").append(i).append("\"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>")
                    .append(rPr).append("</a:pPr><a:r><a:rPr lang=\"th-TH\" sz=\"").append(size).append("\"><a:latin typeface=\"")
                    .append(f).append("\"/><a:cs typeface=\"").append(f).append("\"/></a:rPr><a:t>").append(DocxXml.attr(text))
                    .append("</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val=\"outEnd\"/><c:showLegendKey val=\"0\"/>")
                    .append("<c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>")
                    .append("<c:showBubbleSize val=\"0\"/></c:dLbl>");
        }
        x.append("<c:numFmt formatCode=\"").append(DocxXml.attr(formatCode)).append("\" sourceLinked=\"0\"/>")
                .append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>").append(rPr)
                .append("</a:pPr><a:endParaRPr lang=\"th-TH\"/></a:p></c:txPr><c:dLblPos val=\"outEnd\"/>")
                .append("<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>")
                .append("<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>");
        // Parsed fresh, not through ParsedXml's cache: the text differs per chart.
        ser.setDLbls(ParsedXml.parseFresh(CTDLbls.Factory, x.toString()));
    }
}
