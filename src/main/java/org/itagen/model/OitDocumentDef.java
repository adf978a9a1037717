package org.itagen.model;

import java.util.List;

/**
 * An OIT item that is a document itagen writes, with the components the assessors require.
 *
 * @param role       "o25" (analysis of last year's results and the measures planned) or "o28"
 *                   (report on what the measures achieved): stable across years
 * @param code       that year's item number: "O25", "O28", "O42" ...
 * @param title      the item's official Thai title that year
 * @param components the required components, in order; the item scores 100 only with all of them
 * @param confidence "high", "medium" or "low": how sure we are of this year's numbering and wording
 */
public record OitDocumentDef(String role, String code, String title, List<String> components, String confidence) {
    public OitDocumentDef {
        components = List.copyOf(components);
    }
}
