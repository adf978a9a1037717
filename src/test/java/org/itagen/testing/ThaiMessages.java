package org.itagen.testing;

import org.itagen.Messages;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Locale;

/**
 * Runs each test of a class with Thai messages (as an officer with {@code --lang th} reads them)
 * and puts the language back afterwards, so that a test asserting Thai findings does not depend
 * on the machine's locale: {@code @ExtendWith(ThaiMessages.class)}.
 */
public final class ThaiMessages implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ThaiMessages.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("before", Messages.current());
        Messages.use(Messages.THAI);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.use(context.getStore(NS).get("before", Locale.class));
    }
}
