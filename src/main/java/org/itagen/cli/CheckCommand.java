package org.itagen.cli;

import org.itagen.ItagenException;
import org.itagen.check.CheckOutput;
import org.itagen.check.CheckReport;
import org.itagen.check.Checker;
import org.itagen.check.GeneratedFiles;
import org.itagen.report.DocKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code itagen check}: what would cost O25/O28 points, before submission. */
@Command(name = "check", mixinStandardHelpOptions = true)
public class CheckCommand implements Callable<Integer> {
    enum Doc { o25, o28, all }

    @Option(names = "--scores", paramLabel = "FILE")
    Path scores;

    @Option(names = "--measures", paramLabel = "FILE")
    Path measures;

    @Option(names = "--generated", paramLabel = "DIR")
    Path generated;

    @Option(names = "--doc", paramLabel = "o25|o28|all", defaultValue = "all")
    Doc doc;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "listing.format")
    ListingFormat format;

    @Mixin
    ScoreInputOptions.OneAgency input;

    @Mixin
    WorkbookOption workbook;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (workbook.workbook != null) workbook.requireOneForm(scores, measures);
        if ((scores == null) != (measures == null)) {
            throw ItagenException.input(scores == null ? "--scores" : "--measures", org.itagen.Msg.of("error.CHECK_NEEDS_BOTH"));
        }
        if (scores == null && generated == null && workbook.workbook == null) {
            throw ItagenException.input("check", org.itagen.Msg.of("error.CHECK_NOTHING_GIVEN"));
        }
        Set<DocKind> docs = doc == Doc.all ? Set.of(DocKind.values()) : Set.of(DocKind.of(doc.name()));
        CheckReport report;
        if (workbook.workbook != null) {
            input.check();
            report = Checker.check(new Checker.Request(workbook.workbook, workbook.workbook,
                    workbook.scoresSheet(input.readOptions()), input.frameworks(), input.analysisOptions(), docs));
        } else if (scores != null) {
            input.check();
            report = Checker.check(new Checker.Request(scores, measures, input.readOptions(), input.frameworks(),
                    input.analysisOptions(), docs));
        } else {
            report = new CheckReport(null, docs, List.of());
        }
        if (generated != null) report = report.plus(GeneratedFiles.check(generated, docs));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == ListingFormat.json ? CheckOutput.json(report) : CheckOutput.text(report));
        out.flush();
        return report.errors() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
