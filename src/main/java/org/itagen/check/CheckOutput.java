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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agency", r.agency());
        m.put("docs", r.docs().stream().map(DocKind::code).toList());
        m.put("errors", r.errors());
        m.put("warnings", r.warnings());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("severity", f.severity().code());
            x.put("code", f.code().name());
            x.put("doc", f.doc() == null ? null : f.doc().code());
            x.put("where", f.where());
            x.put("message", f.message());
            x.put("why", f.why());
            list.add(x);
        }
        m.put("findings", list);
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
