package org.govsim.runner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine the figures come from: processors, CPU model, memory, Java, the heap at the start and its limit, and the load. */
public record MachineInfo(int processors, String cpuModel, long memoryBytes, String java, long initialHeapBytes, long maxHeapBytes,
                          int maxHeapFreeRatio, double loadAverage) {

    public static MachineInfo current() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), readCpuModel(), memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", collectors " + collectors(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit(), Runtime.getRuntime().maxMemory(), readMaxHeapFreeRatio(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * How much free heap the JVM keeps after a collection before it gives memory back, in percent (Java's default
     * 70; the launcher sets 100: never shrink), or -1 where the JVM does not say.
     */
    static int readMaxHeapFreeRatio() {
        try {
            return Integer.parseInt(ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("MaxHeapFreeRatio").getValue());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The garbage collectors in use (G1, Java's default, unless GOVSIM_JAVA_OPTS picks another). */
    static String collectors() {
        return String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    }

    /** The first "model name" of /proc/cpuinfo (Linux), else the architecture. */
    static String readCpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }
}
