package org.itagen.batch;

import org.itagen.Diagnostic;
import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.RunWarning;
import org.itagen.input.ReadOptions;
import org.itagen.input.ScoreStream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a job for every agency of a national score file (or of one shard of it) on a pool of
 * worker threads, with memory bounded whatever the number of agencies: the file is streamed, at
 * most {@code 2 x jobs} agencies are in flight, and only each agency's small result is kept.
 * One agency's failure is recorded and the others go on.
 */
public final class BatchRunner {
    /** Agencies gathered per pass when a file's agencies are not in blocks (each pass reads the file once). */
    static final int AGENCIES_PER_PASS = 2000;
    private int agenciesPerPass = AGENCIES_PER_PASS;

    /** What agencies without a measures file get. */
    public enum MissingMeasures {
        /** Listed as skipped; does not fail the run. */
        SKIP,
        /** Listed as failed; the run exits 1. */
        ERROR
    }

    /**
     * @param scores      the national long-layout score file (agency_id column)
     * @param measuresDir one {@code <agency_id>.yaml} (or .yml) per agency
     * @param jobs        worker threads, at least 1
     */
    public record Options(Path scores, ReadOptions read, Path measuresDir, int jobs, Shard shard,
                          MissingMeasures missingMeasures) {
        public Options {
            if (jobs < 1) throw new IllegalArgumentException("jobs " + jobs);
        }
    }

    /** Told about each agency as it finishes (from worker threads). */
    public interface Listener {
        /** The run has begun: the scores file is being read for its agencies (seconds for a national file). */
        default void reading(Path scores) {
        }

        void start(int agencies);

        void done(AgencyResult result);

        void finish();
    }

    /**
     * Run once, on the first agency that has a measures file, before any worker starts; an
     * exception it throws ends the whole run (a template mistake is one exit 2, not one failure
     * per agency).
     */
    @FunctionalInterface
    public interface FirstAgencyCheck {
        void check(ScoreStream.AgencyRows rows, Path measures);
    }

    private final Options options;
    private final AgencyJob job;
    private final Listener listener;
    private FirstAgencyCheck firstCheck = (rows, measures) -> { };
    private java.util.function.UnaryOperator<String> fileKey = id -> id;

    public BatchRunner(Options options, AgencyJob job, Listener listener) {
        this.options = options;
        this.job = job;
        this.listener = listener;
    }

    /** Sets the check run on the first agency before any worker starts. */
    public BatchRunner firstAgencyCheck(FirstAgencyCheck check) {
        this.firstCheck = check;
        return this;
    }

    /**
     * How an agency id becomes its output file names, made comparable (e.g. safe characters,
     * one letter case): agencies whose keys are equal would overwrite each other's files, so all
     * of them fail, each naming the others, before anything is written.
     */
    public BatchRunner fileKey(java.util.function.UnaryOperator<String> key) {
        this.fileKey = key;
        return this;
    }

    /** Tests use small passes to exercise the scattered-file path. */
    BatchRunner agenciesPerPass(int n) {
        this.agenciesPerPass = n;
        return this;
    }

