package org.itagen.input;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.ItagenException;
import org.itagen.model.AgencyScores;
import org.itagen.model.EitPart;
import org.itagen.model.ScoreTable;
import org.itagen.model.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoreReaderTest {
    static final String LONG = """
            agency_id,agency_name,fiscal_year,tool,indicator,item,part,score
            A1,เทศบาลตำบลดงสมบูรณ์,2568,IIT,1,,,91.62
            A1,เทศบาลตำบลดงสมบูรณ์,2568,EIT,,,public,86.50
            A1,เทศบาลตำบลดงสมบูรณ์,2568,EIT,6,e1,survey,84.76
            """;

    @TempDir
    Path tmp;

    Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void readsUtf8WithBom() throws IOException {
        byte[] body = LONG.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        AgencyScores s = ScoreReader.read(write("bom.csv", bom), ReadOptions.defaults());
        // The BOM must not end up in the first header ("agency_id"), or the id column would be lost.
        assertThat(s.agency().id()).isEqualTo("A1");
        assertThat(s.agency().name()).isEqualTo("เทศบาลตำบลดงสมบูรณ์");
    }

    @Test
    void readsWindows874FromThaiExcel() throws IOException {
        byte[] bytes = LONG.getBytes(TextDecoding.WINDOWS_874);
        AgencyScores s = ScoreReader.read(write("th.csv", bytes), ReadOptions.defaults());
        assertThat(s.agency().name()).isEqualTo("เทศบาลตำบลดงสมบูรณ์");
        assertThat(s.indicators()).singleElement().satisfies(i -> assertThat(i.score()).isEqualByComparingTo("91.62"));
    }

    @Test
    void explicitEncodingIsUsedAndChecked() throws IOException {
        Path p = write("th.csv", LONG.getBytes(TextDecoding.WINDOWS_874));
        AgencyScores s = ScoreReader.read(p, new ReadOptions(null, null, TextDecoding.WINDOWS_874));
        assertThat(s.agency().name()).isEqualTo("เทศบาลตำบลดงสมบูรณ์");
        assertThatThrownBy(() -> ScoreReader.read(p, new ReadOptions(null, null, StandardCharsets.UTF_8)))
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorThai() throws IOException {
        // Latin-1 "é" decodes as a Thai tone mark after "f" in windows-874: not Thai text.
        byte[] latin1 = "fiscal_year,tool,indicator,score\n2568,IIT,1,90\n#café\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ScoreReader.read(write("latin.csv", latin1), ReadOptions.defaults()))
                .isInstanceOf(ItagenException.class)
                .hasMessageContaining("neither UTF-8 nor windows-874");
        byte[] utf16 = "fiscal_year,tool\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThatThrownBy(() -> ScoreReader.read(write("u16.csv", withBom), ReadOptions.defaults()))
                .hasMessageContaining("UTF-16");
    }

    @Test
    void thaiDigitsAndSpacesAreAccepted() throws IOException {
        String csv = " fiscal_year , tool ,indicator, item ,part,score\n"
                + "๒๕๖๘, iit ,๑,,, ๙๑.๖๒ \n"
                + "2568,EIT,๖, E๑ , Survey ,๘๔.๗๖\n";
        AgencyScores s = ScoreReader.read(write("digits.csv", csv.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults());
        assertThat(s.indicators()).singleElement().satisfies(i -> {
            assertThat(i.fiscalYear()).isEqualTo(2568);
            assertThat(i.tool()).isEqualTo(Tool.IIT);
            assertThat(i.score()).isEqualByComparingTo("91.62");
        });
        assertThat(s.items()).singleElement().satisfies(i -> {
            assertThat(i.item()).isEqualTo("e1");
            assertThat(i.part()).isEqualTo(EitPart.SURVEY);
            assertThat(i.score()).isEqualByComparingTo("84.76");
        });
    }

    @Test
    void longHeaderMayStartWithIndicator() throws IOException {
        String csv = "indicator,score,tool,fiscal_year\n4,86.10,IIT,2568\n";
        AgencyScores s = ScoreReader.read(write("order.csv", csv.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults());
        assertThat(s.indicators()).singleElement().satisfies(i -> assertThat(i.indicator()).isEqualTo(4));
    }

    @Test
    void partTotalsAndQuestionsKeepTheirPart() throws IOException {
        AgencyScores s = ScoreReader.read(write("p.csv", LONG.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults());
        assertThat(s.totals()).singleElement().satisfies(t -> {
            assertThat(t.tool()).isEqualTo(Tool.EIT);
            assertThat(t.part()).isEqualTo(EitPart.PUBLIC);
        });
        assertThat(s.items().getFirst().where()).isEqualTo("p.csv:4");
    }

    @Test
    void multiAgencyFilesNeedAnAgencyOnlyWhenAmbiguous() throws IOException {
        String csv = "agency_id,fiscal_year,tool,indicator,score\nA1,2568,IIT,1,90\nA2,2568,IIT,1,80\nA3,2568,IIT,1,70\n";
        Path p = write("many.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(ScoreReader.read(p, new ReadOptions("A2", null, null)).indicators().getFirst().score())
                .isEqualByComparingTo("80");
        assertThatThrownBy(() -> ScoreReader.read(p, ReadOptions.defaults()))
                .hasMessageContaining("holds 3 agencies; choose one with --agency ID (e.g. A1, A2, A3)");
        assertThatThrownBy(() -> ScoreReader.read(p, new ReadOptions("Z9", null, null)))
                .hasMessageContaining("unknown agency \"Z9\"").hasMessageContaining("A1, A2, A3");
        ScoreTable all = ScoreReader.readAll(p, ReadOptions.defaults());
        assertThat(all.agencies()).hasSize(3);
    }

    @Test
    void readsTheLongLayoutFromXlsx() throws IOException {
        Path x = tmp.resolve("scores.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(x)) {
            XSSFSheet sh = wb.createSheet("คะแนน");
            String[] head = {"fiscal_year", "tool", "indicator", "item", "part", "score"};
            var r0 = sh.createRow(0);
            for (int i = 0; i < head.length; i++) r0.createCell(i).setCellValue(head[i]);
            var r1 = sh.createRow(1);
            r1.createCell(0).setCellValue(2568);  // numeric year, as Excel stores it
            r1.createCell(1).setCellValue("IIT");
            r1.createCell(2).setCellValue(4);
            r1.createCell(5).setCellValue(86.10);
            var r2 = sh.createRow(2);
            r2.createCell(0).setCellValue(2568);
            r2.createCell(1).setCellValue("EIT");
            r2.createCell(3).setCellValue("e7");
            r2.createCell(4).setCellValue("survey");
            r2.createCell(5).setCellFormula("71.43");  // a formula: its cached value is read
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        AgencyScores s = ScoreReader.read(x, ReadOptions.defaults());
        assertThat(s.indicators()).singleElement().satisfies(i -> {
            assertThat(i.indicator()).isEqualTo(4);
            assertThat(i.score()).isEqualByComparingTo("86.10");
            assertThat(i.where()).isEqualTo("scores.xlsx:'คะแนน'!A2");
        });
        assertThat(s.items()).singleElement().satisfies(i -> assertThat(i.score()).isEqualByComparingTo("71.43"));
    }

    @Test
    void readsTheWideLayoutFromANamedSheetAndNamesTheCellInErrors() throws IOException {
        Path x = tmp.resolve("wide.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(x)) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("not scores");
            XSSFSheet sh = wb.createSheet("Scores");
            var h = sh.createRow(0);
            h.createCell(0).setCellValue("indicator");
            h.createCell(1).setCellValue(2567);
            h.createCell(2).setCellValue(2568);
            var r = sh.createRow(1);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue(82.25);
            r.createCell(2).setCellValue(91.62);
            var bad = sh.createRow(2);
            bad.createCell(0).setCellValue("ITA");
            bad.createCell(1).setCellValue(86.05);
            bad.createCell(2).setCellValue("9O.5");
            wb.write(out);
        }
        assertThatThrownBy(() -> ScoreReader.read(x, new ReadOptions(null, "Scores", null)))
                .isInstanceOf(ItagenException.class)
                .satisfies(e -> assertThat(((ItagenException) e).oneLine())
                        .isEqualTo("wide.xlsx:Scores!C3: score \"9O.5\" is not a number (0-100); use digits with a dot for decimals, e.g. 91.62"));
        assertThatThrownBy(() -> ScoreReader.read(x, new ReadOptions(null, "Nope", null)))
                .hasMessageContaining("no sheet named \"Nope\"; the sheets are: Notes, Scores");
    }

    @Test
    void wideCsvAcceptsPublishedRowLabels() throws IOException {
        String csv = "indicator,2567,2568\nแบบวัด IIT,80,90\n(๑) การปฏิบัติหน้าที่,82.25,91.62\n"
                + "EIT ส่วนที่ 2,,83\nผลการประเมิน ITA ภาพรวม,86.05,92.61\ni4,,89.62\ne4 public,,80.32\nระดับผลการประเมิน,ผ่าน,ผ่าน\n";
        AgencyScores s = ScoreReader.read(write("w.csv", csv.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults());
        assertThat(s.indicators()).hasSize(2).allSatisfy(i -> assertThat(i.indicator()).isEqualTo(1));
        assertThat(s.totals()).extracting(t -> t.tool() + "/" + t.part() + "/" + t.fiscalYear())
                .containsExactly("IIT/null/2567", "IIT/null/2568", "EIT/SURVEY/2568", "ITA/null/2567", "ITA/null/2568");
        assertThat(s.items()).extracting(i -> i.item() + "/" + i.part()).containsExactly("i4/null", "e4/PUBLIC");
        assertThat(s.bands()).hasSize(2);
    }
}
