package org.itagen.batch;

import org.itagen.ItagenException;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A fixed subset of the agencies, so a CI matrix of N jobs covers every agency exactly once.
 * Agency id X belongs to shard K of N when {@code CRC-32(UTF-8 bytes of X) mod N == K - 1}.
 *
 * <p>A hash of the id rather than the row position: an agency stays in its shard when other
 * agencies are added to or removed from the file, or the file is re-sorted, and any tool can
 * compute it (Python: {@code zlib.crc32(id.encode()) % N + 1}).
 */
public record Shard(int k, int n) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) throw new IllegalArgumentException("shard " + k + "/" + n);
    }

    /** "2/8" -> shard 2 of 8; an input error naming --shard otherwise. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw ItagenException.input("--shard", org.itagen.Msg.of("error.SHARD_FORM", text));
        }
        int k;
        int n;
        try {
            k = Integer.parseInt(m.group(1));
            n = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            throw ItagenException.input("--shard", org.itagen.Msg.of("error.SHARD_TOO_LARGE", text));
        }
        if (n < 1 || k < 1 || k > n) {
            throw ItagenException.input("--shard", org.itagen.Msg.of("error.SHARD_RANGE", text));
        }
        return new Shard(k, n);
    }

    /** True when the agency belongs to this shard. */
    public boolean contains(String agencyId) {
        return n == 1 || index(agencyId, n) == k;
    }

    /** The shard (1..n) an agency id belongs to. */
    public static int index(String agencyId, int n) {
        CRC32 crc = new CRC32();
        crc.update(agencyId.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % n) + 1;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
