package org.govsim.runner.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govsim.model.ModelConfig;

/**
 * A cold run: the first build and year of a district in a fresh JVM (class loading, interpreter, JIT at
 * work), started as a child process on this JVM's class path with its heap options, so that sizes timed
 * earlier in the bench do not warm it. If no child JVM can be started, the first run in this JVM stands in.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /** The cold timing, and whether it came from a fresh JVM. */
    public record Cold(Timing timing, boolean freshJvm) {
    }

    public static Cold measure(SizePreset size, int years, long seed) {
        try {
            return new Cold(inChildJvm(size, years, seed), true);
        } catch (IOException | RuntimeException e) {
            return new Cold(ModelTiming.once(new ModelConfig(size.values(years)), seed), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Cold(ModelTiming.once(new ModelConfig(size.values(years)), seed), false);
        }
    }

    private static Timing inChildJvm(SizePreset size, int years, long seed) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xm") || arg.startsWith("-XX:+Use") || arg.startsWith("-XX:MaxRAM")
                    || arg.startsWith("-XX:InitialRAM") || arg.matches("-XX:M(ax|in)HeapFreeRatio=\\d+")) {
                cmd.add(arg);   // heap and collector as in this JVM; never a profiler or agent
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), size.name(),
                Integer.toString(years), Long.toString(seed)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.readLine();
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the cold run did not finish");
        }
        if (p.exitValue() != 0 || line == null) {
            throw new IllegalStateException("the cold run failed with exit code " + p.exitValue());
        }
        return Timing.fromLine(line);
    }

    /** The child: {@code SIZE YEARS SEED}; prints one timing line. */
    public static void main(String[] args) {
        SizePreset size = SizePreset.valueOf(args[0]);
        Timing t = ModelTiming.once(new ModelConfig(size.values(Integer.parseInt(args[1]))), Long.parseLong(args[2]));
        System.out.println(t.toLine());
    }
}
