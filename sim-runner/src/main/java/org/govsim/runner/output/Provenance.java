package org.govsim.runner.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Where a result came from: the project's version and the git commit its jar was built from (and whether that
 * tree had uncommitted changes), both written into a resource at build time, and the Java runtime. Nothing is
 * asked of git at run time: the user's working directory may be another repository, or none.
 */
public record Provenance(String version, String gitCommit, boolean gitDirty, String java) {
    private static final String RESOURCE = "/org/govsim/runner/govsim.properties";
    private static final String UNKNOWN = "unknown";

    /** The running build's provenance. */
    public static Provenance current() {
        Properties p = build();
        return new Provenance(known(p.getProperty("version")), known(p.getProperty("commit")), "true".equals(p.getProperty("dirty")),
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
    }

    private static Properties build() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // a jar without its resource still runs; its results say "unknown"
        }
        return p;
    }

    /** A value the build filled in; a placeholder left unfilled (no git at build time) is unknown. */
    private static String known(String v) {
        return v == null || v.isBlank() || v.startsWith("${") ? UNKNOWN : v;
    }
}
