package org.itagen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itagen.Messages;
import org.itagen.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same failing commands with --lang th and --lang en: the same exit code and the same message
 * code, the text in the language asked for. The expected lines are built from the bundles by key,
 * so a command that used another key, or an English string, in one language fails here.
 */
class BilingualMessagesTest {
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");
    private static final String SCORES = Golden.projectDir().resolve("samples/department/scores.csv").toString();
    private static final String MEASURES = Golden.projectDir().resolve("samples/department/measures.yaml").toString();

    @TempDir
    Path tmp;

    /** A failing command line and the one error line it must print, as key and values. */
    record Case(List<String> args, int exit, String where, String key, Object[] values, String helpOf) {
        static Case error(int exit, String where, String key, Object[] values, String... args) {
            return new Case(List.of(args), exit, where, key, values, null);
        }

        /** picocli's command-line errors: the message, then where the help is. */
        static Case usage(String helpOf, String key, Object[] values, String... args) {
            return new Case(List.of(args), ExitCodes.INPUT, null, key, values, helpOf);
        }

        String expected(Locale language) {
            String text = Messages.text(language, key, values);
            if (helpOf != null) text = Messages.text(language, "error.SEE_HELP", text, helpOf);
            return Messages.text(language, "label.error") + ": " + (where == null ? "" : where + ": ") + text;
        }
    }

    private static Object[] v(Object... values) {
        return values;
    }

