package org.itagen.model;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Frameworks by fiscal year: the bundled ones, possibly with one replaced by --framework. */
public record FrameworkSet(SortedMap<Integer, Framework> byYear) {
    public FrameworkSet {
        byYear = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
    }

    public Optional<Framework> forYear(int fiscalYear) {
        return Optional.ofNullable(byYear.get(fiscalYear));
    }

    /** A copy where {@code f} replaces (or adds) its year. */
    public FrameworkSet with(Framework f) {
        TreeMap<Integer, Framework> m = new TreeMap<>(byYear);
        m.put(f.fiscalYear(), f);
        return new FrameworkSet(m);
    }

    /** "2561-2569" for messages. */
    public String yearRange() {
        if (byYear.isEmpty()) return "none";
        return byYear.firstKey() + "-" + byYear.lastKey();
    }

    public static FrameworkSet of(Map<Integer, Framework> m) {
        return new FrameworkSet(new TreeMap<>(m));
    }
}
