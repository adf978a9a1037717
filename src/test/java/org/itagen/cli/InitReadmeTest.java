package org.itagen.cli;

import org.itagen.Messages;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Thai README.txt that init writes walks the whole path, check included, in the words the
 * program prints: if a message or a script step is reworded, this says the README is out of date.
 */
class InitReadmeTest {
    private static final String README = new String(InitCommand.resource("org/itagen/init/README.txt"), StandardCharsets.UTF_8);

    @Test
    void explainsEveryStepFromDataToPublishing() {
        assertThat(README).contains("scores.csv", "measures.yaml", InitCommand.SCRIPT_WINDOWS, InitCommand.SCRIPT_MACOS,
                InitCommand.SCRIPT_LINUX, "\"" + InitCommand.OUTPUT_FOLDER + "\"", "itagen check", "itagen o25", "itagen o28",
                "itagen check --generated", "ITAS", "เผยแพร่");
        // The double-click script's steps, as it prints them.
        String script = new String(InitCommand.resource("org/itagen/init/make-documents.sh"), StandardCharsets.UTF_8);
        for (String step : new String[]{"ขั้นที่ 1/3", "ขั้นที่ 2/3", "ขั้นที่ 3/3"}) {
            assertThat(script).contains(step);
            assertThat(README).contains(step);
        }
    }

    @Test
    void explainsHowToReadTheCheckInTheWordsItPrints() {
        assertThat(README)
                .contains(Messages.text(Messages.THAI, "label.error") + " O25_MISSING_OWNER")
                .contains("\"" + Messages.text(Messages.THAI, "label.error") + "\"")
                .contains("\"" + Messages.text(Messages.THAI, "label.warning") + "\"")
                .contains(Messages.text(Messages.THAI, "check.why", "..."))
                .contains(Messages.text(Messages.THAI, "check.none").split(":")[0])
                .contains(Messages.text(Messages.THAI, "label.error") + ":")
                .contains("measures.yaml:11");
    }
}
