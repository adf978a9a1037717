package org.itagen.batch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** summary.csv opened in Excel or LibreOffice: no cell may run as a formula (OWASP CSV injection). */
class SummaryCsvInjectionTest {
    @Test
    void cellsStartingWithAFormulaCharacterGetAnApostrophe() {
        for (String v : List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\uFF1D1+2")) {
            assertThat(BatchSummary.cell(v)).as(v).isEqualTo("'" + v);
        }
        for (String v : List.of("ag00001", "องค์การบริหารส่วนตำบล", "x=1", " =1", "")) {
            assertThat(BatchSummary.cell(v)).as(v).isEqualTo(v);
        }
        assertThat(BatchSummary.cell(null)).isEmpty();
    }

    @Test
    void idNameAndErrorsAreNeutralisedInTheFile() {
        AgencyResult r = new AgencyResult(0, "=cmd|' /C calc'!A0", "+ชื่อ", AgencyResult.Status.FAILED, null, List.of(),
                List.of("-x: =bad"), 1);
        String csv = new BatchSummary("scores.csv", Shard.ALL, List.of(r), 1).csv();
        List<org.apache.commons.csv.CSVRecord> rows;
        try (var p = org.apache.commons.csv.CSVParser.parse(csv.substring(1), org.apache.commons.csv.CSVFormat.DEFAULT)) {
            rows = p.getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(rows.get(1).toList()).containsExactly("'=cmd|' /C calc'!A0", "'+ชื่อ", "failed", "", "0", "'-x: =bad");
    }
}
