package org.itagen.render;

import org.itagen.doc.Align;
import org.itagen.doc.Digits;
import org.itagen.doc.Layout;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.doc.Table.Cell;
import org.itagen.doc.Table.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The width computation both writers use; expected numbers worked out by hand. */
class TableWidthsTest {
    private static final double PAD = 2 * Layout.CELL_PAD_X_PT + TableWidths.SLACK_PT;

    /** One point per character at any size, bold two: easy to work out by hand. */
    private static final TableWidths.Measure CHARS = (text, bold, italic, size) -> text.length() * (bold ? 2f : 1f);

    private static TableWidths.Extent e(int col, int span, double min, double max) {
        return new TableWidths.Extent(col, span, min, max);
    }

    @Test
    void everyColumnGetsItsMinimumAndTheRestGoesByWhatEachStillNeeds() {
        // min 10+20+30 = 60, max 10+120+60 = 190; 40 spare shared 0 : 100 : 30.
        double[] w = TableWidths.distribute(3, List.of(e(0, 1, 10, 10), e(1, 1, 20, 120), e(2, 1, 30, 60)), 100);
        assertThat(w[0]).isCloseTo(10, within(1e-9));
        assertThat(w[1]).isCloseTo(20 + 40 * 100 / 130.0, within(1e-9));
        assertThat(w[2]).isCloseTo(30 + 40 * 30 / 130.0, within(1e-9));
    }

    @Test
    void whenAllFitUnwrappedTheSpareGoesByTheMaxima() {
        double[] w = TableWidths.distribute(2, List.of(e(0, 1, 10, 30), e(1, 1, 10, 70)), 200);
        assertThat(w[0]).isCloseTo(60, within(1e-9));
        assertThat(w[1]).isCloseTo(140, within(1e-9));
    }

    @Test
    void whenEvenTheMinimaDoNotFitTheyAreScaledDown() {
        double[] w = TableWidths.distribute(2, List.of(e(0, 1, 60, 80), e(1, 1, 140, 300)), 100);
        assertThat(w[0]).isCloseTo(30, within(1e-9));
        assertThat(w[1]).isCloseTo(70, within(1e-9));
    }

    @Test
    void aSpanningCellSpreadsWhatItsColumnsLackOverThemByTheirMaxima() {
        // Columns 1 and 2 have min 10 each, max 20 and 60; a cell over both needs min 60:
        // the 40 missing go 1 : 3, so minima 20 and 40. Maxima 20+60 = 80 already cover its 70.
        double[] w = TableWidths.distribute(3, List.of(e(0, 1, 10, 10), e(1, 1, 10, 20), e(2, 1, 10, 60),
                e(1, 2, 60, 70)), 70);
        assertThat(w).containsExactly(new double[]{10, 20, 40}, within(1e-9));
    }

    @Test
    void fixedWidthsKeepTheirShareButNeverFallBelowAColumnsMinimum() {
        double[] preferred = TableWidths.fixed(List.of(1.0, 3.0), 100);
        assertThat(preferred).containsExactly(new double[]{25, 75}, within(1e-9));
        assertThat(TableWidths.atLeastMinima(preferred, List.of(e(0, 1, 20, 20), e(1, 1, 30, 300)), 100))
                .containsExactly(new double[]{25, 75}, within(1e-9));
        // Column 0 needs 40: 15 more, taken from column 1 (which can spare 75 - 30).
        assertThat(TableWidths.atLeastMinima(preferred, List.of(e(0, 1, 40, 40), e(1, 1, 30, 300)), 100))
                .containsExactly(new double[]{40, 60}, within(1e-9));
    }

    @Test
    void cellsAreMeasuredByTheirWidestWordAndTheirLongestLine() {
        // "ab cd efgh": units "ab ", "cd ", "efgh"; min 4, max 2+1+2+1+4 = 10 (spaces measured too).
        Table t = Table.sizedByContent(2, List.of(), List.of(Row.of(Cell.of("ab cd efgh"),
                new Cell(List.of(Paragraph.of(Run.bold("xy")), Paragraph.of("z")), 1, 1, Align.LEFT, Cell.VAlign.TOP, null))),
                null, 0);
        double[] w = TableWidths.of(t, 16, Digits.ARABIC, 1000, CHARS).widths();
        // Everything fits: widths in proportion to the maxima 10 + PAD and 4 + PAD (bold "xy").
        double a = 10 + PAD, b = 4 + PAD;
        assertThat(w[0]).isCloseTo(1000 * a / (a + b), within(1e-6));
        assertThat(w[1]).isCloseTo(1000 * b / (a + b), within(1e-6));
        // Squeezed to the minima: 4 + PAD and 4 + PAD, then the spare by need (6 : 0).
        TableWidths.Columns squeezed = TableWidths.of(t, 16, Digits.ARABIC, 2 * (4 + PAD) + 3, CHARS);
        assertThat(squeezed.wordsFit()).isTrue();
        double[] narrow = squeezed.widths();
        assertThat(narrow[0]).isCloseTo(4 + PAD + 3, within(1e-6));
        assertThat(narrow[1]).isCloseTo(4 + PAD, within(1e-6));
        // Narrower than the two minima: scaled down, and the writers are told.
        TableWidths.Columns tooNarrow = TableWidths.of(t, 16, Digits.ARABIC, 2 * (4 + PAD) - 2, CHARS);
        assertThat(tooNarrow.wordsFit()).isFalse();
        assertThat(tooNarrow.widths()[0] + tooNarrow.widths()[1]).isCloseTo(2 * (4 + PAD) - 2, within(1e-6));
    }

    @Test
    void aShortDateAndAScoreRangeAreOneUnitAndThaiDigitsAreMeasuredAsSet() {
        Table t = Table.sizedByContent(1, List.of(), List.of(Row.of(Cell.of("1 ธ.ค. 68 – 30 มิ.ย. 69")),
                Row.of(Cell.of("95.00 - 100.00"))), null, 0);
        // Measured as set: Thai digits, each date end one piece, the score range one piece.
        List<String> seen = new java.util.ArrayList<>();
        TableWidths.of(t, 16, Digits.THAI, 500, (text, bold, italic, size) -> {
            seen.add(text);
            return text.length();
        });
        assertThat(seen).contains("๑\u00A0ธ.ค.\u00A0๖๘\u00A0–", "๓๐\u00A0มิ.ย.\u00A0๖๙", "๙๕.๐๐\u00A0-\u2060\u00A0๑๐๐.๐๐");
    }

    @Test
    void cellsAreMeasuredAtTheirParagraphsSizeOrTheTables() {
        List<Float> sizes = new java.util.ArrayList<>();
        Paragraph big = new Paragraph(List.of(Run.plain("x")), Align.LEFT, 0, 20);
        Table t = Table.sizedByContent(2, List.of(), List.of(Row.of(Cell.of("y"),
                new Cell(List.of(big), 1, 1, Align.LEFT, Cell.VAlign.TOP, null))), null, 14);
        TableWidths.of(t, 16, Digits.ARABIC, 500, (text, bold, italic, size) -> {
            sizes.add(size);
            return 1;
        });
        assertThat(sizes).containsExactly(14f, 20f);
    }
}
