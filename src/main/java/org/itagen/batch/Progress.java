package org.itagen.batch;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Batch progress: a bar on a terminal, plain lines in CI logs and pipes, or nothing. */
public final class Progress {
    private Progress() {
    }

    /** auto picks bar on an interactive terminal outside CI, lines otherwise. */
    public enum Mode { auto, bar, lines, none }

    public static BatchRunner.Listener of(Mode mode, PrintWriter err) {
        Mode m = mode == Mode.auto ? (interactive() ? Mode.bar : Mode.lines) : mode;
        return switch (m) {
            case bar -> new Bar();
            case lines -> new Lines(err, 10_000);
            case none, auto -> new Silent();
        };
    }

    /**
     * True on an interactive terminal. CI runners set CI=true (GitHub, GitLab); JDK 22+ returns a
     * Console even when output is redirected, so its isTerminal() is asked when it exists.
     */
    static boolean interactive() {
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) return false;
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: console() is null unless interactive
        }
    }

    static final class Silent implements BatchRunner.Listener {
        @Override
        public void start(int agencies) {
        }

        @Override
        public void done(AgencyResult result) {
        }

        @Override
        public void finish() {
        }
    }

    /** A line every {@code everyMillis} (and for each failure), so CI logs show the run is alive. */
    static final class Lines implements BatchRunner.Listener {
        private final PrintWriter err;
        private final long everyMillis;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicLong files = new AtomicLong();
        private volatile long start;
        private volatile long lastLine;
        private int total;

        Lines(PrintWriter err, long everyMillis) {
            this.err = err;
            this.everyMillis = everyMillis;
        }

        @Override
        public synchronized void start(int agencies) {
            total = agencies;
            start = System.nanoTime();
            lastLine = start;
            err.println("batch: " + agencies + " agencies");
            err.flush();
        }

        @Override
        public void done(AgencyResult r) {
            int n = done.incrementAndGet();
            files.addAndGet(r.files().size());
            if (r.status() == AgencyResult.Status.FAILED) {
                failed.incrementAndGet();
                synchronized (this) {
                    err.println(org.itagen.Msg.of("batch.FAILED", r.agencyId(), String.join(" | ", r.errors())).text());
                    err.flush();
                }
            }
            if (!r.warnings().isEmpty()) {
                synchronized (this) {
                    for (String w : r.warnings()) err.println(org.itagen.Msg.of("batch.WARNING", r.agencyId(), w).text());
                    err.flush();
                }
            }
            long now = System.nanoTime();
            if ((now - lastLine) / 1_000_000 >= everyMillis) {
                synchronized (this) {
                    if ((now - lastLine) / 1_000_000 >= everyMillis) {
                        lastLine = now;
                        line(n);
                    }
                }
            }
        }

        private void line(int n) {
            double s = (System.nanoTime() - start) / 1e9;
            err.println(String.format(Locale.ROOT, "batch: %d/%d agencies, %d files, %d failed, %.0f s",
                    n, total, files.get(), failed.get(), s));
            err.flush();
        }

        @Override
        public synchronized void finish() {
            line(done.get());
        }
    }

    /** Older Windows consoles show neither the block characters nor the colours: plain ASCII there. */
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    /** me.tongfei progressbar on stderr. */
    static final class Bar implements BatchRunner.Listener {
        private ProgressBar bar;
        private final AtomicInteger failed = new AtomicInteger();

        @Override
        public void start(int agencies) {
            bar = new ProgressBarBuilder().setTaskName("itagen batch").setInitialMax(agencies)
                    .setStyle(WINDOWS ? ProgressBarStyle.ASCII : ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" agencies", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250)
                    .showSpeed().build();
        }

        @Override
        public void done(AgencyResult r) {
            if (r.status() == AgencyResult.Status.FAILED) bar.setExtraMessage(failed.incrementAndGet() + " failed");
            bar.step();
        }

        @Override
        public void finish() {
            if (bar != null) bar.close();
        }
    }
}
