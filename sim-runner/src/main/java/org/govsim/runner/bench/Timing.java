package org.govsim.runner.bench;

/**
 * One timed run on one thread: the build of the district ({@code District.start()}), then the simulated
 * years ({@code advanceToEnd()}); how many schedule steps (events: the model's events rarely share a time
 * stamp, so a step is one event) and issues (arrivals); the collectors' pause time during the years.
 */
public record Timing(double buildMillis, double runSeconds, int years, long events, long issues, long residents,
                     int households, double gcSeconds) {

    public double secondsPerYear() {
        return runSeconds / years;
    }

    public double eventsPerSecond() {
        return events / runSeconds;
    }

    public double issuesPerSecond() {
        return issues / runSeconds;
    }

    public double nanosPerEvent() {
        return runSeconds * 1e9 / events;
    }

    /** The collectors' pause time as a share of the run's wall time. */
    public double gcShare() {
        return gcSeconds / runSeconds;
    }

    /** Space-separated, for a child JVM to hand its timing back ({@link ColdStart}). */
    String toLine() {
        return buildMillis + " " + runSeconds + " " + years + " " + events + " " + issues + " " + residents + " " + households + " " + gcSeconds;
    }

    static Timing fromLine(String line) {
        String[] f = line.trim().split(" ");
        if (f.length != 8) {
            throw new IllegalArgumentException("a timing line has 8 fields, got " + f.length + ": " + line);
        }
        return new Timing(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]), Integer.parseInt(f[6]), Double.parseDouble(f[7]));
    }
}
