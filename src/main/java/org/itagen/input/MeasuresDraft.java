package org.itagen.input;

import java.util.List;
import java.util.Map;

/**
 * A measures file as far as it could be read, with everything wrong in it. The generating
 * commands take {@link #plan()}, which throws the first error; {@code itagen check} lists
 * {@link #problems()} and checks what it can of the rest.
 *
 * <p>Values are null where the file does not give them (or gives them wrongly); a measure with a
 * problem is still listed, with null for what is missing, so that the check can link it to the
 * analysis. Without errors every value a {@link MeasurePlan} requires is present.
 *
 * @param topWhere "measures.yaml:2": where a top-level key that is missing belongs
 * @param lines    "file:line" of top-level keys and of each {@code texts} entry ("texts.overall")
 * @param problems in file order
 * @param sections the optional parts of the document as far as readable
 * @param logo     the logo, or null
 * @param signature the signer, or null
 * @param questions the officer's question wordings by code (see {@link MeasurePlan#questions()})
 */
public record MeasuresDraft(String source, String topWhere, MeasurePlan.AgencyInfo agency, Integer planYear,
                            Integer assessmentYear, MeasurePlan.Approval approval, List<Measure> measures,
                            Map<String, String> texts, Map<String, String> lines, List<Problem> problems,
                            Sections sections, PictureRef logo, MeasurePlan.Signer signature,
                            Map<String, String> questions) {
    public MeasuresDraft {
        questions = questions == null ? Map.of() : Map.copyOf(questions);
        if (sections == null) sections = Sections.NONE;
        measures = List.copyOf(measures);
        texts = Map.copyOf(texts);
        lines = Map.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** "measures.yaml:3" for a top-level key, or {@link #topWhere} when the key is absent. */
    public String where(String key) {
        return lines.getOrDefault(key, topWhere);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The plan, or the first error as an {@link org.itagen.ItagenException} (one line, exit 2). */
    public MeasurePlan plan() {
        Problem.throwFirstError(problems);
        return new MeasurePlan(agency, planYear, assessmentYear, approval, measures, texts, source, lines, sections,
                logo, signature, questions);
    }
}
