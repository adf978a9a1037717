package org.itagen.render.docx;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * An officer's --docx-reference, reduced to what a published document may take from it: styles,
 * numbering, settings, theme, font table, headers and footers (with footnote/endnote separators)
 * and the pictures those show. Nothing else is carried over: no macros ({@code vbaProject.bin}
 * of a .docm renamed .docx), no ActiveX or embedded objects, no custom XML, no link to an
 * attached template; the body text is dropped, the section (page size, margins, header and
 * footer references) kept.
 *
 * <p>The file is also read within limits, once per run ({@link #check}): at most
 * {@link #MAX_FILE} bytes, {@link #MAX_ENTRIES} entries and {@link #MAX_INFLATED} bytes once
 * inflated (counted while inflating, not taken from the sizes the zip claims), so a zip bomb is
 * one exit 2 before any agency rather than an out-of-memory error per document.
 */
public final class ReferenceDocx {
    /** A letterhead template with a logo is a few hundred KB; Word's own limit is far above real ones. */
    static final long MAX_FILE = 32L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_INFLATED = 64L * 1024 * 1024;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String OFFICE_DOC = R + "/officeDocument";
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /** Relationship types of the main part that are kept, and the content type of their part. */
    private static final Map<String, String> KEPT = Map.of(
            R + "/styles", WML + "styles+xml",
            R + "/numbering", WML + "numbering+xml",
            R + "/settings", WML + "settings+xml",
            R + "/header", WML + "header+xml",
            R + "/footer", WML + "footer+xml",
            R + "/theme", "application/vnd.openxmlformats-officedocument.theme+xml",
            R + "/fontTable", WML + "fontTable+xml",
            R + "/footnotes", WML + "footnotes+xml",
            R + "/endnotes", WML + "endnotes+xml");
    /** Parts whose own relationships are kept (pictures and web links only). */
    private static final Set<String> WITH_PICTURES = Set.of(R + "/header", R + "/footer", R + "/footnotes", R + "/endnotes",
            R + "/numbering");
    private static final Map<String, String> PICTURES = Map.of("png", "image/png", "jpeg", "image/jpeg", "jpg", "image/jpeg",
            "gif", "image/gif", "bmp", "image/bmp", "tif", "image/tiff", "tiff", "image/tiff", "emf", "image/x-emf",
            "wmf", "image/x-wmf", "svg", "image/svg+xml");

    /** The cleaned package per file (path, size, time), so batch reads and checks it once. */
    private static final Map<String, Cleaned> CACHE = new ConcurrentHashMap<>();

    /**
     * @param bytes   the reduced DOCX package
     * @param dropped what was left out that a reader may care about (macros, embedded objects), for --verbose
     */
    record Cleaned(byte[] bytes, List<String> dropped) {
    }

    private ReferenceDocx() {
    }

    /**
     * Reads and reduces the file once, before any document is made: a missing, unreadable or
     * oversized reference is exit 2 here, once.
     */
    public static void check(Path file) {
        if (file != null) cleaned(file);
    }

    /** The reduced package of {@code file}, read once per run (cached by path, size and time). */
    static Cleaned cleaned(Path file) {
        String where = file.toString();
        String key;
        try {
            if (!Files.isRegularFile(file)) throw new NoSuchFileException(where);
            key = file.toAbsolutePath().normalize() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw ItagenException.input(where, Msg.of("error.REFERENCE_NOT_FOUND"));
        }
        Cleaned c = CACHE.get(key);
        if (c == null) {
            c = clean(file, where);
            if (CACHE.size() > 8) CACHE.clear(); // one or two references per run; never grows
            CACHE.put(key, c);
        }
        return c;
    }

    private static Cleaned clean(Path file, String where) {
        try {
            if (Files.size(file) > MAX_FILE) {
                throw ItagenException.input(where, Msg.of("error.REFERENCE_TOO_LARGE", mb(Files.size(file)), mb(MAX_FILE)));
            }
        } catch (IOException e) {
            throw ItagenException.input(where, Msg.of("error.REFERENCE_NOT_FOUND"));
        }
        Map<String, byte[]> parts = read(file, where);
        List<String> dropped = new ArrayList<>();
        for (String name : parts.keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) dropped.add("macros (" + name + ")");
            else if (lower.contains("activex") || lower.contains("embeddings/")) dropped.add("embedded object " + name);
        }
        try {
            String main = mainPart(parts, where);
            String mainDir = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
            Map<String, byte[]> out = new LinkedHashMap<>();
            Map<String, String> overrides = new LinkedHashMap<>();
            Set<String> defaults = new java.util.TreeSet<>();

            // The main part's relationships: only the kept kinds, only parts inside the package.
            List<Element> kept = new ArrayList<>();
            org.w3c.dom.Document mainRels = rels(parts, relsOf(main), where);
            if (mainRels != null) {
                for (Element rel : children(mainRels.getDocumentElement(), REL_NS, "Relationship")) {
                    String type = rel.getAttribute("Type");
                    String target = resolve(mainDir, rel.getAttribute("Target"));
                    if (!KEPT.containsKey(type) || "External".equals(rel.getAttribute("TargetMode")) || !parts.containsKey(target)) {
                        mainRels.getDocumentElement().removeChild(rel);
                        continue;
                    }
                    kept.add(rel);
                    byte[] data = parts.get(target);
                    if (type.equals(R + "/settings")) data = withoutTemplateLinks(data, where);
                    out.put(target, data);
                    overrides.put(target, KEPT.get(type));
                    if (WITH_PICTURES.contains(type)) pictures(parts, target, out, defaults, where);
                }
                out.put(relsOf(main), xml(mainRels));
            }
            out.put(main, bodyless(parts.get(main), where));
            overrides.put(main, WML + "document.main+xml");
            out.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                    + REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE_DOC + "\" Target=\"" + main + "\"/></Relationships>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder ct = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"")
                    .append(CT_NS).append("\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                    .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
            for (String ext : defaults) {
                ct.append("<Default Extension=\"").append(ext).append("\" ContentType=\"").append(PICTURES.get(ext)).append("\"/>");
            }
            overrides.forEach((part, type) -> ct.append("<Override PartName=\"/").append(part).append("\" ContentType=\"")
                    .append(type).append("\"/>"));
            ct.append("</Types>");
            Map<String, byte[]> zip = new LinkedHashMap<>();
            zip.put("[Content_Types].xml", ct.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putAll(out);
            return new Cleaned(zip(zip), List.copyOf(dropped));
        } catch (ItagenException e) {
            throw e;
        } catch (Exception e) {
            throw unreadable(where, e); // XML that does not parse, a broken relationship ...
        }
    }

    /** Every entry, inflated within the limits (counted as inflated: a zip's stated sizes may lie). */
    private static Map<String, byte[]> read(Path file, String where) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile z = new ZipFile(file.toFile())) {
            if (z.size() > MAX_ENTRIES) {
                throw ItagenException.input(where, Msg.of("error.REFERENCE_TOO_MANY_PARTS", String.valueOf(z.size()), String.valueOf(MAX_ENTRIES)));
            }
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory()) continue;
                String name = e.getName().startsWith("/") ? e.getName().substring(1) : e.getName();
                try (InputStream in = z.getInputStream(e)) {
                    byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INFLATED - total + 1));
                    total += data.length;
                    if (total > MAX_INFLATED) {
                        throw ItagenException.input(where, Msg.of("error.REFERENCE_INFLATES", mb(MAX_INFLATED)));
                    }
                    parts.put(name, data);
                }
            }
        } catch (ZipException e) {
            throw unreadable(where, e);
        } catch (IOException e) {
            throw ItagenException.input(where, Msg.of("error.REFERENCE_NOT_FOUND"));
        }
        return parts;
    }

    private static ItagenException unreadable(String where, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
        if (why.length() > 120) why = why.substring(0, 120) + "…";
        return ItagenException.input(where, Msg.of("error.REFERENCE_UNREADABLE", why));
    }

    /** The main document part's name from the package relationships (word/document.xml as a rule). */
    private static String mainPart(Map<String, byte[]> parts, String where) throws Exception {
        org.w3c.dom.Document rels = rels(parts, "_rels/.rels", where);
        if (rels != null) {
            for (Element rel : children(rels.getDocumentElement(), REL_NS, "Relationship")) {
                if (rel.getAttribute("Type").equals(OFFICE_DOC)) {
                    String target = resolve("", rel.getAttribute("Target"));
                    if (parts.containsKey(target)) return target;
                }
            }
        }
        if (parts.containsKey("word/document.xml")) return "word/document.xml";
        throw ItagenException.input(where, Msg.of("error.REFERENCE_UNREADABLE", "no main document part"));
    }

    /** The headers', footers' and notes' pictures and web links; nothing else they point at. */
    private static void pictures(Map<String, byte[]> parts, String part, Map<String, byte[]> out, Set<String> defaults,
                                 String where) throws Exception {
        org.w3c.dom.Document rels = rels(parts, relsOf(part), where);
        if (rels == null) return;
        String dir = part.contains("/") ? part.substring(0, part.lastIndexOf('/') + 1) : "";
        for (Element rel : children(rels.getDocumentElement(), REL_NS, "Relationship")) {
            String type = rel.getAttribute("Type");
            boolean external = "External".equals(rel.getAttribute("TargetMode"));
            String rawTarget = rel.getAttribute("Target");
            if (type.equals(R + "/hyperlink") && external && webLink(rawTarget)) continue;
            String target = resolve(dir, rawTarget);
            String ext = target.contains(".") ? target.substring(target.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (type.equals(R + "/image") && !external && parts.containsKey(target) && PICTURES.containsKey(ext)) {
                out.put(target, parts.get(target));
                defaults.add(ext);
                continue;
            }
            rels.getDocumentElement().removeChild(rel);
        }
        out.put(relsOf(part), xml(rels));
    }

    private static boolean webLink(String target) {
        String t = target.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("mailto:");
    }

    /** The main part with an empty body that keeps only its last section properties. */
    private static byte[] bodyless(byte[] main, String where) throws Exception {
        org.w3c.dom.Document d = parse(main, where);
        Element body = first(d.getDocumentElement(), W, "body");
        if (body == null) throw ItagenException.input(where, Msg.of("error.REFERENCE_UNREADABLE", "no document body"));
        Node sect = null;
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && "sectPr".equals(e.getLocalName())) sect = n;
        }
        while (body.getFirstChild() != null) body.removeChild(body.getFirstChild());
        if (sect != null) body.appendChild(sect);
        return xml(d);
    }

    /** settings.xml without the links a document may hold to other files (attached template, mail merge source). */
    private static byte[] withoutTemplateLinks(byte[] settings, String where) throws Exception {
        org.w3c.dom.Document d = parse(settings, where);
        for (String name : List.of("attachedTemplate", "mailMerge", "docVars", "linkStyles")) {
            for (Element e : children(d.getDocumentElement(), W, name)) d.getDocumentElement().removeChild(e);
        }
        return xml(d);
    }

    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return (slash < 0 ? "" : part.substring(0, slash + 1)) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A relationship target against the folder of its source part ("media/x.png" from "word/"). */
    private static String resolve(String dir, String target) {
        String t = target.startsWith("/") ? target.substring(1) : dir + target;
        java.util.Deque<String> out = new java.util.ArrayDeque<>();
        for (String seg : t.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!out.isEmpty()) out.removeLast();
            } else {
                out.addLast(seg);
            }
        }
        return String.join("/", out);
    }

    private static org.w3c.dom.Document rels(Map<String, byte[]> parts, String name, String where) throws Exception {
        byte[] b = parts.get(name);
        return b == null ? null : parse(b, where);
    }

    /** A namespace-aware parse that refuses DOCTYPEs and external entities (XXE). */
    private static org.w3c.dom.Document parse(byte[] xml, String where) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(xml));
    }

    private static byte[] xml(org.w3c.dom.Document d) throws TransformerException {
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer t = tf.newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.STANDALONE, "yes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(d), new StreamResult(out));
        return out.toByteArray();
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i) instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    private static Element first(Element parent, String ns, String local) {
        List<Element> c = children(parent, ns, local);
        return c.isEmpty() ? null : c.getFirst();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zo = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zo.putNextEntry(new ZipEntry(e.getKey()));
                zo.write(e.getValue());
                zo.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
