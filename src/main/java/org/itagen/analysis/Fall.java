package org.itagen.analysis;

import org.itagen.model.Tool;

import java.math.BigDecimal;

/** An indicator whose score fell from the previous year; {@code change} is negative. */
public record Fall(int indicator, String name, Tool tool, BigDecimal previous, BigDecimal current,
                   BigDecimal change, boolean largest) {
}
