package org.itagen.cli;

import org.itagen.ItagenException;
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
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Generate O25 and/or O28 for every agency of a score file with an agency_id column,",
                "in parallel. Measures: one <agency_id>.yaml per agency in --measures-dir; agencies without",
                "one are skipped and listed (--missing-measures error makes them failures). One agency's",
                "failure is reported and the others go on. Writes summary.json and summary.csv to --out."},
        footer = {"", "Examples:",
                "  itagen batch --scores all.csv --measures-dir measures --out out",
                "  itagen batch --scores all.csv --measures-dir measures --out out --shard 3/8 --docs o25 --format pdf",
                "  itagen batch --scores all.csv --measures-dir measures --template o25=mine/o25.yaml --template o28=mine/o28.yaml",
                "", "--shard K/N takes the agencies whose CRC-32 of the UTF-8 agency id, modulo N, is K-1:",
                "shards 1/N ... N/N cover every agency exactly once, whatever the order of the file.",
                "", "Exit codes: 0 every agency ok or skipped; 1 some agencies failed; 2 usage or input error;",
                "3 output folder not writable."})
public class BatchCommand implements Callable<Integer> {
    @Option(names = "--scores", required = true, paramLabel = "FILE",
            description = "Long-layout score file with agency_id (CSV UTF-8 or windows-874, or XLSX).")
    Path scores;

    @Option(names = "--measures-dir", required = true, paramLabel = "DIR",
            description = "Folder with one measures file per agency: <agency_id>.yaml (or .yml).")
    Path measuresDir;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Output folder (default: the current folder).")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: the number of available cores).")
    Integer jobs;

    @Option(names = "--shard", paramLabel = "K/N", description = "Only shard K of N (for CI matrices), e.g. 2/8.")
    String shard;

    @Option(names = "--docs", paramLabel = "LIST", split = ",", defaultValue = "o25,o28",
            description = "o25 and/or o28 (default: ${DEFAULT-VALUE}).")
    List<DocKind> docs;

    @Option(names = "--missing-measures", paramLabel = "skip|error", defaultValue = "skip",
            description = "Agencies without a measures file: skip (listed, exit 0) or error (exit 1). Default: ${DEFAULT-VALUE}.")
    String missingMeasures;

    @Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto",
            description = "Progress on stderr: a bar on a terminal, lines in CI or pipes (default: ${DEFAULT-VALUE}).")
    Progress.Mode progress;

    @Option(names = "--template", paramLabel = "KIND=FILE",
            description = "An edited template for one document kind, e.g. --template o25=my/o25.yaml; "
                    + "repeat for o28 (default: the bundled templates).")
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
        if (workers < 1 || workers > 256) throw ItagenException.input("--jobs", jobs + " is not a number of workers from 1 to 256");
        Shard sh = shard == null ? Shard.ALL : Shard.parse(shard);
        BatchRunner.MissingMeasures missing = switch (missingMeasures.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "skip" -> BatchRunner.MissingMeasures.SKIP;
            case "error" -> BatchRunner.MissingMeasures.ERROR;
            default -> throw ItagenException.input("--missing-measures", "\"" + missingMeasures + "\" is not skip or error");
        };
        input.check();
        document.check(spec.commandLine().getErr());
        List<DocKind> kinds = List.copyOf(new LinkedHashSet<>(DocumentOptions.nonEmpty(docs, "--docs", DocKind.values())));
        // Everything shared is loaded and checked once, before any worker starts.
        Map<DocKind, Template> templates = new LinkedHashMap<>();
        Map<DocKind, Path> edited = templateFiles == null ? Map.of() : templateFiles;
        for (DocKind k : edited.keySet()) {
            if (!kinds.contains(k)) {
                throw ItagenException.input("--template", k + "=" + edited.get(k) + " is given but --docs does not include "
                        + k + "; add it to --docs or drop the template");
            }
        }
        for (DocKind k : kinds) {
            Path file = edited.get(k);
            templates.put(k, file == null ? TemplateLoader.bundled(k.code()) : TemplateLoader.load(file, k.code()));
        }
        Path reference = document.docxReference;
        if (reference != null && !Files.isRegularFile(reference)) {
            // Found per document otherwise: one line here instead of every agency failing alike.
            throw ItagenException.input(reference.toString(), "reference DOCX not found; check the path given to --docx-reference");
        }
        Generator generator = new Generator(new Generator.Settings(input.frameworks(), input.analysisOptions(), templates,
                document.overrides(), document.formats, document.docxReference, null));
        prepareOut();

        DocumentJob job = new DocumentJob(generator, out);
        PrintWriter err = spec.commandLine().getErr();
        BatchRunner runner = new BatchRunner(new BatchRunner.Options(scores,
                input.readOptions(), measuresDir, workers, sh, missing),
                job, Progress.of(progress, err))
                // File names as the documents get them, compared as a case-blind file system would.
                .fileKey(id -> Reports.fileName(DocKind.O25, id, 0, org.itagen.report.OutputFormat.PDF).toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT))
                .firstAgencyCheck((rows, measures) -> job.checkTemplates(rows, measures, templates.values()));
        BatchSummary summary = runner.run();
        List<Path> written = summary.write(out);

        PrintWriter o = spec.commandLine().getOut();
        o.print(summary.table());
        o.println("summary: " + written.get(0) + ", " + written.get(1));
        o.flush();
        return summary.anyFailed() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

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
