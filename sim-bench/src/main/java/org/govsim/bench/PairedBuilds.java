package org.govsim.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Before and after in one JVM: two or more builds of govsim (their runnable {@code sim-runner-*-all.jar}), each
 * in its own class loader, run the same district in alternating order, round after round. On a shared machine
 * the load from elsewhere moves a run's time by a quarter within minutes, so two JVMs run one after the other
 * compare the moments more than the builds; alternating runs in one JVM meet the same moments, and the ratio
 * of each round's times cancels most of it. How the PERFORMANCE.md before/after figures were taken:
 *
 * <pre>
 * java -XX:MaxHeapFreeRatio=100 -cp sim-bench/target/benchmarks.jar org.govsim.bench.PairedBuilds L 6 16 before.jar after.jar
 * </pre>
 *
 * Arguments: size (S, M, L, XL), untimed rounds, timed rounds, then the jars; the first jar is the reference.
 * Each run is one simulated year after a {@code System.gc()}, as in {@code govsim bench}.
 */
public final class PairedBuilds {
    private PairedBuilds() {
    }

    /** One build's district, reached by reflection through its own class loader. */
    private record Build(String name, Object config, Constructor<?> district, Method start, Method advance, Method finish,
                         Method steps) {

        static Build load(Path jar, String size) throws ReflectiveOperationException, java.io.IOException {
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> preset = loader.loadClass("org.govsim.runner.bench.SizePreset");
            Object values = preset.getMethod("values", int.class).invoke(preset.getMethod("valueOf", String.class).invoke(null, size), 1);
            Class<?> configType = configType(loader);
            Object config = configType.getConstructor(loader.loadClass("org.govsim.model.param.ParamValues")).newInstance(values);
            Class<?> district = loader.loadClass("org.govsim.model.District");
            return new Build(jar.getFileName().toString(), config, district.getConstructor(long.class, configType),
                    district.getMethod("start"), district.getMethod("advanceToEnd"), district.getMethod("finish"),
                    loader.loadClass("sim.engine.Schedule").getMethod("getSteps"));
        }

        /** The model's configuration class, which builds before the lever redesign kept in the config package. */
        private static Class<?> configType(ClassLoader loader) throws ClassNotFoundException {
            try {
                return loader.loadClass("org.govsim.model.ModelConfig");
            } catch (ClassNotFoundException e) {
                return loader.loadClass("org.govsim.model.config.ModelConfig");
            }
        }

        /** Seconds for one simulated year, and the events it ran (both builds should run the same number). */
        double[] runOnce() throws ReflectiveOperationException {
            System.gc();
            Object d = district.newInstance(1L, config);
            start.invoke(d);
            long t0 = System.nanoTime();
            advance.invoke(d);
            long t1 = System.nanoTime();
            long events = (long) steps.invoke(d.getClass().getField("schedule").get(d));
            finish.invoke(d);
            return new double[] {(t1 - t0) / 1e9, events};
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: PairedBuilds SIZE WARMUP_ROUNDS TIMED_ROUNDS REFERENCE.jar OTHER.jar...");
            System.exit(2);
        }
        String size = args[0];
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Build[] builds = new Build[args.length - 3];
        for (int i = 0; i < builds.length; i++) {
            builds[i] = Build.load(Path.of(args[3 + i]), size);
        }
        double[][] seconds = new double[builds.length][rounds];
        long[] events = new long[builds.length];
        for (int r = -warmup; r < rounds; r++) {
            for (int k = 0; k < builds.length; k++) {
                int i = Math.floorMod(r, 2) == 0 ? k : builds.length - 1 - k;   // alternate who goes first
                double[] run = builds[i].runOnce();
                if (r >= 0) {
                    seconds[i][r] = run[0];
                    events[i] = (long) run[1];
                }
            }
        }
        for (int i = 0; i < builds.length; i++) {
            double[] sorted = seconds[i].clone();
            Arrays.sort(sorted);
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = seconds[i][r] / seconds[0][r];
            }
            Arrays.sort(ratio);
            System.out.printf(Locale.ROOT, "%-36s %,10d events  s/year: min %.3f  median %.3f  |  time / reference, paired: median %.3f "
                    + "(quartiles %.3f to %.3f)%n", builds[i].name(), events[i], sorted[0], sorted[rounds / 2], ratio[rounds / 2],
                    ratio[rounds / 4], ratio[(3 * rounds) / 4]);
        }
    }
}
