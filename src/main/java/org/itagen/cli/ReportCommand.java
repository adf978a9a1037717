package org.itagen.cli;

import org.itagen.ItagenException;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.analysis.Warning;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.model.AgencyScores;
import org.itagen.model.FrameworkSet;
import org.itagen.render.OutputFiles;
import org.itagen.report.ReportBuilder;
import org.itagen.report.ReportInput;
import org.itagen.report.Reports;
import org.itagen.report.Template;
import org.itagen.report.TemplateLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/** What {@code itagen o25} and {@code itagen o28} share: inputs, template, output. */
abstract class ReportCommand implements Callable<Integer> {
    /** Output formats; txt is the plain-text dump used for review and golden tests. */
    enum Format { pdf, docx, txt }

    @Option(names = "--scores", required = true, paramLabel = "FILE",
            description = "Score file: .csv (UTF-8 or windows-874) or .xlsx, long or wide layout.")
    Path scores;

    @Option(names = "--measures", required = true, paramLabel = "FILE",
            description = "The measures YAML (itagen init DIR writes an example).")
    Path measures;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Folder to write to (default: the current folder).")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", split = ",", defaultValue = "pdf,docx",
            description = "pdf, docx and/or txt, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Format> formats;

    @Option(names = "--template", paramLabel = "FILE",
            description = "An edited template (itagen templates export DIR writes the bundled ones).")
    Path template;

    @Option(names = "--digits", paramLabel = "thai|arabic", description = "Digits in the document (default: the template's, thai).")
    Digits digits;

    @Option(names = "--font", paramLabel = "FONT", description = "Font file (.ttf/.otf) or installed family name (default: the template's).")
    String font;

    @Option(names = "--docx-reference", paramLabel = "FILE",
            description = "Take the DOCX styles, page setup and letterhead from this DOCX (as pandoc's reference-doc).")
    Path docxReference;

    @Option(names = "--agency", paramLabel = "ID", description = "Agency id (agency_id column) when the scores file holds several.")
    String agency;

    @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet to read (default: the first).")
    String sheet;

    @Option(names = "--encoding", paramLabel = "ENC", description = "CSV encoding, e.g. UTF-8 or windows-874 (default: detect).")
    String encoding;

    @Option(names = "--framework", paramLabel = "FILE", description = "Framework YAML replacing the bundled one of its fiscal year.")
    Path framework;

    @Option(names = "--threshold", paramLabel = "N", defaultValue = "90",
            description = "Questions scoring below N are weak (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Spec
    CommandSpec spec;

    /** "o25" or "o28". */
    abstract String kind();

    @Override
    public Integer call() {
        // Read and check everything before writing anything, so a mistake leaves no output behind.
        Template t = template == null ? TemplateLoader.bundled(kind()) : TemplateLoader.load(template, kind());
        MeasurePlan plan = MeasuresReader.read(measures);
        ReadOptions read = new ReadOptions(agency, sheet, AnalyzeCommand.charset(encoding));
        FrameworkSet frameworks = framework == null ? FrameworkLoader.bundled() : FrameworkLoader.bundledWith(framework);
        // A file of many agencies needs no --agency when measures.yaml names the agency's id.
        var table = ScoreReader.readAll(scores, read);
        String pick = agency != null ? agency
                : table.agencies().size() > 1 ? plan.agency().id() : null;
        AgencyScores agencyScores = ScoreReader.select(table, pick);
        ReportInput input = Reports.prepare(kind(), agencyScores, frameworks,
                new AnalysisOptions(AnalyzeCommand.threshold(threshold)), plan);
        Document doc = ReportBuilder.build(input, t, new ReportBuilder.Overrides(digits, font));

        PrintWriter err = spec.commandLine().getErr();
        List<Warning> warnings = new ArrayList<>(input.analysis().warnings());
        if (input.after() != null) warnings.addAll(input.after().warnings());
        for (Warning w : new LinkedHashSet<>(warnings)) {
            err.println("warning: " + (w.where() == null ? "" : w.where() + ": ") + w.message());
        }
        err.flush();

        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw ItagenException.output(out.toString(), "--out must be a folder, not a file", null);
        }
        String id = ReportBuilder.agencyId(input);
        String name = id != null ? id : doc.metadata().author();
        PrintWriter o = spec.commandLine().getOut();
        boolean verbose = spec.root().userObject() instanceof ItagenCommand root && root.verbose;
        java.util.function.Consumer<String> log = verbose ? line -> {
            err.println(line);
            err.flush();
        } : line -> { };
        for (Format f : new LinkedHashSet<>(formats)) {
            byte[] bytes = DocumentFormats.render(doc, f.name(), docxReference, log);
            Path target = out.resolve(Reports.fileName(kind(), name, plan.planYear(), f.name()));
            OutputFiles.writeAtomically(target, bytes);
            o.println("wrote " + target);
        }
        o.flush();
        return ExitCodes.OK;
    }
}
