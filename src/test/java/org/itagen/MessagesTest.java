package org.itagen;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

    @Test
    void thaiAndEnglishHaveTheSameKeys() {
        Set<String> en = new TreeSet<>(Messages.bundle(Messages.ENGLISH).keySet());
        Set<String> th = new TreeSet<>(Messages.bundle(Messages.THAI).keySet());
        assertThat(th).containsExactlyInAnyOrderElementsOf(en);
    }

    /** A key given twice in one file silently keeps the last text: two areas chose the same code. */
    @Test
    void noKeyIsDefinedTwiceInAnyBundleFile() throws java.io.IOException {
        for (String name : List.of("messages.properties", "messages_th.properties", "help.properties", "help_th.properties",
                "thai/terms.properties")) {
            java.util.Map<String, Integer> count = new java.util.TreeMap<>();
            try (var in = Messages.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) continue;
                    count.merge(l.substring(0, l.indexOf('=')).strip(), 1, Integer::sum);
                }
            }
            count.values().removeIf(n -> n == 1);
            assertThat(count).as(name).isEmpty();
        }
    }

    @Test
    void eachKeyNamesTheSameValuesInBothLanguagesAndParses() {
        ResourceBundle en = Messages.bundle(Messages.ENGLISH);
        ResourceBundle th = Messages.bundle(Messages.THAI);
        for (String key : en.keySet()) {
            assertThat(args(th.getString(key))).as(key).isEqualTo(args(en.getString(key)));
            new MessageFormat(en.getString(key));
            new MessageFormat(th.getString(key));
        }
    }

    @Test
    void thaiTextsAreThaiAndEnglishTextsAreNot() {
        ResourceBundle en = Messages.bundle(Messages.ENGLISH);
        ResourceBundle th = Messages.bundle(Messages.THAI);
        for (String key : en.keySet()) {
            assertThat(THAI.matcher(th.getString(key)).find()).as("Thai text of " + key).isTrue();
        }
        for (String key : en.keySet()) {
            // English texts may quote Thai values only through {n}, never carry Thai of their own.
            if (!key.startsWith("thai.")) assertThat(THAI.matcher(en.getString(key)).find()).as("English text of " + key).isFalse();
        }
    }

    @Test
    void languageChoice() {
        assertThat(Messages.fromEnvironment("th", Locale.US)).isEqualTo(Messages.THAI);
        assertThat(Messages.fromEnvironment(null, Locale.forLanguageTag("th-TH"))).isEqualTo(Messages.THAI);
        assertThat(Messages.fromEnvironment("en", Locale.forLanguageTag("th-TH"))).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.fromEnvironment(null, Locale.US)).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.text(Messages.THAI, "error.INPUT")).isEqualTo("ข้อมูลนำเข้าไม่ถูกต้อง");
        assertThat(Messages.text(Messages.ENGLISH, "error.INPUT")).isEqualTo("invalid input");
    }

    private static Set<String> args(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
