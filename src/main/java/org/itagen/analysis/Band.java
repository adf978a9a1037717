package org.itagen.analysis;

/**
 * The rating band of one fiscal year.
 *
 * @param name           the official name ("AA" ... "F", "ผ่าน"/"ไม่ผ่าน", "ผ่านดีเยี่ยม" ...), or null
 *                       when no ITA total is known
 * @param scheme         "letter", "pass_fail" or "five_level"
 * @param basedOn        the ITA total the band was read from (computed when possible, else declared)
 * @param unconfirmed    a higher level the scores may reach but the input cannot confirm
 *                       (EIT part scores missing), or null
 * @param note           explains an unconfirmed level or a tool condition that held the band
 *                       down, or null
 */
public record Band(String name, String scheme, java.math.BigDecimal basedOn, String unconfirmed, Note note) {
}
