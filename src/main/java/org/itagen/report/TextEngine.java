package org.itagen.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.input.yaml.YamlDoc;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the wording of templates with Pebble. Pebble, not hand-written placeholder
 * replacement, because officers need conditions and loops ("เพิ่มขึ้น" or "ลดลง", one line per
 * indicator) and a maintained engine reports template mistakes with a line number, which this
 * class turns into "o25.yaml:41: ...".
 */
public final class TextEngine {
    private static final Pattern ROOT_ATTRIBUTE = Pattern.compile("Root attribute \\[([^\\]]+)\\]");
    private static final Pattern ATTRIBUTE = Pattern.compile("Attribute \\[([^\\]]+)\\]");
    private static final Pattern UNKNOWN_TAG = Pattern.compile("Unexpected tag name \"([a-z]+)\"");

    /*
     * One engine and one cache of compiled texts for the whole process: building an engine and
     * compiling the same sentences again for every document cost 3.5% of a batch. PebbleEngine
     * and compiled PebbleTemplates are thread-safe, so batch workers share them. Pebble's own
     * cache is off because it grows without bound; this one stops adding at MAX_COMPILED texts
     * (the bundled templates hold a few hundred), so a long run with many edited templates
     * cannot fill the heap.
     */
    private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
            .loader(new StringLoader())
            .autoEscaping(false)          // plain text, not HTML
            .strictVariables(true)        // a misspelt name is an error, not a silent blank
            .newLineTrimming(false)       // see trimTagLines: only lines holding just a tag vanish
            .cacheActive(false)
            .maxRenderedSize(TemplateBudget.OUTPUT) // a runaway loop in an edited template stops here
            .registerExtensionCustomizer(TemplateBudget.customizer()) // loop, time and value budgets
            .build();
    private static final int MAX_COMPILED = 4_096;
    private static final Map<String, PebbleTemplate> COMPILED = new ConcurrentHashMap<>();

    /** The compiled form of a template text, keyed by the text as written (trimTagLines is applied here). */
    private static PebbleTemplate compiled(String text) {
        PebbleTemplate t = COMPILED.get(text);
        if (t == null) {
            t = ENGINE.getTemplate(trimTagLines(text));
            if (COMPILED.size() < MAX_COMPILED) COMPILED.putIfAbsent(text, t);
        }
        return t;
    }

    /**
     * Renders {@code text}; {@code file} and {@code firstLine} say where the text starts in the
     * template file so that errors point at the right line.
     */
    public String render(String text, Map<String, Object> context, String file, int firstLine) {
        if (!text.contains("{")) return text; // nothing to evaluate: skip the parser
        TemplateBudget.Budget outer = TemplateBudget.start();
        try {
            PebbleTemplate t = compiled(text);
            StringWriter w = new StringWriter();
            t.evaluate(w, context);
            return w.toString();
        } catch (TemplateBudget.Exceeded e) {
            int line = firstLine + (e.getLineNumber() == null ? 1 : e.getLineNumber()) - 1;
            throw ItagenException.input(file + ":" + line, Msg.of(e.code(), e.limit()));
        } catch (PebbleException e) {
            int line = firstLine + (e.getLineNumber() == null ? 1 : e.getLineNumber()) - 1;
            if (e.getPebbleMessage() != null && e.getPebbleMessage().startsWith("Tried to write more than")) {
                throw ItagenException.input(file + ":" + line, Msg.of("error.TEMPLATE_OUTPUT", String.format(java.util.Locale.ROOT, "%,d", TemplateBudget.OUTPUT)));
            }
            throw ItagenException.input(file + ":" + line, explain(e, context));
        } catch (StackOverflowError | OutOfMemoryError e) {
            // One text asked for a value too deep or too large to build (a string doubled in a
            // loop): the allocation failed, nothing else was filled, so this is the text's fault.
            throw ItagenException.input(file + ":" + firstLine, Msg.of("error.TEMPLATE_MEMORY"));
        } catch (IOException e) {
            throw new IllegalStateException(e); // StringWriter does not throw
        } finally {
            TemplateBudget.end(outer);
        }
    }

    private static final Pattern TAG_LINE = Pattern.compile("(?m)^([ \\t]*\\{%-?[^%]*?)-?%}[ \\t]*$");

    /**
     * A line that holds only a tag ({@code {% for %}}, {@code {% endif %}}) leaves no empty line
     * behind, while a line ending in {@code {{ value }}} keeps its line break: what an officer
     * expects when a paragraph or list item ends with a value. Pebble's own newline trimming
     * treats both alike, so tag-only lines get Pebble's {@code -%}} instead (it keeps line numbers).
     */
    static String trimTagLines(String text) {
        return TAG_LINE.matcher(text).replaceAll("$1-%}");
    }

    /** True when a Pebble condition such as {@code two_years and falls|length > 0} holds. */
    public boolean test(String expression, Map<String, Object> context, String file, int line) {
        String out = render("{% if " + expression + " %}1{% endif %}", context, file, line);
        return out.equals("1");
    }

    /** What Pebble reports, as a keyed message; Pebble's own wording (English) only where it is not recognised. */
    private static Msg explain(PebbleException e, Map<String, Object> context) {
        String msg = e.getPebbleMessage() == null ? e.getClass().getSimpleName() : e.getPebbleMessage();
        Matcher root = ROOT_ATTRIBUTE.matcher(msg);
        if (root.find()) {
            String name = root.group(1);
            return Msg.of("error.TEMPLATE_UNKNOWN_NAME", name, YamlDoc.didYouMean(name, context.keySet()));
        }
        Matcher attr = ATTRIBUTE.matcher(msg);
        if (attr.find()) return Msg.of("error.TEMPLATE_UNKNOWN_FIELD", attr.group(1));
        Matcher tag = UNKNOWN_TAG.matcher(msg);
        if (tag.find() && TemplateBudget.REFUSED_TAGS.contains(tag.group(1))) return Msg.of("error.TEMPLATE_TAG_REFUSED", tag.group(1));
        if (msg.contains("Wrong operand(s) type in conditional expression")) return Msg.of("error.TEMPLATE_CONDITION");
        return Msg.of("error.TEMPLATE_ERROR", firstSentence(msg));
    }

    private static String firstSentence(String msg) {
        String m = msg.replace('\n', ' ').strip();
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }

    static String suggest(String name, Collection<String> names) {
        return YamlDoc.didYouMean(name, names);
    }
}
