package org.itagen.check;

import org.itagen.Diagnostic;
import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.input.MeasuresSource;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreStream;
import org.itagen.model.FrameworkSet;
import org.itagen.report.DocKind;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * {@code check --measures-dir}: the readiness check of every agency of a scores file in one run.
 * The file is read once (streamed, as batch reads it); each agency is checked from its own rows
 * and its own measures file, so one agency's broken row or file is that agency's finding or
 * failure only. Agencies are checked on all cores and reported in file order; memory stays
 * bounded (a few agencies in flight, only their small reports kept until their turn).
 */
public final class CheckRun {
    /**
     * @param measures where each agency's measures file is
     */
    public record Options(Path scores, ReadOptions read, MeasuresSource measures, FrameworkSet frameworks,
                          AnalysisOptions analysis, Set<DocKind> docs) {
        public Options {
            docs = Set.copyOf(docs);
        }
    }

    /** What the check says of one agency. */
    public enum Status {
        /** No errors (warnings allowed). */
        OK("ok"),
        /** Findings that would cost O25 or O28 its points. */
        ERRORS("errors"),
        /** Its scores or measures cannot be read at all: see the error. */
        FAILED("failed"),
        /** No measures file: not checked. */
        SKIPPED("skipped");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One agency's outcome.
     *
     * @param measures its measures file, or null when skipped
     * @param report   the findings (empty when failed or skipped)
     * @param problem  why it failed or was skipped, or null
     */
    public record AgencyCheck(String agencyId, Status status, Path measures, CheckReport report, Diagnostic problem) {
        /** Whether O25 or O28 would score 0 as things stand. */
        public boolean wouldScoreZero() {
            return status == Status.ERRORS || status == Status.FAILED;
        }
    }

    /**
     * The whole run.
     *
     * @param unclaimed measures files that belong to no agency of the scores file
     */
    public record Summary(String scores, List<String> agencies, List<String> ok, List<String> withErrors,
                          List<String> failed, List<String> skipped, long errors, long warnings, List<Path> unclaimed) {
        public Summary {
            agencies = List.copyOf(agencies);
            ok = List.copyOf(ok);
            withErrors = List.copyOf(withErrors);
            failed = List.copyOf(failed);
            skipped = List.copyOf(skipped);
            unclaimed = List.copyOf(unclaimed);
        }

        /** The agencies whose O25 or O28 would score 0: with errors, or unreadable; in file order. */
        public List<String> wouldScoreZero() {
            Set<String> zero = new HashSet<>(withErrors);
            zero.addAll(failed);
            return agencies.stream().filter(zero::contains).toList();
        }
    }

    private CheckRun() {
    }

    /**
     * Checks every agency, handing each outcome to {@code each} as it is known. Throws only for
     * problems of the whole run (the scores file cannot be read, or is not a many-agency file).
     */
    public static Summary run(Options o, Consumer<AgencyCheck> each) {
        ScoreStream.Index index = ScoreStream.index(o.scores(), o.read());
        Tally tally = new Tally();
        // Results in file order: the head is reported as soon as it is done, and the file is read
        // no further ahead than 4 x cores agencies.
        try (InOrder inOrder = new InOrder(tally, each)) {
            ScoreStream.forEachAgency(o.scores(), o.read(), index, rows -> inOrder.submit(() -> checkOne(o, rows)));
            inOrder.finish();
        }
        return tally.summary(index.source(), o.measures().unclaimed(new HashSet<>(index.agencyIds())));
    }

    /**
     * {@code check --workbooks DIR}: every workbook of the folder is one agency (its own scores
     * and measures), checked as {@code check --workbook} checks one, on all cores, reported in
     * file-name order through the same {@link Tally}: the same per-agency lines, summary and exit
     * code as {@link #run}. A workbook that cannot be read fails only its agency.
     *
     * @param source what the summary names as read (the folder)
     */
    public static Summary runWorkbooks(List<Path> workbooks, String source, ReadOptions read, FrameworkSet frameworks,
                                       AnalysisOptions analysis, Set<DocKind> docs, Consumer<AgencyCheck> each) {
        Tally tally = new Tally();
        ReadOptions sheet = new ReadOptions(read.agencyId(), org.itagen.input.workbook.WorkbookLayout.SCORES, read.encoding());
        try (InOrder inOrder = new InOrder(tally, each)) {
            for (Path wb : workbooks) inOrder.submit(() -> checkWorkbook(wb, sheet, frameworks, analysis, docs));
            inOrder.finish();
        }
        return tally.summary(source, List.of());
    }

