package org.itagen.cli;

import org.itagen.doc.Digits;
import org.itagen.report.OutputFormat;
import org.itagen.report.ReportBuilder;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code --format}, {@code --digits}, {@code --font}, {@code --docx-reference}: which files and how
 * documents look, the same for o25/o28 and batch (a picocli mixin), so one agency looks the same
 * whichever command made it.
 */
class DocumentOptions {
    /** Parsed straight into the generator's formats: one list of formats for the CLI and the generator. */
    @Option(names = "--format", paramLabel = "LIST", split = ",", defaultValue = "pdf,docx", descriptionKey = "document.format")
    List<OutputFormat> formats;

    @Option(names = "--digits", paramLabel = "thai|arabic")
    Digits digits;

    @Option(names = "--font", paramLabel = "FONT")
    String font;

    @Option(names = "--docx-reference", paramLabel = "FILE")
    Path docxReference;

    /** Only the headers and footers of the officer's DOCX; itagen's styles stay (issue 13 §4). */
    @Option(names = "--docx-letterhead", paramLabel = "FILE")
    Path docxLetterhead;

    /** Write nothing (exit 1) when check's rules find that a document would score 0; default: write the draft and say why. */
    @Option(names = "--strict")
    boolean strict;
    /** Replace documents the officer changed after itagen wrote them, or files itagen never wrote. */
    @Option(names = "--force")
    boolean force;

    /**
     * Checks --font once, before any document: a missing font file is one line and exit 2 (not a
     * silent fallback, nor one failure per agency in batch); a family that is not installed is a
     * warning naming the font used instead. SOURCE_DATE_EPOCH and an empty --format are checked here too.
     */
    void check(Diagnostics out) {
        org.itagen.render.SourceDate.fromEnvironment(); // a date no PDF or ZIP can hold: exit 2 before any work
        formats = nonEmpty(formats, "--format", OutputFormat.values());
        // Read, checked against a zip bomb and stripped of macros once, not once per agency.
        if (docxReference != null && formats.contains(OutputFormat.DOCX)) org.itagen.render.docx.ReferenceDocx.check(docxReference);
        if (docxReference != null && docxLetterhead != null) {
            throw org.itagen.ItagenException.input("--docx-letterhead", org.itagen.Msg.of("error.LETTERHEAD_WITH_REFERENCE"));
        }
        if (docxLetterhead != null && formats.contains(OutputFormat.DOCX)) org.itagen.render.docx.DocxWriter.checkLetterhead(docxLetterhead);
        String fallback = org.itagen.render.pdf.FontResolver.checkFontOption(font);
        if (fallback != null) out.print(org.itagen.RunWarning.FONT_NOT_INSTALLED.at("--font", font.strip(), fallback));
    }

    /**
     * The values of a list option, as given; an empty list (--format "," or --docs ",") is exit 2,
     * not a run that writes nothing and says it succeeded.
     *
     * @param all the choices, named in the message
     */
    static <E> List<E> nonEmpty(List<E> values, String option, Object[] all) {
        List<E> given = values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
        if (given.isEmpty()) {
            throw org.itagen.ItagenException.input(option, org.itagen.Msg.of("error.EMPTY_LIST",
                    java.util.Arrays.stream(all).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
        }
        return given;
    }

    ReportBuilder.Overrides overrides() {
        return new ReportBuilder.Overrides(digits, font);
    }
}
