package org.itagen.input;

import java.nio.charset.Charset;

/**
 * How to read a score file.
 *
 * @param agencyId which agency of a multi-agency file, or null (then the file must hold one)
 * @param sheet    XLSX sheet name, or null for the first sheet
 * @param encoding CSV encoding, or null to detect UTF-8 (with or without BOM) or windows-874
 */
public record ReadOptions(String agencyId, String sheet, Charset encoding) {
    public static ReadOptions defaults() {
        return new ReadOptions(null, null, null);
    }
}
