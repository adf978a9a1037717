package org.itagen;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence a user reads, in Thai and English, from {@code org/itagen/messages.properties}
 * (English) and {@code messages_th.properties} (Thai). Thai is chosen by {@code --lang th},
 * {@code ITAGEN_LANG=th} or a Thai system locale; English otherwise. Codes, exit codes and JSON
 * keys are the same in both. Patterns are {@link MessageFormat}s: {@code {0}} names a value and a
 * literal apostrophe is written twice ({@code ''}).
 */
public final class Messages {
    public static final Locale THAI = Locale.forLanguageTag("th");
    public static final Locale ENGLISH = Locale.ROOT;
    private static final String BUNDLE = "org.itagen.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale current = fromEnvironment(System.getenv("ITAGEN_LANG"), Locale.getDefault());

    private Messages() {
    }

    /** The language chosen from {@code ITAGEN_LANG} (th/en), else from the system locale. */
    public static Locale fromEnvironment(String itagenLang, Locale system) {
        Locale byName = parse(itagenLang);
        if (byName != null) return byName;
        return system != null && "th".equals(system.getLanguage()) ? THAI : ENGLISH;
    }

    /** "th"/"thai"/"ไทย" -> Thai, "en"/"english" -> English, anything else -> null. */
    public static Locale parse(String lang) {
        if (lang == null) return null;
        String l = lang.strip().toLowerCase(Locale.ROOT);
        if (l.startsWith("th") || l.equals(org.itagen.thai.ThaiTerms.get("language.thai"))) return THAI;
        if (l.startsWith("en") || l.equals("c") || l.equals("posix")) return ENGLISH;
        return null;
    }

    /** Sets the language for the rest of the run (the CLI does this once, before any work). */
    public static void use(Locale locale) {
        current = THAI.getLanguage().equals(locale.getLanguage()) ? THAI : ENGLISH;
    }

    public static Locale current() {
        return current;
    }

    public static boolean thai() {
        return current == THAI;
    }

    /** The bundle of a language; tests compare the two for the same keys. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, THAI.equals(locale) ? THAI : Locale.ROOT, NO_FALLBACK);
    }

    public static String text(String key, Object... args) {
        return text(current, key, args);
    }

    /** The text of {@code key} in a language; a missing key shows as the key itself (tests catch those). */
    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return args.length == 0 ? key : key + " " + java.util.Arrays.toString(args);
        }
        if (args.length == 0 && pattern.indexOf('\'') < 0) return pattern;
        return new MessageFormat(pattern, THAI.equals(locale) ? THAI : Locale.ROOT).format(args);
    }

    /** Whether a key exists (in the English bundle, which must hold every key). */
    public static boolean has(String key) {
        return bundle(ENGLISH).containsKey(key);
    }
}
