package org.itagen.cli;

import org.itagen.analysis.Warning;
import org.itagen.check.CheckReport;
import org.itagen.check.Checker;
import org.itagen.input.MeasurePlan;
import org.itagen.input.SameAgency;
import org.itagen.input.ScoreReader;
import org.itagen.input.workbook.WorkbookReader;
import org.itagen.model.AgencyScores;
import org.itagen.model.FrameworkSet;
import org.itagen.render.OutputFiles;
import org.itagen.report.DocKind;
import org.itagen.report.Generator;
import org.itagen.report.Template;
import org.itagen.report.TemplateLoader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** What {@code itagen o25} and {@code itagen o28} share: inputs, template, output. */
abstract class ReportCommand implements Callable<Integer> {
    @Option(names = "--scores", paramLabel = "FILE")
    Path scores;

    @Option(names = "--measures", paramLabel = "FILE")
    Path measures;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
    Path out;

    @Option(names = "--template", paramLabel = "FILE")
    Path template;

    @Mixin
    WorkbookOption workbook;

    @Mixin
    DocumentOptions document;

    @Mixin
    ScoreInputOptions.OneAgency input;

    @Spec
    CommandSpec spec;

    abstract DocKind kind();

    @Override
    public Integer call() {
        workbook.requireOneForm(scores, measures);
        input.check();
        Diagnostics diagnostics = Diagnostics.of(spec);
        document.check(diagnostics);
        // Read and check everything before writing anything, so a mistake leaves no output behind.
        // Where YAML's rules likely ate the officer's text (issue 13 §3): warned with file:line, the documents still made.
        java.util.function.Consumer<org.itagen.input.Problem> lost = p -> diagnostics.print(
                org.itagen.Diagnostic.warning(p.code(), p.message().text(), p.where()));
        Template t = template == null ? TemplateLoader.bundled(kind().code()) : TemplateLoader.load(template, kind().code(), lost);
        MeasurePlan plan;
        if (workbook.workbook != null) {
            plan = WorkbookReader.plan(workbook.workbook);
        } else {
            org.itagen.input.MeasuresDraft draft = org.itagen.input.MeasuresParser.parse(measures);
            plan = draft.plan();
            draft.problems().stream().filter(p -> !p.isError()).forEach(lost);
        }
        FrameworkSet frameworks = input.frameworks();
        // A file of many agencies needs no --agency when measures.yaml names the agency's id; only
        // that agency's rows are read, so another agency's broken row does not stop this one.
        AgencyScores agencyScores = workbook.workbook != null
                ? WorkbookReader.scores(workbook.workbook, input.readOptions(), plan.agency().id())
                : ScoreReader.read(scores, input.readOptions(), plan.agency().id());
        SameAgency.require(plan.agency().id(), plan.where("agency"), agencyScores);

        PrintWriter err = spec.commandLine().getErr();
        boolean verbose = spec.root().userObject() instanceof ItagenCommand root && root.verbose;
        Consumer<String> log = verbose ? line -> {
            err.println(line);
            err.flush();
        } : line -> { };
        Generator generator = new Generator(new Generator.Settings(frameworks, input.analysisOptions(),
                Map.of(kind(), t), document.overrides(),
                document.formats, document.docxReference, log, document.docxLetterhead), true);
        Generator.Prepared prepared = generator.prepare(agencyScores, plan);

        for (Warning w : prepared.warnings()) {
            diagnostics.print(org.itagen.Diagnostic.warning(w.code().name(), w.message(), w.where()));
        }
        // The generator's notices are UNSHOWABLE_CHARACTER warnings (characters the PDF cannot show).
        for (String notice : prepared.notices()) {
            diagnostics.print(org.itagen.Diagnostic.warning(org.itagen.RunWarning.UNSHOWABLE_CHARACTER.name(), notice, null));
        }
        // The rules of check on what was made (issue 10 §4): the draft is written all the same,
        // with one line per reason it would score 0, unless --strict asks for nothing then.
        CheckReport report = Checker.made(agencyScores, workbook.workbook != null ? workbook.workbook : measures,
                frameworks, input.analysisOptions(), java.util.Set.of(kind()));
        if (zero(diagnostics, Checker.wouldScoreZero(report, List.of(kind())), kind().label(), document.strict)) {
            return ExitCodes.FINDINGS;
        }
        PrintWriter o = spec.commandLine().getOut();
        OutputFiles.cleanStale(out); // what a run killed here left behind
        prepared.write(out, document.force, target -> o.println(org.itagen.Msg.of("output.WROTE", target).text()),
                OutputFiles.Io.DEFAULT);
        o.flush();
        return ExitCodes.OK;
    }

    /**
     * Prints each reason the documents would score 0 (a warning, or an error under --strict) and
     * the line that sums them up; true when --strict must stop the run before anything is written.
     */
    static boolean zero(Diagnostics diagnostics, List<Checker.Zero> zero, String items, boolean strict) {
        if (zero.isEmpty()) return false;
        for (Checker.Zero z : zero) {
            String code = z.finding().code().name();
            String where = z.finding().where();
            diagnostics.print(strict ? org.itagen.Diagnostic.error(code, z.message(), where)
                    : org.itagen.Diagnostic.warning(code, z.message(), where));
        }
        String n = String.valueOf(zero.size());
        diagnostics.print(strict
                ? org.itagen.Diagnostic.error("STRICT_FINDINGS", org.itagen.Msg.of("error.STRICT_FINDINGS", items, n).text(), null)
                : org.itagen.RunWarning.WOULD_SCORE_ZERO.at(null, items, n));
        return strict;
    }
}
