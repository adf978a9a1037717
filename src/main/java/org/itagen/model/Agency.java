package org.itagen.model;

/**
 * The agency the scores belong to.
 *
 * @param id   the agency_id column, or null when the file has none (one agency)
 * @param name the agency_name column, or null when not given
 */
public record Agency(String id, String name) {
    public static final Agency UNNAMED = new Agency(null, null);

    /** A label for messages: the name, else the id, else "the agency" in the user's language. */
    public String label() {
        if (name != null && !name.isBlank()) return name;
        if (id != null && !id.isBlank()) return id;
        return org.itagen.Messages.text("label.AGENCY");
    }
}
