package org.itagen.cli;

import picocli.CommandLine.Command;

/** Placeholder replaced by the analysis work (issue 2). */
@Command(name = "analyze", description = "Analyse ITA scores (to be built).")
public class AnalyzeCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("analyze is not built yet");
    }
}
