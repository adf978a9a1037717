package org.itagen.batch;

import org.itagen.ItagenException;
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
        void start(int agencies);

        void done(AgencyResult result);

        void finish();
    }

    private final Options options;
    private final AgencyJob job;
    private final Listener listener;

    public BatchRunner(Options options, AgencyJob job, Listener listener) {
        this.options = options;
        this.job = job;
        this.listener = listener;
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
            throw ItagenException.input(options.measuresDir().toString(), "is not a folder; --measures-dir needs a folder"
                    + " with one <agency_id>.yaml per agency");
        }
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
        try {
            java.util.function.Consumer<ScoreStream.AgencyRows> submit = rows -> {
                int i = position.getOrDefault(rows.agencyId(), ids.size());
                Path measures = measuresFile(rows.agencyId());
                if (rows.agencyId().isEmpty()) {
                    record(results, new AgencyResult(i, "", null, AgencyResult.Status.FAILED, null, List.of(),
                            List.of(rows.where() + ": rows without agency_id; fill in the agency_id column"), 0));
                    return;
                }
                if (measures == null) {
                    String why = "no measures file " + options.measuresDir().resolve(rows.agencyId() + ".yaml");
                    record(results, new AgencyResult(i, rows.agencyId(), null,
                            options.missingMeasures() == MissingMeasures.SKIP ? AgencyResult.Status.SKIPPED : AgencyResult.Status.FAILED,
                            null, List.of(), List.of(why), 0));
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
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    // keep waiting: every submitted agency finishes or fails on its own
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
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
        try {
            job.run(rows, measures, ctx);
            return new AgencyResult(index, rows.agencyId(), ctx.name, AgencyResult.Status.OK, ctx.band, ctx.files(),
                    List.of(), (System.nanoTime() - t0) / 1_000_000);
        } catch (ItagenException e) {
            error = e.oneLine();
        } catch (OutOfMemoryError e) {
            error = "out of memory; run with fewer --jobs or a larger heap (JAVA_OPTS=-Xmx1g)";
        } catch (Exception | Error e) {
            String msg = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
            error = "internal error (" + e.getClass().getSimpleName() + msg + "); please report it";
        }
        return new AgencyResult(index, rows.agencyId(), ctx.name, AgencyResult.Status.FAILED, ctx.band, ctx.files(),
                List.of(error), (System.nanoTime() - t0) / 1_000_000);
    }

    /** {@code <dir>/<id>.yaml}, else {@code .yml}; null when neither exists. */
    Path measuresFile(String agencyId) {
        if (agencyId.isEmpty() || agencyId.contains("/") || agencyId.contains("\\") || agencyId.equals("..")) return null;
        for (String ext : List.of(".yaml", ".yml")) {
            try {
                Path p = options.measuresDir().resolve(agencyId + ext);
                if (Files.isRegularFile(p)) return p;
            } catch (java.nio.file.InvalidPathException e) {
                return null; // an id no file can be named after (":" on Windows ...): it has no measures file
            }
        }
        return null;
    }
}
