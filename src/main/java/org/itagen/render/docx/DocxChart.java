package org.itagen.render.docx;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.itagen.doc.BarChart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A native Word chart (chart part plus embedded workbook) so officers can edit the numbers in
 * Word: clustered columns, one series per model series, values on the bars, a legend.
 *
 * <p>Both parts are written as text, byte for byte what POI's XDDF chart and an XSSF workbook
 * made of the same chart before (the test keeps that code as the reference, {@code
 * XddfChartReference}): building them through XDDF, xmlbeans and a second POI package was an
 * eighth of a DOCX's CPU, and loading those classes a good part of a cold start.
 */
final class DocxChart implements DocxBody.Charts {
    /** Smallest size of any chart text, as the PDF's chart. */
    static final float MIN_TEXT_PT = 10f;
    /** The embedded workbook's only sheet, as XSSF names a first sheet. */
    private static final String SHEET = "Sheet0";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String OPC_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String SML_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final DateTimeFormatter W3CDTF =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final DocxBuild build;
    private final DocxRuns runs;
    /** Charts made so far in this document (numbers their parts, as POI did). */
    private int made;

    DocxChart(DocxBuild build, DocxRuns runs) {
        this.build = build;
        this.runs = runs;
    }

    /**
     * Makes the chart part (with its embedded workbook) and returns its relationship id; the body
     * places it ({@link DocxBody}).
     */
    @Override
    public String create(BarChart c, int cx, int cy) throws IOException, InvalidFormatException {
        OPCPackage pkg = build.xwpf().getPackage();
        // Numbered as POI numbers a new chart: the first free number from the charts made + 1.
        int n = made + 1;
        while (pkg.containPart(PackagingURIHelper.createPartName(XWPFRelation.CHART.getFileName(n)))) n++;
        made++;
        PackagePartName chartName = PackagingURIHelper.createPartName(XWPFRelation.CHART.getFileName(n));
        PackagePart chartPart = pkg.createPart(chartName, XWPFRelation.CHART.getContentType());
        String rel = build.xwpf().getPackagePart()
                .addRelationship(chartName, TargetMode.INTERNAL, XWPFRelation.CHART.getRelation()).getId();
        PackagePartName bookName = PackagingURIHelper.createPartName(XWPFRelation.WORKBOOK.getFileName(n));
        PackagePart bookPart = pkg.createPart(bookName, XWPFRelation.WORKBOOK.getContentType());
        String bookRel = chartPart.addRelationship(bookName, TargetMode.INTERNAL, XWPFRelation.WORKBOOK.getRelation()).getId();

        Data d = new Data(c);
        try (OutputStream out = chartPart.getOutputStream()) {
            out.write(chartXml(c, d, bookRel).getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = bookPart.getOutputStream()) {
            out.write(ReproducibleZip.zip(workbookParts(d), build.time()));
        }
        return rel;
    }

    /** The chart's texts as the document shows them, and the sheet cells they come from. */
    private final class Data {
        final String[] names;
        final String[] cats;
        final String catRange;
        final List<List<Double>> values;

        Data(BarChart c) {
            values = c.series().stream().map(BarChart.Series::values).toList();
            names = c.series().stream().map(s -> runs.localize(s.name())).toArray(String[]::new);
            cats = c.categories().stream().map(runs::localize).map(DocxChart::markWordBreaks).toArray(String[]::new);
            catRange = range(0, cats.length);
        }
    }

    /** The chart part: what XDDF wrote for these settings, in its element and attribute order. */
    private String chartXml(BarChart c, Data d, String bookRel) {
        String f = DocxXml.attr(build.font());
        StringBuilder x = new StringBuilder(8192 + 2048 * c.series().size() * Math.max(1, d.cats.length) / 4);
        x.append(XML_DECL).append("<c:chartSpace xmlns:c=\"").append(DocxXml.C_NS).append("\" xmlns:a=\"").append(DocxXml.A_NS)
                .append("\" xmlns:r=\"").append(REL_NS).append("\"><c:chart>");
        if (!c.title().isEmpty()) {
            title(x, runs.localize(c.title()));
        } else {
            x.append("<c:autoTitleDeleted val=\"true\"/>");
        }
        // Horizontal bars, as the PDF: category names on the left, first indicator at the top
        // (categories in reverse order, so the value axis crosses at the last one: the bottom).
        x.append("<c:plotArea><c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"false\"/>");
        int valueSize = Math.round(valueSizePt(build.page().bodySizePt()) * 100);
        String rPr = "<a:defRPr sz=\"" + valueSize + "\"><a:latin typeface=\"" + f + "\"/><a:cs typeface=\"" + f + "\"/></a:defRPr>";
        for (int k = 0; k < c.series().size(); k++) {
            BarChart.Series s = c.series().get(k);
            x.append("<c:ser><c:idx val=\"").append(k).append("\"/><c:order val=\"").append(k).append("\"/><c:tx><c:strRef><c:f>")
                    .append(SHEET).append("!$").append(column(k + 1)).append("$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>");
            text(x, d.names[k]).append("</c:v></c:pt></c:strCache></c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val=\"")
                    .append(HexFormat.of().withUpperCase().formatHex(HexFormat.of().parseHex(s.color())))
                    .append("\"/></a:solidFill></c:spPr>");
            dataLabels(x, s, valueSize, f, rPr, numberFormat("0.00"));
            x.append("<c:cat><c:strRef><c:f>").append(d.catRange).append("</c:f><c:strCache><c:ptCount val=\"").append(d.cats.length).append("\"/>");
            for (int i = 0; i < d.cats.length; i++) {
                x.append("<c:pt idx=\"").append(i).append("\"><c:v>");
                text(x, d.cats[i]).append("</c:v></c:pt>");
            }
            x.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>").append(range(k + 1, d.cats.length)).append("</c:f>");
            if (s.values().stream().allMatch(java.util.Objects::isNull)) {
                // XDDF leaves the cache of a series without any value empty.
                x.append("<c:numCache/>");
            } else {
                x.append("<c:numCache><c:ptCount val=\"").append(s.values().size()).append("\"/>");
                for (int i = 0; i < s.values().size(); i++) {
                    Double v = s.values().get(i);
                    if (v != null) x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(v).append("</c:v></c:pt>");
                }
                x.append("</c:numCache>");
            }
            x.append("</c:numRef></c:val></c:ser>");
        }
        x.append("<c:gapWidth val=\"80\"/><c:axId val=\"0\"/><c:axId val=\"1\"/></c:barChart>")
                .append("<c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"false\"/>")
                .append("<c:axPos val=\"l\"/><c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:auto val=\"false\"/></c:catAx>")
                // Five steps, as the PDF's axis (0, 20, ... 100 for scores).
                .append("<c:valAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"").append(c.axisMax())
                .append("\"/><c:min val=\"0.0\"/></c:scaling><c:delete val=\"false\"/><c:axPos val=\"b\"/>");
        if (!c.valueLabel().isEmpty()) title(x, runs.localize(c.valueLabel()));
        x.append("<c:numFmt formatCode=\"").append(DocxXml.attr(numberFormat("0"))).append("\" sourceLinked=\"true\"/>")
                .append("<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"0\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/><c:majorUnit val=\"")
                .append(c.axisMax() / 5).append("\"/></c:valAx></c:plotArea>")
                .append("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"false\"/></c:legend></c:chart>");
        // No frame around the chart, like the PDF's. One text style for the whole chart: the Thai
        // font in the Latin and complex-script slots, or Word draws Thai labels in its default chart font.
        int size = Math.round(Math.max(MIN_TEXT_PT + 1, build.page().bodySizePt() - 4) * 100);
        x.append("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>")
                .append("<a:defRPr sz=\"").append(size).append("\"><a:latin typeface=\"").append(f).append("\"/><a:ea typeface=\"").append(f)
                .append("\"/><a:cs typeface=\"").append(f).append("\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"th-TH\"/></a:p></c:txPr>")
                .append("<c:externalData r:id=\"").append(DocxXml.attr(bookRel)).append("\"/></c:chartSpace>");
        return x.toString();
    }

    /** A chart or axis title as XDDF's setTitleText writes it. */
    private static void title(StringBuilder x, String text) {
        x.append("<c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/><a:p><a:pPr algn=\"l\"><a:defRPr/></a:pPr>")
                .append("<a:r><a:rPr lang=\"en\"/><a:t>");
        text(x, text).append("</a:t></a:r><a:endParaRPr lang=\"en-US\" sz=\"1100\"/></a:p></c:rich></c:tx><c:layout/>")
                .append("<c:overlay val=\"false\"/></c:title>");
    }

    /**
     * Values on the bars: horizontal, at least 10 pt, after the bar's end. Number formats cannot
     * give Thai digits in LibreOffice (see {@link #numberFormat}), so when the document's digits
     * are Thai each point gets its own label text (`c:dLbl` with `c:tx/c:rich`) in Thai digits;
     * Word and LibreOffice show that text. The series-level format stays for points without one.
     */
    private void dataLabels(StringBuilder x, BarChart.Series s, int size, String f, String rPr, String formatCode) {
        x.append("<c:dLbls>");
        for (int i = 0; i < s.values().size(); i++) {
            Double v = s.values().get(i);
            if (v == null) continue;
            String plain = String.format(Locale.ROOT, "%.2f", v);
            String text = runs.localize(plain);
            if (text.equals(plain)) continue;
            x.append("<c:dLbl><c:idx val=\"").append(i).append("\"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>")
                    .append(rPr).append("</a:pPr><a:r><a:rPr lang=\"th-TH\" sz=\"").append(size).append("\"><a:latin typeface=\"")
                    .append(f).append("\"/><a:cs typeface=\"").append(f).append("\"/></a:rPr><a:t>");
            text(x, text).append("</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val=\"outEnd\"/><c:showLegendKey val=\"0\"/>")
                    .append("<c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>")
                    .append("<c:showBubbleSize val=\"0\"/></c:dLbl>");
        }
        x.append("<c:numFmt formatCode=\"").append(DocxXml.attr(formatCode)).append("\" sourceLinked=\"0\"/>")
                .append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>").append(rPr)
                .append("</a:pPr><a:endParaRPr lang=\"th-TH\"/></a:p></c:txPr><c:dLblPos val=\"outEnd\"/>")
                .append("<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>")
                .append("<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>");
    }

    /**
     * The embedded workbook's parts as XSSF saved them: the series names in row 1 (from column
     * B), a category and its values per row below, every text a shared string (in the order XDDF
     * set them: the names, then the categories once per series).
     */
    private Map<String, byte[]> workbookParts(Data d) {
        Map<String, Integer> strings = new LinkedHashMap<>();
        int count = 0;
        StringBuilder rows = new StringBuilder(4096);
        rows.append("<row r=\"1\">");
        for (int k = 0; k < d.names.length; k++) {
            count++;
            int si = strings.computeIfAbsent(d.names[k], t -> strings.size());
            rows.append("<c r=\"").append(column(k + 1)).append("1\" t=\"s\" s=\"0\"><v>").append(si).append("</v></c>");
        }
        rows.append("</row>");
        // XDDF filled the categories column again for every series: each fill adds to the count.
        count += d.names.length * d.cats.length;
        for (int i = 0; i < d.cats.length; i++) strings.computeIfAbsent(d.cats[i], t -> strings.size());
        for (int i = 0; i < d.cats.length; i++) {
            int r = i + 2;
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\" s=\"0\"><v>")
                    .append(strings.get(d.cats[i])).append("</v></c>");
            for (int k = 0; k < d.names.length; k++) {
                Double v = d.values.get(k).get(i);
                if (v != null) {
                    rows.append("<c r=\"").append(column(k + 1)).append(r).append("\" t=\"n\" s=\"0\"><v>").append(v).append("</v></c>");
                }
            }
            rows.append("</row>");
        }
        StringBuilder sst = new StringBuilder(2048);
        sst.append(XML_DECL).append("<sst count=\"").append(count).append("\" uniqueCount=\"").append(strings.size())
                .append("\" xmlns=\"").append(SML_NS).append("\">");
        for (String t : strings.keySet()) {
            sst.append(t.isEmpty() ? "<si><t/></si>" : preserved(t) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            if (!t.isEmpty()) text(sst, t).append("</t></si>");
        }
        sst.append("</sst>");
        String sheet = XML_DECL + "<worksheet xmlns=\"" + SML_NS + "\"><dimension ref=\"A1:" + column(d.names.length) + (d.cats.length + 1)
                + "\"/><sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"true\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/>"
                + "<sheetData>" + rows + "</sheetData><pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/></worksheet>";
        String when = W3CDTF.format(build.time());
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(BOOK_CONTENT_TYPES));
        parts.put("_rels/.rels", utf8(BOOK_RELS));
        parts.put("docProps/app.xml", utf8(BOOK_APP));
        parts.put("docProps/core.xml", utf8(OPC_DECL + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when
                + "</dcterms:created><dc:creator>itagen</dc:creator><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when
                + "</dcterms:modified></cp:coreProperties>"));
        parts.put("xl/_rels/workbook.xml.rels", utf8(BOOK_WORKBOOK_RELS));
        parts.put("xl/sharedStrings.xml", utf8(sst.toString()));
        parts.put("xl/styles.xml", utf8(BOOK_STYLES));
        parts.put("xl/workbook.xml", utf8(BOOK_WORKBOOK));
        parts.put("xl/worksheets/sheet1.xml", utf8(sheet));
        return parts;
    }

    /**
     * Character data as xmlbeans wrote it ({@link DocxXml#text}, but '&gt;' stays as it is unless
     * it closes "]]&gt;").
     */
    static StringBuilder text(StringBuilder b, String s) {
        int start = 0;
        for (int i = s.indexOf('>'); i >= 0; i = s.indexOf('>', i + 1)) {
            if (i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']') continue;
            DocxXml.text(b, s.substring(start, i)).append('>');
            start = i + 1;
        }
        return start == 0 ? DocxXml.text(b, s) : DocxXml.text(b, s.substring(start));
    }

    /** XSSF marks a shared string whose first or last character is white space to keep it. */
    private static boolean preserved(String t) {
        return Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Rows 2 to count + 1 of a column, as XDDF's formatRange wrote a data range. */
    private static String range(int col, int count) {
        String c = column(col);
        return count == 1 ? SHEET + "!$" + c + "$2" : SHEET + "!$" + c + "$2:$" + c + "$" + (count + 1);
    }

    /** The column letters of a 0-based column index (0 = A, 26 = AA). */
    static String column(int index) {
        StringBuilder b = new StringBuilder(3);
        for (int i = index + 1; i > 0; i = (i - 1) / 26) b.insert(0, (char) ('A' + (i - 1) % 26));
        return b.toString();
    }

    private static final String BOOK_CONTENT_TYPES = OPC_DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
            + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\" PartName=\"/docProps/app.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\" PartName=\"/xl/sharedStrings.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\" PartName=\"/xl/styles.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\" PartName=\"/xl/workbook.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\" PartName=\"/xl/worksheets/sheet1.xml\"/>"
            + "</Types>";
    private static final String BOOK_RELS = OPC_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
            + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"" + REL_NS + "/officeDocument\"/>"
            + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + REL_NS + "/extended-properties\"/>"
            + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"/>"
            + "</Relationships>";
    private static final String BOOK_APP = XML_DECL
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Apache POI</Application></Properties>";
    private static final String BOOK_WORKBOOK_RELS = OPC_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
            + "<Relationship Id=\"rId1\" Target=\"sharedStrings.xml\" Type=\"" + REL_NS + "/sharedStrings\"/>"
            + "<Relationship Id=\"rId2\" Target=\"styles.xml\" Type=\"" + REL_NS + "/styles\"/>"
            + "<Relationship Id=\"rId3\" Target=\"worksheets/sheet1.xml\" Type=\"" + REL_NS + "/worksheet\"/>"
            + "</Relationships>";
    private static final String BOOK_STYLES = XML_DECL + "<styleSheet xmlns=\"" + SML_NS + "\"><numFmts count=\"0\"/><fonts count=\"1\"><font>"
            + "<sz val=\"11.0\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"darkGray\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs></styleSheet>";
    private static final String BOOK_WORKBOOK = XML_DECL + "<workbook xmlns=\"" + SML_NS + "\" xmlns:r=\"" + REL_NS + "\">"
            + "<workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
            + "<sheets><sheet name=\"" + SHEET + "\" r:id=\"rId3\" sheetId=\"1\"/></sheets></workbook>";

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

    static float valueSizePt(float body) {
        return Math.max(MIN_TEXT_PT, body - 5);
    }

    /** Height for the horizontal bars: a row per category, room for title, axis and legend. */
    static int heightEmu(BarChart c, int emuPerCm) {
        int m = Math.max(1, c.series().size());
        double cm = 3.5 + c.categories().size() * (0.5 * m + 0.45);
        return (int) Math.round(Math.max(8, Math.min(22, cm)) * emuPerCm);
    }
}
