package org.itagen.batch;

import org.itagen.ItagenException;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.analysis.Band;
import org.itagen.doc.Document;
import org.itagen.input.MeasurePlan;
import org.itagen.input.MeasuresReader;
import org.itagen.input.ScoreStream;
import org.itagen.model.AgencyScores;
import org.itagen.model.FrameworkSet;
import org.itagen.render.OutputFiles;
import org.itagen.report.ReportBuilder;
import org.itagen.report.ReportInput;
import org.itagen.report.Reports;
import org.itagen.report.Template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The batch job: one agency's O25 and/or O28 in the chosen formats, built exactly as the o25 and
 * o28 commands build them (Reports.prepare, ReportBuilder.build) and written atomically. Both
 * documents are built before anything is written, so an agency whose measures the O28 refuses
 * gets no O25 either: its files are all there or none.
 */
public final class DocumentJob implements AgencyJob {
    /** Renders a document in one format ("pdf", "docx", "txt"). */
    @FunctionalInterface
    public interface Renderer {
        byte[] render(Document doc, String format);
    }

    /**
     * @param docs      "o25", "o28" in order
     * @param formats   "pdf", "docx", "txt" in order
     * @param templates by kind, loaded once for the whole run
     */
    public record Settings(Path out, List<String> docs, List<String> formats, FrameworkSet frameworks,
                           AnalysisOptions options, Map<String, Template> templates, ReportBuilder.Overrides overrides,
                           Renderer renderer) {
        public Settings {
            docs = List.copyOf(docs);
            formats = List.copyOf(formats);
            templates = Map.copyOf(templates);
        }
    }

    private final Settings s;

    public DocumentJob(Settings settings) {
        this.s = settings;
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
        List<Document> docs = new ArrayList<>();
        for (String kind : s.docs()) {
            ReportInput in = Reports.prepare(kind, scores, s.frameworks(), s.options(), plan);
            if (ctx.band == null) {
                Band b = in.analysis().band();
                if (b != null) ctx.band(b.name());
            }
            docs.add(ReportBuilder.build(in, s.templates().get(kind), s.overrides()));
        }
        for (int i = 0; i < docs.size(); i++) {
            for (String format : s.formats()) {
                byte[] bytes = s.renderer().render(docs.get(i), format);
                String name = Reports.fileName(s.docs().get(i), rows.agencyId(), plan.planYear(), format);
                OutputFiles.writeAtomically(s.out().resolve(name), bytes);
                ctx.wrote(name);
            }
        }
    }
}
