package org.itagen.batch;

import org.itagen.ItagenException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardTest {
    @Test
    void parsesKOfN() {
        assertThat(Shard.parse("2/8")).isEqualTo(new Shard(2, 8));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(Shard.ALL);
    }

    @Test
    void refusesWhatIsNotKOfN() {
        for (String bad : List.of("0/4", "5/4", "2", "a/b", "1/0", "-1/3", "99999999999/3")) {
            assertThatThrownBy(() -> Shard.parse(bad)).isInstanceOf(ItagenException.class)
                    .satisfies(e -> assertThat(((ItagenException) e).where()).isEqualTo("--shard"));
        }
    }

    @Test
    void shardsPartitionTheAgenciesExactly() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 500; i++) ids.add(String.format("ag%05d", i));
        ids.add("กรมทดสอบ");
        for (int n = 1; n <= 7; n++) {
            Set<String> seen = new HashSet<>();
            int total = 0;
            for (int k = 1; k <= n; k++) {
                Shard s = new Shard(k, n);
                List<String> mine = ids.stream().filter(s::contains).toList();
                total += mine.size();
                seen.addAll(mine);
                if (n <= 4) assertThat(mine).as("shard %s is not empty", s).isNotEmpty();
            }
            assertThat(total).as("no agency in two shards of %d", n).isEqualTo(ids.size());
            assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    /** The documented rule, so other tools (a Python script, a CI step) can compute it. */
    @Test
    void ruleIsCrc32OfUtf8IdModN() {
        CRC32 crc = new CRC32();
        crc.update("ag00042".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int expected = (int) (crc.getValue() % 5) + 1;
        assertThat(Shard.index("ag00042", 5)).isEqualTo(expected);
        assertThat(new Shard(expected, 5).contains("ag00042")).isTrue();
        // Python: zlib.crc32(b"ag00001") = 0x5ea534b3, % 4 = 3, so shard 4 of 4.
        assertThat(Shard.index("ag00001", 4)).isEqualTo(4);
    }
}