    static AgencyCheck checkWorkbook(Path wb, ReadOptions sheet, FrameworkSet frameworks, AnalysisOptions analysis, Set<DocKind> docs) {
        String id = org.itagen.input.workbook.WorkbookFolder.stem(wb);
        try {
            var agency = org.itagen.input.workbook.WorkbookReader.draft(wb).agency();
            if (agency != null && agency.id() != null && !agency.id().isBlank()) id = agency.id().strip();
            CheckReport r = Checker.check(new Checker.Request(wb, wb, sheet, frameworks, analysis, docs));
            return new AgencyCheck(id, r.errors() > 0 ? Status.ERRORS : Status.OK, wb, r, null);
        } catch (ItagenException e) {
            return new AgencyCheck(id, Status.FAILED, wb, null, Diagnostic.of(e, id));
        } catch (RuntimeException e) {
            String msg = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
            Diagnostic d = Diagnostic.error("INTERNAL", Msg.of("error.INTERNAL", e.getClass().getSimpleName() + msg).text(),
                    wb.toString()).forAgency(id);
            return new AgencyCheck(id, Status.FAILED, wb, null, d);
        }
    }

    /**
     * The summary of a run over many agencies, built one agency at a time, whatever checked them:
     * {@link #run} here, and a run over other per-agency inputs (a folder of workbooks) in future,
     * so that every such run reports the same totals, the same summary line and exit code.
     */
    public static final class Tally {
        private final List<String> agencies = new ArrayList<>();
        private final List<String> ok = new ArrayList<>();
        private final List<String> withErrors = new ArrayList<>();
        private final List<String> failed = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private long errors;
        private long warnings;

        /** Counts one agency (in the order they are to be listed). */
        public void add(AgencyCheck c) {
            agencies.add(c.agencyId());
            switch (c.status()) {
                case OK -> ok.add(c.agencyId());
                case ERRORS -> withErrors.add(c.agencyId());
                case FAILED -> failed.add(c.agencyId());
                case SKIPPED -> skipped.add(c.agencyId());
            }
            if (c.report() != null) {
                errors += c.report().errors();
                warnings += c.report().warnings();
            }
        }

        /** @param source what was read (the scores file's name); @param unclaimed inputs of no agency */
        public Summary summary(String source, List<Path> unclaimed) {
            return new Summary(source, agencies, ok, withErrors, failed, skipped, errors, warnings, unclaimed);
        }
    }

    /**
     * Agencies checked on all cores, their outcomes counted and handed on in the order they were
     * submitted; at most 4 x cores are pending, so a long input is read only that far ahead.
     */
    private static final class InOrder implements AutoCloseable {
        private final int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());
        private final ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "itagen-check");
            t.setDaemon(true);
            return t;
        });
        private final ArrayDeque<Future<AgencyCheck>> pending = new ArrayDeque<>();
        private final Tally tally;
        private final Consumer<AgencyCheck> each;

        InOrder(Tally tally, Consumer<AgencyCheck> each) {
            this.tally = tally;
            this.each = each;
        }

        void submit(java.util.concurrent.Callable<AgencyCheck> check) {
            pending.add(pool.submit(check));
            while (!pending.isEmpty() && (pending.peek().isDone() || pending.size() > 4 * jobs)) report(take());
        }

        /** Waits for the rest, handing each on in order. */
        void finish() {
            while (!pending.isEmpty()) report(take());
        }

        private void report(AgencyCheck c) {
            tally.add(c);
            each.accept(c);
        }

        private AgencyCheck take() {
            try {
                return pending.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                // checkOne and checkWorkbook catch what an agency's data can throw; anything else is the run's own failure.
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    static AgencyCheck checkOne(Options o, ScoreStream.AgencyRows rows) {
        String id = rows.agencyId();
        if (id.isEmpty()) {
            Diagnostic d = Diagnostic.of(ItagenException.input(rows.where(), Msg.of("error.ROWS_WITHOUT_AGENCY_ID")), id);
            return new AgencyCheck(id, Status.FAILED, null, null, d);
        }
        Path measures = o.measures().find(id);
        if (measures == null) {
            return new AgencyCheck(id, Status.SKIPPED, null, null,
                    org.itagen.RunWarning.NO_MEASURES_FILE.at(null, o.measures().expected(id)).forAgency(id));
        }
        try {
            CheckReport r = Checker.check(rows, measures, o.frameworks(), o.analysis(), o.docs());
            return new AgencyCheck(id, r.errors() > 0 ? Status.ERRORS : Status.OK, measures, r, null);
        } catch (ItagenException e) {
            return new AgencyCheck(id, Status.FAILED, measures, null, Diagnostic.of(e, id));
        } catch (RuntimeException e) {
            // A bug met by one agency's data must not hide the others' findings; it is reported as such.
            String msg = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
            Diagnostic d = Diagnostic.error("INTERNAL", Msg.of("error.INTERNAL", e.getClass().getSimpleName() + msg).text(),
                    measures.toString()).forAgency(id);
            return new AgencyCheck(id, Status.FAILED, measures, null, d);
        }
    }
}
