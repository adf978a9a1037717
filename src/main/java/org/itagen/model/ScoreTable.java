package org.itagen.model;

import java.util.List;
import java.util.Optional;

/** All agencies of one score file, in the order they first appear. */
public record ScoreTable(String source, List<AgencyScores> agencies) {
    public ScoreTable {
        agencies = List.copyOf(agencies);
    }

    public Optional<AgencyScores> find(String agencyId) {
        return agencies.stream().filter(a -> agencyId.equals(a.agency().id())).findFirst();
    }
}
