package org.itagen.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code itagen generate-completion}: picocli's bash/zsh completion script for the whole command
 * tree ({@code source <(itagen generate-completion)}). For IT staff setting up a shell, so it is
 * hidden from the help and the man pages; the release ships the script as completion/itagen.bash.
 */
@Command(name = "generate-completion", hidden = true)
public class CompletionCommand extends AutoComplete.GenerateCompletion {
}
