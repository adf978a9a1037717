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
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check, before submitting to ITAS, what would cost O25 or O28 its points: indicators",
                "without analysis or measure, weak questions without measure, measures missing a component,",
                "periods outside the plan year, O28 measures without result or outcome, declared totals or",
                "bands that contradict the computed ones, scores out of range. Each finding says where",
                "(file:line) and why. --generated DIR also checks written documents (PDF present, fonts",
                "embedded, text extractable)."},
        footer = {"", "Examples:",
                "  itagen check --scores scores.csv --measures measures.yaml",
                "  itagen check --scores scores.csv --measures measures.yaml --doc o28 --format json",
                "  itagen check --generated out",
                "", "Exit codes: 0 no errors (warnings allowed); 1 errors found; 2 inputs cannot be read."})
public class CheckCommand implements Callable<Integer> {
    enum Doc { o25, o28, all }

    @Option(names = "--scores", paramLabel = "FILE", description = "Score file (.csv or .xlsx), as for o25/o28.")
    Path scores;

    @Option(names = "--measures", paramLabel = "FILE", description = "The measures YAML.")
    Path measures;

    @Option(names = "--generated", paramLabel = "DIR", description = "Also check the documents written to DIR.")
    Path generated;

    @Option(names = "--doc", paramLabel = "o25|o28|all", defaultValue = "all",
            description = "Which document to check for (default: ${DEFAULT-VALUE}).")
    Doc doc;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for reading, json for scripts (default: ${DEFAULT-VALUE}).")
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
            throw ItagenException.input(scores == null ? "--scores" : "--measures",
                    "check needs both --scores and --measures (or only --generated DIR)");
        }
        if (scores == null && generated == null && workbook.workbook == null) {
            throw ItagenException.input("check", "give --scores FILE --measures FILE, or --generated DIR, or both");
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
