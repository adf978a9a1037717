package org.itagen.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * Highest and lowest indicators of a group (one tool, or all ten) in the latest year.
 *
 * @param highest    indicator numbers sharing the highest score (more than one = a tie)
 * @param lowest     indicator numbers sharing the lowest score; empty when all scores are equal
 * @param allEqual   every indicator of the group has the same score
 * @param note       states the ties, or null when there are none
 */
public record Extremes(List<Integer> highest, BigDecimal highestScore, List<Integer> lowest,
                       BigDecimal lowestScore, boolean allEqual, Note note) {
    public Extremes {
        highest = List.copyOf(highest);
        lowest = List.copyOf(lowest);
    }

    public static final Extremes NONE = new Extremes(List.of(), null, List.of(), null, false, null);
}
