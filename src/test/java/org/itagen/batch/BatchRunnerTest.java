package org.itagen.batch;

import org.itagen.ItagenException;
import org.itagen.bench.NationalData;
import org.itagen.input.ReadOptions;
import org.itagen.model.AgencyScores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The runner with plugged-in jobs: streaming, failure isolation, scattered files, concurrency. */
class BatchRunnerTest {
    static final int AGENCIES = 24;
    @TempDir
    static Path data;
    static List<String> ids;

    @BeforeAll
    static void generate() {
        ids = NationalData.generate(data, AGENCIES, 7);
    }

    private static BatchRunner.Options options(Path scores, int jobs, Shard shard) {
        return new BatchRunner.Options(scores, ReadOptions.defaults(), data.resolve("measures"), jobs, shard,
                BatchRunner.MissingMeasures.SKIP);
    }

    /** Row counts per agency, as the job saw them. */
    private static Map<String, Integer> rowsSeen(BatchRunner runner, Map<String, Integer> seen) {
        runner.run();
        return seen;
    }

    @Test
    void everyAgencyOnceInFileOrderWithOneFailureIsolated() {
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        AgencyJob job = (rows, measures, ctx) -> {
            AgencyScores s = rows.parse();
            seen.merge(rows.agencyId(), s.indicators().size() + s.items().size() + s.totals().size(), Integer::sum);
            ctx.name(s.agency().name());
            if (rows.agencyId().equals(ids.get(5))) throw ItagenException.input("x.yaml:3", "broken on purpose");
            if (rows.agencyId().equals(ids.get(9))) throw new IllegalStateException("bug on purpose");
            ctx.wrote(rows.agencyId() + ".txt");
        };
        BatchSummary summary = new BatchRunner(options(data.resolve("scores.csv"), 3, Shard.ALL), job,
                Progress.of(Progress.Mode.none, null)).run();
        assertThat(summary.agencies()).extracting(AgencyResult::agencyId).containsExactlyElementsOf(ids);
        assertThat(seen).hasSize(AGENCIES);
        assertThat(summary.count(AgencyResult.Status.OK)).isEqualTo(AGENCIES - 2);
        assertThat(summary.agencies().get(5)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(AgencyResult.Status.FAILED);
            assertThat(r.errors()).containsExactly("x.yaml:3: broken on purpose");
            assertThat(r.name()).isNotBlank();
        });
        assertThat(summary.agencies().get(9).errors().getFirst()).startsWith("internal error (IllegalStateException");
        assertThat(summary.anyFailed()).isTrue();
        assertThat(summary.files()).isEqualTo(AGENCIES - 2);
    }

    @Test
    void scatteredRowsGiveTheSameAgenciesAsBlocks() throws Exception {
        Map<String, Integer> blocks = new ConcurrentHashMap<>();
        AgencyJob count = (rows, measures, ctx) -> {
            AgencyScores s = rows.parse();
            blocks.merge(rows.agencyId(), s.indicators().size() + s.items().size() + s.totals().size(), Integer::sum);
        };
        rowsSeen(new BatchRunner(options(data.resolve("scores.csv"), 2, Shard.ALL), count, Progress.of(Progress.Mode.none, null)), blocks);

        List<String> lines = Files.readAllLines(data.resolve("scores.csv"), StandardCharsets.UTF_8);
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(body, new Random(1));
        List<String> shuffled = new ArrayList<>(List.of(lines.getFirst()));
        shuffled.addAll(body);
        Path scattered = data.resolve("scattered.csv");
        Files.write(scattered, shuffled, StandardCharsets.UTF_8);

        Map<String, Integer> scatteredSeen = new ConcurrentHashMap<>();
        AgencyJob count2 = (rows, measures, ctx) -> {
            AgencyScores s = rows.parse();
            scatteredSeen.merge(rows.agencyId(), s.indicators().size() + s.items().size() + s.totals().size(), Integer::sum);
        };
        BatchRunner runner = new BatchRunner(options(scattered, 2, Shard.ALL), count2, Progress.of(Progress.Mode.none, null))
                .agenciesPerPass(5);
        BatchSummary summary = runner.run();
        assertThat(scatteredSeen).isEqualTo(blocks);
        assertThat(summary.count(AgencyResult.Status.OK)).isEqualTo(AGENCIES);
    }

    @Test
    void neverMoreAgenciesAtOnceThanWorkers() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        AgencyJob slow = (rows, measures, ctx) -> {
            max.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(5);
            running.decrementAndGet();
        };
        new BatchRunner(options(data.resolve("scores.csv"), 2, Shard.ALL), slow, Progress.of(Progress.Mode.none, null)).run();
        assertThat(max.get()).isBetween(1, 2);
    }

    @Test
    void twoJobsReallyRunTwoAgenciesAtOnce() {
        // Each agency waits until a second one is running beside it. Run one at a time, the first
        // agency would wait alone and time out; with --jobs 2 every pair meets at the barrier.
        java.util.concurrent.CyclicBarrier pair = new java.util.concurrent.CyclicBarrier(2);
        java.util.Set<String> threads = ConcurrentHashMap.newKeySet();
        AgencyJob meet = (rows, measures, ctx) -> {
            threads.add(Thread.currentThread().getName());
            pair.await(20, java.util.concurrent.TimeUnit.SECONDS);
        };
        BatchSummary summary = new BatchRunner(options(data.resolve("scores.csv"), 2, Shard.ALL), meet,
                Progress.of(Progress.Mode.none, null)).run();
        assertThat(summary.agencies()).allSatisfy(r -> assertThat(r.errors()).as(r.agencyId()).isEmpty());
        assertThat(summary.count(AgencyResult.Status.OK)).isEqualTo(AGENCIES);
        assertThat(threads).hasSize(2);
    }

    @Test
    void oneJobRunsOneAgencyAtATime() {
        // The converse: with --jobs 1 the same barrier can never be met (short wait: it must fail).
        java.util.concurrent.CyclicBarrier pair = new java.util.concurrent.CyclicBarrier(2);
        AgencyJob meet = (rows, measures, ctx) -> pair.await(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        BatchSummary summary = new BatchRunner(options(data.resolve("scores.csv"), 1, Shard.ALL), meet,
                Progress.of(Progress.Mode.none, null)).run();
        assertThat(summary.count(AgencyResult.Status.OK)).isZero();
    }

    @Test
    void plainProgressLinesForCi() {
        java.io.StringWriter w = new java.io.StringWriter();
        AgencyJob fail = (rows, measures, ctx) -> {
            if (rows.agencyId().equals(ids.get(0))) throw ItagenException.input("m.yaml:1", "nope");
        };
        new BatchRunner(options(data.resolve("scores.csv"), 1, Shard.ALL), fail,
                Progress.of(Progress.Mode.lines, new java.io.PrintWriter(w))).run();
        assertThat(w.toString()).contains("batch: " + AGENCIES + " agencies")
                .contains("batch: failed " + ids.get(0) + ": m.yaml:1: nope")
                .contains("batch: " + AGENCIES + "/" + AGENCIES + " agencies");
    }
}
