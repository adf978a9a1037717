package org.itagen.batch;

import org.itagen.Diagnostic;
import org.itagen.check.Checker;

import java.util.List;

/**
 * What happened to one agency in a batch.
 *
 * <p>{@code problem} is why it failed or was skipped as a code and place (scripts read it from
 * summary.json and the JSON progress lines), or null when it is ok.
 *
 * @param index  position in the scores file (summaries keep file order whatever the thread timing)
 * @param name   the agency name from the scores file, or null
 * @param band   the band of the assessment year, or null when not computed
 * @param files  file names written, in order
 * @param errors   one line each; empty when ok
 * @param millis   time spent on this agency
 * @param warnings one line each (characters the PDF cannot show ...); the documents were written
 * @param findings status needs_fix: check's error findings, each a reason documents would score 0, with the items it costs
 *                 (their lines are in {@code errors}); empty otherwise
 */
public record AgencyResult(int index, String agencyId, String name, Status status, String band, List<String> files,
                           List<String> errors, long millis, List<String> warnings, Diagnostic problem,
                           List<Checker.Zero> findings) {
    public AgencyResult {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A result without findings. */
    public AgencyResult(int index, String agencyId, String name, Status status, String band, List<String> files,
                        List<String> errors, long millis, List<String> warnings, Diagnostic problem) {
        this(index, agencyId, name, status, band, files, errors, millis, warnings, problem, List.of());
    }

    /** A result without warnings nor a coded problem (tests; ok agencies). */
    public AgencyResult(int index, String agencyId, String name, Status status, String band, List<String> files,
                        List<String> errors, long millis) {
        this(index, agencyId, name, status, band, files, errors, millis, List.of(), null);
    }

    /** A result with warnings, without a coded problem. */
    public AgencyResult(int index, String agencyId, String name, Status status, String band, List<String> files,
                        List<String> errors, long millis, List<String> warnings) {
        this(index, agencyId, name, status, band, files, errors, millis, warnings, null);
    }

    /** A failed or skipped agency without warnings, with its coded problem. */
    public AgencyResult(int index, String agencyId, String name, Status status, String band, List<String> files,
                        List<String> errors, long millis, Diagnostic problem) {
        this(index, agencyId, name, status, band, files, errors, millis, List.of(), problem);
    }

    /**
     * ok: every file written; needs_fix: check's rules find that a document would score 0 (written
     * as a draft, or nothing written with --strict); failed: an error stopped it; skipped: nothing
     * to do (no measures file).
     */
    public enum Status {
        OK("ok"), NEEDS_FIX("needs_fix"), FAILED("failed"), SKIPPED("skipped");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
