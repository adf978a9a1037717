package org.itagen.render.docx;

import org.itagen.ItagenException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The one instant a document is stamped with, so the same input gives the same bytes. */
final class Timestamps {
    private Timestamps() {
    }

    /** SOURCE_DATE_EPOCH (seconds) when set, as reproducible-builds.org defines it; else the document date at 00:00 UTC. */
    static Instant fixedInstant(LocalDate documentDate) {
        return fixedInstant(documentDate, System.getenv("SOURCE_DATE_EPOCH"));
    }

    static Instant fixedInstant(LocalDate documentDate, String sourceDateEpoch) {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
            } catch (NumberFormatException e) {
                throw ItagenException.input("SOURCE_DATE_EPOCH",
                        "\"" + sourceDateEpoch + "\" is not a number of seconds since 1970; unset it or set e.g. 1735689600");
            }
        }
        return documentDate.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
