package org.itagen;

/**
 * The versions every JSON document carries. {@link #SCHEMA} is the major version of the JSON
 * contract: keys are only ever added (which keeps it), never renamed, removed or retyped (which
 * would raise it); the schemas in {@code org/itagen/schema/} describe this version.
 */
public final class Version {
    /** The JSON contract's version: raised only by a change that breaks a reader, which the rules forbid. */
    public static final int SCHEMA = 1;

    private Version() {
    }

    /** itagen's version from the jar manifest, "dev" when run from classes (tests, an IDE). */
    public static String itagen() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
