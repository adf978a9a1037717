package org.itagen.check;

/** Opens {@link CheckFixtures} to tests of other packages (the CLI tests). */
public final class CheckFixturesAccess {
    private CheckFixturesAccess() {
    }

    public static String scores() {
        return CheckFixtures.scores();
    }

    public static String measures() {
        return CheckFixtures.measures();
    }
}
