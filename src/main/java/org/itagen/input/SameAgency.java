package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.model.AgencyScores;

/**
 * A measures file and a score file must be of the same agency: otherwise agency A's document
 * would carry agency B's scores with exit 0. o25, o28, check and batch all ask here.
 */
public final class SameAgency {
    private SameAgency() {
    }

    /**
     * @param plan   the measures file's agency id (may be null: nothing to compare)
     * @param where  the measures file's agency line, e.g. "measures.yaml:2"
     * @param scores the scores read for it
     * @throws ItagenException (input) when both name an agency id and the ids differ
     */
    public static void require(String plan, String where, AgencyScores scores) {
        require(plan, () -> where, scores);
    }

    /** As {@link #require(String, String, AgencyScores)}, finding the place only when the ids differ. */
    public static void require(String plan, java.util.function.Supplier<String> whereOf, AgencyScores scores) {
        String scoreId = scores.agency() == null ? null : scores.agency().id();
        if (blank(plan) || blank(scoreId) || plan.strip().equals(scoreId.strip())) return;
        String where = whereOf.get();
        String name = scores.agency().name();
        String of = Texts.echo(scoreId.strip()) + (blank(name) ? "" : " " + Texts.echo(name.strip()));
        throw ItagenException.input(where, Msg.of("error.AGENCY_MISMATCH", Texts.echo(plan.strip()), scores.source(), of));
    }

    /** Batch: the measures file {@code <id>.yaml} found for agency {@code fileId} names another id inside. */
    public static void requireFileOf(String plan, String where, String fileId) {
        if (blank(plan) || plan.strip().equals(fileId)) return;
        throw ItagenException.input(where, Msg.of("error.AGENCY_MISMATCH_FILE", Texts.echo(plan.strip()), Texts.echo(fileId)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
