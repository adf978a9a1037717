package org.itagen.testing;

import org.itagen.Messages;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Locale;

/**
 * Runs each test of a class with the English message bundle and gives the language back after
 * it, so that expected lines can be written in English whatever the machine's locale:
 * {@code @ExtendWith(EnglishMessages.class)}.
 */
public final class EnglishMessages implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EnglishMessages.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("language", Messages.current());
        Messages.use(Messages.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.use(context.getStore(NS).get("language", Locale.class));
    }
}