    @Test
    void failingCommandsGiveTheSameExitCodeAndCodeInThaiAndEnglish() throws IOException {
        Path notFolder = Files.writeString(tmp.resolve("a-file.txt"), "x");
        Path wrongTool = Files.writeString(tmp.resolve("wrong-tool.csv"),
                "fiscal_year,tool,indicator,score\n2567,IIT,1,90\n2568,EIT,1,91\n", StandardCharsets.UTF_8);
        Path missingFont = tmp.resolve("no-such-font.ttf");
        List<Case> cases = List.of(
                Case.usage("itagen o25", "error.UNKNOWN_OPTION", v("--bogus"), "o25", "--bogus"),
                Case.usage("itagen o25", "error.UNKNOWN_OPTION.suggest", v("--scors", "--scores"),
                        "o25", "--scors", SCORES, "--measures", MEASURES),
                Case.error(ExitCodes.INPUT, "--scores", "error.WORKBOOKS_OR_FILES", v(), "batch"),
                Case.error(ExitCodes.INPUT, "--scores", "error.WORKBOOK_OR_FILES", v(), "o25"),
                Case.usage("itagen o25", "error.OPTION_NEEDS_VALUE.found", v("--scores", "FILE", "--measures"),
                        "o25", "--scores", "--measures", MEASURES),
                Case.usage("itagen", "error.UNKNOWN_COMMAND.suggest", v("analyz", "analyze"), "analyz"),
                Case.usage("itagen analyze", "error.INVALID_CHOICE", v("--format", "xml", "text, json, csv"),
                        "analyze", "--scores", SCORES, "--format", "xml"),
                Case.usage("itagen batch", "error.INVALID_NUMBER", v("--jobs", "many"),
                        "batch", "--scores", SCORES, "--measures-dir", tmp.toString(), "--jobs", "many"),
                Case.usage("itagen init", "error.MISSING_OPTION", v("DIR"), "init"),
                Case.usage("itagen analyze", "error.OPTION_TWICE", v("--scores"), "analyze", "--scores", SCORES, "--scores", SCORES),
                Case.error(ExitCodes.INPUT, tmp.resolve("none.csv").toString(), "error.SCORES_NOT_FOUND", v(),
                        "analyze", "--scores", tmp.resolve("none.csv").toString()),
                Case.error(ExitCodes.INPUT, "--threshold", "error.THRESHOLD_RANGE", v("200"),
                        "analyze", "--scores", SCORES, "--threshold", "200"),
                Case.error(ExitCodes.INPUT, "wrong-tool.csv:3", "error.INDICATOR_WRONG_TOOL", v("1", "IIT", "2568", "EIT"),
                        "analyze", "--scores", wrongTool.toString()),
                Case.error(ExitCodes.INPUT, "--measures", "error.CHECK_NEEDS_BOTH", v(), "check", "--scores", SCORES),
                Case.error(ExitCodes.INPUT, notFolder.toString(), "error.INIT_NOT_FOLDER", v(), "init", notFolder.toString()),
                Case.error(ExitCodes.INPUT, "--shard", "error.SHARD_RANGE", v("9/4"),
                        "batch", "--scores", SCORES, "--measures-dir", tmp.toString(), "--shard", "9/4"),
                Case.error(ExitCodes.INPUT, "--font", "error.FONT_FILE_MISSING", v(missingFont),
                        "o25", "--scores", SCORES, "--measures", MEASURES, "--out", tmp.resolve("out").toString(),
                        "--font", missingFont.toString()));
        for (Case c : cases) {
            List<String> lines = new ArrayList<>();
            int[] exits = new int[2];
            for (int i = 0; i < 2; i++) {
                Locale language = i == 0 ? Messages.THAI : Messages.ENGLISH;
                List<String> args = new ArrayList<>(List.of("--lang", i == 0 ? "th" : "en"));
                args.addAll(c.args());
                CliRun r = CliRun.of(args.toArray(String[]::new));
                exits[i] = r.exitCode();
                assertThat(r.out()).as(args.toString()).isEmpty();
                assertThat(r.err().strip()).as(args.toString()).isEqualTo(c.expected(language));
                lines.add(r.err());
            }
            assertThat(exits[0]).as(c.args().toString()).isEqualTo(exits[1]).isEqualTo(c.exit());
            assertThat(lines.get(0)).as("Thai").startsWith("ข้อผิดพลาด: ").containsPattern(THAI.pattern());
            assertThat(lines.get(1)).as("English").startsWith("error: ").doesNotContainPattern(THAI.pattern());
        }
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void warningsReadInTheChosenLanguageWithTheirPrefix() {
        for (String lang : List.of("th", "en")) {
            Path out = tmp.resolve("out-" + lang);
            CliRun r = CliRun.of("--lang", lang, "o25", "--scores", SCORES, "--measures", MEASURES, "--out", out.toString(),
                    "--format", "txt", "--font", "No Such Family Sans");
            assertThat(r.exitCode()).as(r.err()).isZero();
            Locale l = lang.equals("th") ? Messages.THAI : Messages.ENGLISH;
            assertThat(r.err()).startsWith(Messages.text(l, "label.warning") + ": --font: ")
                    .contains("No Such Family Sans");
            assertThat(r.out()).startsWith(Messages.text(l, "output.WROTE", out.resolve("O25_dcws_2569.txt")));
        }
    }

    /** check --format json: the same codes and JSON keys in both languages; only the sentences differ. */
    @Test
    void checkJsonHasTheSameCodesAndKeysInBothLanguages() throws IOException {
        Path measures = Files.writeString(tmp.resolve("measures.yaml"),
                Files.readString(Path.of(MEASURES), StandardCharsets.UTF_8).replaceFirst("(?m)^\\s+owner:.*\\n", ""),
                StandardCharsets.UTF_8);
        JsonNode[] json = new JsonNode[2];
        int[] exits = new int[2];
        for (int i = 0; i < 2; i++) {
            CliRun r = CliRun.of("--lang", i == 0 ? "th" : "en", "check", "--scores", SCORES, "--measures", measures.toString(),
                    "--format", "json");
            exits[i] = r.exitCode();
            json[i] = new ObjectMapper().readTree(r.out());
        }
        assertThat(exits[0]).isEqualTo(exits[1]).isEqualTo(ExitCodes.FINDINGS);
        assertThat(keys(json[0], "")).isEqualTo(keys(json[1], ""));
        assertThat(codes(json[0])).isEqualTo(codes(json[1])).contains("O25_MISSING_OWNER");
        assertThat(json[0].toString()).isNotEqualTo(json[1].toString()).containsPattern(THAI.pattern());
    }

    private static Set<String> keys(JsonNode n, String path) {
        Set<String> out = new TreeSet<>();
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                out.add(path + "/" + f);
                out.addAll(keys(n.get(f), path + "/" + f));
            }
        } else if (n.isArray()) {
            for (JsonNode e : n) out.addAll(keys(e, path + "[]"));
        }
        return out;
    }

    private static List<String> codes(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getKey().equals("code") && e.getValue().isTextual()) out.add(e.getValue().asText());
                else out.addAll(codes(e.getValue()));
            });
        } else if (n.isArray()) {
            for (JsonNode e : n) out.addAll(codes(e));
        }
        return out;
    }
}
