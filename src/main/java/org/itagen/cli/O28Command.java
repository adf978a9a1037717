package org.itagen.cli;

import org.itagen.report.DocKind;
import picocli.CommandLine.Command;

/** {@code itagen o28}: what the measures achieved. */
@Command(name = "o28", mixinStandardHelpOptions = true,
        description = "Write the O28 report on what the measures achieved (รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) as PDF and DOCX, with score evidence when the scores have the year after the assessment.",
        footer = {"", "Example: itagen o28 --scores scores.csv --measures measures.yaml --out out",
                "Output: O28_<agency-id>_<plan-year>.pdf and .docx"})
public class O28Command extends ReportCommand {
    @Override
    DocKind kind() {
        return DocKind.O28;
    }
}
