package org.itagen.check;

import org.itagen.report.DocKind;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of a check.
 *
 * @param agency   the agency label, or null when only generated files were checked
 * @param docs     the documents checked, in kind order
 * @param findings in the order found
 */
public record CheckReport(String agency, Set<DocKind> docs, List<Finding> findings) {
    public CheckReport {
        docs = java.util.Collections.unmodifiableSet(new TreeSet<>(docs));
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    /** This report with more findings (the generated-files check adds its own). */
    public CheckReport plus(List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new CheckReport(agency, docs, all);
    }
}
