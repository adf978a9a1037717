package org.itagen.render;

import org.itagen.ItagenException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceDateTest {
    @Test
    void unsetMeansTheDocumentDate() {
        assertThat(SourceDate.parse(null)).isNull();
        assertThat(SourceDate.parse("  ")).isNull();
    }

    @Test
    void theFirstAndLastInstantsZipDatesCanHoldAreAccepted() {
        assertThat(SourceDate.parse("315532800")).isEqualTo(Instant.parse("1980-01-01T00:00:00Z"));
        assertThat(SourceDate.parse(" 4354819198 ")).isEqualTo(Instant.parse("2107-12-31T23:59:58Z"));
    }

    @Test
    void datesBeforeZipOrAfterItAreRefusedNamingTheRange() {
        for (String v : new String[]{"0", "-1", "315532799", "4354819199", "99999999999", "9223372036854775807"}) {
            assertThatThrownBy(() -> SourceDate.parse(v)).as(v)
                    .isInstanceOf(ItagenException.class)
                    .satisfies(e -> {
                        ItagenException ie = (ItagenException) e;
                        assertThat(ie.code()).isEqualTo("error.SOURCE_DATE_EPOCH_RANGE");
                        assertThat(ie.oneLine()).startsWith("SOURCE_DATE_EPOCH: " + v + " is outside")
                                .contains("315532800 (1980-01-01)").contains("4354819198 (2107-12-31)");
                    });
        }
    }

    @Test
    void notANumberIsRefused() {
        for (String v : new String[]{"yesterday", "1.5e9", "99999999999999999999", "1735689600\u0000"}) {
            assertThatThrownBy(() -> SourceDate.parse(v)).as(v)
                    .isInstanceOf(ItagenException.class)
                    .satisfies(e -> assertThat(((ItagenException) e).code()).isEqualTo("error.SOURCE_DATE_EPOCH_NOT_NUMBER"));
        }
    }
}
