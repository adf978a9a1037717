package org.itagen.testing;

import org.itagen.Messages;

/**
 * Each test of a class with Thai messages (as an officer with {@code --lang th} reads them):
 * {@code @ExtendWith(ThaiMessages.class)}.
 */
public final class ThaiMessages extends MessagesLanguage {
    public ThaiMessages() {
        super(Messages.THAI);
    }
}
