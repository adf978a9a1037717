package org.itagen.model;

/**
 * Whether one rule of a fiscal year (tool totals, weights, rating) is verified, and on what.
 * A declared total that contradicts a verified rule is an error; one that contradicts a rule
 * we only believe is a warning, because then our knowledge of the rule may be what is wrong.
 *
 * @param verified true when published figures or a NACC manual confirm the rule
 * @param evidence what confirms it or why it is not confirmed (a seed file's name, a manual)
 */
public record RuleEvidence(boolean verified, String evidence) {
    /** The rules a framework year states evidence for. */
    public static final java.util.List<String> RULES = java.util.List.of("tool_totals", "weights", "rating");
}
