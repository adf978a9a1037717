package org.itagen.batch;

import org.itagen.Diagnostic;
import org.itagen.Messages;
import org.itagen.Version;
import org.itagen.thai.DisplayWidth;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Batch progress on stderr: a bar on a terminal, plain lines in CI logs and pipes, JSON lines for
 * scripts ({@code --message-format json}), or nothing.
 */
public final class Progress {
    private Progress() {
    }

    /** auto picks bar on an interactive terminal outside CI, lines otherwise. */
    public enum Mode { auto, bar, lines, none }

    public static BatchRunner.Listener of(Mode mode, PrintWriter err) {
        return of(mode, err, false);
    }

    /** @param json progress, failures and skipped agencies as JSON lines (unless the mode is none) */
    public static BatchRunner.Listener of(Mode mode, PrintWriter err, boolean json) {
        if (mode == Mode.none) return new Silent();
        if (json) return new JsonLines(err, 10_000, System::nanoTime);
        Mode m = mode == Mode.auto ? (interactive() ? Mode.bar : Mode.lines) : mode;
        return switch (m) {
            case bar -> new Bar(err, WINDOWS, System::nanoTime, true);
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

    /** "0:07", "12:03", "1:02:03". */
    static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /**
     * A rate as people read it: "12 agencies/s", "3.4 agencies/s", and below one a second
     * "2.5 s/agency" (never ".0 agencies/s").
     */
    static String rate(double perSecond) {
        if (perSecond >= 10) return Messages.text("batch.progress.rate", String.format(Locale.ROOT, "%.0f", perSecond));
        if (perSecond >= 1) return Messages.text("batch.progress.rate", String.format(Locale.ROOT, "%.1f", perSecond));
        return Messages.text("batch.progress.seconds_each", String.format(Locale.ROOT, "%.1f", 1 / perSecond));
    }

    /**
     * Agencies per second over the last {@link #WINDOW_NANOS} (so a slow start or a pause does not
     * hide the current speed): the times of recent completions, oldest first.
     */
    static final class Rate {
        static final long WINDOW_NANOS = 20_000_000_000L;
        private final ArrayDeque<long[]> marks = new ArrayDeque<>(); // {time, done}

        synchronized void mark(long now, int done) {
            marks.addLast(new long[]{now, done});
            while (marks.size() > 2 && now - marks.peekFirst()[0] > WINDOW_NANOS) marks.removeFirst();
        }

        /** Agencies per second from the first mark of the window (the start of work) to now; NaN before any is done. */
        synchronized double perSecond(long now) {
            if (marks.size() < 2) return Double.NaN;
            long[] first = marks.peekFirst();
            long[] last = marks.peekLast();
            double seconds = (now - first[0]) / 1e9;
            return seconds <= 0 || last[1] == first[1] ? Double.NaN : (last[1] - first[1]) / seconds;
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
            err.println(Messages.text("batch.lines.start", String.valueOf(agencies)));
            err.flush();
        }

        @Override
        public void done(AgencyResult r) {
            int n = done.incrementAndGet();
            files.addAndGet(r.files().size());
            if (r.status() == AgencyResult.Status.FAILED) {
                failed.incrementAndGet();
                synchronized (this) {
                    err.println(failureLine(r));
                    err.flush();
                }
            }
            if (!r.warnings().isEmpty() || r.status() == AgencyResult.Status.NEEDS_FIX) {
                synchronized (this) {
                    for (String l : needsFixLines(r)) err.println(l);
                    for (String w : r.warnings()) err.println(warningLine(r, w));
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
            err.println(Messages.text("batch.lines.progress", String.valueOf(n), String.valueOf(total),
                    String.valueOf(files.get()), String.valueOf(failed.get()), String.format(Locale.ROOT, "%.0f", s)));
            err.flush();
        }

        @Override
        public synchronized void finish() {
            line(done.get());
        }
    }

    /** "batch: warning ag00042: ..." (a warning about an agency's written documents). */
    static String warningLine(AgencyResult r, String warning) {
        return Messages.text("batch.WARNING", r.agencyId(), warning);
    }

    /** "batch: needs fix ag00042: O25 would score 0: ..." for each reason, of an agency with status needs_fix. */
    static List<String> needsFixLines(AgencyResult r) {
        if (r.status() != AgencyResult.Status.NEEDS_FIX) return List.of();
        return r.errors().stream().map(e -> Messages.text("batch.NEEDS_FIX", r.agencyId(), e)).toList();
    }

    /** "batch: failed ag00042: scores.csv:12: ..." (the text line of a failed agency). */
    static String failureLine(AgencyResult r) {
        return Messages.text("batch.FAILED", r.agencyId(), String.join(" | ", r.errors()));
    }

    /**
     * JSON lines: a progress object every {@code everyMillis} and at the end, an error object for
     * each failed agency and a warning for each skipped one (schema errors.schema.json).
     */
    static final class JsonLines implements BatchRunner.Listener {
        private final PrintWriter err;
        private final long everyMillis;
        private final LongSupplier nanos;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger skipped = new AtomicInteger();
        private final AtomicInteger needsFix = new AtomicInteger();
        private final AtomicLong files = new AtomicLong();
        private final Rate rate = new Rate();
        private volatile long start;
        private volatile long lastLine;
        private volatile int total;

        JsonLines(PrintWriter err, long everyMillis, LongSupplier nanos) {
            this.err = err;
            this.everyMillis = everyMillis;
            this.nanos = nanos;
        }

        @Override
        public void start(int agencies) {
            total = agencies;
            start = nanos.getAsLong();
            lastLine = start;
            rate.mark(start, 0);
            print(progress(false));
        }

        @Override
        public void done(AgencyResult r) {
            int n = done.incrementAndGet();
            files.addAndGet(r.files().size());
            long now = nanos.getAsLong();
            rate.mark(now, n);
            if (r.status() == AgencyResult.Status.FAILED) failed.incrementAndGet();
            if (r.status() == AgencyResult.Status.SKIPPED) skipped.incrementAndGet();
            if (r.status() == AgencyResult.Status.NEEDS_FIX) {
                needsFix.incrementAndGet();
                // One line per reason, coded by its finding: an error when --strict kept the files back.
                for (org.itagen.check.Checker.Zero z : r.findings()) {
                    org.itagen.check.Finding f = z.finding();
                    Diagnostic d = r.files().isEmpty() ? Diagnostic.error(f.code().name(), z.message(), f.where())
                            : Diagnostic.warning(f.code().name(), z.message(), f.where());
                    print(d.forAgency(r.agencyId()).json());
                }
            } else if (r.status() != AgencyResult.Status.OK) {
                Diagnostic d = r.problem() != null ? r.problem()
                        : Diagnostic.error("INPUT", String.join(" | ", r.errors()), null).forAgency(r.agencyId());
                print(d.json());
            }
            // The documents' warnings are the generator's notices: characters the PDF cannot show.
            for (String w : r.warnings()) {
                print(Diagnostic.warning(org.itagen.RunWarning.UNSHOWABLE_CHARACTER.name(), w, null).forAgency(r.agencyId()).json());
            }
            if ((now - lastLine) / 1_000_000 >= everyMillis) {
                synchronized (this) {
                    if ((now - lastLine) / 1_000_000 >= everyMillis) {
                        lastLine = now;
                        print(progress(false));
                    }
                }
            }
        }

        @Override
        public void finish() {
            print(progress(true));
        }

        private String progress(boolean finished) {
            long now = nanos.getAsLong();
            double perSecond = rate.perSecond(now);
            StringBuilder sb = new StringBuilder();
            sb.append("{\"schema_version\":").append(Version.SCHEMA)
                    .append(",\"itagen_version\":\"").append(Version.itagen().replace("\"", "")).append('"')
                    .append(",\"progress\":{\"done\":").append(done.get())
                    .append(",\"total\":").append(total)
                    .append(",\"failed\":").append(failed.get())
                    .append(",\"skipped\":").append(skipped.get())
                    .append(",\"needs_fix\":").append(needsFix.get())
                    .append(",\"files\":").append(files.get())
                    .append(",\"seconds\":").append(String.format(Locale.ROOT, "%.1f", (now - start) / 1e9))
                    .append(",\"agencies_per_second\":")
                    .append(Double.isNaN(perSecond) ? "null" : String.format(Locale.ROOT, "%.2f", perSecond))
                    .append(",\"finished\":").append(finished).append("}}");
            return sb.toString();
        }

        private void print(String line) {
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        }
    }

    /** Older Windows consoles show neither the block characters nor the colours: plain ASCII there. */
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    /**
     * The bar on a terminal, run by the me.tongfei progressbar library: its refresh thread redraws
     * four times a second (also while nothing finishes, so the clock runs during warm-up), it asks
     * the terminal for its width (through jline) and it ends the line when the run is over. itagen
     * gives it the line as its renderer ({@link #line}: the share done, the rate of the last 20 s
     * or "warming up" with the time so far, failures, time left; Thai or English) and a consumer
     * ({@link Screen}) that prints a failure on a line of its own above the bar under the same lock
     * as the redraw, so the two never share a line. The line stays within 79 columns, as a terminal
     * narrower than the line would wrap it and break the redraw.
     */
    static final class Bar implements BatchRunner.Listener {
        static final int WIDTH = 79;
        private final Screen screen;
        private final boolean ascii;
        private final LongSupplier nanos;
        private final boolean ticking;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final Rate rate = new Rate();
        private final long begun;
        private volatile String reading;
        private volatile long started = -1;
        private volatile int total = -1;
        private ProgressBar library; // null when a test draws by hand

        /** @param ticking let the library redraw on its timer (tests draw by hand with {@link #draw}) */
        Bar(PrintWriter err, boolean ascii, LongSupplier nanos, boolean ticking) {
            this(err, ascii, nanos, ticking, ticking ? terminalWidth() : () -> WIDTH);
        }

        Bar(PrintWriter err, boolean ascii, LongSupplier nanos, boolean ticking, IntSupplier width) {
            this.screen = new Screen(err, width);
            this.ascii = ascii;
            this.nanos = nanos;
            this.ticking = ticking;
            this.begun = nanos.getAsLong();
        }

        /** The library's own measure of the terminal (jline), asked once the bar is first drawn. */
        private static IntSupplier terminalWidth() {
            ConsoleProgressBarConsumer console = new ConsoleProgressBarConsumer(System.err);
            return console::getMaxRenderedLength;
        }

        @Override
        public void reading(Path scores) {
            reading = scores.getFileName() == null ? scores.toString() : scores.getFileName().toString();
            begin(-1);
            draw();
        }

        @Override
        public void start(int agencies) {
            total = agencies;
            started = nanos.getAsLong();
            rate.mark(started, 0);
            begin(agencies);
            draw();
        }

        /** Starts the library's bar (indefinite while the scores are read), or gives it the count. */
        private synchronized void begin(long agencies) {
            if (!ticking) return;
            if (library == null) {
                library = new ProgressBarBuilder().setTaskName("itagen batch").setInitialMax(agencies)
                        .setRenderer((state, maxLength) -> fit(line(nanos.getAsLong()), maxLength))
                        .setConsumer(screen).setUpdateIntervalMillis(250).continuousUpdate().build();
            } else if (agencies >= 0) {
                library.maxHint(agencies);
            }
        }

        @Override
        public void done(AgencyResult r) {
            int n = done.incrementAndGet();
            rate.mark(nanos.getAsLong(), n);
            boolean isFailed = r.status() == AgencyResult.Status.FAILED;
            if (isFailed) failed.incrementAndGet();
            ProgressBar bar = library;
            if (bar != null) bar.stepTo(n);
            if (isFailed || !r.warnings().isEmpty() || r.status() == AgencyResult.Status.NEEDS_FIX) {
                java.util.List<String> lines = new java.util.ArrayList<>();
                if (isFailed) lines.add(failureLine(r));
                lines.addAll(needsFixLines(r));
                for (String w : r.warnings()) lines.add(warningLine(r, w));
                screen.above(lines, fit(line(nanos.getAsLong()), screen.getMaxRenderedLength()));
            }
        }

        @Override
        public void finish() {
            ProgressBar bar;
            synchronized (this) {
                bar = library;
            }
            if (bar != null) {
                bar.close(); // draws the last line and closes the screen (a line end)
            } else {
                draw();
                screen.close();
            }
        }

        /** Draws the current line over the previous one. */
        void draw() {
            screen.accept(fit(line(nanos.getAsLong()), screen.getMaxRenderedLength()));
        }

        /** The line at time {@code now}. */
        String line(long now) {
            if (started < 0) {
                return fit(Messages.text("batch.progress.reading", reading == null ? "" : reading) + " · "
                        + clock((now - begun) / 1_000_000_000L), WIDTH);
            }
            int n = done.get();
            int t = Math.max(total, 0);
            double share = t == 0 ? 1 : (double) n / t;
            StringBuilder sb = new StringBuilder(bar(share, 12))
                    .append(String.format(Locale.ROOT, " %d%% %d/%d", (int) Math.floor(share * 100), n, t));
            long elapsed = (now - begun) / 1_000_000_000L;
            double perSecond = rate.perSecond(now);
            if (Double.isNaN(perSecond)) {
                sb.append(" · ").append(Messages.text("batch.progress.warmup")).append(" · ").append(clock(elapsed));
            } else {
                sb.append(" · ").append(rate(perSecond));
                if (failed.get() > 0) sb.append(" · ").append(Messages.text("batch.progress.failed", String.valueOf(failed.get())));
                sb.append(" · ").append(clock(elapsed));
                if (n < t) sb.append(" · ").append(Messages.text("batch.progress.eta", clock(Math.round((t - n) / perSecond))));
            }
            if (Double.isNaN(perSecond) && failed.get() > 0) {
                sb.append(" · ").append(Messages.text("batch.progress.failed", String.valueOf(failed.get())));
            }
            return fit(sb.toString(), WIDTH);
        }

        private String bar(double share, int cells) {
            StringBuilder b = new StringBuilder(ascii ? "[" : "▕");
            double filled = share * cells;
            int full = (int) Math.floor(filled);
            String eighths = "▏▎▍▌▋▊▉";
            for (int i = 0; i < cells; i++) {
                if (i < full) {
                    b.append(ascii ? '#' : '█');
                } else if (i == full && !ascii && filled - full >= 0.125) {
                    b.append(eighths.charAt((int) Math.floor((filled - full) * 8) - 1));
                } else {
                    b.append(ascii ? '.' : ' ');
                }
            }
            return b.append(ascii ? "]" : "▏").toString();
        }

        /** Cuts the line to {@code width} display columns (at most {@link #WIDTH}). */
        private static String fit(String s, int width) {
            int w = Math.min(WIDTH, width <= 0 ? WIDTH : width);
            if (DisplayWidth.displayWidth(s) <= w) return s;
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String next = out + new String(Character.toChars(cp));
                if (DisplayWidth.displayWidth(next) > w) break;
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return out.toString();
        }
    }

    /**
     * Where the library draws the bar: each line over the previous one (blanks wipe a longer one),
     * and lines printed above the bar under the same lock, so a failure and a redraw never mix.
     */
    static final class Screen implements ProgressBarConsumer {
        private final PrintWriter err;
        private final IntSupplier terminalWidth;
        private String last = "";
        private int shown; // display width of the line on screen, to wipe it

        Screen(PrintWriter err, IntSupplier terminalWidth) {
            this.err = err;
            this.terminalWidth = terminalWidth;
        }

        @Override
        public int getMaxRenderedLength() {
            int w = terminalWidth.getAsInt();
            return w <= 0 ? Bar.WIDTH : Math.min(Bar.WIDTH, w);
        }

        @Override
        public synchronized void accept(String line) {
            int w = DisplayWidth.displayWidth(line);
            err.print("\r" + line + " ".repeat(Math.max(0, shown - w)));
            if (shown > w) err.print("\r" + line); // the cursor back at the end of the line
            err.flush();
            shown = w;
            last = line;
        }

        /** Wipes the bar, prints {@code lines}, and draws {@code bar} below them. */
        synchronized void above(java.util.List<String> lines, String bar) {
            if (shown > 0) err.print("\r" + " ".repeat(shown) + "\r");
            for (String l : lines) err.println(l);
            shown = 0;
            accept(bar == null ? last : bar);
        }

        @Override
        public synchronized void close() {
            err.println();
            err.flush();
            shown = 0;
        }
    }
}
