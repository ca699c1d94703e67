package org.govsim.runner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process with captured output, as a user would type it. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        CommandLine cl = GovsimCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** The repository root, where the bundled scenarios live (set by the build; the working directory otherwise). */
    static Path repoRoot() {
        String root = System.getProperty("govsim.repoRoot");
        return root != null ? Path.of(root).normalize() : Path.of("..").toAbsolutePath().normalize();
    }

    static Path scenario(String name) {
        return repoRoot().resolve("scenarios").resolve(name);
    }
}
