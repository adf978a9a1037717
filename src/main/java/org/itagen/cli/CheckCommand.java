package org.itagen.cli;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.RunWarning;
import org.itagen.check.CheckOutput;
import org.itagen.check.CheckRun;
import org.itagen.input.MeasuresSource;
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
import java.nio.file.Files;
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

    @Option(names = "--measures-dir", paramLabel = "DIR")
    Path measuresDir;

    @Option(names = "--workbooks", paramLabel = "DIR")
    Path workbooks;

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
        if (workbooks != null) return wholeWorkbooks(doc == Doc.all ? Set.of(DocKind.values()) : Set.of(DocKind.of(doc.name())));
        if (measuresDir != null) {
            return whole(MeasuresSource.dir(measuresDir), doc == Doc.all ? Set.of(DocKind.values()) : Set.of(DocKind.of(doc.name())));
        }
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

    /**
     * Every agency of the scores file, each with its measures from {@code source}: one block (text)
     * or line (JSON) per agency as it is checked, then the summary; exit 1 when any would score 0.
     */
    private int whole(MeasuresSource source, Set<DocKind> docs) {
        if (scores == null) throw ItagenException.input("--measures-dir", Msg.of("error.CHECK_DIR_NEEDS_SCORES"));
        String other = measures != null ? "--measures" : input.agency() != null ? "--agency" : generated != null ? "--generated"
                : workbook.workbook != null ? "--workbook" : null;
        if (other != null) throw ItagenException.input(other, Msg.of("error.CHECK_DIR_EXCLUSIVE", other));
        if (!Files.isDirectory(measuresDir)) throw ItagenException.input(measuresDir.toString(), Msg.of("error.MEASURES_DIR_NOT_FOLDER"));
        input.check();
        PrintWriter out = spec.commandLine().getOut();
        boolean json = format == ListingFormat.json;
        CheckRun.Summary summary = CheckRun.run(new CheckRun.Options(scores, input.readOptions(), source, input.frameworks(),
                input.analysisOptions(), docs), c -> {
            out.print(json ? CheckOutput.jsonLine(c, docs) : CheckOutput.text(c));
            out.flush();
        });
        Diagnostics diagnostics = Diagnostics.of(spec);
        for (Path p : summary.unclaimed()) {
            String file = p.getFileName().toString();
            diagnostics.print(RunWarning.MEASURES_WITHOUT_SCORES.at(p.toString(), file.substring(0, file.lastIndexOf('.'))));
        }
        out.print(json ? CheckOutput.jsonLine(summary, docs) : CheckOutput.text(summary));
        out.flush();
        return summary.wouldScoreZero().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /**
     * {@code --workbooks DIR}: one filled ITA.xlsx per agency; per-agency lines, the summary and
     * the exit code as with --measures-dir (issue 15 §2).
     */
    private int wholeWorkbooks(Set<DocKind> docs) {
        String other = scores != null ? "--scores" : measures != null ? "--measures" : measuresDir != null ? "--measures-dir"
                : input.agency() != null ? "--agency" : generated != null ? "--generated" : workbook.workbook != null ? "--workbook" : null;
        if (other != null) throw ItagenException.input(other, Msg.of("error.WORKBOOKS_EXCLUSIVE", other));
        List<Path> books = org.itagen.input.workbook.WorkbookFolder.list(workbooks);
        input.check();
        PrintWriter out = spec.commandLine().getOut();
        boolean json = format == ListingFormat.json;
        CheckRun.Summary summary = CheckRun.runWorkbooks(books, workbooks.toString(), input.readOptions(), input.frameworks(),
                input.analysisOptions(), docs, c -> {
                    out.print(json ? CheckOutput.jsonLine(c, docs) : CheckOutput.text(c));
                    out.flush();
                });
        out.print(json ? CheckOutput.jsonLine(summary, docs) : CheckOutput.text(summary));
        out.flush();
        return summary.wouldScoreZero().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
