package org.itagen.cli;

import picocli.CommandLine.Command;

/** {@code itagen o28}: what the measures achieved. */
@Command(name = "o28", mixinStandardHelpOptions = true,
        description = {"Write the O28 document \"รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\":",
                "per measure what was done, a summary of results and the outcome, with score evidence when the",
                "scores file also has the year after the assessment."},
        footer = {"", "Example: itagen o28 --scores scores.csv --measures measures.yaml --out out",
                "Output: O28_<agency-id>_<plan-year>.pdf and .docx"})
public class O28Command extends ReportCommand {
    @Override
    String kind() {
        return "o28";
    }
}
