package org.itagen.report;

import org.itagen.doc.Document;
import org.itagen.render.docx.DocxWriter;
import org.itagen.render.pdf.PdfWriter;
import org.itagen.render.text.TextDumpWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The file formats a document is written in, each with its writer; the o25, o28 and batch
 * commands take them from {@code --format} as they are, in the order files are written. The
 * lower-case code is the file extension and what users type.
 */
public enum OutputFormat {
    PDF {
        @Override
        public byte[] render(Document doc, Path docxReference, Path docxLetterhead, Consumer<String> log) {
            return PdfWriter.render(doc, new PdfWriter.Options(log));
        }
    },
    DOCX {
        @Override
        public byte[] render(Document doc, Path docxReference, Path docxLetterhead, Consumer<String> log) {
            return DocxWriter.render(doc, DocxWriter.Options.defaults().withReference(docxReference)
                    .withLetterhead(docxLetterhead).withLog(log));
        }
    },
    /** The plain-text dump used for review and golden tests. */
    TXT {
        @Override
        public byte[] render(Document doc, Path docxReference, Path docxLetterhead, Consumer<String> log) {
            return TextDumpWriter.write(doc).getBytes(StandardCharsets.UTF_8);
        }
    };

    /**
     * The file's bytes.
     *
     * @param docxReference an officer's DOCX to take styles and letterhead from (DOCX only), or null
     * @param log           --verbose lines
     */
    public byte[] render(Document doc, Path docxReference, Consumer<String> log) {
        return render(doc, docxReference, null, log);
    }

    /**
     * The file's bytes.
     *
     * @param docxLetterhead an officer's DOCX to take only headers and footers from (DOCX only), or null
     */
    public abstract byte[] render(Document doc, Path docxReference, Path docxLetterhead, Consumer<String> log);

    /** "pdf", "docx" or "txt": the file extension. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The extension, so that picocli lists the choices as users type them. */
    @Override
    public String toString() {
        return extension();
    }
}
