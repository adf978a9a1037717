package org.itagen.report;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.doc.Align;
import org.itagen.doc.Digits;
import org.itagen.doc.PageNumbers;
import org.itagen.doc.PageSetup;
import org.itagen.Msg;
import org.itagen.input.yaml.YamlDoc;
import org.itagen.thai.ThaiDigits;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads templates: the bundled ones (jar resources org/itagen/templates/o25.yaml, o28.yaml, copied
 * from the top-level templates/ folder) or an officer's edited copy. The whole structure is
 * checked here, before any data is touched, so a misspelt key fails fast with its line.
 */
public final class TemplateLoader {
    /** The bundled templates, by kind. */
    public static final List<String> KINDS = List.of("o25", "o28");
    static final String RESOURCE_DIR = "org/itagen/templates/";
    static final String LABELS_RESOURCE = "org/itagen/report/labels.yaml";

    static final List<String> TOP_KEYS = List.of("kind", "page", "document", "labels", "sentences", "body", "letterhead");
    static final List<String> LETTERHEAD_KEYS = List.of("logo");
    static final List<String> LOGO_KEYS = List.of("file", "width_mm", "align");
    static final List<String> SIGNATURE_KEYS = List.of("image_width_mm");
    /** Default printed width of a scanned signature, millimetres. */
    static final double SIGNATURE_IMAGE_MM = 40;
    static final List<String> PAGE_KEYS = List.of("digits", "font", "font_size", "line_spacing", "margins", "page_numbers", "align");
    static final List<String> MARGIN_KEYS = List.of("top", "bottom", "left", "right");
    static final List<String> NUMBER_KEYS = List.of("from", "pattern", "position");
    static final List<String> DOCUMENT_KEYS = List.of("title");
    static final List<String> TEXT_TYPES = List.of("title", "heading", "subheading", "paragraph", "bullets", "numbered");
    static final List<String> TABLES = List.of("comparison", "ranking", "rating_scale", "weak_questions", "measures",
            "results", "measure");
    static final List<String> CHARTS = List.of("indicators");
    static final List<String> BLOCK_KEYS = List.of("title", "heading", "subheading", "paragraph", "bullets", "numbered",
            "table", "chart", "page_break", "group", "signature", "if", "each", "as", "align", "indent", "caption", "scores", "size");

    private final String file;
    private final YamlDoc doc;
    /** The folder a logo file is named relative to: the template's own (or the working folder). */
    private final Path baseDir;

    private TemplateLoader(YamlDoc doc, Path baseDir) {
        this.file = doc.source();
        this.doc = doc;
        this.baseDir = baseDir == null ? Path.of("") : baseDir;
    }

    /**
     * Parsed once per kind: every document needs both (ReportData checks measures' texts against
     * the sentences of both), and re-parsing them cost 4% of a batch. Template is immutable, so
     * one instance serves all threads.
     */
    private static final java.util.Map<String, Template> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The bundled template of a kind. */
    public static Template bundled(String kind) {
        return BUNDLED.computeIfAbsent(kind, k -> parse(bundledText(k), k + ".yaml", k));
    }

    /** The text of a bundled template (templates export writes it out). */
    public static String bundledText(String kind) {
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("no bundled template " + kind);
        return resource(RESOURCE_DIR + kind + ".yaml");
    }

    /** An officer's template file; {@code expectedKind} is the command's ("o25" or "o28"). */
    public static Template load(Path path, String expectedKind) {
        return load(path, expectedKind, p -> { });
    }

    /**
     * An officer's template file (UTF-8, or windows-874 as Notepad saves "Thai (Windows)"), telling
     * {@code warnings} each line where YAML's rules likely ate the officer's text (" #" in a plain
     * value, a deeper line joined to the item above, Word bullets in one value, a value starting
     * with ":" or "-"), as measures files are warned of (issue 13 §3).
     */
    public static Template load(Path path, String expectedKind, java.util.function.Consumer<org.itagen.input.Problem> warnings) {
        String text = YamlDoc.readText(path, Msg.of("error.TEMPLATE_NOT_FOUND"));
        String file = YamlDoc.displayName(path);
        YamlDoc doc = YamlDoc.parse(text, file);
        Template t = new TemplateLoader(doc, path.toAbsolutePath().getParent()).template(doc.root(), expectedKind);
        doc.lostText().forEach(warnings); // after the template is known good: an error wins over a doubt
        return t;
    }

