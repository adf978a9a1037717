package org.itagen.input.yaml;

import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.Msg;
import org.itagen.input.Problem;
import org.itagen.thai.ThaiDigits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One YAML file as SnakeYAML's node tree, with the helpers every reader of the project's YAML
 * (measures, templates, framework data) walks it with, so that all of them say a mistake the
 * same way: {@code file:line: what is wrong; how to fix it}, with "did you mean" for a misspelt
 * key.
 *
 * <p>Nodes rather than bound objects, because nodes keep their line numbers. Problems go to a
 * sink: {@link Problem#THROW} stops at the first (templates, framework data, and the generating
 * commands), a list collects them all ({@code itagen check}). After reporting, a helper returns
 * null (or skips the key), so a collecting reader carries on with what it could read.
 */
public final class YamlDoc {
    private final String source;
    private final String text;
    private final Node root;
    private final Consumer<Problem> sink;
    private final String code;
    /** Nodes taken from another file (a framework year's parent), with that file's name. */
    private final Map<Node, String> origin = new IdentityHashMap<>();
    /** For YAML written from a spreadsheet: line to "Sheet!Cell", so messages name the cell the officer typed in. */
    private java.util.function.IntFunction<String> locator;

    private YamlDoc(String source, String text, Node root, Consumer<Problem> sink, String code) {
        this.source = source;
        this.text = text;
        this.root = root;
        this.sink = sink;
        this.code = code;
    }

    // ---- reading ------------------------------------------------------------------------------

