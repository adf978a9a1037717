package org.itagen.render.docx;

import org.itagen.render.SourceDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The one instant a document is stamped with, so the same input gives the same bytes. */
final class Timestamps {
    private Timestamps() {
    }

    /** SOURCE_DATE_EPOCH (seconds) when set, as reproducible-builds.org defines it; else the document date at 00:00 UTC. */
    static Instant fixedInstant(LocalDate documentDate) {
        return fixedInstant(documentDate, System.getenv(SourceDate.VARIABLE));
    }

    /** @throws org.itagen.ItagenException when {@code sourceDateEpoch} is not a date ZIP entries can hold */
    static Instant fixedInstant(LocalDate documentDate, String sourceDateEpoch) {
        Instant fixed = SourceDate.parse(sourceDateEpoch);
        return fixed != null ? fixed : documentDate.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
