package org.itagen.input;

import java.util.List;
import java.util.Map;

/**
 * One measure, project or activity of the plan.
 *
 * @param id         unique within the file ("M1"); generated as M1, M2 ... when absent
 * @param title      what the measure is
 * @param indicators the ITA indicators (1-10) it answers
 * @param items      question codes it answers, lower case ("i10", "e4", "o12")
 * @param analysis   the finding it answers, as the officer wrote it, or null (the report drafts one)
 * @param steps      steps or method, at least one
 * @param period     when it runs
 * @param owner      who is responsible
 * @param result     O28: summary of what was done, or null
 * @param outcome    O28: outcome or success, or null
 * @param status     how far it got, or null when not stated
 * @param evidence   links to evidence, possibly empty
 * @param where      "measures.yaml:12", the line of the measure's first key
 * @param lines      "file:line" per key of the measure ("title", "period" ...) and per link
 *                   ("indicator:4", "item:i10")
 */
public record Measure(String id, String title, List<Integer> indicators, List<String> items, String analysis,
                      List<String> steps, Period period, String owner, String result, String outcome,
                      Status status, List<Evidence> evidence, String where, Map<String, String> lines) {
    public Measure {
        indicators = List.copyOf(indicators);
        items = List.copyOf(items);
        steps = List.copyOf(steps);
        evidence = List.copyOf(evidence);
        lines = Map.copyOf(lines);
    }

    /** The line of a key of this measure, or the measure's own line when the key is absent. */
    public String where(String key) {
        return lines.getOrDefault(key, where);
    }

    /** How far a measure got. */
    public enum Status {
        DONE("done"), IN_PROGRESS("in_progress"), NOT_STARTED("not_started");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /** The value written in YAML. */
        public String code() {
            return code;
        }
    }

    /** A link to evidence; {@code title} defaults to the URL. */
    public record Evidence(String title, String url) {
    }
}
