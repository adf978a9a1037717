package org.itagen.batch;

import org.itagen.input.ScoreStream;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The work done for one agency (the real one is {@link DocumentJob}; tests plug in others).
 * Called from several threads at once; must not share mutable state between calls.
 */
@FunctionalInterface
public interface AgencyJob {
    /**
     * @param rows     the agency's score rows, not yet parsed
     * @param measures its measures file
     * @param context  where the job records the agency name, band and files as it goes, so that a
     *                 failure half-way still reports what was written
     * @throws Exception to fail this agency only ({@link org.itagen.ItagenException} gives its one line)
     */
    void run(ScoreStream.AgencyRows rows, Path measures, Context context) throws Exception;

    /** What a job has done so far for one agency; used by one thread. */
    final class Context {
        String name;
        String band;
        String agencyId;
        final List<String> files = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<org.itagen.check.Checker.Zero> zero = new ArrayList<>();

        public void name(String name) {
            this.name = name;
        }

        /** The agency id once read (a workbook's, for the summary when it fails later). */
        public void agencyId(String agencyId) {
            this.agencyId = agencyId;
        }

        public void band(String band) {
            this.band = band;
        }

        /** Records a file written (its name relative to the output folder). */
        public void wrote(String file) {
            files.add(file);
        }

        public List<String> files() {
            return List.copyOf(files);
        }

        /** Records a warning about the agency's documents (they are written all the same). */
        public void warn(String line) {
            warnings.add(line);
        }

        public List<String> warnings() {
            return List.copyOf(warnings);
        }

        /** Records the reasons a document of the agency would score 0 (its status becomes needs_fix). */
        public void wouldScoreZero(List<org.itagen.check.Checker.Zero> reasons) {
            zero.addAll(reasons);
        }

        public List<org.itagen.check.Checker.Zero> zero() {
            return List.copyOf(zero);
        }
    }
}
