package org.itagen.analysis;

import org.itagen.model.Tool;

import java.math.BigDecimal;

/** One row of the ranking, high to low in the latest year; tied scores share a rank and say so. */
public record RankEntry(int rank, int indicator, String name, Tool tool, BigDecimal score, boolean tied) {
}
