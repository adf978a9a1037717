package org.itagen.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NACC's rules for one fiscal year: indicators, weights, rating scheme, known questions and the
 * OIT document items. Loaded from bundled YAML (org/itagen/framework/fyNNNN.yaml) or --framework.
 *
 * @param weights   weight of IIT, EIT and OIT in the ITA total (sum 1)
 * @param eitParts  true when the EIT has two parts (public/survey) that the rating uses (FY2568 on)
 * @param questions known question wordings by code ("i1" ...), possibly empty
 * @param masterPlanTarget the ITA total the national anti-corruption master plan sets agencies
 *                  (85), or null when the year's data does not state one
 * @param verification per rule (tool_totals, weights, rating): verified or not, and on what evidence;
 *                  a year states its own (never inherited), a rule it does not name is unverified
 * @param source    where it was loaded from, for messages
 * @param sameQuestions this year's question codes that ask the same question as a code of the year
 *                  before (this year's code to last year's); a year states its own (never
 *                  inherited); a code not listed is not known to be the same question
 */
public record Framework(int fiscalYear, List<IndicatorDef> indicators, Map<Tool, BigDecimal> weights,
                        boolean eitParts, RatingScheme rating, Map<String, QuestionDef> questions,
                        List<OitDocumentDef> documents, BigDecimal masterPlanTarget,
                        Map<String, RuleEvidence> verification, String source, Map<String, String> sameQuestions) {
    public Framework(int fiscalYear, List<IndicatorDef> indicators, Map<Tool, BigDecimal> weights,
                     boolean eitParts, RatingScheme rating, Map<String, QuestionDef> questions,
                     List<OitDocumentDef> documents, BigDecimal masterPlanTarget,
                     Map<String, RuleEvidence> verification, String source) {
        this(fiscalYear, indicators, weights, eitParts, rating, questions, documents, masterPlanTarget, verification, source, Map.of());
    }

    /**
     * The code the year before gave the question that {@code code} asks this year, when the
     * framework states that it is the same question (issue 10 §2); empty otherwise.
     */
    public Optional<String> previousCode(String code) {
        return Optional.ofNullable(sameQuestions.get(code));
    }

    public Framework {
        sameQuestions = sameQuestions == null ? Map.of() : Map.copyOf(sameQuestions);
        indicators = List.copyOf(indicators);
        weights = Map.copyOf(weights);
        questions = Map.copyOf(questions);
        documents = List.copyOf(documents);
        verification = verification == null ? Map.of() : Map.copyOf(verification);
    }

    public Optional<IndicatorDef> indicator(int number) {
        return indicators.stream().filter(d -> d.number() == number).findFirst();
    }

    /** Indicators of one tool, by number. */
    public List<IndicatorDef> indicatorsOf(Tool tool) {
        return indicators.stream().filter(d -> d.tool() == tool).toList();
    }

    public Optional<QuestionDef> question(String code) {
        return Optional.ofNullable(questions.get(code));
    }

    /**
     * This year with the officer's wordings (code to text) in place of the data's: the officer
     * copies them from the agency's ITAS result page, which is that year's official text, so they
     * win over the bundled data (which may be missing or paraphrase a wording). Codes this year
     * does not list are left out; {@code MeasureRules.wordings} reports them.
     */
    public Framework withWordings(Map<String, String> wordings) {
        if (wordings.isEmpty()) return this;
        Map<String, QuestionDef> q = new java.util.LinkedHashMap<>(questions);
        wordings.forEach((code, text) -> {
            QuestionDef d = q.get(code);
            if (d != null) q.put(code, new QuestionDef(d.code(), d.tool(), d.indicator(), text));
        });
        return new Framework(fiscalYear, indicators, weights, eitParts, rating, q, documents, masterPlanTarget,
                verification, source, sameQuestions);
    }

    /** The OIT document item with this role ("o25" or "o28"), if the year has one. */
    public Optional<OitDocumentDef> document(String role) {
        return documents.stream().filter(d -> d.role().equals(role)).findFirst();
    }

    public BigDecimal weight(Tool tool) {
        return weights.get(tool);
    }

    /** True when this year's framework marks the rule ("tool_totals", "weights", "rating") verified. */
    public boolean verified(String rule) {
        RuleEvidence e = verification.get(rule);
        return e != null && e.verified();
    }
}
