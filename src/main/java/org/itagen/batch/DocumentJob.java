package org.itagen.batch;

import org.itagen.analysis.Band;
import org.itagen.check.Checker;
import org.itagen.report.DocKind;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.SameAgency;
import org.itagen.input.ScoreStream;
import org.itagen.model.AgencyScores;
import org.itagen.ItagenException;
import org.itagen.report.Generator;
import org.itagen.report.Template;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The batch job: one agency's documents through the same {@link Generator} as the o25 and o28
 * commands. The generator builds and renders all of an agency's documents before writing any, so
 * an agency whose measures the O28 refuses gets no O25 either: its files are all there or none.
 */
public final class DocumentJob implements AgencyJob {
    private final Generator generator;
    private final Path out;
    private final Layout layout;
    private final boolean strict;
    private boolean force;

    /** @param generator shared by all workers (it holds only immutable settings) */
    public DocumentJob(Generator generator, Path out) {
        this(generator, out, Layout.FLAT, false);
    }

    /** @param layout all files in {@code out}, or a folder per agency; file names in results stay relative to {@code out} */
    public DocumentJob(Generator generator, Path out, Layout layout) {
        this(generator, out, layout, false);
    }

    /** @param strict write nothing for an agency whose documents would score 0 (--strict) */
    public DocumentJob(Generator generator, Path out, Layout layout, boolean strict) {
        this.generator = Objects.requireNonNull(generator);
        this.out = Objects.requireNonNull(out);
        this.layout = Objects.requireNonNull(layout);
        this.strict = strict;
    }

    /** Replace documents changed since itagen wrote them (--force); refused per agency otherwise. */
    public DocumentJob force(boolean force) {
        this.force = force;
        return this;
    }

    /**
     * Builds the documents of one agency (no rendering, nothing written) and rethrows a mistake
     * that lies in one of the templates; a mistake in the agency's own data is left for its run.
     */
    public void checkTemplates(ScoreStream.AgencyRows rows, Path measures, java.util.Collection<Template> templates) {
        try {
            generator.build(rows.parse(), MeasuresReader.read(measures));
        } catch (ItagenException e) {
            String where = e.where() == null ? "" : e.where();
            for (Template t : templates) {
                if (where.equals(t.file()) || where.startsWith(t.file() + ":")) throw e;
            }
        }
    }

    @Override
    public void run(ScoreStream.AgencyRows rows, Path measures, Context ctx) {
        AgencyScores scores = rows.parse();
        ctx.name(scores.agency().name());
        org.itagen.input.MeasuresDraft draft = org.itagen.input.MeasuresParser.parse(measures);
        MeasurePlan plan = draft.plan();
        // Text YAML's rules likely ate (issue 13 §3): the agency's warnings, its documents still made.
        draft.problems().stream().filter(p -> !p.isError()).forEach(p -> ctx.warn(p.where() + ": " + p.message().text()));
        SameAgency.requireFileOf(plan.agency().id(), plan.where("agency"), rows.agencyId());
        make(scores, plan, measures, rows.agencyId(), ctx);
    }

    /**
     * One agency's documents from its scores and measures (a YAML file or a workbook): band and
     * notices reported, then check's rules on what was made, as o25/o28 run them (issue 10 §4):
     * needs_fix when any document would score 0, and --strict then writes none of its files.
     */
    private void make(AgencyScores scores, MeasurePlan plan, Path measures, String agencyId, Context ctx) {
        Generator.Prepared prepared = generator.prepare(scores, plan);
        Band b = prepared.band();
        if (b != null) ctx.band(b.name());
        prepared.notices().forEach(ctx::warn);
        Generator.Settings s = generator.settings();
        java.util.Set<DocKind> kinds = s.templates().keySet();
        List<Checker.Zero> zero = Checker.wouldScoreZero(Checker.made(scores, measures, s.frameworks(), s.options(), kinds), kinds);
        ctx.wouldScoreZero(zero);
        if (strict && !zero.isEmpty()) return;
        prepared.write(layout.dir(out, agencyId), force, p -> ctx.wrote(out.relativize(p).toString().replace('\\', '/')),
                org.itagen.render.OutputFiles.Io.DEFAULT);
    }

    /**
     * As {@link #checkTemplates} for a workbook of {@code batch --workbooks}: builds its documents
     * and rethrows only a mistake that lies in one of the templates.
     *
     * @return whether the templates were tried (false: the workbook's own data stopped the build first)
     */
    public boolean checkTemplates(Path workbook, org.itagen.input.ReadOptions read, java.util.Collection<Template> templates) {
        try {
            MeasurePlan plan = org.itagen.input.workbook.WorkbookReader.plan(workbook);
            generator.build(org.itagen.input.workbook.WorkbookReader.scores(workbook, read, plan.agency().id()), plan);
            return true;
        } catch (ItagenException e) {
            String where = e.where() == null ? "" : e.where();
            for (Template t : templates) {
                if (where.equals(t.file()) || where.startsWith(t.file() + ":")) throw e;
            }
            return false;
        }
    }

    /** Output file-name key (safe characters, one letter case) to the workbook that claimed it in this run. */
    private final java.util.concurrent.ConcurrentHashMap<String, Path> claimed = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One workbook of {@code batch --workbooks}: its own scores and measures, the same documents
     * as {@code o25/o28 --workbook}. Two workbooks of one agency would write the same files: the
     * second to get there fails, naming the first.
     *
     * @return the agency id the workbook holds
     */
    public String runWorkbook(Path workbook, org.itagen.input.ReadOptions read, Context ctx) {
        MeasurePlan plan = org.itagen.input.workbook.WorkbookReader.plan(workbook);
        String id = plan.agency().id();
        if (id != null) ctx.agencyId(id);
        AgencyScores scores = org.itagen.input.workbook.WorkbookReader.scores(workbook, read, id);
        if (scores.agency() != null) ctx.name(scores.agency().name());
        String agencyId = scores.agency() != null && scores.agency().id() != null && !scores.agency().id().isBlank()
                ? scores.agency().id().strip()
                : id != null && !id.isBlank() ? id.strip() : org.itagen.input.workbook.WorkbookFolder.stem(workbook);
        ctx.agencyId(agencyId);
        SameAgency.require(id, plan.where("agency"), scores);
        String key = org.itagen.report.Reports.fileName(org.itagen.report.DocKind.O25, agencyId, 0,
                org.itagen.report.OutputFormat.PDF).toLowerCase(java.util.Locale.ROOT);
        Path first = claimed.putIfAbsent(key, workbook);
        if (first != null && !first.equals(workbook)) {
            throw ItagenException.input(workbook.toString(), org.itagen.Msg.of("error.WORKBOOKS_SAME_AGENCY",
                    org.itagen.input.Texts.echo(agencyId), first.getFileName().toString()));
        }
        make(scores, plan, workbook, agencyId, ctx);
        return agencyId;
    }
}
