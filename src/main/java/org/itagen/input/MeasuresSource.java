package org.itagen.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where each agency's measures come from in a run over every agency of a scores file (batch,
 * check --measures-dir). Today a folder of {@code <agency_id>.yaml} files ({@link #dir}); another
 * kind of input (one workbook per agency, {@code --workbooks DIR}) is meant to be another
 * implementation, found by agency id the same way, so that the runs themselves need no change.
 */
public interface MeasuresSource {
    /** The agency's measures file, or null when it has none (the agency is skipped). */
    Path find(String agencyId);

    /** Where the agency's file would be, for messages ("measures/ag00042.yaml"). */
    String expected(String agencyId);

    /** Files of this source that belong to none of {@code agencyIds} (a misspelt name), sorted. */
    List<Path> unclaimed(Set<String> agencyIds);

    /** A folder with one {@code <agency_id>.yaml} (or {@code .yml}) per agency. */
    static MeasuresSource dir(Path dir) {
        return new MeasuresSource() {
            @Override
            public Path find(String agencyId) {
                if (agencyId.isEmpty() || agencyId.contains("/") || agencyId.contains("\\") || agencyId.equals("..")) return null;
                for (String ext : List.of(".yaml", ".yml")) {
                    try {
                        Path p = dir.resolve(agencyId + ext);
                        if (Files.isRegularFile(p)) return p;
                    } catch (InvalidPathException e) {
                        return null; // an id no file can be named after (":" on Windows ...): it has no measures file
                    }
                }
                return null;
            }

            @Override
            public String expected(String agencyId) {
                return dir.resolve(agencyId + ".yaml").toString();
            }

            @Override
            public List<Path> unclaimed(Set<String> agencyIds) {
                List<Path> out = new ArrayList<>();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                    for (Path p : files) {
                        String name = p.getFileName().toString();
                        String lower = name.toLowerCase(Locale.ROOT);
                        int dot = lower.endsWith(".yaml") ? name.length() - 5 : lower.endsWith(".yml") ? name.length() - 4 : -1;
                        if (dot > 0 && Files.isRegularFile(p) && !agencyIds.contains(name.substring(0, dot))) out.add(p);
                    }
                } catch (IOException e) {
                    return List.of(); // the folder was readable a moment ago; nothing to add to the report
                }
                out.sort(null);
                return out;
            }
        };
    }
}
