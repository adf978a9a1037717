package org.itagen.input;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.ItagenException;
import org.itagen.model.AgencyScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The national streaming reader: agencies handed over one at a time, with the single-file reader's checks. */
class ScoreStreamTest {
    @TempDir
    Path dir;

    static final String HEADER = "agency_id,agency_name,fiscal_year,tool,indicator,item,part,score\n";

    private Path csv(String text, java.nio.charset.Charset cs, boolean bom) throws Exception {
        Path p = dir.resolve("all.csv");
        byte[] body = text.getBytes(cs);
        byte[] out = bom ? new byte[body.length + 3] : body;
        if (bom) {
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(body, 0, out, 3, body.length);
        }
        Files.write(p, out);
        return p;
    }

    private static List<ScoreStream.AgencyRows> all(Path p, boolean contiguous) {
        List<ScoreStream.AgencyRows> out = new ArrayList<>();
        ScoreStream.forEach(p, ReadOptions.defaults(), id -> true, contiguous, out::add);
        return out;
    }

    @Test
    void indexKnowsOrderAndWhetherAgenciesAreTogether() throws Exception {
        Path together = csv(HEADER + "a,ก,2568,IIT,1,,,90\na,ก,2568,IIT,2,,,91\nb,ข,2568,IIT,1,,,80\n", StandardCharsets.UTF_8, false);
        ScoreStream.Index i = ScoreStream.index(together, ReadOptions.defaults());
        assertThat(i.agencyIds()).containsExactly("a", "b");
        assertThat(i.contiguous()).isTrue();
        assertThat(i.rows()).isEqualTo(3);
        Path scattered = csv(HEADER + "a,ก,2568,IIT,1,,,90\nb,ข,2568,IIT,1,,,80\na,ก,2568,IIT,2,,,91\n", StandardCharsets.UTF_8, false);
        assertThat(ScoreStream.index(scattered, ReadOptions.defaults()).contiguous()).isFalse();
        // Gathered over the whole file, agency a gets both of its rows.
        List<ScoreStream.AgencyRows> rows = all(scattered, false);
        assertThat(rows).extracting(ScoreStream.AgencyRows::agencyId).containsExactly("a", "b");
        assertThat(rows.getFirst().parse().indicators()).hasSize(2);
    }

    @Test
    void windows874AndBomAreReadAndLinesCountQuotedLineBreaks() throws Exception {
        String text = HEADER + "a,\"กรม\nทดสอบ\",2568,IIT,1,,,90\n\na,\"กรม\nทดสอบ\",2568,IIT,2,,,101\n";
        for (var cs : List.of(TextDecoding.WINDOWS_874, StandardCharsets.UTF_8)) {
            Path p = csv(text, cs, cs == StandardCharsets.UTF_8);
            List<ScoreStream.AgencyRows> rows = all(p, true);
            assertThat(rows).singleElement().satisfies(r -> assertThat(r.where()).isEqualTo("all.csv:2"));
            assertThatThrownBy(() -> rows.getFirst().parse()).isInstanceOf(ItagenException.class)
                    .satisfies(e -> assertThat(((ItagenException) e).where()).isEqualTo("all.csv:5"));
        }
    }

    @Test
    void parsedAgencyKeepsNameAndLocations() throws Exception {
        Path p = csv(HEADER + "a,กรมทดสอบ,2568,IIT,1,,,90\na,กรมทดสอบ,2568,IIT,1,i1,,88\n", StandardCharsets.UTF_8, false);
        AgencyScores s = all(p, true).getFirst().parse();
        assertThat(s.agency().name()).isEqualTo("กรมทดสอบ");
        assertThat(s.items()).singleElement().satisfies(i -> assertThat(i.where()).isEqualTo("all.csv:3"));
    }

    @Test
    void badBytesLaterInTheFileAreOneInputError() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 40_000; i++) sb.append("a,กรมทดสอบ,2568,IIT,1,,,90\n"); // past the 1 MB sniffed
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3; // a UTF-8 lead byte followed by a newline: malformed
        bad[good.length + 1] = '\n';
        bad[good.length + 2] = '\n';
        Path p = dir.resolve("all.csv");
        Files.write(p, bad);
        assertThatThrownBy(() -> ScoreStream.index(p, ReadOptions.defaults())).isInstanceOf(ItagenException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void refusesFilesWithoutAgencyIdsOrWithStrayCells() throws Exception {
        Path wide = csv("indicator,2567,2568\n1,80,85\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> ScoreStream.index(wide, ReadOptions.defaults())).isInstanceOf(ItagenException.class)
                .hasMessageContaining("agency_id").satisfies(e -> assertThat(((ItagenException) e).where()).isEqualTo("all.csv:1"));
        // A stray cell after the row's own: the agency_id (first column) cannot have moved, so the
        // row is that agency's problem, reported when its rows are parsed, not the whole file's.
        Path stray = csv(HEADER + "a,กรม,2568,IIT,1,,,90,extra\nb,ข,2568,IIT,1,,,80\n", StandardCharsets.UTF_8, false);
        assertThat(ScoreStream.index(stray, ReadOptions.defaults()).agencyIds()).containsExactly("a", "b");
        List<ScoreStream.AgencyRows> got = new ArrayList<>();
        ScoreStream.forEach(stray, ReadOptions.defaults(), id -> true, true, got::add);
        assertThatThrownBy(() -> got.get(0).parse()).isInstanceOf(ItagenException.class)
                .satisfies(e -> assertThat(((ItagenException) e).where()).isEqualTo("all.csv:2"));
        assertThat(got.get(1).parse().indicators()).hasSize(1);
    }

    @Test
    void workbooksToo() throws Exception {
        Path x = dir.resolve("all.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(x)) {
            Sheet sh = wb.createSheet("scores");
            String[][] rows = {HEADER.strip().split(","), {"a", "ก", "2568", "IIT", "1", "", "", "90"},
                    {"b", "ข", "2568", "IIT", "1", "", "", "80"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sh.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            wb.write(out);
        }
        List<ScoreStream.AgencyRows> rows = new ArrayList<>();
        ScoreStream.forEach(x, ReadOptions.defaults(), id -> true, true, rows::add);
        assertThat(rows).extracting(ScoreStream.AgencyRows::agencyId).containsExactly("a", "b");
        assertThat(rows.get(1).parse().indicators().getFirst().score()).isEqualByComparingTo("80");
    }

    @Test
    void rowProblemsListsEveryBadRow() throws Exception {
        Path p = csv(HEADER + "a,ก,2568,IIT,1,,,abc\na,ก,2568,IIT,2,,,91\na,ก,2568,XYZ,3,,,90\n", StandardCharsets.UTF_8, false);
        assertThat(ScoreStream.rowProblems(p, ReadOptions.defaults())).extracting(ItagenException::where)
                .containsExactly("all.csv:2", "all.csv:4");
    }
}
