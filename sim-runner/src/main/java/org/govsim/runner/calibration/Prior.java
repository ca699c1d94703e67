package org.govsim.runner.calibration;

/**
 * A free parameter of a calibration and its uniform prior on [min, max]. An integer parameter is sampled on the
 * same continuous box and rounded only when handed to the model, so the sampler's kernel and weights stay
 * continuous.
 *
 * @param path    the parameter path, as {@code govsim params} lists it (any name for a test model)
 * @param min     the prior's lower bound
 * @param max     the prior's upper bound, above {@code min}
 * @param integer true when the model takes whole numbers
 * @param line    the line of the parameter in the calibration file (0 when not from a file)
 */
public record Prior(String path, double min, double max, boolean integer, int line) {

    public Prior {
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("prior of " + path + ": min (" + min + ") must be below max (" + max + ")");
        }
    }

    public double width() {
        return max - min;
    }

    public boolean contains(double x) {
        return x >= min && x <= max;
    }
}
