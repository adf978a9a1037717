package org.itagen.batch;

import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.check.Checker;
import org.itagen.check.Finding;
import org.itagen.check.FindingCode;
import org.itagen.report.DocKind;
import org.itagen.testing.EnglishMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link WorkbookBatch}, the run over a folder of workbooks, with made-up jobs (no workbook is read:
 * {@code cli.WorkbooksFolderTest} runs the real one end to end), so that each rule is seen alone and
 * fast: results in the order given whatever finishes first, what a job's outcome makes of its agency
 * (ok, needs_fix, failed, and under which name), the first check before any worker starts, the
 * shard's share and the listener's calls.
 */
@ExtendWith(EnglishMessages.class)
class WorkbookBatchTest {

    /** Records the listener's calls in order. */
    static final class Calls implements BatchRunner.Listener {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void start(int agencies) {
            calls.add("start " + agencies);
        }

        @Override
        public void done(AgencyResult result) {
            calls.add("done " + result.agencyId());
        }

        @Override
        public void finish() {
            calls.add("finish");
        }
    }

    private static List<Path> books(String... names) {
        List<Path> out = new ArrayList<>();
        for (String n : names) out.add(Path.of("books", n + ".xlsx"));
        return out;
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - ".xlsx".length());
    }

    // guards: the summary lists the workbooks in the order given even when the later ones finish
    // first, each result carries its position, the id the job read, and what the job recorded
    @Test
    void resultsComeInTheOrderGivenWhateverFinishesFirst() {
        List<Path> books = books("a", "b", "c", "d");
        Calls listener = new Calls();
        BatchSummary s = WorkbookBatch.run(books, "books", 2, Shard.ALL, (wb, ctx) -> {
            int i = books.indexOf(wb);
            Thread.sleep(40L * (books.size() - i)); // the first takes longest
            ctx.name("name " + stem(wb));
            ctx.band("A");
            ctx.wrote(stem(wb) + "/O25.pdf");
            ctx.warn("w " + stem(wb));
            return "id-" + stem(wb);
        }, listener);

        assertThat(s.source()).isEqualTo("books");
        assertThat(s.agencies()).extracting(AgencyResult::agencyId).containsExactly("id-a", "id-b", "id-c", "id-d");
        assertThat(s.agencies()).extracting(AgencyResult::index).containsExactly(0, 1, 2, 3);
        AgencyResult a = s.agencies().getFirst();
        assertThat(a.status()).isEqualTo(AgencyResult.Status.OK);
        assertThat(a.name()).isEqualTo("name a");
        assertThat(a.band()).isEqualTo("A");
        assertThat(a.files()).containsExactly("a/O25.pdf");
        assertThat(a.warnings()).containsExactly("w a");
        assertThat(a.errors()).isEmpty();
        assertThat(s.count(AgencyResult.Status.OK)).isEqualTo(4);
        assertThat(listener.calls.getFirst()).isEqualTo("start 4");
        assertThat(listener.calls.getLast()).isEqualTo("finish");
        assertThat(listener.calls.subList(1, 5)).containsExactlyInAnyOrder("done id-a", "done id-b", "done id-c", "done id-d");
    }

    // guards: --jobs 2 really runs two workbooks at once (each job waits until the other has started)
    @Test
    void twoJobsRunTwoWorkbooksAtOnce() {
        CountDownLatch both = new CountDownLatch(2);
        BatchSummary s = WorkbookBatch.run(books("a", "b"), "books", 2, Shard.ALL, (wb, ctx) -> {
            both.countDown();
            if (!both.await(20, TimeUnit.SECONDS)) throw new IllegalStateException("ran alone");
            return stem(wb);
        }, new Calls());
        assertThat(s.agencies()).extracting(AgencyResult::status).containsOnly(AgencyResult.Status.OK);
    }

    // guards: an input error fails that workbook alone, with its one line and its coded problem,
    // under the agency id the job had read by then (else the file name); an unexpected exception is
    // INTERNAL naming the workbook; running out of memory is its own error
    @Test
    void aFailingWorkbookFailsAloneUnderTheBestNameKnown() {
        List<Path> books = books("good", "named", "nameless", "bug", "memory");
        BatchSummary s = WorkbookBatch.run(books, "books", 1, Shard.ALL, (wb, ctx) -> switch (stem(wb)) {
            case "named" -> {
                ctx.agencyId("ag-named");
                ctx.wrote("named/O25.pdf");
                throw ItagenException.input("named.xlsx!B2", "bad cell");
            }
            case "nameless" -> throw ItagenException.input("nameless.xlsx", "not a workbook");
            case "bug" -> throw new IllegalStateException("boom\nsecond line");
            case "memory" -> throw new OutOfMemoryError();
            default -> "ag-good";
        }, new Calls());

        List<AgencyResult> r = s.agencies();
        assertThat(r).extracting(AgencyResult::agencyId).containsExactly("ag-good", "ag-named", "nameless", "bug", "memory");
        assertThat(r).extracting(AgencyResult::status).containsExactly(AgencyResult.Status.OK, AgencyResult.Status.FAILED,
                AgencyResult.Status.FAILED, AgencyResult.Status.FAILED, AgencyResult.Status.FAILED);
        assertThat(r.get(1).errors()).containsExactly("named.xlsx!B2: bad cell");
        assertThat(r.get(1).files()).as("what was written before the failure is still reported").containsExactly("named/O25.pdf");
        assertThat(r.get(1).problem().agency()).isEqualTo("ag-named");
        assertThat(r.get(1).problem().where()).isEqualTo("named.xlsx!B2");
        assertThat(r.get(2).errors()).containsExactly("nameless.xlsx: not a workbook");
        assertThat(r.get(3).problem().code()).isEqualTo("INTERNAL");
        assertThat(r.get(3).problem().where()).isEqualTo(books.get(3).toString());
        assertThat(r.get(3).errors().getFirst()).contains("IllegalStateException").contains("boom second line").doesNotContain("\n");
        assertThat(r.get(4).problem().code()).isEqualTo("OUT_OF_MEMORY");
        assertThat(r.get(4).errors()).containsExactly(r.get(4).problem().message());
        assertThat(s.anyFailed()).isTrue();
        assertThat(s.count(AgencyResult.Status.FAILED)).isEqualTo(4);
    }

    // guards: a job that finds a document would score 0 makes the agency needs_fix, one line per
    // reason (the finding's place first when it has one), the findings kept for the summary
    @Test
    void aDocumentThatWouldScoreZeroMakesTheAgencyNeedsFix() {
        Finding placed = Finding.error(FindingCode.O25_MISSING_OWNER, DocKind.O25, "ITA.xlsx!J2", "no owner", "no one answers");
        Finding unplaced = Finding.error(FindingCode.NO_MEASURES, null, null, "no measures", "nothing planned");
        BatchSummary s = WorkbookBatch.run(books("x"), "books", 1, Shard.ALL, (wb, ctx) -> {
            ctx.wouldScoreZero(List.of(new Checker.Zero(List.of(DocKind.O25), placed),
                    new Checker.Zero(List.of(DocKind.O25, DocKind.O28), unplaced)));
            ctx.wrote("x/O25.pdf");
            return "ag-x";
        }, new Calls());

        AgencyResult r = s.agencies().getFirst();
        assertThat(r.status()).isEqualTo(AgencyResult.Status.NEEDS_FIX);
        assertThat(r.errors()).containsExactly("ITA.xlsx!J2: O25 would score 0: no owner (no one answers)",
                "O25, O28 would score 0: no measures (nothing planned)");
        assertThat(r.findings()).extracting(Checker.Zero::finding).containsExactly(placed, unplaced);
        assertThat(r.files()).containsExactly("x/O25.pdf");
        assertThat(s.anyNeedsFix()).isTrue();
    }

    // guards: the first check runs before any job, in order, until one workbook could be checked,
    // at most five tries; what it throws ends the run before any job starts
    @Test
    void theFirstCheckTriesWorkbooksInOrderUntilOneCanBeChecked() {
        List<Path> books = books("a", "b", "c", "d", "e", "f", "g");
        List<String> tried = Collections.synchronizedList(new ArrayList<>());
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        WorkbookBatch.run(books, "books", 1, Shard.ALL, (wb, ctx) -> {
            events.add("job " + stem(wb));
            return stem(wb);
        }, new Calls(), wb -> {
            tried.add(stem(wb));
            events.add("check " + stem(wb));
            return stem(wb).equals("c");
        });
        assertThat(tried).containsExactly("a", "b", "c");
        assertThat(events.subList(0, 3)).containsExactly("check a", "check b", "check c");

        tried.clear();
        WorkbookBatch.run(books, "books", 1, Shard.ALL, (wb, ctx) -> stem(wb), new Calls(), wb -> {
            tried.add(stem(wb));
            return false;
        });
        assertThat(tried).as("never more than " + WorkbookBatch.FIRST_CHECK_TRIES).containsExactly("a", "b", "c", "d", "e");

        tried.clear();
        WorkbookBatch.run(books("a", "b"), "books", 1, Shard.ALL, (wb, ctx) -> stem(wb), new Calls(), wb -> {
            tried.add(stem(wb));
            return false;
        });
        assertThat(tried).as("a folder of fewer workbooks is tried to its end, no further").containsExactly("a", "b");

        AtomicInteger jobs = new AtomicInteger();
        Calls listener = new Calls();
        assertThatThrownBy(() -> WorkbookBatch.run(books, "books", 1, Shard.ALL, (wb, ctx) -> {
            jobs.incrementAndGet();
            return stem(wb);
        }, listener, wb -> {
            throw ItagenException.input("o25.md:3", "template mistake");
        })).isInstanceOf(ItagenException.class).hasMessageContaining("template mistake");
        assertThat(jobs).hasValue(0);
        assertThat(listener.calls).isEmpty();
    }

    // guards: a shard takes the workbooks whose file name falls in it (the same rule as agency ids),
    // the listener is told the shard's count, and the shards together take every workbook once
    @Test
    void aShardTakesTheWorkbooksWhoseNameFallsInIt() {
        List<Path> books = books("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9");
        List<String> all = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Shard shard = new Shard(k, 3);
            List<String> expected = books.stream().map(WorkbookBatchTest::stem).filter(shard::contains).toList();
            Calls listener = new Calls();
            BatchSummary s = WorkbookBatch.run(books, "books", 2, shard, (wb, ctx) -> stem(wb), listener);
            assertThat(s.agencies()).extracting(AgencyResult::agencyId).containsExactlyElementsOf(expected);
            assertThat(s.shard()).isEqualTo(shard);
            assertThat(listener.calls.getFirst()).isEqualTo("start " + expected.size());
            all.addAll(expected);
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(books.stream().map(WorkbookBatchTest::stem).toList());
    }
}
