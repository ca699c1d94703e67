package org.govsim.runner.bench;

/**
 * One timed run: the build of the district, then the simulated years; how many schedule steps (one event
 * each, since issue events rarely share a time stamp) and issues; how many events were pending at the end;
 * the collector's share of the time.
 */
public record Timing(double buildMillis, double runSeconds, int years, long events, long issues, long residents,
                     int households, int pendingEvents, double gcSeconds) {

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

    public double gcShare() {
        return gcSeconds / runSeconds;
    }
}
