package org.itagen.report;

import org.itagen.doc.Align;
import org.itagen.doc.PageSetup;

import java.util.List;
import java.util.Map;

/**
 * A parsed document template (templates/o25.yaml, o28.yaml or an officer's copy): page settings,
 * words for the built-in tables, named sentences and the body, every text with the line it
 * starts on so that template errors name the line.
 *
 * @param file      the template's file name, for messages
 * @param kind      "o25" or "o28"
 * @param page      page settings
 * @param title     the document title for metadata (Pebble)
 * @param labels    words used by built-in tables (defaults merged with the template's own)
 * @param sentences named sentences (Pebble), in template order
 * @param body      the blocks, in order
 * @param paragraphAlign how paragraphs without their own alignment are set ({@code page: align}):
 *                  JUSTIFY (Thai distributed) or LEFT
 * @param logo      {@code letterhead: logo:}, the picture at the head of the first page, or null; a
 *                  logo in the measures file or workbook wins
 */
public record Template(String file, String kind, PageSetup page, Text title, Map<String, String> labels,
                       Map<String, Text> sentences, List<Spec> body, Align paragraphAlign,
                       org.itagen.input.PictureRef logo) {
    public Template {
        labels = Map.copyOf(labels);
        sentences = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sentences));
        body = List.copyOf(body);
    }

    /** The kind as a type (the loader accepts only the kinds there are). */
    public DocKind docKind() {
        return DocKind.of(kind);
    }

    /**
     * Template text and the file line its first line is on.
     *
     * @param folded a YAML folded block ({@code >}): {@code value} keeps the source line breaks so
     *               that Pebble's line numbers match the file, and the rendered text is folded after
     */
    public record Text(String value, int line, boolean folded) {
        public Text(String value, int line) {
            this(value, line, false);
        }
    }

    /** One entry of the body. {@code condition} (Pebble expression) is null when the block always shows. */
    public sealed interface Spec permits TextSpec, TableSpec, ChartSpec, BreakSpec, GroupSpec, SignatureSpec {
        Text condition();

        int line();
    }

    /**
     * Text blocks: title, heading, subheading, paragraph, bullets, numbered.
     *
     * @param items    for lists given as YAML lists, else empty (then {@code text} is split by line)
     * @param align    alignment, or null for the kind's default
     * @param indentCm first-line indent of paragraphs, or null for the default
     */
    public record TextSpec(String type, Text text, List<Text> items, Align align, Double indentCm,
                           Text condition, int line) implements Spec {
        public TextSpec {
            items = List.copyOf(items);
        }
    }

    /**
     * A built-in table.
     *
     * @param name     comparison, ranking, rating_scale, weak_questions, measures, results, measure
     * @param caption  optional caption (Pebble), or null
     * @param after    O28: use the scores of the year after the assessment (comparison, ranking)
     * @param sizePt   font size, or 0 for the body size
     */
    public record TableSpec(String name, Text caption, boolean after, float sizePt, Text condition, int line)
            implements Spec {
    }

    /** A built-in chart ("indicators"). */
    public record ChartSpec(String name, Text title, boolean after, Text condition, int line) implements Spec {
    }

    /**
     * The signature block (name, position, date, scanned signature from the measures file or
     * workbook); shows nothing when they name no signer.
     *
     * @param imageWidthMm printed width of the scanned signature
     */
    public record SignatureSpec(double imageWidthMm, Text condition, int line) implements Spec {
    }

    /** A page break. */
    public record BreakSpec(Text condition, int line) implements Spec {
    }

    /**
     * Blocks shown together under one condition, or once per element of a list ({@code each},
     * a dotted name such as "measures", bound to {@code as}).
     */
    public record GroupSpec(String each, String as, List<Spec> blocks, Text condition, int line) implements Spec {
        public GroupSpec {
            blocks = List.copyOf(blocks);
        }
    }
}
