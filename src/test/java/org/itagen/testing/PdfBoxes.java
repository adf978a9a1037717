package org.itagen.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lines and words with their boxes (points, y down), from {@code pdftotext -bbox-layout}. */
public final class PdfBoxes {
    private PdfBoxes() {
    }

    public record Word(String text, double xMin, double yMin, double xMax, double yMax) {
    }

    /** A line as poppler groups it; {@code page} counts from 1. */
    public record Line(int page, List<Word> words, double xMin, double yMin, double xMax, double yMax) {
        /** The words joined by single spaces, NO-BREAK SPACEs read as spaces. */
        public String text() {
            return String.join(" ", words.stream().map(Word::text).toList()).replace('\u00A0', ' ');
        }
    }

    private static final Pattern PAGE = Pattern.compile("<page ");
    private static final Pattern LINE = Pattern.compile(
            "<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</line>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</word>", Pattern.DOTALL);

    /** Every line of every page, in poppler's order. */
    public static List<Line> lines(Path pdf) {
        ExternalTools.Result r = ExternalTools.run(60, "pdftotext", "-bbox-layout", pdf.toString(), "-");
        if (r.exitCode() != 0) throw new AssertionError("pdftotext -bbox-layout failed: " + r.stderr());
        List<Line> out = new ArrayList<>();
        String[] pages = PAGE.split(r.stdout());
        for (int p = 1; p < pages.length; p++) {
            Matcher m = LINE.matcher(pages[p]);
            while (m.find()) {
                List<Word> words = new ArrayList<>();
                Matcher w = WORD.matcher(m.group(5));
                while (w.find()) {
                    words.add(new Word(unescape(w.group(5)), d(w.group(1)), d(w.group(2)), d(w.group(3)), d(w.group(4))));
                }
                out.add(new Line(p, words, d(m.group(1)), d(m.group(2)), d(m.group(3)), d(m.group(4))));
            }
        }
        return out;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
