package org.itagen.batch;

import org.itagen.report.Reports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Where batch puts an agency's documents: all in the output folder, or a folder per agency. */
public enum Layout {
    /** {@code out/O25_<id>_2569.pdf}: every agency's files side by side (the default). */
    FLAT("flat"),
    /** {@code out/<id>/O25_<id>_2569.pdf}: one folder per agency, e.g. to upload each to its own site. */
    PER_AGENCY("per-agency");

    /** Names Windows keeps for devices: a folder cannot be called so, whatever its extension. */
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private final String code;

    Layout(String code) {
        this.code = code;
    }

    /** What users type: flat or per-agency. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    /** The layout a user typed, or null when it is neither. */
    public static Layout of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Layout l : values()) if (l.code.equals(c)) return l;
        return null;
    }

    /** The folder an agency's documents go to. */
    public Path dir(Path out, String agencyId) {
        if (this == FLAT) return out;
        String name = Reports.safeName(agencyId);
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return out.resolve(RESERVED.contains(stem.toUpperCase(Locale.ROOT)) ? name + "_" : name);
    }
}
