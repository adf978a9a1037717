package org.itagen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way itagen writes a place, parsed into file, line, sheet and cell. */
class LocationTest {
    @Test
    void linesOfTextFiles() {
        assertThat(Location.parse("scores.csv:12")).isEqualTo(new Location("scores.csv", 12, null, null));
        assertThat(Location.parse("measures/ag00042.yaml:3")).isEqualTo(new Location("measures/ag00042.yaml", 3, null, null));
        assertThat(Location.parse("C:\\data\\all.csv:7")).isEqualTo(new Location("C:\\data\\all.csv", 7, null, null));
        assertThat(Location.parse("my o25.yaml:40")).isEqualTo(new Location("my o25.yaml", 40, null, null));
    }

    @Test
    void sheetsAndCellsOfWorkbooks() {
        assertThat(Location.parse("itas.xlsx:ITAS!E5")).isEqualTo(new Location("itas.xlsx", null, "ITAS", "E5"));
        assertThat(Location.parse("itas.xlsx:'คะแนน 2568'!D2")).isEqualTo(new Location("itas.xlsx", null, "คะแนน 2568", "D2"));
        assertThat(Location.parse("a.xlsx:'it''s'!AA100")).isEqualTo(new Location("a.xlsx", null, "it's", "AA100"));
        // A sheet named as a year is a sheet, not a line.
        assertThat(Location.parse("a.xlsx:2568")).isEqualTo(new Location("a.xlsx", null, "2568", null));
        assertThat(Location.parse("a.xlsx:2568!B7")).isEqualTo(new Location("a.xlsx", null, "2568", "B7"));
        assertThat(Location.parse("C:\\x\\a.xlsx:Sheet1!A1")).isEqualTo(new Location("C:\\x\\a.xlsx", null, "Sheet1", "A1"));
    }

    @Test
    void filesOptionsAndKeys() {
        assertThat(Location.parse("scores.csv")).isEqualTo(new Location("scores.csv", null, null, null));
        assertThat(Location.parse("out/O25_x_2569.pdf")).isEqualTo(new Location("out/O25_x_2569.pdf", null, null, null));
        assertThat(Location.parse("--encoding")).isEqualTo(Location.NONE);
        assertThat(Location.parse("measure M3")).isEqualTo(Location.NONE);
        assertThat(Location.parse("check")).isEqualTo(Location.NONE);
        assertThat(Location.parse(null)).isEqualTo(Location.NONE);
        assertThat(Location.parse(" ")).isEqualTo(Location.NONE);
    }

    @Test
    void anExceptionBecomesADiagnosticWithItsKeyAsCode() {
        Diagnostic d = Diagnostic.of(ItagenException.input("scores.csv:4", Msg.of("error.SCORE_ABOVE_100", "101")));
        assertThat(d.code()).isEqualTo("SCORE_ABOVE_100");
        assertThat(d.location()).isEqualTo(new Location("scores.csv", 4, null, null));
        Diagnostic plain = Diagnostic.of(ItagenException.input("x.yaml:2", "not keyed yet"));
        assertThat(plain.code()).isEqualTo("INPUT");
        assertThat(plain.text()).isEqualTo("error: x.yaml:2: not keyed yet");
        assertThat(plain.forAgency("ag1").text()).isEqualTo("error: [ag1] x.yaml:2: not keyed yet");
    }
}
