package org.itagen.cli;

import org.itagen.Messages;
import org.itagen.Msg;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * picocli's command-line errors (unknown option, missing option, bad value ...) as keyed messages,
 * so that they read in the user's language and carry a stable code like every other error. picocli
 * words them in English only; what it does not say in a structured way is matched on its wording
 * (stable across picocli 4), and anything else keeps picocli's text inside {@code error.USAGE}.
 */
final class UsageErrors {
    /** picocli's "Expected parameter for option '--scores' (FILE) but found '--measures'". */
    private static final Pattern EXPECTED = Pattern.compile("for option '([^']+)'(?: \\(([^)]*)\\))? but found '([^']*)'");

    private UsageErrors() {
    }

    /** A command-line error that is already a keyed message (thrown by option setters, e.g. --lang). */
    static final class UsageException extends ParameterException {
        private final transient Msg msg;

        UsageException(CommandLine commandLine, Msg msg) {
            super(commandLine, msg.text());
            this.msg = msg;
        }
    }

    /** The error's line with the help to read after it: "… (see 'itagen o25 --help')". */
    static String seeHelp(ParameterException ex) {
        return Msg.of("error.SEE_HELP", msg(ex).text(), ex.getCommandLine().getCommandSpec().qualifiedName()).text();
    }

    /** The message of a command-line error; its code is what scripts see. */
    static Msg msg(ParameterException ex) {
        if (ex instanceof UsageException u) return u.msg;
        String text = ex.getMessage() == null ? "" : ex.getMessage();
        Matcher expected = EXPECTED.matcher(text);
        if (expected.find()) {
            // An option followed by another option where its value should be: "--scores --measures m.yaml".
            OptionSpec o = ex.getCommandLine().getCommandSpec().findOption(expected.group(1));
            String label = expected.group(2) != null ? expected.group(2) : o == null ? null : o.paramLabel();
            return Msg.of("error.OPTION_NEEDS_VALUE.found", expected.group(1), label(label), expected.group(3));
        }
        if (ex instanceof UnmatchedArgumentException u) return unmatched(u);
        // picocli checks required options before unknown ones; a mistyped option explains the missing one.
        CommandLine.ParseResult parsed = ex.getCommandLine().getParseResult();
        if (parsed != null && !parsed.unmatched().isEmpty()) {
            return unmatched(new UnmatchedArgumentException(ex.getCommandLine(), parsed.unmatched()));
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            if (text.startsWith("Missing required parameter for")) {
                ArgSpec a = m.getMissing().get(0);
                return Msg.of("error.OPTION_NEEDS_VALUE", name(a), label(a.paramLabel()));
            }
            return Msg.of("error.MISSING_OPTION", m.getMissing().stream().map(UsageErrors::shown).collect(Collectors.joining(", ")));
        }
        if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return Msg.of("error.OPTION_TWICE", name(o.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && text.startsWith("Invalid value for")) {
            return invalidValue(ex.getArgSpec(), ex.getValue(), text);
        }
        return Msg.of("error.USAGE", text);
    }

    private static Msg unmatched(UnmatchedArgumentException u) {
        List<String> args = u.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        List<String> suggestions = u.getSuggestions();
        CommandLine.Model.CommandSpec spec = u.getCommandLine().getCommandSpec();
        if (u.isUnknownOption()) {
            return suggestions.isEmpty() ? Msg.of("error.UNKNOWN_OPTION", first)
                    : Msg.of("error.UNKNOWN_OPTION.suggest", first, String.join(", ", suggestions));
        }
        if (!spec.subcommands().isEmpty()) {
            List<String> visible = new ArrayList<>();
            spec.subcommands().forEach((name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden()) visible.add(name);
            });
            return suggestions.isEmpty() ? Msg.of("error.UNKNOWN_COMMAND", first, String.join(", ", visible))
                    : Msg.of("error.UNKNOWN_COMMAND.suggest", first, String.join(", ", suggestions));
        }
        return Msg.of("error.UNEXPECTED_ARGUMENT", String.join(" ", args));
    }

    private static Msg invalidValue(ArgSpec a, String value, String text) {
        Class<?> type = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
        if (type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            return Msg.of("error.INVALID_CHOICE", name(a), value, choices);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Msg.of("error.INVALID_NUMBER", name(a), value);
        }
        // picocli's reason after "Invalid value for option '--x': ".
        int colon = text.indexOf(": ");
        return Msg.of("error.INVALID_VALUE", name(a), value, colon < 0 ? text : text.substring(colon + 2));
    }

    /** "--scores" for an option, "DIR" for a positional parameter. */
    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    /** "--scores FILE" for an option, "DIR" for a positional parameter: what to type. */
    private static String shown(ArgSpec a) {
        if (a instanceof OptionSpec o) return o.arity().max == 0 ? o.longestName() : o.longestName() + " " + o.paramLabel();
        return a.paramLabel();
    }

    private static String label(String paramLabel) {
        return paramLabel == null || paramLabel.isBlank() ? Messages.text("label.VALUE") : paramLabel;
    }
}