    /** Where YAML's rules likely ate text in template text (see {@link #load(Path, String, java.util.function.Consumer)}). */
    public static List<org.itagen.input.Problem> lostText(String text, String file) {
        return YamlDoc.parse(text, file).lostText();
    }

    /** Parses template text. */
    public static Template parse(String text, String file, String expectedKind) {
        YamlDoc doc = YamlDoc.parse(text, file);
        return new TemplateLoader(doc, null).template(doc.root(), expectedKind);
    }

    private Template template(Node root, String expectedKind) {
        if (root == null) throw ItagenException.input(file, Msg.of("error.TEMPLATE_EMPTY"));
        MappingNode top = mapping(root, what("TEMPLATE"));
        Map<String, NodeTuple> keys = keys(top, TOP_KEYS, null);
        String kind = keys.containsKey("kind") ? scalar(keys.get("kind").getValueNode(), "kind").strip().toLowerCase(Locale.ROOT) : expectedKind;
        if (!KINDS.contains(kind)) {
            throw ItagenException.input(at(keys.get("kind").getValueNode()), Msg.of("error.TEMPLATE_KIND", kind));
        }
        if (expectedKind != null && !kind.equals(expectedKind)) {
            throw ItagenException.input(at(keys.get("kind").getValueNode()), Msg.of("error.TEMPLATE_WRONG_KIND",
                    kind.toUpperCase(Locale.ROOT), expectedKind.toUpperCase(Locale.ROOT), expectedKind));
        }
        PageSetup page = keys.containsKey("page") ? page(mapping(keys.get("page").getValueNode(), "page")) : PageSetup.thaiOfficialA4();
        Align paragraphs = keys.containsKey("page") ? paragraphAlign(mapping(keys.get("page").getValueNode(), "page")) : Align.JUSTIFY;

        Template.Text title = new Template.Text(kind.toUpperCase(Locale.ROOT), 1);
        if (keys.containsKey("document")) {
            Map<String, NodeTuple> d = keys(mapping(keys.get("document").getValueNode(), "document"), DOCUMENT_KEYS, "document");
            if (d.containsKey("title")) title = text(d.get("title").getValueNode(), "document.title");
        }

        Map<String, String> defaults = defaultLabels();
        Map<String, String> labels = new LinkedHashMap<>(defaults);
        if (keys.containsKey("labels")) {
            for (NodeTuple t : keys(mapping(keys.get("labels").getValueNode(), "labels"), List.of(), "labels").values()) {
                String k = scalar(t.getKeyNode(), what("LABEL_NAME")).strip();
                if (!defaults.containsKey(k)) {
                    throw ItagenException.input(at(t.getKeyNode()), Msg.of("error.TEMPLATE_UNKNOWN_LABEL", k,
                            YamlDoc.didYouMean(k, defaults.keySet())));
                }
                labels.put(k, scalar(t.getValueNode(), "labels." + k).strip());
            }
        }

        Map<String, Template.Text> sentences = new LinkedHashMap<>();
        if (keys.containsKey("sentences")) {
            for (NodeTuple t : keys(mapping(keys.get("sentences").getValueNode(), "sentences"), List.of(), "sentences").values()) {
                String k = scalar(t.getKeyNode(), what("SENTENCE_NAME")).strip();
                if (!k.matches("[a-z][a-z0-9_]*")) {
                    throw ItagenException.input(at(t.getKeyNode()), Msg.of("error.TEMPLATE_SENTENCE_NAME", k));
                }
                sentences.put(k, text(t.getValueNode(), "sentences." + k));
            }
        }

        if (!keys.containsKey("body")) throw ItagenException.input(at(top), Msg.of("error.TEMPLATE_MISSING_BODY"));
        List<Template.Spec> body = blocks(keys.get("body").getValueNode());
        org.itagen.input.PictureRef logo = null;
        if (keys.containsKey("letterhead")) {
            Map<String, NodeTuple> lh = keys(mapping(keys.get("letterhead").getValueNode(), "letterhead"), LETTERHEAD_KEYS, "letterhead");
            if (lh.containsKey("logo")) logo = logo(lh.get("logo").getValueNode());
        }
        return new Template(file, kind, page, title, labels, sentences, body, paragraphs, logo);
    }

