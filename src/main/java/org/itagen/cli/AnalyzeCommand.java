package org.itagen.cli;

import org.itagen.Diagnostic;
import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.analysis.Analysis;
import org.itagen.analysis.AnalysisCsv;
import org.itagen.analysis.AnalysisJson;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.analysis.AnalysisText;
import org.itagen.analysis.Analyzer;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.input.ScoreStream;
import org.itagen.model.AgencyScores;
import org.itagen.model.FrameworkSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code itagen analyze}: reads scores, analyses one agency (or, without --agency, every agency of
 * a many-agency file), prints text, JSON or CSV.
 */
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
        if (workbook.workbook == null && read.agencyId() == null) {
            ScoreStream.Index index = manyAgencies(read);
            if (index != null) return every(index, read, frameworks, options);
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

    /** The index of a long file with more than one agency; null for any other file (read as one agency). */
    private ScoreStream.Index manyAgencies(ReadOptions read) {
        try {
            ScoreStream.Index index = ScoreStream.index(scores, read);
            return index.agencyIds().size() > 1 ? index : null;
        } catch (ItagenException e) {
            return null; // wide layout, no agency_id column, or unreadable: the one-agency reader says what is wrong
        }
    }

    /**
     * Every agency, in file order, each from its own rows: an agency that cannot be analysed is one
     * error line on stderr naming it, and the others are printed all the same (exit 1).
     */
    private int every(ScoreStream.Index index, ReadOptions read, FrameworkSet frameworks, AnalysisOptions options) {
        PrintWriter out = spec.commandLine().getOut();
        Diagnostics diagnostics = Diagnostics.of(spec);
        AnalysisCsv.Table csv = format == Format.csv ? new AnalysisCsv.Table() : null;
        int[] failed = {0};
        boolean[] first = {true};
        ScoreStream.forEachAgency(scores, read, index, rows -> {
            Analysis a;
            try {
                if (rows.agencyId().isEmpty()) throw ItagenException.input(rows.where(), Msg.of("error.ROWS_WITHOUT_AGENCY_ID"));
                a = Analyzer.analyze(rows.parse(), frameworks, options);
            } catch (ItagenException e) {
                failed[0]++;
                diagnostics.print(Diagnostic.of(e, rows.agencyId()));
                return;
            }
            switch (format) {
                case text -> out.print((first[0] ? "" : "\n") + AnalysisText.toText(a));
                case json -> out.print(AnalysisJson.toJsonLine(a));
                case csv -> csv.add(a);
            }
            first[0] = false;
            out.flush();
        });
        if (csv != null) out.print(csv.toCsv());
        out.flush();
        return failed[0] > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
