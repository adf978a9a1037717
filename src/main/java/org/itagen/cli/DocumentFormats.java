package org.itagen.cli;

import org.itagen.doc.Document;
import org.itagen.render.text.TextDumpWriter;

import java.nio.charset.StandardCharsets;

/** Renders a document in one output format. */
final class DocumentFormats {
    private DocumentFormats() {
    }

    static byte[] render(Document doc, String format) {
        return switch (format) {
            case "txt" -> TextDumpWriter.write(doc).getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("format " + format + " is not available in this build");
        };
    }
}
