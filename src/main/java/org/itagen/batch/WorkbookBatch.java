package org.itagen.batch;

import org.itagen.Diagnostic;
import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.input.workbook.WorkbookFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code batch --workbooks DIR}: every ITA workbook of a folder is one agency, run on a pool of
 * workers as {@link BatchRunner} runs the agencies of a national file. A workbook that cannot be
 * read fails only its own agency, listed under its agency id when that could be read, else under
 * its file name. Shards take workbooks by file name (CRC-32 of the name without ".xlsx"), since
 * the agency id is known only once the workbook is read.
 */
public final class WorkbookBatch {
    /** The job for one workbook; {@link DocumentJob#runWorkbook} is the real one. */
    @FunctionalInterface
    public interface Job {
        /** @return the agency id the workbook holds (for the summary) */
        String run(Path workbook, AgencyJob.Context ctx) throws Exception;
    }

    /** Workbooks tried before the run for a template mistake (the broken ones are skipped). */
    static final int FIRST_CHECK_TRIES = 5;

    private WorkbookBatch() {
    }

    /**
     * Runs every workbook of the shard; results in file-name order.
     *
     * @param source what the summary names as read (the folder)
     */
    public static BatchSummary run(List<Path> workbooks, String source, int jobs, Shard shard, Job job, BatchRunner.Listener listener) {
        return run(workbooks, source, jobs, shard, job, listener, wb -> true);
    }

    /**
     * @param firstCheck run before any worker starts on the shard's workbooks in order until one
     *                   says it could be checked (at most {@value #FIRST_CHECK_TRIES}); what it throws
     *                   ends the run (a template mistake is one exit 2, not one failure per agency)
     */
    public static BatchSummary run(List<Path> workbooks, String source, int jobs, Shard shard, Job job, BatchRunner.Listener listener,
                                   java.util.function.Predicate<Path> firstCheck) {
        long t0 = System.nanoTime();
        List<Path> mine = workbooks.stream().filter(p -> shard.contains(WorkbookFolder.stem(p))).toList();
        for (int i = 0; i < Math.min(FIRST_CHECK_TRIES, mine.size()) && !firstCheck.test(mine.get(i)); i++) {
            // a broken workbook says nothing about the templates: try the next
        }
        listener.start(mine.size());
        ConcurrentLinkedQueue<AgencyResult> results = new ConcurrentLinkedQueue<>();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "itagen-batch-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(jobs * 2);
        try {
            for (int i = 0; i < mine.size(); i++) {
                int index = i;
                Path wb = mine.get(i);
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        AgencyResult r = one(index, wb, job);
                        results.add(r);
                        listener.done(r);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            BatchRunner.awaitAll(pool);
            listener.finish();
        }
        List<AgencyResult> list = new ArrayList<>(results);
        list.sort(Comparator.comparingInt(AgencyResult::index));
        return new BatchSummary(source, shard, list, (System.nanoTime() - t0) / 1_000_000);
    }

    private static AgencyResult one(int index, Path wb, Job job) {
        long t0 = System.nanoTime();
        AgencyJob.Context ctx = new AgencyJob.Context();
        String id = WorkbookFolder.stem(wb);
        String error;
        Diagnostic problem;
        try {
            id = job.run(wb, ctx);
            List<org.itagen.check.Checker.Zero> zero = ctx.zero();
            if (!zero.isEmpty()) {
                // Written as a draft (or, with --strict, not written): the reasons, one line each.
                List<String> lines = zero.stream().map(z -> z.finding().where() == null ? z.message()
                        : z.finding().where() + ": " + z.message()).toList();
                return new AgencyResult(index, id, ctx.name, AgencyResult.Status.NEEDS_FIX, ctx.band, ctx.files(),
                        lines, (System.nanoTime() - t0) / 1_000_000, ctx.warnings(), null, zero);
            }
            return new AgencyResult(index, id, ctx.name, AgencyResult.Status.OK, ctx.band, ctx.files(),
                    List.of(), (System.nanoTime() - t0) / 1_000_000, ctx.warnings());
        } catch (ItagenException e) {
            if (ctx.agencyId != null) id = ctx.agencyId;
            error = e.oneLine();
            problem = Diagnostic.of(e, id);
        } catch (OutOfMemoryError e) {
            problem = Diagnostic.error("OUT_OF_MEMORY", Msg.of("error.BATCH_OUT_OF_MEMORY").text(), null);
            error = problem.message();
        } catch (Exception | Error e) {
            String msg = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
            problem = Diagnostic.error("INTERNAL", Msg.of("error.INTERNAL", e.getClass().getSimpleName() + msg).text(), wb.toString());
            error = problem.message();
        }
        if (ctx.agencyId != null) id = ctx.agencyId;
        return new AgencyResult(index, id, ctx.name, AgencyResult.Status.FAILED, ctx.band, ctx.files(),
                List.of(error), (System.nanoTime() - t0) / 1_000_000, ctx.warnings(), problem.forAgency(id));
    }
}