    /** {@code letterhead: logo:} as a file name or {@code {file, width_mm, align}}; the file must exist. */
    private org.itagen.input.PictureRef logo(Node n) {
        Node fileNode = n;
        Double width = null;
        String align = null;
        if (!(n instanceof ScalarNode)) {
            Map<String, NodeTuple> k = keys(mapping(n, "letterhead.logo"), LOGO_KEYS, "letterhead.logo");
            if (!k.containsKey("file")) throw ItagenException.input(at(n), Msg.of("error.LOGO_NO_FILE"));
            fileNode = k.get("file").getValueNode();
            if (k.containsKey("width_mm")) {
                width = number(k.get("width_mm").getValueNode(), "letterhead.logo.width_mm",
                        org.itagen.input.PictureRef.MIN_MM, org.itagen.input.PictureRef.MAX_MM);
            }
            if (k.containsKey("align")) {
                Node an = k.get("align").getValueNode();
                align = scalar(an, "align").strip().toLowerCase(Locale.ROOT);
                if (!org.itagen.input.PictureRef.ALIGNS.contains(align)) {
                    throw ItagenException.input(at(an), Msg.of("error.PICTURE_ALIGN", "letterhead.logo.align", align));
                }
            }
        }
        String name = scalar(fileNode, "letterhead.logo.file").strip();
        Path f;
        try {
            f = baseDir.resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw ItagenException.input(at(fileNode), Msg.of("error.IMAGE_FILE_MISSING", "letterhead.logo", name));
        }
        if (!java.nio.file.Files.isRegularFile(f)) {
            throw ItagenException.input(at(fileNode), Msg.of("error.IMAGE_FILE_MISSING", "letterhead.logo", name));
        }
        return new org.itagen.input.PictureRef(f, width, align, at(fileNode), "letterhead.logo");
    }

    private List<Template.Spec> blocks(Node node) {
        if (!(node instanceof SequenceNode seq)) {
            throw ItagenException.input(at(node), Msg.of("error.TEMPLATE_BODY_NOT_LIST"));
        }
        List<Template.Spec> out = new ArrayList<>();
        for (Node n : seq.getValue()) out.add(block(n));
        return out;
    }

