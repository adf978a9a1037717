package org.itagen.cli;

import org.itagen.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** --help in Thai and English from the help bundles, chosen by --lang, ITAGEN_LANG or the system locale. */
class HelpTest {
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]+}|%n|%%");
    private final Locale before = Messages.current();

    @AfterEach
    void restoreLanguage() {
        Messages.use(before);
    }

    @Test
    void thaiAndEnglishHelpHaveTheSameKeysAndVariables() {
        // A multi-line text (key.0, key.1 ...) may take more lines in one language than the other.
        Map<String, String> en = texts(Main.helpBundle(Messages.ENGLISH));
        Map<String, String> th = texts(Main.helpBundle(Messages.THAI));
        assertThat(th.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        for (String key : en.keySet()) {
            assertThat(variables(th.get(key))).as(key).isEqualTo(variables(en.get(key)));
            assertThat(THAI.matcher(en.get(key)).find()).as("English help " + key).isFalse();
        }
    }

    /** The bundle's texts by key, the lines of a multi-line text joined under its key without the line number. */
    private static Map<String, String> texts(ResourceBundle b) {
        Map<String, String> out = new TreeMap<>();
        for (String key : new TreeSet<>(b.keySet())) out.merge(key.replaceFirst("\\.\\d+$", ""), b.getString(key), (x, y) -> x + "\n" + y);
        return out;
    }

    /** Every command, option and parameter an officer can see is described, in Thai with Thai letters. */
    @Test
    void everyVisibleCommandAndOptionIsDescribedInBothLanguages() {
        for (Locale language : List.of(Messages.ENGLISH, Messages.THAI)) {
            CommandLine cl = new CommandLine(new ItagenCommand());
            cl.setResourceBundle(Main.helpBundle(language));
            List<String> missing = new ArrayList<>();
            for (CommandSpec spec : visible(cl.getCommandSpec())) {
                described(language, spec.qualifiedName(), spec.usageMessage().description(), missing);
                for (OptionSpec o : spec.options()) {
                    if (!o.hidden()) described(language, spec.qualifiedName() + " " + o.longestName(), o.description(), missing);
                }
                for (PositionalParamSpec p : spec.positionalParameters()) {
                    if (!p.hidden()) described(language, spec.qualifiedName() + " " + p.paramLabel(), p.description(), missing);
                }
            }
            assertThat(missing).as(language.toString()).isEmpty();
        }
    }

    /**
     * picocli wraps help lines at spaces only, so a Thai phrase without a space longer than its
     * column would be cut mid-word: phrases stay short enough for the option column (about 50
     * columns) and for whole lines (80).
     */
    @Test
    void thaiPhrasesFitTheColumnsPicocliWrapsThemIn() {
        ResourceBundle th = Main.helpBundle(Messages.THAI);
        List<String> tooLong = new ArrayList<>();
        for (String key : th.keySet()) {
            int max = key.contains("usage.") ? 75 : 45;
            for (String phrase : th.getString(key).split(" ")) {
                if (THAI.matcher(phrase).find() && phrase.codePointCount(0, phrase.length()) > max) tooLong.add(key + ": " + phrase);
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void langThaiAnywhereOnTheLineGivesThaiHelp() {
        for (String[] args : List.of(new String[]{"--lang", "th", "o25", "--help"}, new String[]{"o25", "--help", "--lang", "th"},
                new String[]{"o25", "--lang=th", "--help"}, new String[]{"--lang", "ไทย", "o25", "--help"})) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).startsWith("วิธีใช้: itagen o25")
                    .contains("สร้างเอกสาร O25", "ตัวเลือก:", "ไฟล์คะแนน", "ไฟล์มาตรการ", "รหัสผลการทำงาน:")
                    .doesNotContain("Usage:", "Score file");
        }
        assertThat(Messages.current()).as("the language is the run's only").isEqualTo(before);
    }

    /** ITAGEN_LANG=th and a Thai system locale set the starting language (Messages.fromEnvironment); --lang en overrides it. */
    @Test
    void theStartingLanguageChoosesTheHelpAndLangEnOverridesIt() {
        Messages.use(Messages.THAI);
        CliRun thai = CliRun.of("--help");
        assertThat(thai.out()).startsWith("วิธีใช้: itagen").contains("คำสั่ง:", "เริ่มต้นใช้งาน:", "init", "check");
        CliRun english = CliRun.of("--lang", "en", "--help");
        assertThat(english.out()).startsWith("Usage: itagen").contains("Commands:", "Getting started:").doesNotContainPattern(THAI.pattern());
        Messages.use(Messages.ENGLISH);
        assertThat(CliRun.of("check", "--help").out()).startsWith("Usage: itagen check").contains("--generated=DIR");
    }

    @Test
    void helpOfEveryCommandPrintsInBothLanguages() {
        for (String lang : List.of("th", "en")) {
            for (String[] cmd : List.of(new String[]{}, new String[]{"analyze"}, new String[]{"o25"}, new String[]{"o28"},
                    new String[]{"init"}, new String[]{"check"}, new String[]{"batch"}, new String[]{"templates"},
                    new String[]{"templates", "export"}, new String[]{"templates", "vars"})) {
                List<String> args = new ArrayList<>(List.of("--lang", lang));
                args.addAll(List.of(cmd));
                args.add("--help");
                CliRun r = CliRun.of(args.toArray(String[]::new));
                assertThat(r.exitCode()).as(args.toString()).isZero();
                assertThat(r.err()).isEmpty();
                assertThat(THAI.matcher(r.out().replace("เอกสาร", "")).find()).as(args.toString()).isEqualTo(lang.equals("th"));
            }
        }
    }

    /** The man pages are generated from the annotation's bundle: English on an English build machine. */
    @Test
    void theAnnotationNamesTheHelpBundle() {
        StringWriter w = new StringWriter();
        CommandLine cl = new CommandLine(new ItagenCommand());
        assertThat(cl.getCommandSpec().resourceBundleBaseName()).isEqualTo(Main.HELP_BUNDLE);
        cl.usage(new PrintWriter(w));
        assertThat(w.toString()).contains("init", "check", "o25");
    }

    private static void described(Locale language, String what, String[] description, List<String> missing) {
        String text = String.join(" ", description).strip();
        if (text.isEmpty() || (language == Messages.THAI && !THAI.matcher(text).find())) missing.add(what);
    }

    private static List<CommandSpec> visible(CommandSpec spec) {
        List<CommandSpec> out = new ArrayList<>();
        if (spec.usageMessage().hidden()) return out;
        out.add(spec);
        for (CommandLine sub : spec.subcommands().values()) out.addAll(visible(sub.getCommandSpec()));
        return out;
    }

    private static Set<String> variables(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
