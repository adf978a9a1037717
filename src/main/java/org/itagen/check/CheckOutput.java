package org.itagen.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.itagen.Messages;
import org.itagen.report.DocKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A check report as text for the officer or JSON for scripts, in the user's language (the words
 * are {@code check.*} in the message bundles); codes and JSON keys are the same in both.
 */
public final class CheckOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckOutput() {
    }

    /** Errors first, then warnings; each with where, what and why, and a one-line summary. */
    public static String text(CheckReport r) {
        StringBuilder sb = new StringBuilder();
        String docs = String.join(", ", r.docs().stream().map(DocKind::label).toList());
        sb.append(r.agency() == null ? Messages.text("check.title", docs) : Messages.text("check.title.agency", docs, r.agency()));
        sb.append('\n');
        // Grouped by code so that the reason is said once and the places listed under it.
        for (Severity s : Severity.values()) {
            Map<FindingCode, List<Finding>> byCode = new LinkedHashMap<>();
            for (Finding f : r.findings()) {
                if (f.severity() == s) byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f);
            }
            for (var e : byCode.entrySet()) {
                Finding first = e.getValue().getFirst();
                // The severity in the user's language, then the code as scripts see it.
                sb.append('\n').append(Messages.text("label." + s.code())).append(' ').append(e.getKey());
                if (first.doc() != null) sb.append(" [").append(first.doc().label()).append(']');
                sb.append('\n').append("  ").append(Messages.text("check.why", first.why())).append('\n');
                for (Finding f : e.getValue()) {
                    sb.append("  - ");
                    if (f.where() != null) sb.append(f.where()).append(": ");
                    sb.append(f.message()).append('\n');
                }
            }
        }
        sb.append('\n');
        if (r.findings().isEmpty()) {
            sb.append(Messages.text("check.none")).append('\n');
        } else {
            sb.append(Messages.text(r.errors() > 0 ? "check.summary.errors" : "check.summary",
                    String.valueOf(r.errors()), String.valueOf(r.warnings()))).append('\n');
        }
        return sb.toString();
    }

    public static String json(CheckReport r) {
        try {
            return JSON.writeValueAsString(document(r)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The check document of a report (schema check.schema.json), as an ordered map. */
    static Map<String, Object> document(CheckReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", org.itagen.Version.SCHEMA);
        m.put("itagen_version", org.itagen.Version.itagen());
        m.put("agency", r.agency());
        m.put("docs", r.docs().stream().map(DocKind::code).toList());
        m.put("errors", r.errors());
        m.put("warnings", r.warnings());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : r.findings()) list.add(finding(f));
        m.put("findings", list);
        return m;
    }

    // --- check --measures-dir: one line per agency, then the summary

    /**
     * One agency of a whole-file check as one JSON line: the check document plus its id, status,
     * measures file and, when it could not be checked, the error (as on stderr).
     */
    public static String jsonLine(CheckRun.AgencyCheck c, java.util.Set<DocKind> docs) {
        CheckReport r = c.report() != null ? c.report() : new CheckReport(null, docs, List.of());
        Map<String, Object> m = document(r);
        m.put("agency_id", c.agencyId());
        m.put("status", c.status().code());
        m.put("measures", c.measures() == null ? null : c.measures().toString());
        m.put("error", c.status() == CheckRun.Status.FAILED && c.problem() != null ? c.problem().body() : null);
        return line(m);
    }

    /** The last line of a whole-file check: the totals and the agencies that would score 0. */
    public static String jsonLine(CheckRun.Summary s, java.util.Set<DocKind> docs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", org.itagen.Version.SCHEMA);
        m.put("itagen_version", org.itagen.Version.itagen());
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("scores", s.scores());
        x.put("docs", new java.util.TreeSet<>(docs).stream().map(DocKind::code).toList());
        x.put("agencies", s.agencies().size());
        x.put("ok", s.ok().size());
        x.put("with_errors", s.withErrors().size());
        x.put("failed", s.failed().size());
        x.put("skipped", s.skipped().size());
        x.put("errors", s.errors());
        x.put("warnings", s.warnings());
        x.put("would_score_zero", s.wouldScoreZero());
        x.put("skipped_agencies", s.skipped());
        x.put("unclaimed_measures", s.unclaimed().stream().map(java.nio.file.Path::toString).toList());
        m.put("summary", x);
        return line(m);
    }

    /** One agency of a whole-file check for reading: a line with its counts, then each finding on one line. */
    public static String text(CheckRun.AgencyCheck c) {
        StringBuilder sb = new StringBuilder();
        String name = c.report() == null || c.report().agency() == null || c.report().agency().equals(c.agencyId())
                ? c.agencyId() : c.agencyId() + " " + c.report().agency();
        switch (c.status()) {
            case SKIPPED -> sb.append(Messages.text("check.run.skipped", name)).append('\n');
            case FAILED -> sb.append(Messages.text("check.run.failed", name)).append('\n')
                    .append("  ").append(c.problem().text()).append('\n');
            case OK, ERRORS -> {
                CheckReport r = c.report();
                sb.append(Messages.text("check.run.agency", name, String.valueOf(r.errors()), String.valueOf(r.warnings())))
                        .append('\n');
                for (Severity s : Severity.values()) {
                    for (Finding f : r.findings()) {
                        if (f.severity() != s) continue;
                        sb.append("  ").append(s.code()).append(' ').append(f.code());
                        if (f.doc() != null) sb.append(" [").append(f.doc().label()).append(']');
                        sb.append(": ");
                        if (f.where() != null) sb.append(f.where()).append(": ");
                        sb.append(f.message()).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The end of a whole-file check for reading: the totals, the agencies that would score 0, those skipped. */
    public static String text(CheckRun.Summary s) {
        StringBuilder sb = new StringBuilder("\n");
        sb.append(Messages.text("check.run.summary", String.valueOf(s.agencies().size()), s.scores(),
                String.valueOf(s.ok().size()), String.valueOf(s.withErrors().size()), String.valueOf(s.failed().size()),
                String.valueOf(s.skipped().size()))).append('\n');
        List<String> zero = s.wouldScoreZero();
        sb.append(zero.isEmpty() ? Messages.text("check.run.zero.none")
                : Messages.text("check.run.zero", String.valueOf(zero.size()), String.join(", ", zero))).append('\n');
        if (!s.skipped().isEmpty()) {
            sb.append(Messages.text("check.run.skipped.list", String.valueOf(s.skipped().size()), String.join(", ", s.skipped())))
                    .append('\n');
        }
        return sb.toString();
    }

    /** A finding as check --format json gives it (check.schema.json, $defs/finding); batch's summary uses the same. */
    public static Map<String, Object> finding(Finding f) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("severity", f.severity().code());
        x.put("code", f.code().name());
        x.put("doc", f.doc() == null ? null : f.doc().code());
        x.put("where", f.where());
        x.put("message", f.message());
        x.put("why", f.why());
        return x;
    }

    private static final ObjectMapper LINES = new ObjectMapper();

    private static String line(Map<String, Object> m) {
        try {
            return LINES.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
