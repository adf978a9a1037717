package org.itagen.cli;

import org.itagen.ItagenException;
import org.itagen.Msg;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --workbook ITA.xlsx}: the one workbook an officer fills (agency, scores and measures
 * sheets) in place of {@code --scores} + {@code --measures}; a picocli mixin so every command
 * names and documents it alike.
 */
class WorkbookOption {
    @Option(names = "--workbook", paramLabel = "FILE")
    Path workbook;

    /** The read options with the workbook's scores sheet ("คะแนน") chosen. */
    org.itagen.input.ReadOptions scoresSheet(org.itagen.input.ReadOptions read) {
        return new org.itagen.input.ReadOptions(read.agencyId(), org.itagen.input.workbook.WorkbookLayout.SCORES, read.encoding());
    }

    /** Either the workbook or both files: a mix is a usage error naming the option. */
    void requireOneForm(Path scores, Path measures) {
        if (workbook != null && (scores != null || measures != null)) {
            throw ItagenException.input("--workbook", Msg.of("error.WORKBOOK_WITH_FILES"));
        }
        if (workbook == null && (scores == null || measures == null)) {
            throw ItagenException.input(scores == null ? "--scores" : "--measures", Msg.of("error.WORKBOOK_OR_FILES"));
        }
    }
}
