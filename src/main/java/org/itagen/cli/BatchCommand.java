package org.itagen.cli;

import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.batch.AgencyResult;
import org.itagen.batch.Layout;
import org.itagen.batch.BatchRunner;
import org.itagen.batch.BatchSummary;
import org.itagen.batch.DocumentJob;
import org.itagen.batch.Progress;
import org.itagen.batch.Shard;
import org.itagen.Msg;
import org.itagen.render.OutputFiles;
import org.itagen.report.DocKind;
import org.itagen.report.Generator;
import org.itagen.report.Reports;
import org.itagen.report.Template;
import org.itagen.report.TemplateLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code itagen batch}: O25/O28 for every agency of a national score file, in parallel. */
@Command(name = "batch", mixinStandardHelpOptions = true)
public class BatchCommand implements Callable<Integer> {
    @Option(names = "--scores", paramLabel = "FILE")
    Path scores;

    @Option(names = "--measures-dir", paramLabel = "DIR")
    Path measuresDir;

    @Option(names = "--workbooks", paramLabel = "DIR")
    Path workbooks;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
    Path out;

    @Option(names = "--jobs", paramLabel = "N")
    Integer jobs;

    @Option(names = "--shard", paramLabel = "K/N")
    String shard;

    @Option(names = "--docs", paramLabel = "LIST", split = ",", defaultValue = "o25,o28")
    List<DocKind> docs;

    @Option(names = "--missing-measures", paramLabel = "skip|error", defaultValue = "skip")
    String missingMeasures;

    @Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto")
    Progress.Mode progress;

    @Option(names = "--layout", paramLabel = "flat|per-agency", defaultValue = "flat")
    String layout;

    @Option(names = "--template", paramLabel = "KIND=FILE")
    Map<DocKind, Path> templateFiles;

    @Mixin
    DocumentOptions document;

