package org.itagen.check;

import org.itagen.ItagenException;
import org.itagen.report.DocKind;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a folder of generated documents the way ITAS reviewers meet them: a PDF for each
 * document, fonts embedded (else Thai shows as boxes or another font on their machine), and text
 * that copies and searches back as Thai. The PDF is read back with OpenPDF in-process rather than
 * with pdffonts/pdftotext, so the check runs on a Windows laptop without poppler.
 */
public final class GeneratedFiles {
    private GeneratedFiles() {
    }

    /** Checks every O25_/O28_ file of the chosen documents under {@code dir} (subfolders too). */
    public static List<Finding> check(Path dir, Set<DocKind> docs) {
        if (!Files.isDirectory(dir)) {
            throw ItagenException.input(dir.toString(), org.itagen.Msg.of("error.GENERATED_NOT_FOLDER"));
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, 4)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw ItagenException.input(dir.toString(), org.itagen.Msg.of("error.FOLDER_UNREADABLE", String.valueOf(e.getMessage())));
        }
        List<Finding> out = new ArrayList<>();
        for (DocKind kind : new TreeSet<>(docs)) {
            String prefix = kind.label() + "_";
            List<Path> pdfs = files.stream().filter(p -> named(p, prefix, ".pdf")).toList();
            List<Path> docxs = files.stream().filter(p -> named(p, prefix, ".docx")).toList();
            if (pdfs.isEmpty() && docxs.isEmpty()) {
                out.add(Finding.error(FindingCode.NO_GENERATED_FILES, kind, dir.toString(),
                        FindingCode.NO_GENERATED_FILES.message(prefix, kind.code()), FindingCode.NO_GENERATED_FILES.why(kind.label())));
                continue;
            }
            for (Path d : docxs) {
                Path pdf = sibling(d, ".pdf");
                if (!Files.exists(pdf)) {
                    out.add(error(FindingCode.PDF_MISSING, kind, d.toString(),
                            d.getFileName().toString(), pdf.getFileName().toString(), kind.code()));
                }
                docx(d, kind, out);
            }
            for (Path p : pdfs) pdf(p, kind, out);
        }
        return out;
    }

    private static boolean named(Path p, String prefix, String ext) {
        String n = p.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        return n.startsWith(prefix) && lower.endsWith(ext) && !n.startsWith(".");
    }

    private static Path sibling(Path p, String ext) {
        String n = p.getFileName().toString();
        return p.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ext);
    }

    static void pdf(Path file, DocKind kind, List<Finding> out) {
        String where = file.toString();
        PdfReader reader;
        try {
            reader = new PdfReader(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            out.add(error(FindingCode.PDF_UNREADABLE, kind, where, e.getClass().getSimpleName(), kind.code()));
            return;
        }
        try {
            Set<String> notEmbedded = new TreeSet<>();
            StringBuilder text = new StringBuilder();
            boolean actualText = false;
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                PdfDictionary page = reader.getPageN(p);
                fonts(page.getAsDict(PdfName.RESOURCES), notEmbedded, new IdentityHashMap<>());
                try {
                    actualText |= new String(reader.getPageContent(p), java.nio.charset.StandardCharsets.ISO_8859_1)
                            .contains("/ActualText");
                } catch (IOException | RuntimeException e) {
                    // an unreadable content stream shows up as missing text below
                }
                try {
                    text.append(extractor.getTextFromPage(p)).append('\n');
                } catch (IOException | RuntimeException e) {
                    // counted as no text below
                }
            }
            if (!notEmbedded.isEmpty()) {
                out.add(error(FindingCode.FONT_NOT_EMBEDDED, kind, where, String.join(", ", notEmbedded)));
            }
            String t = text.toString();
            long thai = t.codePoints().filter(c -> c >= 0x0E01 && c <= 0x0E5B).count();
            long privateUse = t.codePoints().filter(c -> c >= 0xE000 && c <= 0xF8FF).count();
            if (thai == 0) {
                FindingCode c = FindingCode.TEXT_NOT_EXTRACTABLE;
                out.add(Finding.error(c, kind, where, c.variant(t.isBlank() ? "none" : "not_thai"), c.why()));
            } else if (privateUse > 0 && !actualText) {
                // Shaped Thai marks are drawn with alternate glyphs; without /ActualText spans (which
                // pdftotext and Acrobat honour, OpenPDF's extractor does not) they copy out as Private Use.
                FindingCode c = FindingCode.TEXT_NOT_EXTRACTABLE;
                out.add(Finding.warning(c, kind, where, c.variant("private_use", String.valueOf(privateUse)),
                        c.whyOf("private_use")));
            }
        } finally {
            reader.close();
        }
    }

    /** Collects fonts without an embedded font program, following form XObjects. */
    private static void fonts(PdfDictionary resources, Set<String> notEmbedded, IdentityHashMap<PdfObject, Boolean> seen) {
        if (resources == null || seen.put(resources, Boolean.TRUE) != null) return;
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        if (fonts != null) {
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                if (font == null) continue;
                if (!embedded(font)) {
                    PdfName base = font.getAsName(PdfName.BASEFONT);
                    notEmbedded.add(base == null ? key.toString() : PdfName.decodeName(base.toString()));
                }
            }
        }
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects != null) {
            for (PdfName key : xobjects.getKeys()) {
                PdfObject o = PdfReader.getPdfObject(xobjects.get(key));
                if (o instanceof PdfDictionary x && PdfName.FORM.equals(x.getAsName(PdfName.SUBTYPE))) {
                    fonts(x.getAsDict(PdfName.RESOURCES), notEmbedded, seen);
                }
            }
        }
    }

    private static boolean embedded(PdfDictionary font) {
        PdfName subtype = font.getAsName(PdfName.SUBTYPE);
        if (PdfName.TYPE3.equals(subtype)) return true; // glyphs are drawn by the font's own procedures
        if (PdfName.TYPE0.equals(subtype)) {
            PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
            if (descendants == null || descendants.isEmpty()) return false;
            PdfObject d = PdfReader.getPdfObject(descendants.getPdfObject(0));
            return d instanceof PdfDictionary dd && embedded(dd);
        }
        PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
        return descriptor != null && (descriptor.get(PdfName.FONTFILE) != null || descriptor.get(PdfName.FONTFILE2) != null
                || descriptor.get(PdfName.FONTFILE3) != null);
    }

    /** A DOCX is a zip with word/document.xml; anything else will not open in Word. */
    static void docx(Path file, DocKind kind, List<Finding> out) {
        boolean found = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("word/document.xml")) {
                    found = true;
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            found = false;
        }
        if (!found) {
            out.add(error(FindingCode.DOCX_UNREADABLE, kind, file.toString(), kind.code()));
        }
    }

    /** An error worded by its code, with the code's own reason. */
    private static Finding error(FindingCode code, DocKind kind, String where, Object... args) {
        return Finding.error(code, kind, where, code.message(args), code.why());
    }
}
