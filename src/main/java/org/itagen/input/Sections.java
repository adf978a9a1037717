package org.itagen.input;

import java.time.LocalDate;
import java.util.List;

/**
 * The optional parts of a published O25 or O28 that the measures file may carry besides the
 * measures (issue 10 §3): each one absent unless the officer writes it, and each printed by its
 * own template block, so a document without them reads as before.
 *
 * @param documentDates   the date each document is issued (document_date), by kind ("o25", "o28"); a
 *                        single date in the file stands for both
 * @param nationalRank    the agency's place among its group nationwide, or null (O25)
 * @param recommendations the assessor's recommendations as received from ITAS (O25)
 * @param monitoring      how the measures are followed up, with the report deadline, or null (O25)
 * @param issues          the analysis grouped into issues, each naming its measures (O28)
 * @param limitations     the agency's limitations and obstacles (O28)
 * @param advisers        the advisers named in the document (O28)
 * @param preparers       the people who prepared it (O28)
 */
public record Sections(java.util.Map<String, LocalDate> documentDates, NationalRank nationalRank, List<Recommendation> recommendations,
                       Monitoring monitoring, List<Issue> issues, List<String> limitations,
                       List<Person> advisers, List<Person> preparers) {
    public static final Sections NONE = new Sections(java.util.Map.of(), null, List.of(), null, List.of(), List.of(), List.of(), List.of());

    public Sections {
        documentDates = java.util.Map.copyOf(documentDates);
        recommendations = List.copyOf(recommendations);
        issues = List.copyOf(issues);
        limitations = List.copyOf(limitations);
        advisers = List.copyOf(advisers);
        preparers = List.copyOf(preparers);
    }

    /** The date of the document of {@code kind} ("o25", "o28"), or null. */
    public LocalDate documentDate(String kind) {
        return documentDates.get(kind);
    }

    /**
     * @param rank         the agency's place (1 = highest) in its group
     * @param groupSize    how many agencies the group has
     * @param group        the group's name ("ส่วนราชการระดับกรม"), or null
     * @param participants how many agencies took part nationwide, or null
     */
    public record NationalRank(int rank, int groupSize, String group, Integer participants) {
    }

    /** One recommendation; tool, indicators and items say what it is about (any may be empty). */
    public record Recommendation(String tool, List<Integer> indicators, List<String> items, String text) {
        public Recommendation {
            indicators = List.copyOf(indicators);
            items = List.copyOf(items);
        }
    }

    /**
     * @param reportBy the date by which owners report their results, or null
     * @param reportTo to whom they report, or null
     * @param steps    the officer's own follow-up steps (empty: the template's)
     */
    public record Monitoring(LocalDate reportBy, String reportTo, List<String> steps) {
        public Monitoring {
            steps = List.copyOf(steps);
        }
    }

    /** An issue of the analysis and the ids of the measures that answer it. */
    public record Issue(String title, String analysis, List<String> items, List<String> measures,
                        List<String> limitations) {
        public Issue {
            items = List.copyOf(items);
            measures = List.copyOf(measures);
            limitations = List.copyOf(limitations);
        }
    }

    /** A name and, when given, a position. */
    public record Person(String name, String position) {
    }
}