    private Template.Spec block(Node node) {
        if (node instanceof ScalarNode s && s.getValue().strip().equals("page_break")) {
            return new Template.BreakSpec(null, line(node));
        }
        if (node instanceof ScalarNode s && s.getValue().strip().equals("signature")) {
            return new Template.SignatureSpec(SIGNATURE_IMAGE_MM, null, line(node));
        }
        MappingNode m = mapping(node, what("BLOCK"));
        Map<String, NodeTuple> k = keys(m, BLOCK_KEYS, what("BLOCK"));
        List<String> types = new ArrayList<>();
        for (String t : List.of("title", "heading", "subheading", "paragraph", "bullets", "numbered", "table", "chart", "page_break", "group",
                "signature")) {
            if (k.containsKey(t)) types.add(t);
        }
        if (types.size() != 1) {
            throw ItagenException.input(at(m), types.isEmpty() ? Msg.of("error.TEMPLATE_BLOCK_NO_TYPE")
                    : Msg.of("error.TEMPLATE_BLOCK_TWO_TYPES", String.join(", ", types)));
        }
        String type = types.get(0);
        Template.Text cond = k.containsKey("if") ? text(k.get("if").getValueNode(), "if") : null;
        int line = line(m);
        List<String> allowed = switch (type) {
            case "paragraph" -> List.of("paragraph", "if", "align", "indent");
            case "title", "heading", "subheading" -> List.of(type, "if", "align");
            case "bullets", "numbered" -> List.of(type, "if");
            case "table" -> List.of("table", "if", "caption", "scores", "size");
            case "chart" -> List.of("chart", "if", "caption", "scores");
            case "page_break" -> List.of("page_break", "if");
            case "signature" -> List.of("signature", "if");
            default -> List.of("group", "if", "each", "as");
        };
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), org.itagen.Messages.text("yaml.what.KEY")).strip();
            if (!allowed.contains(key)) {
                throw ItagenException.input(at(t.getKeyNode()), Msg.of("error.TEMPLATE_KEY_NOT_FOR_BLOCK", key, type,
                        String.join(", ", allowed)));
            }
        }
        boolean after = false;
        if (k.containsKey("scores")) {
            String s = scalar(k.get("scores").getValueNode(), "scores").strip();
            if (!s.equals("assessment") && !s.equals("after")) {
                throw ItagenException.input(at(k.get("scores").getValueNode()), Msg.of("error.TEMPLATE_SCORES",
                        YamlDoc.didYouMean(s, List.of("assessment", "after"))));
            }
            after = s.equals("after");
        }
        Template.Text caption = k.containsKey("caption") ? text(k.get("caption").getValueNode(), "caption") : null;
        return switch (type) {
            case "table" -> {
                String name = name(k.get("table").getValueNode(), TABLES, "table");
                float size = k.containsKey("size") ? (float) number(k.get("size").getValueNode(), "size", 8, 24) : 0f;
                yield new Template.TableSpec(name, caption, after, size, cond, line);
            }
            case "chart" -> new Template.ChartSpec(name(k.get("chart").getValueNode(), CHARTS, "chart"), caption, after, cond, line);
            case "page_break" -> new Template.BreakSpec(cond, line);
            case "signature" -> {
                double width = SIGNATURE_IMAGE_MM;
                Node v = k.get("signature").getValueNode();
                if (v instanceof MappingNode sm) {
                    Map<String, NodeTuple> sk = keys(sm, SIGNATURE_KEYS, "signature");
                    if (sk.containsKey("image_width_mm")) {
                        width = number(sk.get("image_width_mm").getValueNode(), "signature.image_width_mm",
                                org.itagen.input.PictureRef.MIN_MM, org.itagen.input.PictureRef.MAX_MM);
                    }
                }
                yield new Template.SignatureSpec(width, cond, line);
            }
            case "group" -> {
                String each = k.containsKey("each") ? scalar(k.get("each").getValueNode(), "each").strip() : null;
                String as = k.containsKey("as") ? scalar(k.get("as").getValueNode(), "as").strip() : "item";
                if (each != null && !each.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
                    throw ItagenException.input(at(k.get("each").getValueNode()), Msg.of("error.TEMPLATE_EACH"));
                }
                if (!as.matches("[a-z_][a-z0-9_]*")) {
                    throw ItagenException.input(at(k.get("as").getValueNode()), Msg.of("error.TEMPLATE_AS"));
                }
                yield new Template.GroupSpec(each, as, blocks(k.get("group").getValueNode()), cond, line);
            }
            default -> {
                Node v = k.get(type).getValueNode();
                Align align = k.containsKey("align") ? align(k.get("align").getValueNode()) : null;
                Double indent = k.containsKey("indent") ? number(k.get("indent").getValueNode(), "indent", 0, 10) : null;
                if (v instanceof SequenceNode s) {
                    if (!type.equals("bullets") && !type.equals("numbered")) {
                        throw ItagenException.input(at(v), Msg.of("error.TEMPLATE_TEXT_NOT_LIST", type));
                    }
                    List<Template.Text> items = new ArrayList<>();
                    for (Node i : s.getValue()) items.add(text(i, what("LIST_ITEM")));
                    yield new Template.TextSpec(type, null, items, align, indent, cond, line);
                }
                yield new Template.TextSpec(type, text(v, type), List.of(), align, indent, cond, line);
            }
        };
    }

    private PageSetup page(MappingNode m) {
        Map<String, NodeTuple> k = keys(m, PAGE_KEYS, "page");
        PageSetup p = PageSetup.thaiOfficialA4();
        if (k.containsKey("digits")) {
            String d = scalar(k.get("digits").getValueNode(), "digits").strip().toLowerCase(Locale.ROOT);
            p = p.withDigits(switch (d) {
                case "thai" -> Digits.THAI;
                case "arabic" -> Digits.ARABIC;
                default -> throw ItagenException.input(at(k.get("digits").getValueNode()), Msg.of("error.TEMPLATE_DIGITS", d));
            });
        }
        if (k.containsKey("font")) p = p.withFont(scalar(k.get("font").getValueNode(), "font").strip(), null);
        float size = k.containsKey("font_size") ? (float) number(k.get("font_size").getValueNode(), "font_size", 8, 28) : p.bodySizePt();
        float spacing = k.containsKey("line_spacing") ? (float) number(k.get("line_spacing").getValueNode(), "line_spacing", 1, 3) : p.lineSpacing();
        p = p.withBody(size, spacing);
        if (k.containsKey("margins")) {
            Map<String, NodeTuple> mk = keys(mapping(k.get("margins").getValueNode(), "margins"), MARGIN_KEYS, "margins");
            p = p.withMargins(margin(mk, "top", p.marginTopCm()), margin(mk, "bottom", p.marginBottomCm()),
                    margin(mk, "left", p.marginLeftCm()), margin(mk, "right", p.marginRightCm()));
        }
        if (k.containsKey("page_numbers")) {
            Node n = k.get("page_numbers").getValueNode();
            if (n instanceof ScalarNode s && List.of("off", "false", "no", "none").contains(s.getValue().strip().toLowerCase(Locale.ROOT))) {
                p = p.withPageNumbers(PageNumbers.none());
            } else {
                Map<String, NodeTuple> nk = keys(mapping(n, "page_numbers"), NUMBER_KEYS, "page_numbers");
                PageNumbers d = PageNumbers.thaiOfficial();
                int from = nk.containsKey("from") ? (int) number(nk.get("from").getValueNode(), "from", 1, 99) : d.fromPage();
                String pattern = nk.containsKey("pattern") ? scalar(nk.get("pattern").getValueNode(), "pattern") : d.pattern();
                if (!pattern.contains("{n}")) {
                    throw ItagenException.input(at(nk.get("pattern").getValueNode()), Msg.of("error.TEMPLATE_PAGE_PATTERN"));
                }
                PageNumbers.Position pos = d.position();
                if (nk.containsKey("position")) {
                    String v = scalar(nk.get("position").getValueNode(), "position").strip().toUpperCase(Locale.ROOT);
                    try {
                        pos = PageNumbers.Position.valueOf(v);
                    } catch (IllegalArgumentException e) {
                        throw ItagenException.input(at(nk.get("position").getValueNode()), Msg.of("error.TEMPLATE_PAGE_POSITION"));
                    }
                }
                p = p.withPageNumbers(new PageNumbers(true, from, pattern, pos));
            }
        }
        return p;
    }

    private double margin(Map<String, NodeTuple> k, String key, double dflt) {
        return k.containsKey(key) ? number(k.get(key).getValueNode(), "margins." + key + " (cm)", 0, 10) : dflt;
    }

    /**
     * {@code page: align}: how body paragraphs without their own {@code align} are set; justify
     * (Thai distributed, the default) or left (ragged right).
     */
    private Align paragraphAlign(MappingNode page) {
        for (NodeTuple t : page.getValue()) {
            if (!scalar(t.getKeyNode(), "a key").strip().equals("align")) continue;
            String v = scalar(t.getValueNode(), "align").strip().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "justify" -> Align.JUSTIFY;
                case "left" -> Align.LEFT;
                default -> throw ItagenException.input(at(t.getValueNode()),
                        Msg.of("error.PAGE_ALIGN", v));
            };
        }
        return Align.JUSTIFY;
    }

    private Align align(Node n) {
        String v = scalar(n, "align").strip().toUpperCase(Locale.ROOT);
        try {
            return Align.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw ItagenException.input(at(n), Msg.of("error.TEMPLATE_ALIGN"));
        }
    }

    private String name(Node n, List<String> allowed, String what) {
        String v = scalar(n, what).strip();
        if (!allowed.contains(v)) {
            throw ItagenException.input(at(n), Msg.of("error.TEMPLATE_NO_SUCH_BUILTIN", what, v, YamlDoc.didYouMean(v, allowed),
                    String.join(", ", allowed)));
        }
        return v;
    }

    private double number(Node n, String what, double min, double max) {
        String v = ThaiDigits.toArabic(scalar(n, what)).strip();
        try {
            double d = Double.parseDouble(v);
            if (d < min || d > max) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw ItagenException.input(at(n), Msg.of("error.TEMPLATE_NUMBER_RANGE", what, fmt(min), fmt(max), v));
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** A text and the line its content starts on (block scalars start on the line after '|'). */
    private Template.Text text(Node n, String what) {
        if (n instanceof ScalarNode s) {
            int line = line(n);
            DumperOptions.ScalarStyle style = s.getScalarStyle();
            if (style == DumperOptions.ScalarStyle.FOLDED) return new Template.Text(rawBlock(s), line + 1, true);
            if (style == DumperOptions.ScalarStyle.LITERAL) line++;
            String v = Tag.NULL.equals(s.getTag()) ? "" : s.getValue();
            return new Template.Text(v, line);
        }
        throw ItagenException.input(at(n), Msg.of("error.TEMPLATE_NOT_TEXT", what));
    }

    /** A folded block's lines as written (indentation removed), so that line numbers survive. */
    private String rawBlock(ScalarNode s) {
        String source = doc.text();
        int start = s.getStartMark().getIndex();
        int end = Math.min(s.getEndMark().getIndex(), source.length());
        String block = source.substring(start, end);
        int nl = block.indexOf('\n');
        if (nl < 0) return s.getValue();
        String[] lines = block.substring(nl + 1).split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String l : lines) {
            if (l.isBlank()) continue;
            int i = 0;
            while (i < l.length() && l.charAt(i) == ' ') i++;
            indent = Math.min(indent, i);
        }
        if (indent == Integer.MAX_VALUE) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (i > 0) sb.append('\n');
            sb.append(l.length() >= indent ? l.substring(indent) : l.strip());
        }
        return sb.toString().stripTrailing();
    }

    /** YAML folding after rendering: a single line break is a space, an empty line a line break. */
    static String fold(String rendered) {
        String s = rendered.replaceAll("[ \\t]*\n[ \\t]*", "\n");
        s = s.replaceAll("(?<!\n)\n(?!\n)", " ");
        return s.replaceAll("\n\n", "\n");
    }

    // YAML walking is YamlDoc's, shared with the measures and framework readers; it throws here.

    private MappingNode mapping(Node n, String what) {
        return doc.mapping(n, what);
    }

    private Map<String, NodeTuple> keys(MappingNode m, List<String> allowed, String what) {
        return doc.keys(m, allowed, what);
    }

    private String scalar(Node n, String what) {
        return doc.scalar(n, what);
    }

    /** A part of a template named in a message, in the user's language ({@code templates.what.*}). */
    private static String what(String part) {
        return org.itagen.Messages.text("templates.what." + part);
    }

    private static int line(Node n) {
        return YamlDoc.line(n);
    }

    private String at(Node n) {
        return doc.at(n);
    }

    /** The default words of the built-in tables (a data file, so no Thai lives in code). */
    static Map<String, String> defaultLabels() {
        Node root = YamlDoc.parse(resource(LABELS_RESOURCE), "labels.yaml").root();
        Map<String, String> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) root).getValue()) {
            out.put(((ScalarNode) t.getKeyNode()).getValue(), ((ScalarNode) t.getValueNode()).getValue());
        }
        return out;
    }

    static String resource(String name) {
        try (InputStream in = TemplateLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (build problem)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
