package org.itagen.testing;

import org.itagen.Messages;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Locale;

/**
 * Runs each test of a class in one message language and puts the language back afterwards, so
 * that expected lines do not depend on the machine's locale ({@link EnglishMessages}, {@link ThaiMessages}).
 */
abstract class MessagesLanguage implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(MessagesLanguage.class);
    private final Locale language;

    MessagesLanguage(Locale language) {
        this.language = language;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("before", Messages.current());
        Messages.use(language);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.use(context.getStore(NS).get("before", Locale.class));
    }
}
