package org.itagen.testing;

import org.itagen.Messages;

/** Each test of a class with the English messages: {@code @ExtendWith(EnglishMessages.class)}. */
public final class EnglishMessages extends MessagesLanguage {
    public EnglishMessages() {
        super(Messages.ENGLISH);
    }
}
