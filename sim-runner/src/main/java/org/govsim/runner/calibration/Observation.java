package org.govsim.runner.calibration;

import org.govsim.runner.output.CsvFormat;

/**
 * What a target says was observed: a figure with the uncertainty of its own ({@link Point}), or a floor such as
 * the article's "200+" ({@link AtLeast}). Each gives the target's term of the distance in units of its scale.
 */
public sealed interface Observation {

    /**
     * The target's standardised deviation: its square is the target's share of the squared distance. NaN when the
     * simulated value is not a number (the distance then counts it as infinitely far).
     */
    double deviation(double simulated);

    /** Whether a simulated mean agrees with the observation (fit.csv's {@code within}). */
    boolean within(double simulated);

    /**
     * A figure with its uncertainty: the deviation is (simulated − value) / sd, and a simulated mean within one sd
     * of the value fits.
     */
    record Point(double value, double sd) implements Observation {
        public Point {
            if (!(sd > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("a point observation needs a finite value and sd > 0, got " + value + " ± " + sd);
            }
        }

        @Override
        public double deviation(double simulated) {
            return (simulated - value) / sd;
        }

        @Override
        public boolean within(double simulated) {
            return Math.abs(simulated - value) <= sd;
        }

        @Override
        public String toString() {
            return CsvFormat.number(value) + " ± " + CsvFormat.number(sd);
        }
    }

    /**
     * A floor ("200+"): any simulated value at or above {@code min} fits and adds nothing to the distance; below it the
     * deviation is the shortfall in units of {@code scale}, (min − simulated) / scale. The scale is the target's sd
     * when given, else the floor itself, so that a simulated 0 is one unit short of any floor without an sd.
     *
     * @param sdGiven whether the file gave the scale as sd (else it is the floor), so it is written back the same way
     */
    record AtLeast(double min, double scale, boolean sdGiven) implements Observation {
        public AtLeast {
            if (!(scale > 0) || !Double.isFinite(min)) {
                throw new IllegalArgumentException("a floor needs a finite min and a scale > 0, got " + min + " / " + scale);
            }
        }

        @Override
        public double deviation(double simulated) {
            return Double.isNaN(simulated) ? Double.NaN : Math.max(0, (min - simulated) / scale);
        }

        @Override
        public boolean within(double simulated) {
            return simulated >= min;
        }

        @Override
        public String toString() {
            return "≥ " + CsvFormat.number(min);
        }
    }
}