    /** The file's name as messages show it. */
    public static String displayName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * The text of a UTF-8 file (a BOM is kept; {@link #parse} drops it).
     *
     * @param notFound the message when the file does not exist: it says which option names the file
     */
    public static String readText(Path file, Msg notFound) {
        byte[] bytes;
        try {
            // Checked before reading: a folder, /dev/zero or a pipe would block or fill the heap,
            // and a file of many megabytes is not a measures file or template (and would take
            // the YAML parser a minute).
            if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
            if (!Files.isRegularFile(file)) throw ItagenException.input(file.toString(), Msg.of("error.YAML_NOT_A_FILE"));
            if (Files.size(file) > MAX_BYTES) throw tooLarge(file, Files.size(file));
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // the size a file system states can be wrong (procfs)
            }
            if (bytes.length > MAX_BYTES) throw tooLarge(file, bytes.length);
        } catch (NoSuchFileException e) {
            throw ItagenException.input(file.toString(), notFound);
        } catch (IOException e) {
            throw ItagenException.input(file.toString(), Msg.of("error.FILE_UNREADABLE", String.valueOf(e.getMessage())));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Saved as "Thai (Windows)" by Notepad or Excel: read it as the CSV reader does.
            try (java.io.Reader r = org.itagen.input.TextDecoding.decode(bytes, null, displayName(file)).reader()) {
                StringBuilder b = new StringBuilder();
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) > 0; ) b.append(buf, 0, n);
                return b.toString();
            } catch (IOException | RuntimeException e2) {
                throw ItagenException.input(displayName(file), Msg.of("error.NOT_UTF8"));
            }
        }
    }

    /** Largest YAML file read: measures files and templates are tens of kilobytes. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private static ItagenException tooLarge(Path file, long size) {
        return ItagenException.input(displayName(file), Msg.of("error.YAML_TOO_LARGE",
                String.format(Locale.ROOT, "%.1f MB", size / 1048576.0), String.format(Locale.ROOT, "%.0f MB", MAX_BYTES / 1048576.0)));
    }

    /** Parses text whose every problem is thrown (templates, framework data). */
    public static YamlDoc parse(String text, String source) {
        return parse(text, source, Problem.THROW, Problem.REJECTED);
    }

    /**
     * Parses text; a syntax error is always thrown (nothing can be read past it).
     *
     * @param sink where problems of shape (unknown key, a list where one value belongs ...) go
     * @param code the problem code they carry
     */
    public static YamlDoc parse(String text, String source, Consumer<Problem> sink, String code) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        refuseControls(text, source);
        Node root = compose(text, source);
        refuseEscapedControls(root, source, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return new YamlDoc(source, text, root, sink, code);
    }

    /**
     * A control character (NUL, BEL, ESC, the vertical tab Word leaves) typed into the file: named
     * with its line, rather than SnakeYAML's "special characters are not allowed" without one.
     */
    private static void refuseControls(String text, String source) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            if (isControl(c)) {
                int from = text.lastIndexOf('\n', i) + 1;
                int to = text.indexOf('\n', i);
                String lineText = text.substring(from, to < 0 ? text.length() : to).strip();
                throw ItagenException.input(source + ":" + line, Msg.of("error.CONTROL_CHARACTER",
                        org.itagen.input.Texts.describe(c), org.itagen.input.Texts.echo(lineText)));
            }
        }
    }

    /** The same character written as a YAML escape ("\a", "\e", "\v", "\x07" in double quotes). */
    private static void refuseEscapedControls(Node n, String source, java.util.Set<Node> seen) {
        if (n == null || !seen.add(n)) return;
        switch (n) {
            case ScalarNode sn -> {
                String v = sn.getValue();
                for (int i = 0; i < v.length(); i++) {
                    if (isControl(v.charAt(i))) {
                        throw ItagenException.input(source + ":" + line(sn), Msg.of("error.CONTROL_CHARACTER",
                                org.itagen.input.Texts.describe(v.charAt(i)), org.itagen.input.Texts.echo(v)));
                    }
                }
            }
            case SequenceNode sq -> sq.getValue().forEach(c -> refuseEscapedControls(c, source, seen));
            case MappingNode mn -> mn.getValue().forEach(t -> {
                refuseEscapedControls(t.getKeyNode(), source, seen);
                refuseEscapedControls(t.getValueNode(), source, seen);
            });
            default -> {
            }
        }
    }

    /** C0 and C1 controls, DEL and the non-characters U+FFFE/U+FFFF; tab and line ends are text. */
    private static boolean isControl(char c) {
        return org.itagen.input.Texts.isControl(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    private static Node compose(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            // A quote left open or a { never closed is noticed lines later, where the next quote or
            // key happens to be: name the line where the unclosed thing began, the officer's mistake.
            Mark c = e.getContextMark();
            if (c != null && m != null && c.getLine() < m.getLine() && e.getContext() != null) {
                problem = e.getContext() + " that begins here: " + problem + " at line " + (m.getLine() + 1);
                m = c;
            }
            String where = m == null ? source : source + ":" + (m.getLine() + 1);
            throw ItagenException.input(where, Msg.of("error.YAML_SYNTAX", problem));
        } catch (YAMLException e) {
            throw ItagenException.input(source, Msg.of("error.YAML_INVALID", String.valueOf(e.getMessage())));
        }
    }

    /**
     * Names places by {@code locator} (1-based line to "มาตรการ!D7") instead of file:line: the
     * workbook reader writes its cells as YAML so that one parser and one set of rules read both.
     */
    public YamlDoc locatedBy(java.util.function.IntFunction<String> locator) {
        this.locator = locator;
        return this;
    }

    public String source() {
        return source;
    }

    /** The text as parsed (without BOM); templates cut folded blocks out of it. */
    public String text() {
        return text;
    }

    /** The document's root node, or null when the file holds no document (empty, or comments only). */
    public Node root() {
        return root;
    }

    // ---- text YAML's rules may have eaten ---------------------------------------------------

    /** A mapping key and its colon at the start of a value: "title: ", "steps:" (an empty value follows). */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[^\\s\"'#\\-][^:#]*:(?:\\s+|$)");

    /**
     * Warnings, with file:line, where YAML's rules likely dropped or merged the officer's text
     * without an error: " #" inside a plain value (the rest became a comment), a deeper-indented
     * line joined to the list item above, Word bullets ("•") kept inside one value, a value
     * starting with ":" or "-". Quoted and block (| >) values are left alone: there the text is kept.
     */
    public List<Problem> lostText() {
        List<Problem> out = new java.util.ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        int itemIndent = -1; // indentation of the "- plain" item above, while its text may continue
        int blockIndent = -1; // indentation of the line that opened a | or > block, while its text goes on
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = source + ":" + (i + 1);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            int indent = line.length() - line.stripLeading().length();
            if (blockIndent >= 0 && indent > blockIndent) continue; // inside a | or > block: kept as written
            blockIndent = -1;
            if (itemIndent >= 0 && indent > itemIndent && !trimmed.startsWith("- ") && !trimmed.matches("[^\\s\"']+:(\\s.*)?")) {
                out.add(Problem.warning("YAML_TEXT_LOST", where, Msg.of("warning.YAML_LINE_JOINED", String.valueOf(i))));
            } else {
                itemIndent = -1;
            }
            if (trimmed.startsWith("•") && itemIndent < 0 && i > 0) {
                out.add(Problem.warning("YAML_TEXT_LOST", where, Msg.of("warning.YAML_BULLET")));
                continue;
            }
            // "- value", "key: value" or "- key: value" (a template's "- paragraph: |"): the value is what follows.
            String value = trimmed;
            boolean item = value.startsWith("- ");
            if (item) value = value.substring(2).stripLeading();
            int keyColumn = indent + trimmed.length() - value.length(); // a block's text is indented past its key
            java.util.regex.Matcher k = KEY.matcher(value);
            boolean keyed = k.lookingAt();
            if (keyed) value = value.substring(k.end());
            if (!item && !keyed) continue;
            if (!value.isEmpty() && (value.charAt(0) == '|' || value.charAt(0) == '>')) blockIndent = keyColumn;
            if (value.isEmpty() || "\"'|>[{&*!".indexOf(value.charAt(0)) >= 0) continue;
            if (item) itemIndent = indent;
            if ((value.startsWith(":") || value.startsWith("-")) && value.length() > 1 && !Character.isWhitespace(value.charAt(1))
                    && !Character.isDigit(value.charAt(1))) {
                out.add(Problem.warning("YAML_TEXT_LOST", where, Msg.of("warning.YAML_VALUE_MARK", value.substring(0, 1))));
            }
            int hash = value.indexOf(" #");
            // "ห้อง #3": one space, then text; a deliberate comment is usually "  # ...".
            if (hash > 0 && value.charAt(hash - 1) != ' ' && hash + 2 < value.length() && value.charAt(hash + 2) != ' ') {
                out.add(Problem.warning("YAML_TEXT_LOST", where, Msg.of("warning.YAML_HASH", value.substring(hash + 1).strip())));
            }
            if (value.indexOf('•', 1) > 0) {
                out.add(Problem.warning("YAML_TEXT_LOST", where, Msg.of("warning.YAML_BULLET")));
            }
        }
        return out;
    }

    // ---- where ---------------------------------------------------------------------------------

    /** "file:line" of a node. */
    public String at(Node n) {
        if (locator != null && !origin.containsKey(n)) return locator.apply(line(n));
        return origin.getOrDefault(n, source) + ":" + line(n);
    }

    /** 1-based line of a node. */
    public static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    /**
     * Marks every node of {@code from} as coming from that file (or from where it took it), so that
     * {@link #at} names the right file once its nodes are merged into this document's tree.
     */
    public void adopt(YamlDoc from) {
        if (from.root != null) adopt(from.root, from);
    }

    private void adopt(Node n, YamlDoc from) {
        origin.put(n, from.origin.getOrDefault(n, from.source));
        switch (n) {
            case MappingNode m -> m.getValue().forEach(t -> {
                adopt(t.getKeyNode(), from);
                adopt(t.getValueNode(), from);
            });
            case SequenceNode s -> s.getValue().forEach(c -> adopt(c, from));
            default -> {
            }
        }
    }

    // ---- reporting -----------------------------------------------------------------------------

    /** Reports a problem of shape at a node, with this document's code. */
    public void report(Node at, Msg message) {
        report(code, at, message);
    }

    /** Reports a problem with its own code (a check finding code such as "PERIOD_INVALID"). */
    public void report(String problemCode, Node at, Msg message) {
        sink.accept(Problem.error(problemCode, at(at), message));
    }

    /** A rule broken at a node, for readers that stop at once (framework data, templates). */
    public ItagenException error(Node at, Msg message) {
        return ItagenException.input(at(at), message);
    }

    // ---- shapes --------------------------------------------------------------------------------

    /** The node as a mapping, or null after reporting. */
    public MappingNode mapping(Node n, String what) {
        return mapping(n, what, List.of());
    }

    /** The node as a mapping, or null after reporting; the message names a few {@code expected} keys. */
    public MappingNode mapping(Node n, String what, List<String> expected) {
        if (n instanceof MappingNode m) return m;
        report(n, notMapping(what, expected));
        return null;
    }

    /** "agency must be a set of 'key: value' lines with keys such as id, name, short_name". */
    public static Msg notMapping(String what, List<String> expected) {
        return expected.isEmpty() ? Msg.of("error.YAML_NOT_MAPPING", what)
                : Msg.of("error.YAML_NOT_MAPPING_KEYS", what, String.join(", ", expected.subList(0, Math.min(3, expected.size()))));
    }

    /**
     * The keys of a mapping in file order. A key not in {@code allowed} is reported (with the
     * closest allowed key) and left out; an empty {@code allowed} takes any key. A key given twice
     * is reported and its first value kept.
     *
     * @param what the mapping's name for messages ("agency", "measure 2"), or null for the top level
     */
    public Map<String, NodeTuple> keys(MappingNode m, List<String> allowed, String what) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = scalar(t.getKeyNode(), Messages.text("yaml.what.KEY"));
            if (k == null) continue;
            k = k.strip();
            String context = what == null ? Messages.text("yaml.AT_TOP") : Messages.text("yaml.IN", what);
            if (!allowed.isEmpty() && !allowed.contains(k)) {
                report(t.getKeyNode(), Msg.of("error.YAML_UNKNOWN_KEY", k, context, didYouMean(k, allowed),
                        String.join(", ", allowed)));
                continue;
            }
            if (out.containsKey(k)) {
                report(t.getKeyNode(), Msg.of("error.YAML_DUPLICATE_KEY", k, context,
                        String.valueOf(line(out.get(k).getKeyNode()))));
                continue;
            }
            out.put(k, t);
        }
        return out;
    }

    /** A single value ("" for an empty one), or null after reporting a list or mapping. */
    public String scalar(Node n, String what) {
        if (n instanceof ScalarNode s) return Tag.NULL.equals(s.getTag()) ? "" : s.getValue();
        report(n, Msg.of("error.YAML_NOT_SCALAR", what));
        return null;
    }

    /** The items of a list, or null after reporting anything else. */
    public List<Node> sequence(Node n, String what) {
        if (n instanceof SequenceNode s) return s.getValue();
        report(n, Msg.of("error.YAML_NOT_LIST", what));
        return null;
    }

    /** A whole number (Thai digits allowed), or null after reporting. */
    public Integer wholeNumber(Node n, String what) {
        return wholeNumber(code, n, what);
    }

    /** A whole number (Thai digits allowed), or null after reporting a problem with {@code problemCode}. */
    public Integer wholeNumber(String problemCode, Node n, String what) {
        String v = scalar(n, what);
        if (v == null) return null;
        v = ThaiDigits.toArabic(v).strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            report(problemCode, n, Msg.of("error.YAML_NOT_WHOLE_NUMBER", what, v));
            return null;
        }
    }

    /** The items of a list, or a single value as a list of one ({@code indicators: 4}). */
    public static List<Node> items(Node n) {
        if (n instanceof SequenceNode s) return s.getValue();
        return List.of(n);
    }

    /** An empty value: nothing after the colon, {@code ~} or {@code null}, or blank text. */
    public static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isBlank());
    }

    /** Whether the key is given with a value that is not empty. */
    public static boolean present(Map<String, NodeTuple> keys, String k) {
        NodeTuple t = keys.get(k);
        return t != null && !isNull(t.getValueNode());
    }

    /** The value node of a key, or null. */
    public static Node value(Map<String, NodeTuple> keys, String k) {
        NodeTuple t = keys.get(k);
        return t == null ? null : t.getValueNode();
    }

    // ---- did you mean --------------------------------------------------------------------------

    /** The candidate closest to {@code given} when it is close enough to be a typo of it, else null. */
    public static String closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String g = given.toLowerCase(Locale.ROOT);
        for (String c : new LinkedHashSet<>(candidates)) {
            int d = distance(g, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        // Allow about one typo per three letters, so "titel" finds "title" but "foo" finds nothing.
        return best != null && bestDistance <= Math.max(1, given.length() / 3) ? best : null;
    }

    /** " (did you mean \"title\"?)" in the user's language when a close candidate exists, else "". */
    public static String didYouMean(String given, Collection<String> candidates) {
        String best = closest(given, candidates);
        return best == null ? "" : Messages.text("yaml.DID_YOU_MEAN", best);
    }

    /** Levenshtein distance with transpositions counted as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
