package org.itagen.render.docx;

import org.itagen.doc.Document;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes a {@link Document} as a Word document (DOCX) through Apache POI: real styles (Title,
 * Heading 1-3, Normal, lists, a table style), Thai as a complex script in every run and style,
 * repeating table headers, a "- ๒ -" PAGE field, native editable charts, and the same bytes for
 * the same input.
 *
 * <p>The body is WordprocessingML text built directly ({@code DocxBody}); POI makes the package
 * around it (see {@code DocxBuild}).
 *
 * <p>Thread-safe: every call builds its own POI document; only fixed XML fragments parsed once
 * are shared, and each call gets its own copy of them ({@code ParsedXml}).
 */
public final class DocxWriter {
    private DocxWriter() {
    }

    /**
     * How to write.
     *
     * @param referenceDocx   an officer's own DOCX whose styles, page setup and header/footer
     *                        (letterhead) are used instead of ours, as pandoc's reference-doc; or null
     * @param tableOfContents whether to insert a TOC field before the first section heading
     * @param tocTitle        the heading above the table of contents
     * @param log             receives --verbose lines; never null (use {@link #defaults()})
     * @param letterheadDocx  an officer's DOCX whose headers and footers (only) are used, keeping
     *                        itagen's styles, page set-up and page numbers; or null
     */
    public record Options(Path referenceDocx, boolean tableOfContents, String tocTitle, Consumer<String> log,
                          Path letterheadDocx) {
        /** The heading Thai documents put above a table of contents. */
        public static final String DEFAULT_TOC_TITLE = org.itagen.thai.ThaiTerms.get("docx.toc_title");

        public Options(Path referenceDocx, boolean tableOfContents, String tocTitle, Consumer<String> log) {
            this(referenceDocx, tableOfContents, tocTitle, log, null);
        }

        public Options {
            tocTitle = tocTitle == null || tocTitle.isBlank() ? DEFAULT_TOC_TITLE : tocTitle;
            log = log == null ? line -> { } : log;
        }

        public static Options defaults() {
            return new Options(null, false, DEFAULT_TOC_TITLE, null);
        }

        public Options withReference(Path docx) {
            return new Options(docx, tableOfContents, tocTitle, log, letterheadDocx);
        }

        public Options withTableOfContents(boolean toc) {
            return new Options(referenceDocx, toc, tocTitle, log, letterheadDocx);
        }

        public Options withLog(Consumer<String> sink) {
            return new Options(referenceDocx, tableOfContents, tocTitle, sink, letterheadDocx);
        }

        /** Headers and footers from {@code docx}, everything else itagen's ({@code --docx-letterhead}). */
        public Options withLetterhead(Path docx) {
            return new Options(referenceDocx, tableOfContents, tocTitle, log, docx);
        }
    }

    /**
     * Reads and checks a --docx-letterhead file once, before any document: missing, unreadable,
     * oversized or without a header or footer is one line and exit 2.
     */
    public static void checkLetterhead(Path docx) {
        if (docx != null) Letterhead.check(docx);
    }

    /** The document as DOCX bytes with default options. */
    public static byte[] render(Document doc) {
        return render(doc, Options.defaults());
    }

    /**
     * The document as DOCX bytes.
     *
     * @throws org.itagen.ItagenException when the reference DOCX cannot be read or
     *                                    SOURCE_DATE_EPOCH is not a number
     */
    public static byte[] render(Document doc, Options options) {
        long start = System.nanoTime();
        Options opts = options == null ? Options.defaults() : options;
        DocxBuild build = new DocxBuild(doc, opts, Timestamps.fixedInstant(doc.metadata().date()));
        byte[] out = ReproducibleZip.normalize(build.build(), build.time(), build::finishPart);
        opts.log().accept(String.format(java.util.Locale.ROOT, "docx: %d blocks, %d bytes in %d ms",
                doc.blocks().size(), out.length, (System.nanoTime() - start) / 1_000_000));
        return out;
    }
}
