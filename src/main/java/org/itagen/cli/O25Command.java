package org.itagen.cli;

import org.itagen.report.DocKind;
import picocli.CommandLine.Command;

/** {@code itagen o25}: the analysis of last year's results and this year's measures. */
@Command(name = "o25", mixinStandardHelpOptions = true,
        description = "Write the O25 document (การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร) as PDF and DOCX: last year's results analysed across all 10 indicators, and the measures planned.",
        footer = {"", "Example: itagen o25 --scores scores.csv --measures measures.yaml --out out",
                "Output: O25_<agency-id>_<plan-year>.pdf and .docx"})
public class O25Command extends ReportCommand {
    @Override
    DocKind kind() {
        return DocKind.O25;
    }
}
