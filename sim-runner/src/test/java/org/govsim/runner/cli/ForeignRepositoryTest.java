package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 12: {@code govsim run} started inside someone else's git repository leaves it alone. It runs no git
 * (a {@code git} first on the PATH would record any call, and the repository's fsmonitor hook, which git runs on
 * {@code git status}, would leave a mark), changes no file of the repository, and its manifest records govsim's
 * build, not that repository's commit. The run is a child JVM, since only a new process can start in another
 * working directory. {@code RunnerArchitectureTest} forbids starting processes outside the SLURM and bench code.
 */
class ForeignRepositoryTest {
    @TempDir
    Path tmp;

    private static String sh(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), Arrays.toString(cmd) + " did not finish");
        assertEquals(0, p.exitValue(), Arrays.toString(cmd) + ": " + out);
        return out.trim();
    }

    private static Path executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Arrays.toString(Files.readAllBytes(f)));
            }
        }
        return files;
    }

    @Test
    void aRunInsideAnotherRepositoryRunsNoGitAndRecordsGovsimsOwnBuild() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("someone-elses-repo"));
        Path marks = tmp.resolve("marks");
        Path realGit = Path.of("/usr/bin/git");
        String foreignCommit = null;
        if (Files.isExecutable(realGit)) {
            sh(repo, realGit.toString(), "init", "-q");
            Files.writeString(repo.resolve("README"), "not govsim\n");
            sh(repo, realGit.toString(), "add", "README");
            sh(repo, realGit.toString(), "-c", "user.name=x", "-c", "user.email=x@example.org", "commit", "-q", "-m", "foreign");
            foreignCommit = sh(repo, realGit.toString(), "rev-parse", "HEAD");
            Path hook = executable(tmp.resolve("fsmonitor-hook"), "#!/bin/sh\necho fsmonitor >> '" + marks + "'\nexit 1\n");
            sh(repo, realGit.toString(), "config", "core.fsmonitor", hook.toString());
        } else {
            Files.createDirectories(repo.resolve(".git/refs/heads"));
            Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        }
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        executable(bin.resolve("git"), "#!/bin/sh\necho \"git $*\" >> '" + marks + "'\nexit 1\n");
        Map<String, String> before = snapshot(repo);

        Path out = tmp.resolve("results");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), GovsimCommand.class.getName(), "run",
                Cli.scenario("baseline.yaml").toString(), "--days", "30", "--set", "district.compounds=5", "--set", "run.burnInDays=0",
                "-r", "1", "--out", out.toString(), "--quiet").directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + pb.environment().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().remove("GIT_DIR");
        Process p = pb.start();
        p.getOutputStream().close();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "govsim did not finish");
        assertEquals(0, p.exitValue(), printed);

        assertFalse(Files.exists(marks), () -> "govsim ran git: " + read(marks));
        assertEquals(before, snapshot(repo), "a file of the repository changed");
        String commit = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("gitCommit").asText();
        assertTrue(commit.matches("[0-9a-f]{40}|unknown"), commit);
        if (foreignCommit != null) {
            assertNotEquals(foreignCommit, commit, "the manifest records the repository the user stood in");
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
