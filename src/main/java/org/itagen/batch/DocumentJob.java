package org.itagen.batch;

import org.itagen.ItagenException;
import org.itagen.analysis.Band;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ScoreStream;
import org.itagen.model.AgencyScores;
import org.itagen.report.Generator;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The batch job: one agency's documents through the same {@link Generator} as the o25 and o28
 * commands. The generator builds and renders all of an agency's documents before writing any, so
 * an agency whose measures the O28 refuses gets no O25 either: its files are all there or none.
 */
public final class DocumentJob implements AgencyJob {
    private final Generator generator;
    private final Path out;

    /** @param generator shared by all workers (it holds only immutable settings) */
    public DocumentJob(Generator generator, Path out) {
        this.generator = Objects.requireNonNull(generator);
        this.out = Objects.requireNonNull(out);
    }

    @Override
    public void run(ScoreStream.AgencyRows rows, Path measures, Context ctx) {
        AgencyScores scores = rows.parse();
        ctx.name(scores.agency().name());
        MeasurePlan plan = MeasuresReader.read(measures);
        String planId = plan.agency().id();
        if (planId != null && !planId.isBlank() && !planId.strip().equals(rows.agencyId())) {
            throw ItagenException.input(plan.where("agency"), "this measures file says agency id \"" + planId.strip()
                    + "\" but is the file of agency " + rows.agencyId() + "; fix agency.id or the file name");
        }
        Generator.Prepared prepared = generator.prepare(scores, plan);
        Band b = prepared.band();
        if (b != null) ctx.band(b.name());
        prepared.write(out, p -> ctx.wrote(out.relativize(p).toString()));
    }
}
