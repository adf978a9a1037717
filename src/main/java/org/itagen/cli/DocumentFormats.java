package org.itagen.cli;

import org.itagen.doc.Document;
import org.itagen.render.docx.DocxWriter;
import org.itagen.render.pdf.PdfWriter;
import org.itagen.render.text.TextDumpWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Renders a document in one output format. */
final class DocumentFormats {
    private DocumentFormats() {
    }

    /**
     * @param docxReference an officer's DOCX to take styles and letterhead from, or null
     * @param log           --verbose lines (fonts used, timings)
     */
    static byte[] render(Document doc, String format, Path docxReference, Consumer<String> log) {
        return switch (format) {
            case "pdf" -> PdfWriter.render(doc, new PdfWriter.Options(log));
            case "docx" -> DocxWriter.render(doc, DocxWriter.Options.defaults().withReference(docxReference).withLog(log));
            case "txt" -> TextDumpWriter.write(doc).getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("unknown format " + format); // picocli checks the enum
        };
    }
}
