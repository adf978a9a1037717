package org.itagen.input;

import org.itagen.ItagenException;
import org.itagen.model.AgencyScores;
import org.itagen.model.ScoreTable;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads score files: long or wide layout, CSV (UTF-8 with or without BOM, windows-874) or XLSX.
 * Every problem is an {@link ItagenException} of kind INPUT naming file:line and the fix.
 */
public final class ScoreReader {
    private ScoreReader() {
    }

    /** Every agency in the file (batch runs). */
    public static ScoreTable readAll(Path file, ReadOptions options) {
        RawTable raw = TableFiles.read(file, options);
        ScoreTable table;
        if (WideLayout.matches(raw.header())) {
            table = WideLayout.parse(raw);
        } else if (LongLayout.matches(raw.header())) {
            table = LongLayout.parse(raw);
        } else {
            throw ItagenException.input(raw.headerWhere(), "missing column: the header must have fiscal_year, tool, "
                    + "score (long layout) or start with \"indicator\" followed by fiscal years (wide layout); found: "
                    + String.join(", ", raw.header()));
        }
        if (table.agencies().isEmpty()) {
            throw ItagenException.input(raw.source(), "the file has a header but no score rows");
        }
        return table;
    }

    /** The one agency the options select (or the only agency in the file). */
    public static AgencyScores read(Path file, ReadOptions options) {
        return select(readAll(file, options), options.agencyId());
    }

    /** Picks one agency: the given id, or the only one when id is null. */
    public static AgencyScores select(ScoreTable table, String agencyId) {
        List<AgencyScores> all = table.agencies();
        if (agencyId == null) {
            if (all.size() == 1) return all.getFirst();
            throw ItagenException.input(table.source(), "the file holds " + all.size()
                    + " agencies; choose one with --agency ID (e.g. " + sampleIds(all) + ")");
        }
        boolean hasIds = all.stream().anyMatch(a -> a.agency().id() != null);
        if (!hasIds) {
            throw ItagenException.input(table.source(), "--agency " + agencyId
                    + " given but the file has no agency_id column; leave --agency out");
        }
        return table.find(agencyId.strip()).orElseThrow(() -> ItagenException.input(table.source(),
                "unknown agency \"" + agencyId + "\"; the file has " + all.size() + " agencies, e.g. "
                        + sampleIds(all)));
    }

    private static String sampleIds(List<AgencyScores> all) {
        String s = all.stream().limit(5).map(a -> a.agency().id() == null ? "(no id)" : a.agency().id())
                .collect(Collectors.joining(", "));
        return all.size() > 5 ? s + ", ..." : s;
    }
}
