package org.itagen.render.pdf;

import org.itagen.ItagenException;
import org.itagen.doc.PageSetup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the Thai font a document is set in. First found wins: the file given with --font
 * ({@link PageSetup#fontFile()}); the template's family ({@link PageSetup#fontFamily()}) among
 * installed fonts; installed TH Sarabun New, then TH SarabunPSK; Laksaman (Debian
 * fonts-thai-tlwg); last the OFL Sarabun bundled in the jar. Bold and italic faces come from
 * the same family when it has them, else the regular face stands in.
 *
 * <p>Parsed faces are cached for the whole process (batch renders many documents with the
 * same fonts); the cache is thread-safe and the faces immutable.
 */
public final class FontResolver {
    /** The four faces of one family; missing styles are the regular face. */
    public record Resolved(FontFace regular, FontFace bold, FontFace italic, FontFace boldItalic) {
        public FontFace face(boolean isBold, boolean isItalic) {
            return isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
        }
    }

    static final String BUNDLED = "/org/itagen/fonts/";
    private static final String[] BUNDLED_FILES = {"Sarabun_400Regular.ttf", "Sarabun_700Bold.ttf",
            "Sarabun_400Regular_Italic.ttf", "Sarabun_700Bold_Italic.ttf"};
    private static final List<String> PREFERRED = List.of("TH Sarabun New", "TH SarabunPSK", "Laksaman");

    private static final Map<String, FontFace> FACES = new ConcurrentHashMap<>();
    private static final Map<String, Resolved> FAMILIES = new ConcurrentHashMap<>();
    private static volatile List<Path> installed;

    private FontResolver() {
    }

    /** Resolves the fonts for a page setup; logs which files are used. */
    public static Resolved resolve(PageSetup page, Consumer<String> log) {
        Resolved r;
        if (page.fontFile() != null && !page.fontFile().isBlank()) {
            r = fromFile(Path.of(page.fontFile()));
        } else {
            Set<String> families = new LinkedHashSet<>();
            families.add(page.fontFamily());
            families.addAll(PREFERRED);
            r = null;
            for (String family : families) {
                r = installedFamily(family);
                if (r != null) break;
            }
            if (r == null) r = bundled();
        }
        log.accept("font: " + r.regular().family() + " regular " + r.regular().source());
        if (r.bold() != r.regular()) log.accept("font: bold " + r.bold().source());
        if (r.italic() != r.regular()) log.accept("font: italic " + r.italic().source());
        if (r.boldItalic() != r.regular()) log.accept("font: bold italic " + r.boldItalic().source());
        return r;
    }

    /**
     * Checks a {@code --font} value before any document is made: a value that looks like a file
     * must be a readable .ttf (exit 2 otherwise); a family name that is not installed is allowed
     * (the PDF then falls back), and the family actually used is returned so the caller can warn.
     *
     * @return null when the value is a usable file or an installed family, else the fallback family
     */
    public static String checkFontOption(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        boolean looksLikeFile = v.contains("/") || v.contains("\\")
                || v.toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf|ttc)$");
        if (looksLikeFile || Files.isRegularFile(Path.of(v))) {
            fromFile(Path.of(v));
            return null;
        }
        if (installedFamily(v) != null) return null;
        for (String family : PREFERRED) {
            Resolved r = installedFamily(family);
            if (r != null) return r.regular().family();
        }
        return bundled().regular().family() + " (bundled)";
    }

    /** The OFL Sarabun faces in the jar. */
    public static Resolved bundled() {
        return FAMILIES.computeIfAbsent("jar:Sarabun", k -> {
            FontFace[] f = new FontFace[4];
            for (int i = 0; i < 4; i++) {
                String res = BUNDLED + BUNDLED_FILES[i];
                f[i] = FACES.computeIfAbsent("jar:" + res, src -> {
                    try (InputStream in = FontResolver.class.getResourceAsStream(res)) {
                        if (in == null) return null;
                        return FontFace.parse(src, in.readAllBytes());
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read bundled font " + res, e);
                    }
                });
            }
            if (f[0] == null) {
                throw ItagenException.input("--font", org.itagen.Msg.of("error.FONT_NONE_FOUND"));
            }
            return new Resolved(f[0], or(f[1], f[0]), or(f[2], f[0]), or(f[3], f[0]));
        });
    }

    /**
     * The characters of {@code text} that neither the page's font nor the bundled Sarabun (the
     * PDF writer's fallback) can draw: the PDF would show them as empty boxes. Spaces, format
     * characters (joiners) and variation selectors draw nothing and are not counted.
     *
     * @return code points, ascending
     */
    public static java.util.SortedSet<Integer> unshowable(PageSetup page, String text) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        Resolved r = null;
        FontFace fallback = null;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x7F || !seen.add(cp) || Character.isWhitespace(cp) || Character.isISOControl(cp)) continue;
            int type = Character.getType(cp);
            if (type == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) continue;
            if (r == null) r = resolve(page, line -> { });
            if (r.regular().canDisplay(cp)) continue;
            if (fallback == null) {
                try {
                    fallback = bundled().regular(); // loaded only when needed, as the PDF writer does
                } catch (RuntimeException e) {
                    fallback = r.regular();
                }
            }
            if (!fallback.canDisplay(cp)) out.add(cp);
        }
        return out;
    }

    private static FontFace or(FontFace f, FontFace fallback) {
        return f != null ? f : fallback;
    }

    /** The given file as regular face, with bold/italic siblings of the same family beside it. */
    static Resolved fromFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs) || !Files.isReadable(abs)) {
            throw ItagenException.input("--font", org.itagen.Msg.of("error.FONT_FILE_MISSING", file));
        }
        if (!abs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf")) {
            throw ItagenException.input("--font", org.itagen.Msg.of("error.FONT_NOT_TTF", file));
        }
        return FAMILIES.computeIfAbsent("file:" + abs, k -> {
            FontFace regular;
            try {
                regular = face(abs);
            } catch (IllegalArgumentException e) {
                throw ItagenException.input("--font", org.itagen.Msg.of("error.FONT_UNUSABLE", file, String.valueOf(e.getMessage())));
            }
            List<Path> siblings = new ArrayList<>();
            try (Stream<Path> s = Files.list(abs.getParent())) {
                s.filter(FontResolver::isTtf).sorted().forEach(siblings::add);
            } catch (IOException e) {
                // no siblings: the regular face stands in for all styles
            }
            return withStyles(regular, siblings);
        });
    }

    /** An installed family by name, or null. */
    static Resolved installedFamily(String family) {
        String key = "family:" + norm(family);
        Resolved cached = FAMILIES.get(key);
        if (cached != null) return cached;
        String want = norm(family);
        if (want.isEmpty()) return null;
        // File names abbreviate families ("THSarabun Bold.ttf" is TH SarabunPSK): pick files by a
        // short prefix, then confirm each by the family in its name table.
        String prefix = want.substring(0, Math.min(6, want.length()));
        List<Path> candidates = new ArrayList<>();
        for (Path p : installedFonts()) {
            if (norm(p.getFileName().toString()).startsWith(prefix)) candidates.add(p);
        }
        FontFace regular = null;
        List<FontFace> sameFamily = new ArrayList<>();
        for (Path p : candidates) {
            FontFace f;
            try {
                f = face(p);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!norm(f.family()).equals(want)) continue;
            sameFamily.add(f);
            if (style(f) == 0 && regular == null) regular = f;
        }
        if (regular == null) return null;
        Resolved r = pick(regular, sameFamily);
        FAMILIES.putIfAbsent(key, r);
        return r;
    }

    private static Resolved withStyles(FontFace regular, List<Path> siblings) {
        List<FontFace> same = new ArrayList<>();
        String want = norm(regular.family());
        for (Path p : siblings) {
            if (p.toString().equals(regular.source())) continue;
            try {
                FontFace f = face(p);
                if (norm(f.family()).equals(want)) same.add(f);
            } catch (IllegalArgumentException e) {
                // not a font we can use: ignore it
            }
        }
        return pick(regular, same);
    }

    private static Resolved pick(FontFace regular, List<FontFace> family) {
        FontFace bold = null, italic = null, boldItalic = null;
        for (FontFace f : family) {
            switch (style(f)) {
                case 1 -> bold = bold == null ? f : bold;
                case 2 -> italic = italic == null ? f : italic;
                case 3 -> boldItalic = boldItalic == null ? f : boldItalic;
                default -> {
                }
            }
        }
        return new Resolved(regular, or(bold, regular), or(italic, regular), or(boldItalic, or(bold, regular)));
    }

    /** 0 regular, 1 bold, 2 italic, 3 bold italic, judged from the full name. */
    private static int style(FontFace f) {
        String n = f.fullName().toLowerCase(Locale.ROOT);
        boolean b = n.contains("bold");
        boolean i = n.contains("italic") || n.contains("oblique");
        return (b ? 1 : 0) + (i ? 2 : 0);
    }

    private static FontFace face(Path p) {
        String src = p.toAbsolutePath().normalize().toString();
        FontFace f = FACES.get(src);
        if (f != null) return f;
        byte[] data;
        try {
            data = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + p + ": " + e.getMessage(), e);
        }
        f = FontFace.parse(src, data, p.toFile());
        FontFace prev = FACES.putIfAbsent(src, f);
        return prev != null ? prev : f;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static boolean isTtf(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf") && Files.isRegularFile(p);
    }

    /** Every .ttf file in the usual Windows, macOS and Linux font folders (scanned once). */
    static List<Path> installedFonts() {
        List<Path> list = installed;
        if (list != null) return list;
        List<Path> found = new ArrayList<>();
        for (Path dir : fontDirs()) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir, 4)) {
                s.filter(FontResolver::isTtf).sorted().forEach(found::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable folder is skipped; the bundled font remains
            }
        }
        installed = List.copyOf(found);
        return installed;
    }

    private static List<Path> fontDirs() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home");
        String windir = System.getenv("WINDIR");
        String local = System.getenv("LOCALAPPDATA");
        if (windir != null) dirs.add(Path.of(windir, "Fonts"));
        if (local != null) dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        dirs.add(Path.of("/Library/Fonts"));
        dirs.add(Path.of("/System/Library/Fonts"));
        if (home != null) {
            dirs.add(Path.of(home, "Library", "Fonts"));
            dirs.add(Path.of(home, ".fonts"));
            dirs.add(Path.of(home, ".local", "share", "fonts"));
        }
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        return dirs;
    }
}
