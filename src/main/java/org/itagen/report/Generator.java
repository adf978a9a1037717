package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.analysis.Analysis;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.analysis.Band;
import org.itagen.analysis.Warning;
import org.itagen.doc.Document;
import org.itagen.input.MeasurePlan;
import org.itagen.model.AgencyScores;
import org.itagen.model.FrameworkSet;
import org.itagen.render.OutputFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One agency's documents, from its scores and measures to written files: the single path that the
 * o25 and o28 commands and batch share, so that they cannot drift apart.
 *
 * <p>{@link #prepare} reads and checks everything and renders every document in every format in
 * memory; only {@link Prepared#write} touches the output folder. An input mistake in any document
 * or format (an O28 measure without a result, an unknown --font, a broken --docx-reference)
 * therefore leaves none of the agency's files behind, and the files are written all or none.
 *
 * <p>A generator holds only immutable settings, so one instance serves all batch workers.
 */
public final class Generator {
    /**
     * What stays the same for every agency of a run.
     *
     * @param templates     by kind, in the order the documents are made
     * @param formats       in the order files are written
     * @param docxReference an officer's DOCX to take styles and letterhead from, or null
     * @param log           --verbose lines (fonts used, timings)
     * @param docxLetterhead an officer's DOCX to take only headers and footers from, or null
     */
    public record Settings(FrameworkSet frameworks, AnalysisOptions options, Map<DocKind, Template> templates,
                           ReportBuilder.Overrides overrides, List<OutputFormat> formats, Path docxReference,
                           Consumer<String> log, Path docxLetterhead) {
        public Settings(FrameworkSet frameworks, AnalysisOptions options, Map<DocKind, Template> templates,
                        ReportBuilder.Overrides overrides, List<OutputFormat> formats, Path docxReference, Consumer<String> log) {
            this(frameworks, options, templates, overrides, formats, docxReference, log, null);
        }

        public Settings {
            Objects.requireNonNull(frameworks, "frameworks");
            Objects.requireNonNull(options, "options");
            templates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(templates));
            formats = List.copyOf(new LinkedHashSet<>(formats));
            for (var e : templates.entrySet()) {
                if (e.getKey() != e.getValue().docKind()) {
                    throw new IllegalArgumentException("template " + e.getValue().file() + " is not a " + e.getKey() + " template");
                }
            }
            if (overrides == null) overrides = ReportBuilder.Overrides.NONE;
            if (log == null) log = line -> { };
        }
    }

    /** One document, built and rendered. */
    public record Made(DocKind kind, ReportInput input, Document document, Map<String, byte[]> files) {
        public Made {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        }
    }

    private final Settings s;
    private final boolean concurrent;

    public Generator(Settings settings) {
        this(settings, false);
    }

    /**
     * @param concurrent render an agency's files on parallel threads: for a single agency (o25,
     *                   o28) the PDF and DOCX writers then share the cores, which shortens a cold
     *                   run; batch leaves it off because its workers already fill the cores
     */
    public Generator(Settings settings, boolean concurrent) {
        this.s = Objects.requireNonNull(settings);
        this.concurrent = concurrent;
    }

    public Settings settings() {
        return s;
    }

    /** {@link #prepare} then {@link Prepared#write}: the written files, in order. */
    public List<Path> generate(AgencyScores scores, MeasurePlan plan, Path outDir) {
        return prepare(scores, plan).write(outDir, p -> { });
    }

    /**
     * Checks the inputs and builds every document (its templates evaluated) without rendering:
     * what batch runs once on its first agency so that a template mistake stops the run at once.
     */
    public List<Document> build(AgencyScores scores, MeasurePlan plan) {
        List<Document> docs = new ArrayList<>();
        for (var e : s.templates().entrySet()) {
            Document doc = requireContent(ReportBuilder.build(Reports.prepare(e.getKey(), scores, s.frameworks(), s.options(), plan),
                    e.getValue(), s.overrides()), e.getValue());
            DocumentText.refuseControls(DocumentText.scan(doc), plan.source());
            docs.add(doc);
        }
        return docs;
    }

    /**
     * A template whose body is empty, or shows no block for this agency, would give an empty
     * document with exit 0: refused, naming the template (and its first block).
     */
    static Document requireContent(Document doc, Template t) {
        if (doc.blocks().stream().anyMatch(b -> !(b instanceof org.itagen.doc.PageBreak))) return doc;
        if (t.body().isEmpty()) throw ItagenException.input(t.file(), org.itagen.Msg.of("error.TEMPLATE_EMPTY_BODY"));
        throw ItagenException.input(t.file() + ":" + t.body().getFirst().line(), org.itagen.Msg.of("error.TEMPLATE_NOTHING_SHOWN"));
    }

    /** Reads, checks, builds and renders every document of the agency; writes nothing. */
    public Prepared prepare(AgencyScores scores, MeasurePlan plan) {
        // Build every document before rendering any: the input checks (Reports.prepare,
        // ReportBuilder.build) are cheap next to rendering, so a mistake is found fast.
        List<ReportInput> inputs = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        for (var e : s.templates().entrySet()) {
            ReportInput in = Reports.prepare(e.getKey(), scores, s.frameworks(), s.options(), plan);
            inputs.add(in);
            docs.add(requireContent(ReportBuilder.build(in, e.getValue(), s.overrides()), e.getValue()));
        }
        List<String> notices = new ArrayList<>();
        int k = 0;
        for (DocKind kind : s.templates().keySet()) {
            Document doc = docs.get(k++);
            DocumentText.Findings found = DocumentText.scan(doc);
            DocumentText.refuseControls(found, plan.source());
            if (s.formats().contains(OutputFormat.PDF)) notices.addAll(DocumentText.unshowable(doc, found, kind.label()));
        }
        // Every (document, format) pair is one independent rendering job.
        List<java.util.function.Supplier<byte[]>> jobs = new ArrayList<>();
        for (Document doc : docs) {
            for (OutputFormat format : s.formats()) jobs.add(() -> format.render(doc, s.docxReference(), s.docxLetterhead(), s.log()));
        }
        List<byte[]> rendered = concurrent && jobs.size() > 1 ? renderConcurrently(jobs)
                : jobs.stream().map(java.util.function.Supplier::get).toList();
        List<Made> made = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (DocKind kind : s.templates().keySet()) {
            Document doc = docs.get(i);
            ReportInput in = inputs.get(i++);
            String id = ReportBuilder.agencyId(in);
            String name = id != null ? id : doc.metadata().author();
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (OutputFormat format : s.formats()) {
                files.put(Reports.fileName(kind, name, plan.planYear(), format), rendered.get(j++));
            }
            made.add(new Made(kind, in, doc, files));
        }
        return new Prepared(List.copyOf(made), List.copyOf(notices));
    }

    /** Runs the jobs on parallel threads (the writers keep all state per call); results in job order. */
    private static List<byte[]> renderConcurrently(List<java.util.function.Supplier<byte[]>> jobs) {
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()))) {
            List<java.util.concurrent.Future<byte[]>> futures = new ArrayList<>();
            for (var job : jobs) futures.add(pool.submit(job::get));
            List<byte[]> out = new ArrayList<>();
            for (var f : futures) {
                try {
                    out.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    futures.forEach(other -> other.cancel(true));
                    // The writer's own exception (e.g. a bad --docx-reference) is what the user must see.
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while rendering", e);
                }
            }
            return out;
        }
    }

    /**
     * An agency's documents, rendered and ready to write.
     *
     * @param notices warnings about the documents themselves (characters the PDF cannot show), one line each
     */
    public record Prepared(List<Made> documents, List<String> notices) {
        /** The analysis of the first document (the assessment year against the year before). */
        public Analysis analysis() {
            return documents.getFirst().input().analysis();
        }

        /** The band of the assessment year, or null when the rules give none. */
        public Band band() {
            return documents.isEmpty() ? null : analysis().band();
        }

        /** Every analysis warning of every document (O28 adds the year after) and what its framework data is unsure of, each once, in order. */
        public List<Warning> warnings() {
            LinkedHashSet<Warning> all = new LinkedHashSet<>();
            for (Made m : documents) {
                all.addAll(m.input().analysis().warnings());
                if (m.input().after() != null) all.addAll(m.input().after().warnings());
                all.addAll(m.input().frameworkWarnings(m.kind()));
            }
            return List.copyOf(all);
        }

        /**
         * Writes every file into {@code outDir} (created when missing), all or none: a failure
         * (full disk, a file held open, a folder in the way) leaves the folder as it was.
         *
         * @param written told of each file once all are in place
         * @return the files written, in order
         */
        public List<Path> write(Path outDir, Consumer<Path> written) {
            return write(outDir, false, written, OutputFiles.Io.DEFAULT);
        }

        /** As {@link #write(Path, Consumer)} through {@code io} (tests play a full disk or a locked file). */
        public List<Path> write(Path outDir, Consumer<Path> written, OutputFiles.Io io) {
            return write(outDir, false, written, io);
        }

        /**
         * As {@link #write(Path, Consumer)}; a file in the way that itagen did not write as it is
         * now (the officer finished it in Word) is refused with one line naming it, unless
         * {@code force} (see {@link org.itagen.render.OutputManifest}).
         */
        public List<Path> write(Path outDir, boolean force, Consumer<Path> written, OutputFiles.Io io) {
            if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
                throw ItagenException.output(outDir.toString(), org.itagen.Msg.of("error.OUTPUT_NOT_FOLDER"), null);
            }
            Map<Path, byte[]> files = new LinkedHashMap<>();
            for (Made m : documents) {
                for (var f : m.files().entrySet()) files.put(outDir.resolve(f.getKey()), f.getValue());
            }
            org.itagen.render.OutputManifest.write(files, force, p -> { }, io);
            // The paths as the caller gave the folder (relative stays relative), in order.
            List<Path> paths = new ArrayList<>(files.keySet());
            paths.forEach(written);
            return List.copyOf(paths);
        }
    }
}
