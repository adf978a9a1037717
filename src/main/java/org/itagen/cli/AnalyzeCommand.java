package org.itagen.cli;

import org.itagen.ItagenException;
import org.itagen.analysis.Analysis;
import org.itagen.analysis.AnalysisCsv;
import org.itagen.analysis.AnalysisJson;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.analysis.AnalysisText;
import org.itagen.analysis.Analyzer;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreReader;
import org.itagen.model.AgencyScores;
import org.itagen.model.FrameworkSet;
import org.itagen.thai.ThaiDigits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.math.BigDecimal;
import java.nio.charset.Charset;
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

    @Option(names = "--scores", required = true, paramLabel = "FILE",
            description = "Score file: .csv (UTF-8 or windows-874) or .xlsx, long or wide layout.")
    Path scores;

    @Option(names = "--agency", paramLabel = "ID", description = "Agency id (agency_id column) when the file holds several.")
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReadOptions read = new ReadOptions(agency, sheet, charset(encoding));
        AnalysisOptions options = new AnalysisOptions(threshold(threshold));
        FrameworkSet frameworks = framework == null ? FrameworkLoader.bundled() : FrameworkLoader.bundledWith(framework);
        AgencyScores agencyScores = ScoreReader.read(scores, read);
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

    static Charset charset(String name) {
        if (name == null) return null;
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw ItagenException.input("--encoding", "unknown encoding \"" + name + "\"; use UTF-8 or windows-874");
        }
    }

    static BigDecimal threshold(String raw) {
        String s = ThaiDigits.toArabic(raw).strip();
        try {
            BigDecimal v = new BigDecimal(s);
            if (v.signum() < 0 || v.compareTo(new BigDecimal(100)) > 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw ItagenException.input("--threshold", "\"" + raw + "\" is not a score from 0 to 100");
        }
    }
}