    @Mixin
    ScoreInputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1 || workers > 256) throw ItagenException.input("--jobs", org.itagen.Msg.of("error.JOBS_RANGE", String.valueOf(jobs)));
        Shard sh = shard == null ? Shard.ALL : Shard.parse(shard);
        BatchRunner.MissingMeasures missing = switch (missingMeasures.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "skip" -> BatchRunner.MissingMeasures.SKIP;
            case "error" -> BatchRunner.MissingMeasures.ERROR;
            default -> throw ItagenException.input(null, org.itagen.Msg.of("error.INVALID_CHOICE", "--missing-measures", missingMeasures, "skip, error"));
        };
        if (workbooks != null) {
            String other = scores != null ? "--scores" : measuresDir != null ? "--measures-dir" : null;
            if (other != null) throw ItagenException.input(other, Msg.of("error.WORKBOOKS_EXCLUSIVE", other));
        } else if (scores == null || measuresDir == null) {
            throw ItagenException.input(scores == null ? "--scores" : "--measures-dir", Msg.of("error.WORKBOOKS_OR_FILES"));
        }
        // Listed before anything is written: a wrong folder is one line and exit 2.
        List<Path> books = workbooks == null ? null : org.itagen.input.workbook.WorkbookFolder.list(workbooks);
        Layout lay = Layout.of(layout);
        if (lay == null) throw ItagenException.input(null, Msg.of("error.INVALID_CHOICE", "--layout", layout, "flat, per-agency"));
        input.check();
        Diagnostics diagnostics = Diagnostics.of(spec);
        document.check(diagnostics);
        List<DocKind> kinds = List.copyOf(new LinkedHashSet<>(DocumentOptions.nonEmpty(docs, "--docs", DocKind.values())));
        // Everything shared is loaded and checked once, before any worker starts.
        Map<DocKind, Template> templates = new LinkedHashMap<>();
        Map<DocKind, Path> edited = templateFiles == null ? Map.of() : templateFiles;
        for (DocKind k : edited.keySet()) {
            if (!kinds.contains(k)) {
                throw ItagenException.input("--template", org.itagen.Msg.of("error.TEMPLATE_KIND_NOT_IN_DOCS", k, edited.get(k)));
            }
        }
        for (DocKind k : kinds) {
            Path file = edited.get(k);
            templates.put(k, file == null ? TemplateLoader.bundled(k.code()) : TemplateLoader.load(file, k.code(),
                    p -> diagnostics.print(org.itagen.Diagnostic.warning(p.code(), p.message().text(), p.where()))));
        }
        Path reference = document.docxReference;
        if (reference != null && !Files.isRegularFile(reference)) {
            // Found per document otherwise: one line here instead of every agency failing alike.
            throw ItagenException.input(reference.toString(), org.itagen.Msg.of("error.DOCX_REFERENCE_NOT_FOUND"));
        }
        Generator generator = new Generator(new Generator.Settings(input.frameworks(), input.analysisOptions(), templates,
                document.overrides(), document.formats, document.docxReference, null, document.docxLetterhead));
        prepareOut();

        DocumentJob job = new DocumentJob(generator, out, lay, document.strict).force(document.force);
        PrintWriter err = spec.commandLine().getErr();
        BatchSummary summary = books != null ? workbooks(books, job, workers, sh, err, diagnostics, templates) : national(job, workers, sh, missing, err, diagnostics, templates);
        List<Path> written = summary.write(out);

        PrintWriter o = spec.commandLine().getOut();
        if (diagnostics.json()) {
            o.print(summary.json()); // the same document as summary.json, for a pipe
        } else {
            o.print(summary.table());
            skipped(o, summary);
            o.println(Messages.text("batch.table.summary_files", written.get(0), written.get(1)));
        }
        o.flush();
        // needs_fix (a document would score 0) fails the run only under --strict: without it the drafts are written.
        return summary.anyFailed() || document.strict && summary.anyNeedsFix() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Every agency of a national scores file, each with its measures file from --measures-dir. */
    private BatchSummary national(DocumentJob job, int workers, Shard sh, BatchRunner.MissingMeasures missing, PrintWriter err,
                                  Diagnostics diagnostics, Map<DocKind, Template> templates) {
        BatchRunner runner = new BatchRunner(new BatchRunner.Options(scores,
                input.readOptions(), measuresDir, workers, sh, missing),
                job, Progress.of(progress, err, diagnostics.json()))
                // File names as the documents get them, compared as a case-blind file system would.
                .fileKey(id -> Reports.fileName(DocKind.O25, id, 0, org.itagen.report.OutputFormat.PDF).toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT))
                .firstAgencyCheck((rows, measures) -> job.checkTemplates(rows, measures, templates.values()));
        return runner.run();
    }

    /** Every workbook of --workbooks, one agency each (issue 13 §1, issue 15 §2). */
    private BatchSummary workbooks(List<Path> books, DocumentJob job, int workers, Shard sh, PrintWriter err, Diagnostics diagnostics,
                                   Map<DocKind, Template> templates) {
        org.itagen.input.ReadOptions read = input.readOptions();
        return org.itagen.batch.WorkbookBatch.run(books, workbooks.toString(), workers, sh,
                (wb, ctx) -> job.runWorkbook(wb, read, ctx), Progress.of(progress, err, diagnostics.json()),
                wb -> job.checkTemplates(wb, read, templates.values()));
    }

    /** Names the agencies skipped for want of a measures file (the first ones; summary.csv has all). */
    private static void skipped(PrintWriter o, BatchSummary summary) {
        List<String> ids = summary.agencies().stream().filter(a -> a.status() == AgencyResult.Status.SKIPPED)
                .map(AgencyResult::agencyId).toList();
        if (ids.isEmpty()) return;
        String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), LISTED_SKIPPED)));
        if (ids.size() > LISTED_SKIPPED) {
            shown = Messages.text("batch.skipped.more", shown, String.valueOf(ids.size() - LISTED_SKIPPED));
        }
        o.println();
        o.println(Messages.text("batch.skipped.list", shown));
    }

    /** Skipped agencies named on the terminal; summary.csv lists them all. */
    static final int LISTED_SKIPPED = 20;

    private void prepareOut() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw ItagenException.output(out.toString(), Msg.of("error.OUTPUT_NOT_FOLDER"), null);
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw ItagenException.output(out.toString(), Msg.of("error.OUTPUT_WRITE_FAILED",
                    e.getClass().getSimpleName() + ": " + e.getMessage()), e);
        }
        if (!Files.isWritable(out)) {
            throw ItagenException.output(out.toString(), Msg.of("error.OUTPUT_FOLDER_NOT_WRITABLE"), null);
        }
        OutputFiles.cleanStale(out); // what a run killed here (kill -9, power cut) left behind
    }
}
