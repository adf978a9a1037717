package org.itagen.input;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an officer writes in measures.yaml: the agency, the fiscal year the measures run in, and
 * the measures themselves.
 *
 * @param agency         the agency block, possibly empty (the scores file may name the agency)
 * @param planYear       fiscal year (BE) the measures run in
 * @param assessmentYear fiscal year (BE) whose ITA results the measures answer (default planYear - 1)
 * @param approval       who approved the measures, or null
 * @param measures       in file order
 * @param texts          the officer's own wording for sentences the template would generate,
 *                       by sentence name ("overall", ...); wins over the template
 * @param source         the file name, for messages
 * @param lines          "file:line" of top-level keys and of each {@code texts} entry ("texts.overall")
 * @param sections       the optional parts of the document (recommendations, issues ...); {@link Sections#NONE} when none
 * @param logo           the agency's logo or the Garuda emblem for the head of the first page, or null
 * @param signature      who signs the document, or null (no signature block)
 * @param questions      the officer's wordings of the assessment year's questions, by code ("e3"),
 *                       copied from the ITAS result page; they win over the framework's; lines
 *                       has "questions.e3" for each
 */
public record MeasurePlan(AgencyInfo agency, int planYear, int assessmentYear, Approval approval,
                          List<Measure> measures, Map<String, String> texts, String source,
                          Map<String, String> lines, Sections sections, PictureRef logo, Signer signature,
                          Map<String, String> questions) {
    public MeasurePlan {
        questions = questions == null ? Map.of() : Map.copyOf(questions);
        if (sections == null) sections = Sections.NONE;
        measures = List.copyOf(measures);
        texts = Map.copyOf(texts);
        lines = Map.copyOf(lines);
    }

    /** Without the look (issue 13 §4): no logo, no signer. */
    public MeasurePlan(AgencyInfo agency, int planYear, int assessmentYear, Approval approval,
                       List<Measure> measures, Map<String, String> texts, String source, Map<String, String> lines,
                       Sections sections) {
        this(agency, planYear, assessmentYear, approval, measures, texts, source, lines, sections, null, null, Map.of());
    }

    /** Without the officer's question wordings. */
    public MeasurePlan(AgencyInfo agency, int planYear, int assessmentYear, Approval approval,
                       List<Measure> measures, Map<String, String> texts, String source, Map<String, String> lines,
                       Sections sections, PictureRef logo, Signer signature) {
        this(agency, planYear, assessmentYear, approval, measures, texts, source, lines, sections, logo, signature, Map.of());
    }

    /**
     * The officer who signs (the signature block at the end of O25 and O28).
     *
     * @param name     full name with title ("นายสมชาย ใจดี")
     * @param position position lines ("นายกเทศมนตรีตำบลห้วยทรายงาม"), possibly none
     * @param date     the date under the position, or null
     * @param image    a scanned signature printed above the name, or null
     * @param where    "measures.yaml:30": where the block starts
     */
    public record Signer(String name, List<String> position, java.time.LocalDate date, PictureRef image, String where) {
        public Signer {
            position = List.copyOf(position);
        }
    }

    /** "measures.yaml:3" for a top-level key, or the file name when the key is absent. */
    public String where(String key) {
        return lines.getOrDefault(key, source);
    }

    public Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The agency block.
     *
     * @param id        short id used in output file names, or null
     * @param name      full name, or null
     * @param shortName abbreviation used in running text, or null
     * @param preparedBy the unit that prepared the document, or null
     */
    public record AgencyInfo(String id, String name, String shortName, String preparedBy) {
        public static final AgencyInfo EMPTY = new AgencyInfo(null, null, null, null);
    }

    /**
     * The approval of the measures or of the report.
     *
     * @param body    the meeting or person that approved, or null
     * @param meeting meeting number such as "9/2567", or null
     * @param date    the approval date, or null
     */
    public record Approval(String body, String meeting, java.time.LocalDate date) {
    }
}
