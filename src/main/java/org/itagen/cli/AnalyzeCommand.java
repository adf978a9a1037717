package org.itagen.cli;

import org.itagen.analysis.Analysis;
import org.itagen.analysis.AnalysisCsv;
import org.itagen.analysis.AnalysisJson;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.analysis.AnalysisText;
import org.itagen.analysis.Analyzer;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.model.AgencyScores;
import org.itagen.model.FrameworkSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code itagen analyze}: reads scores, analyses one agency, prints text, JSON or CSV. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analyse one agency's ITA scores: per-indicator change between the last two fiscal years, "
                + "tool and ITA totals computed by the year's rules (declared totals checked), band, highest and "
                + "lowest, ranking, largest falls and the questions that scored below the threshold.",
        footer = {"", "Long CSV header (any order): agency_id, agency_name, fiscal_year, tool, indicator, item, part, score.",
                "Wide CSV: indicator,2567,2568 with rows 1-10 and IIT, EIT, OIT, ITA.",
                "XLSX: either layout, first sheet or --sheet.",
                "Exit codes: 0 ok; 2 bad option or bad input (one line on stderr: file:line, what, how to fix)."})
public class AnalyzeCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json, csv }

    @Option(names = "--scores", paramLabel = "FILE",
            description = "Score file: .csv (UTF-8 or windows-874) or .xlsx, long or wide layout.")
    Path scores;

    @Mixin
    ScoreInputOptions.OneAgency input;

    @Mixin
    WorkbookOption workbook;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReadOptions read = input.readOptions();
        AnalysisOptions options = input.analysisOptions();
        FrameworkSet frameworks = input.frameworks();
        if (workbook.workbook != null && scores != null) {
            throw org.itagen.ItagenException.input("--workbook", org.itagen.Msg.of("error.WORKBOOK_WITH_FILES"));
        }
        if (workbook.workbook == null && scores == null) {
            throw org.itagen.ItagenException.input("--scores", org.itagen.Msg.of("error.WORKBOOK_OR_FILES"));
        }
        AgencyScores agencyScores = workbook.workbook != null
                ? ScoreReader.read(workbook.workbook, workbook.scoresSheet(read))
                : ScoreReader.read(scores, read);
        Analysis analysis = Analyzer.analyze(agencyScores, frameworks, options);
        String out = switch (format) {
            case text -> AnalysisText.toText(analysis);
            case json -> AnalysisJson.toJson(analysis);
            case csv -> AnalysisCsv.toCsv(analysis);
        };
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