    /** Runs every agency of the shard; throws only for problems of the whole run (unreadable file ...). */
    public BatchSummary run() {
        long t0 = System.nanoTime();
        if (!Files.isDirectory(options.measuresDir())) {
            throw ItagenException.input(options.measuresDir().toString(), org.itagen.Msg.of("error.MEASURES_DIR_NOT_FOLDER"));
        }
        listener.reading(options.scores());
        ScoreStream.Index index = ScoreStream.index(options.scores(), options.read());
        List<String> ids = index.agencyIds().stream().filter(options.shard()::contains).toList();
        listener.start(ids.size());

        ConcurrentLinkedQueue<AgencyResult> results = new ConcurrentLinkedQueue<>();
        AtomicInteger threadNo = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "itagen-batch-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), threads);
        Semaphore inFlight = new Semaphore(options.jobs() * 2);
        java.util.Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) position.put(ids.get(i), i);
        // Over every agency of the file, not only this shard's, so that every shard agrees.
        java.util.Map<String, List<String>> clashes = clashes(index.agencyIds());
        boolean[] checked = {false};
        try {
            java.util.function.Consumer<ScoreStream.AgencyRows> submit = rows -> {
                int i = position.getOrDefault(rows.agencyId(), ids.size());
                Path measures = measuresFile(rows.agencyId());
                List<String> others = clashes.get(rows.agencyId());
                if (others != null && measures != null) {
                    String line = ItagenException.input(rows.where(), org.itagen.Msg.of("error.OUTPUT_NAME_CLASH",
                            org.itagen.input.Texts.echo(rows.agencyId()),
                            others.stream().map(o -> "\"" + org.itagen.input.Texts.echo(o) + "\"")
                                    .collect(java.util.stream.Collectors.joining(", ")))).oneLine();
                    record(results, new AgencyResult(i, rows.agencyId(), null, AgencyResult.Status.FAILED, null, List.of(),
                            List.of(line), 0));
                    return;
                }
                if (!checked[0] && measures != null && !rows.agencyId().isEmpty()) {
                    checked[0] = true;
                    firstCheck.check(rows, measures); // throws to end the run before any worker starts
                }
                if (rows.agencyId().isEmpty()) {
                    Diagnostic d = Diagnostic.of(ItagenException.input(rows.where(), Msg.of("error.ROWS_WITHOUT_AGENCY_ID")), "");
                    record(results, new AgencyResult(i, "", null, AgencyResult.Status.FAILED, null, List.of(),
                            List.of(rows.where() + ": " + d.message()), 0, d));
                    return;
                }
                if (measures == null) {
                    String file = options.measuresDir().resolve(rows.agencyId() + ".yaml").toString();
                    boolean skip = options.missingMeasures() == MissingMeasures.SKIP;
                    Diagnostic d = (skip ? RunWarning.NO_MEASURES_FILE.at(null, file)
                            : Diagnostic.error("NO_MEASURES_FILE", Msg.of("error.NO_MEASURES_FILE", file).text(), null))
                            .forAgency(rows.agencyId());
                    record(results, new AgencyResult(i, rows.agencyId(), null,
                            skip ? AgencyResult.Status.SKIPPED : AgencyResult.Status.FAILED,
                            null, List.of(), List.of(d.message()), 0, d));
                    return;
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        record(results, runOne(i, rows, measures));
                    } finally {
                        inFlight.release();
                    }
                });
            };
            if (index.contiguous()) {
                ScoreStream.forEach(options.scores(), options.read(), options.shard()::contains, true, submit);
            } else {
                // Agencies' rows are scattered: gather a bounded number of agencies per pass over the file.
                for (int from = 0; from < ids.size(); from += agenciesPerPass) {
                    Set<String> chunk = new HashSet<>(ids.subList(from, Math.min(ids.size(), from + agenciesPerPass)));
                    ScoreStream.forEach(options.scores(), options.read(), chunk::contains, false, submit);
                }
            }
        } finally {
            awaitAll(pool);
            listener.finish();
        }
        List<AgencyResult> list = new ArrayList<>(results);
        list.sort(Comparator.comparingInt(AgencyResult::index));
        return new BatchSummary(index.source(), options.shard(), list, (System.nanoTime() - t0) / 1_000_000);
    }

    private void record(ConcurrentLinkedQueue<AgencyResult> results, AgencyResult r) {
        results.add(r);
        listener.done(r);
    }

    private AgencyResult runOne(int index, ScoreStream.AgencyRows rows, Path measures) {
        long t0 = System.nanoTime();
        AgencyJob.Context ctx = new AgencyJob.Context();
        String error;
        Diagnostic problem;
        try {
            job.run(rows, measures, ctx);
            List<org.itagen.check.Checker.Zero> zero = ctx.zero();
            if (!zero.isEmpty()) {
                // Written as a draft (or, with --strict, not written): the reasons, one line each.
                List<String> lines = zero.stream().map(z -> z.finding().where() == null ? z.message()
                        : z.finding().where() + ": " + z.message()).toList();
                return new AgencyResult(index, rows.agencyId(), ctx.name, AgencyResult.Status.NEEDS_FIX, ctx.band, ctx.files(),
                        lines, (System.nanoTime() - t0) / 1_000_000, ctx.warnings(), null,
                        zero);
            }
            return new AgencyResult(index, rows.agencyId(), ctx.name, AgencyResult.Status.OK, ctx.band, ctx.files(),
                    List.of(), (System.nanoTime() - t0) / 1_000_000, ctx.warnings());
        } catch (ItagenException e) {
            error = e.oneLine();
            problem = Diagnostic.of(e, rows.agencyId());
        } catch (OutOfMemoryError e) {
            problem = Diagnostic.error("OUT_OF_MEMORY", Msg.of("error.BATCH_OUT_OF_MEMORY").text(), null);
            error = problem.message();
        } catch (Exception | Error e) {
            String msg = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
            problem = Diagnostic.error("INTERNAL", Msg.of("error.INTERNAL", e.getClass().getSimpleName() + msg).text(), null);
            error = problem.message();
        }
        return new AgencyResult(index, rows.agencyId(), ctx.name, AgencyResult.Status.FAILED, ctx.band, ctx.files(),
                List.of(error), (System.nanoTime() - t0) / 1_000_000, ctx.warnings(), problem.forAgency(rows.agencyId()));
    }

    /**
     * The agencies whose file names would be the same (ids "x y" and "x_y", or "ABC" and "abc" on
     * a file system that ignores case), each with the others it clashes with; only agencies that
     * have a measures file count, since only they write files.
     */
    private java.util.Map<String, List<String>> clashes(List<String> allIds) {
        java.util.Map<String, List<String>> byKey = new java.util.HashMap<>();
        for (String id : allIds) {
            if (id.isEmpty()) continue;
            String key = fileKey.apply(id);
            List<String> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            same.add(id);
        }
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        for (List<String> same : byKey.values()) {
            if (same.size() < 2) continue;
            List<String> writing = same.stream().filter(id -> measuresFile(id) != null).toList();
            if (writing.size() < 2) continue;
            for (String id : writing) out.put(id, writing.stream().filter(o -> !o.equals(id)).toList());
        }
        return out;
    }

    /** {@code <dir>/<id>.yaml}, else {@code .yml}; null when neither exists. */
    Path measuresFile(String agencyId) {
        return org.itagen.input.MeasuresSource.dir(options.measuresDir()).find(agencyId);
    }

    /** Waits for every submitted agency: each finishes or fails on its own; an interrupt stops them. */
    static void awaitAll(java.util.concurrent.ExecutorService pool) {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
