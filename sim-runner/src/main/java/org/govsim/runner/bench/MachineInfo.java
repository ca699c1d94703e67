package org.govsim.runner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine the figures come from: processors, CPU model, memory, Java, the heap limit and the load. */
public record MachineInfo(int processors, String cpuModel, long memoryBytes, String java, long maxHeapBytes, double loadAverage) {

    public static MachineInfo current() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), readCpuModel(), memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", collectors " + collectors(),
                Runtime.getRuntime().maxMemory(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
