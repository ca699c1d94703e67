package org.govsim.runner.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Where a result came from: the project's version, the git commit of the working tree, the Java runtime. */
public record Provenance(String version, String gitCommit, boolean gitDirty, String java) {

    public static Provenance current(Path workingDir) {
        return new Provenance(projectVersion(), git(workingDir, "rev-parse", "HEAD"),
                !git(workingDir, "status", "--porcelain", "--untracked-files=no").isEmpty(),
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
    }

    public static String projectVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/org/govsim/runner/govsim.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String git(Path dir, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return args[0].equals("rev-parse") ? "unknown" : "";
            }
            return out;
        } catch (IOException e) {
            return args[0].equals("rev-parse") ? "unknown" : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
