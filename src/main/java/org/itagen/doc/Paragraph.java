package org.itagen.doc;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of runs.
 *
 * @param runs          the text
 * @param align         alignment
 * @param firstIndentCm first-line indent (Thai official letters indent paragraphs), 0 for none
 * @param sizePt        font size override in points, or 0 for the body size
 */
public record Paragraph(List<Run> runs, Align align, double firstIndentCm, float sizePt) implements Block {
    public Paragraph {
        runs = List.copyOf(runs);
        Objects.requireNonNull(align, "align");
    }

    public static Paragraph of(String text) {
        return new Paragraph(List.of(Run.plain(text)), Align.LEFT, 0, 0);
    }

    public static Paragraph of(Run... runs) {
        return new Paragraph(List.of(runs), Align.LEFT, 0, 0);
    }

    public static Paragraph of(Align align, Run... runs) {
        return new Paragraph(List.of(runs), align, 0, 0);
    }

    public Paragraph withAlign(Align a) {
        return new Paragraph(runs, a, firstIndentCm, sizePt);
    }

    public Paragraph withIndent(double cm) {
        return new Paragraph(runs, align, cm, sizePt);
    }

    public String text() {
        return Text.of(runs);
    }
}
