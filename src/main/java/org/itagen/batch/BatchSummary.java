package org.itagen.batch;

import org.itagen.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.itagen.render.OutputFiles;
import org.itagen.thai.DisplayWidth;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a batch: one row per agency, in file order.
 *
 * @param source the scores file name
 * @param millis wall time of the run
 */
public record BatchSummary(String source, Shard shard, List<AgencyResult> agencies, long millis) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Failures listed in the terminal table; summary.csv has them all. */
    static final int LISTED_FAILURES = 20;

    public BatchSummary {
        agencies = List.copyOf(agencies);
    }

    public long count(AgencyResult.Status s) {
        return agencies.stream().filter(a -> a.status() == s).count();
    }

    public long files() {
        return agencies.stream().mapToLong(a -> a.files().size()).sum();
    }

    public boolean anyFailed() {
        return count(AgencyResult.Status.FAILED) > 0;
    }

    /** Writes summary.json and summary.csv into {@code dir}; returns their paths. */
    public List<Path> write(Path dir) {
        Path json = dir.resolve("summary.json");
        Path csv = dir.resolve("summary.csv");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(json, json().getBytes(StandardCharsets.UTF_8));
        files.put(csv, csv().getBytes(StandardCharsets.UTF_8));
        OutputFiles.writeAll(files, p -> { }); // both or neither: they must tell the same run
        return List.of(json, csv);
    }

    public String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", org.itagen.Version.SCHEMA);
        m.put("itagen_version", org.itagen.Version.itagen());
        m.put("scores", source);
        m.put("shard", shard.toString());
        m.put("agencies", agencies.size());
        m.put("ok", count(AgencyResult.Status.OK));
        m.put("needs_fix", count(AgencyResult.Status.NEEDS_FIX));
        m.put("failed", count(AgencyResult.Status.FAILED));
        m.put("skipped", count(AgencyResult.Status.SKIPPED));
        m.put("files_written", files());
        m.put("seconds", millis / 1000.0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AgencyResult a : agencies) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("agency_id", a.agencyId());
            r.put("agency_name", a.name());
            r.put("status", a.status().code());
            r.put("band", a.band());
            r.put("files_written", a.files().size());
            r.put("files", a.files());
            r.put("errors", a.errors());
            r.put("error", a.status() == AgencyResult.Status.OK || a.problem() == null ? null : a.problem().body());
            r.put("findings", a.findings().stream().map(z -> org.itagen.check.CheckOutput.finding(z.finding())).toList());
            if (!a.warnings().isEmpty()) r.put("warnings", a.warnings());
            rows.add(r);
        }
        m.put("results", rows);
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Agencies whose documents would score 0 (written as drafts, or not at all with --strict). */
    public boolean anyNeedsFix() {
        return count(AgencyResult.Status.NEEDS_FIX) > 0;
    }

    /**
     * UTF-8 with a BOM so that Excel on Windows shows the Thai names. Cells that a spreadsheet
     * would run as a formula are neutralised ({@link #cell}).
     */
    public String csv() {
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            p.printRecord("agency_id", "agency_name", "status", "band", "files_written", "errors");
            for (AgencyResult a : agencies) {
                p.printRecord(cell(a.agencyId()), cell(a.name()), a.status().code(),
                        cell(a.band()), a.files().size(), cell(String.join(" | ", a.errors())));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /**
     * A text cell that Excel or LibreOffice shows as text, never runs: a value starting with
     * = + - @, a tab or a carriage return (or their full-width forms) gets a leading apostrophe,
     * as OWASP advises against CSV injection. Agency ids, names and error lines come from input
     * files that anyone may have written.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) return "";
        char c = value.charAt(0);
        boolean formula = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(c) >= 0;
        return formula ? "'" + value : value;
    }

    /** The terminal table: totals, bands, and the first failures. */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{shard.n() > 1 ? Messages.text("batch.table.agencies_shard", shard.toString()) : Messages.text("batch.table.agencies"), String.valueOf(agencies.size())});
        rows.add(new String[]{Messages.text("batch.table.ok"), String.valueOf(count(AgencyResult.Status.OK))});
        if (anyNeedsFix()) rows.add(new String[]{Messages.text("batch.table.needs_fix"), String.valueOf(count(AgencyResult.Status.NEEDS_FIX))});
        rows.add(new String[]{Messages.text("batch.table.failed"), String.valueOf(count(AgencyResult.Status.FAILED))});
        rows.add(new String[]{Messages.text("batch.table.skipped"), String.valueOf(count(AgencyResult.Status.SKIPPED))});
        rows.add(new String[]{Messages.text("batch.table.files"), String.valueOf(files())});
        long warned = agencies.stream().filter(a -> !a.warnings().isEmpty()).count();
        if (warned > 0) rows.add(new String[]{Messages.text("batch.table.warned"), String.valueOf(warned)});
        double s = millis / 1000.0;
        rows.add(new String[]{Messages.text("batch.table.wall"), String.format(java.util.Locale.ROOT, "%.1f s", s)});
        rows.add(new String[]{Messages.text("batch.table.rate"), s > 0 ? String.format(java.util.Locale.ROOT, "%.1f", files() / s) : "-"});
        Map<String, Long> bands = new TreeMap<>();
        for (AgencyResult a : agencies) if (a.band() != null) bands.merge(a.band(), 1L, Long::sum);
        bands.forEach((b, n) -> rows.add(new String[]{Messages.text("batch.table.band", b), String.valueOf(n)}));
        StringBuilder sb = new StringBuilder();
        int w = rows.stream().mapToInt(r -> DisplayWidth.displayWidth(r[0])).max().orElse(0);
        for (String[] r : rows) {
            sb.append(r[0]).append(" ".repeat(w - DisplayWidth.displayWidth(r[0]) + 2)).append(r[1]).append('\n');
        }
        listed(sb, "batch.table.needs_fix_list", AgencyResult.Status.NEEDS_FIX);
        listed(sb, "batch.table.failed_list", AgencyResult.Status.FAILED);
        return sb.toString();
    }

    /** The first agencies of a status, each with its lines; summary.csv has them all. */
    private void listed(StringBuilder sb, String headingKey, AgencyResult.Status status) {
        List<AgencyResult> failed = agencies.stream().filter(a -> a.status() == status).toList();
        if (!failed.isEmpty()) {
            sb.append('\n').append(Messages.text(headingKey)).append('\n');
            failed.stream().limit(LISTED_FAILURES).forEach(a ->
                    sb.append("  ").append(a.agencyId()).append(": ").append(String.join(" | ", a.errors())).append('\n'));
            if (failed.size() > LISTED_FAILURES) {
                sb.append("  ").append(Messages.text("batch.table.failed_more", String.valueOf(failed.size() - LISTED_FAILURES))).append('\n');
            }
        }
    }
}
