package org.itagen.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Document properties written into the PDF info/XMP and the DOCX core properties.
 *
 * @param title    document title
 * @param author   the agency that publishes the document
 * @param subject  optional short description, may be empty
 * @param language BCP 47 tag, "th-TH" for every itagen document
 * @param date     the document date; writers use it (not the clock) for every timestamp so
 *                 that the same input gives the same bytes
 * @param keywords optional keywords
 */
public record Metadata(String title, String author, String subject, String language,
                       LocalDate date, List<String> keywords) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        language = language == null ? "th-TH" : language;
        Objects.requireNonNull(date, "date");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public static Metadata of(String title, String author, LocalDate date) {
        return new Metadata(title, author, "", "th-TH", date, List.of());
    }
}
