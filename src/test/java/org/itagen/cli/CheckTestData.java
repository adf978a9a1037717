package org.itagen.cli;

/** The check package's clean fixture, for the command tests in this package. */
final class CheckTestData {
    private CheckTestData() {
    }

    static String scores() {
        return org.itagen.check.CheckFixturesAccess.scores();
    }

    static String measures() {
        return org.itagen.check.CheckFixturesAccess.measures();
    }
}
