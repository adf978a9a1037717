package org.itagen.render.pdf;

import org.itagen.doc.Block;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Metadata;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Table;
import org.itagen.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page flow (issue 11 §4) on constructed documents: filler pushes a heading, a caption and a
 * long table through every position near a page end. Oracle: pdftotext page by page.
 */
class PageFlowTest {
    private static final int ROWS = 40;

    @TempDir
    Path tmp;

    private static Document doc(int fillerLines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < fillerLines; i++) blocks.add(Paragraph.of("filler line " + i));
        blocks.add(Heading.of(2, "HEADX section"));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(Table.Row.of(Table.Cell.of(String.format(Locale.ROOT, "R%02dX", i)), Table.Cell.of("value")));
        }
        rows.add(Table.Row.of(Table.Cell.of("ITATOTAL").withShade("EEEEEE"), Table.Cell.of("90").withShade("EEEEEE")));
        rows.add(Table.Row.of(Table.Cell.of("BANDROW").withShade("EEEEEE"), Table.Cell.of("A").withShade("EEEEEE")));
        blocks.add(new Table(List.of(1.0, 1.0), List.of(Table.Row.of(Table.Cell.header("COLHEAD"), Table.Cell.header("score"))),
                rows, "CAPTIONX table of scores", 0));
        return new Document(Metadata.of("flow", "test", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4().withDigits(Digits.ARABIC).withPageNumbers(PageNumbers.none()), blocks);
    }

    private List<String> pages(Document d, String name) throws IOException {
        Path pdf = tmp.resolve(name + ".pdf");
        Files.write(pdf, PdfWriter.render(d));
        List<String> pages = new ArrayList<>(List.of(ExternalTools.pdfToText(pdf).split("\f")));
        if (!pages.isEmpty() && pages.getLast().isBlank()) pages.removeLast();
        return pages;
    }

    @Test
    void headingCaptionAndRowsFlowTogether() throws IOException {
        // About 30 body lines fit a page: shifting the filler by one line at a time puts the
        // heading, the caption and the header at the foot of page 1 in one of these runs.
        for (int filler = 22; filler <= 34; filler++) {
            List<String> pages = pages(doc(filler), "flow" + filler);
            for (int p = 0; p < pages.size(); p++) {
                String page = pages.get(p);
                String at = "filler " + filler + ", page " + (p + 1);
                // A heading or caption never ends a page: its first rows are on its page.
                if (page.contains("HEADX")) assertThat(page).as(at).contains("CAPTIONX", "COLHEAD", "R01X", "R02X");
                if (page.contains("CAPTIONX table of scores\n") || page.contains("CAPTIONX table of scores ")) {
                    assertThat(page).as(at).contains("COLHEAD");
                }
                int rowsHere = 0;
                for (int i = 1; i <= ROWS; i++) if (page.contains(String.format(Locale.ROOT, "R%02dX", i))) rowsHere++;
                if (rowsHere > 0 && !page.contains("HEADX")) {
                    // A continuation: the caption with "(ต่อ)" and the header repeated.
                    assertThat(page).as(at).contains("CAPTIONX table of scores (ต่อ)", "COLHEAD");
                }
                // No page starts or ends with a single row of the table.
                if (rowsHere > 0) assertThat(rowsHere).as(at).isGreaterThanOrEqualTo(2);
                // ITA and band rows stay with the table's last row.
                if (page.contains("ITATOTAL") || page.contains("BANDROW")) {
                    assertThat(page).as(at).contains("ITATOTAL", "BANDROW", "R40X");
                }
            }
        }
    }

    @Test
    void captionNeverLeavesAYearAloneOnItsLastLine() throws IOException {
        // Captions growing a word at a time: one of them wraps right before the year.
        List<Block> blocks = new ArrayList<>();
        int wrapped = 0;
        for (int k = 8; k <= 22; k++) {
            String cap = "Table " + k + " " + "scores ".repeat(k) + "2568";
            blocks.add(new Table(List.of(1.0), List.of(), List.of(Table.Row.of(Table.Cell.of("cell " + k))), cap, 0));
        }
        Document d = new Document(Metadata.of("captions", "test", LocalDate.of(2025, 10, 1)),
                PageSetup.thaiOfficialA4().withDigits(Digits.ARABIC).withPageNumbers(PageNumbers.none()), blocks);
        String text = String.join("\n", pages(d, "captions"));
        for (String line : text.split("\n")) {
            String l = line.replace('\u00A0', ' ').strip();
            assertThat(l).as("a line of its own").isNotEqualTo("2568");
            if (l.endsWith("2568") && !l.startsWith("Table")) wrapped++;
        }
        // Some captions did wrap, with the year on a line with a word before it.
        assertThat(wrapped).isPositive();
    }
    /**
     * Groups of rows joined by a row span (the comparison table's IIT/EIT/OIT, an indicator's
     * weak questions) used to move whole and chain with the next group, leaving a page two-thirds
     * empty (issue 11 §4). Now a group that would leave more than a third of the page empty is
     * cut between rows, its spanning label repeated under the continued header, and no page
     * holds a single row of the table. Oracle: pdftotext's page text and its last text line.
     */
    @Test
    void spannedGroupsAreCutBetweenRowsRatherThanLeaveAPageMostlyEmpty() throws IOException {
        for (int filler = 8; filler <= 16; filler += 4) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < filler; i++) blocks.add(Paragraph.of("filler line " + i));
            List<Table.Row> rows = new ArrayList<>();
            for (int g = 1; g <= 3; g++) {
                for (int r = 1; r <= 12; r++) {
                    Table.Cell value = Table.Cell.of(String.format(Locale.ROOT, "G%dR%02dX", g, r));
                    rows.add(r == 1 ? Table.Row.of(Table.Cell.of("GROUP" + g + "LABEL").span(1, 12), value) : Table.Row.of(value));
                }
            }
            blocks.add(new Table(List.of(1.0, 2.0), List.of(Table.Row.of(Table.Cell.header("COLHEAD"), Table.Cell.header("rows"))),
                    rows, "SPANCAP grouped rows", 0));
            blocks.add(Paragraph.of("AFTERTABLE"));
            Document d = new Document(Metadata.of("flow", "test", LocalDate.of(2025, 10, 1)),
                    PageSetup.thaiOfficialA4().withDigits(Digits.ARABIC).withPageNumbers(PageNumbers.none()), blocks);
            Path pdf = tmp.resolve("spans" + filler + ".pdf");
            Files.write(pdf, PdfWriter.render(d));
            List<String> pages = pages(d, "spans" + filler);
            java.util.Map<Integer, Double> bottom = new java.util.TreeMap<>();
            for (org.itagen.testing.PdfBoxes.Line l : org.itagen.testing.PdfBoxes.lines(pdf)) bottom.merge(l.page(), l.yMax(), Math::max);
            double usable = 842 - 2.5 * 72 / 2.54 - 2 * 72 / 2.54; // A4 less the template's top and bottom margins
            for (int p = 0; p < pages.size() - 1; p++) {
                String at = "filler " + filler + ", page " + (p + 1);
                assertThat(bottom.get(bottom.keySet().stream().toList().get(p))).as(at + " more than a third empty")
                        .isGreaterThan(842 - 2 * 72 / 2.54 - usable / 3);
                int rowsHere = 0;
                for (int g = 1; g <= 3; g++) for (int r = 1; r <= 12; r++) if (pages.get(p).contains(String.format(Locale.ROOT, "G%dR%02dX", g, r))) rowsHere++;
                assertThat(rowsHere).as(at + " single row").isNotEqualTo(1);
                // A continuation page says which group its rows belong to.
                for (int g = 1; g <= 3; g++) {
                    if (pages.get(p).contains(String.format(Locale.ROOT, "G%dR12X", g)) || pages.get(p).contains(String.format(Locale.ROOT, "G%dR06X", g))) {
                        assertThat(pages.get(p)).as(at).contains("GROUP" + g + "LABEL");
                    }
                }
            }
        }
    }
}
