package org.itagen.render.docx;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
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
 * A native Word chart (chart part plus embedded workbook) so officers can edit the numbers in
 * Word: clustered columns, one series per model series, values on the bars, a legend.
 */
final class DocxChart {
    private static final String C_NS = DocxXml.C_NS;
    private static final String A_NS = DocxXml.A_NS;

    private final DocxBuild build;
    private final DocxRuns runs;

    DocxChart(DocxBuild build, DocxRuns runs) {
        this.build = build;
        this.runs = runs;
    }

    /**
     * Makes the chart part (with its embedded workbook) and returns its relationship id; the body
     * places it ({@link DocxBody}).
     */
    String create(BarChart c, int cx, int cy) throws IOException, InvalidFormatException, XmlException {
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
        XDDFCategoryAxis catAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valAxis = chart.createValueAxis(AxisPosition.LEFT);
        valAxis.setMinimum(0);
        valAxis.setMaximum(c.axisMax());
        // Five steps, as the PDF's axis (0, 20, ... 100 for scores).
        valAxis.setMajorUnit(c.axisMax() / 5);
        valAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (!c.valueLabel().isEmpty()) valAxis.setTitle(runs.localize(c.valueLabel()));
        valAxis.setNumberFormat(numberFormat("0"));

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, catAxis, valAxis);
        data.setBarDirection(BarDirection.COL);
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
            dataLabels(((XDDFBarChartData.Series) series).getCTBarSer(), numberFormat("0.00"));
        }
        chart.plot(data);

        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);

        // One text style for the whole chart: the Thai font in the Latin and complex-script
        // slots, or Word draws Thai labels in its default chart font.
        String f = DocxXml.attr(build.font());
        int size = Math.round(Math.max(8f, build.page().bodySizePt() - 6) * 100);
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
     * Zero-width spaces between Thai words of a category label. Chart labels wrap under their
     * bars; LibreOffice breaks them anywhere without these (e.g. "ราชกา|ร"), Word and
     * LibreOffice both break at them. The breaks between words and phrase-level units of the
     * breaker the PDF writer uses, so compounds (งบ|ประมาณ) stay whole as they do in the PDF.
     */
    static String markWordBreaks(String label) {
        StringBuilder sb = new StringBuilder(label.length() + 8);
        int start = 0;
        for (int p : org.itagen.thai.WordBreaker.thai().lineBreaks(label)) {
            sb.append(label, start, p);
            if (isThai(label.charAt(p - 1)) && isThai(label.charAt(p))) sb.append('\u200B');
            start = p;
        }
        return sb.append(label, start, label.length()).toString();
    }

    private static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E5B';
    }

    private void dataLabels(CTBarSer ser, String formatCode) throws XmlException {
        CTDLbls d = ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls();
        var fmt = d.addNewNumFmt();
        fmt.setFormatCode(formatCode);
        fmt.setSourceLinked(false);
        // Values written upwards and smaller than the axis text, so twenty labels do not collide.
        String f = DocxXml.attr(build.font());
        int size = Math.round(Math.max(7f, build.page().bodySizePt() - 7) * 100);
        d.setTxPr(ParsedXml.parse(CTTextBody.Factory, "<c:txPr xmlns:c=\"" + C_NS + "\" xmlns:a=\"" + A_NS + "\">"
                + "<a:bodyPr rot=\"-5400000\" vert=\"horz\"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"" + size + "\">"
                + "<a:latin typeface=\"" + f + "\"/><a:cs typeface=\"" + f + "\"/></a:defRPr></a:pPr>"
                + "<a:endParaRPr lang=\"th-TH\"/></a:p></c:txPr>"));
        d.addNewDLblPos().setVal(STDLblPos.OUT_END);
        d.addNewShowLegendKey().setVal(false);
        d.addNewShowVal().setVal(true);
        d.addNewShowCatName().setVal(false);
        d.addNewShowSerName().setVal(false);
        d.addNewShowPercent().setVal(false);
        d.addNewShowBubbleSize().setVal(false);
    }
}
