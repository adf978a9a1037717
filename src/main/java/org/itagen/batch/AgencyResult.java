package org.itagen.batch;

import java.util.List;

/**
 * What happened to one agency in a batch.
 *
 * @param index  position in the scores file (summaries keep file order whatever the thread timing)
 * @param name   the agency name from the scores file, or null
 * @param band   the band of the assessment year, or null when not computed
 * @param files  file names written, in order
 * @param errors   one line each; empty when ok
 * @param millis   time spent on this agency
 * @param warnings one line each (characters the PDF cannot show ...); the documents were written
 */
public record AgencyResult(int index, String agencyId, String name, Status status, String band, List<String> files,
                           List<String> errors, long millis, List<String> warnings) {
    public AgencyResult {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result without warnings. */
    public AgencyResult(int index, String agencyId, String name, Status status, String band, List<String> files,
                        List<String> errors, long millis) {
        this(index, agencyId, name, status, band, files, errors, millis, List.of());
    }

    /** ok: every file written; failed: an error stopped it; skipped: nothing to do (no measures file). */
    public enum Status {
        OK("ok"), FAILED("failed"), SKIPPED("skipped");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
