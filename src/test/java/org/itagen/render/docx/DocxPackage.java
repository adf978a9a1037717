package org.itagen.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A written DOCX opened as its raw parts, for assertions on the XML Word reads. */
final class DocxPackage {
    final Map<String, byte[]> parts = new LinkedHashMap<>();
    final Map<String, LocalDateTime> times = new LinkedHashMap<>();

    DocxPackage(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
                times.put(e.getName(), e.getTimeLocal());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String xml(String name) {
        byte[] b = parts.get(name);
        if (b == null) throw new AssertionError("no part " + name + " in " + parts.keySet());
        return new String(b, StandardCharsets.UTF_8);
    }

    List<String> names() {
        return new ArrayList<>(parts.keySet());
    }

    /** Every match of a regex (group 0, or group 1 when there is one). */
    static List<String> all(String regex, String text) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.groupCount() >= 1 ? m.group(1) : m.group());
        return out;
    }

    static int count(String regex, String text) {
        return all(regex, text).size();
    }
}
