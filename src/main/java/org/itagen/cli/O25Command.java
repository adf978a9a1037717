package org.itagen.cli;

import org.itagen.report.DocKind;
import picocli.CommandLine.Command;

/** {@code itagen o25}: the analysis of last year's results and this year's measures. */
@Command(name = "o25", mixinStandardHelpOptions = true)
public class O25Command extends ReportCommand {
    @Override
    DocKind kind() {
        return DocKind.O25;
    }
}
