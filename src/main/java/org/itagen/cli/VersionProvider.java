package org.itagen.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Version from the jar manifest (Implementation-Version), "dev" when run from classes, and the
 * commit the build was made from ({@code org/itagen/git.properties}, written by the build; empty
 * when it was built outside a git checkout).
 */
public class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[]{"itagen " + (v == null ? "dev" : v) + " (" + commit() + ")",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    /** "commit 0123456789", with ", modified" when tracked files had changes, or "commit unknown". */
    static String commit() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/itagen/git.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // An unreadable resource is the same as none: the version line still prints.
        }
        String id = p.getProperty("git.commit.id.abbrev", "").strip();
        if (id.isEmpty()) return "commit unknown";
        return "commit " + id + ("true".equals(p.getProperty("git.dirty")) ? ", modified" : "");
    }
}
