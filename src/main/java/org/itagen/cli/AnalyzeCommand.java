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
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public class AnalyzeCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json, csv }

    @Option(names = "--scores", paramLabel = "FILE")
    Path scores;

    @Mixin
    ScoreInputOptions.OneAgency input;

    @Mixin
    WorkbookOption workbook;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
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
