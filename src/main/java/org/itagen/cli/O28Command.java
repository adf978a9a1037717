package org.itagen.cli;

import org.itagen.report.DocKind;
import picocli.CommandLine.Command;

/** {@code itagen o28}: what the measures achieved. */
@Command(name = "o28", mixinStandardHelpOptions = true)
public class O28Command extends ReportCommand {
    @Override
    DocKind kind() {
        return DocKind.O28;
    }
}
