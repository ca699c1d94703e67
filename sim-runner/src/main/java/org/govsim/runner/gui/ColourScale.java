package org.govsim.runner.gui;

import java.awt.Color;
import java.util.Locale;

/**
 * A fixed colour scale for the map: values in {@code [low, high]} along the viridis ramp (van der Walt and
 * Smith's colour map for matplotlib, perceptually uniform, legible to the common forms of colour blindness and
 * in grey), oriented so that darker is always worse: a metric where high is bad (open issues) runs from
 * yellow at {@code low} to dark purple at {@code high}, one where high is good (satisfaction) the other way.
 * Values beyond the ends are clamped to the end colours; the legend says how many compounds that affects.
 *
 * @param low        the value at one end of the ramp
 * @param high       the value at the other end (greater than low)
 * @param highIsGood whether high values are good, which puts the light end at {@code high}
 */
public record ColourScale(double low, double high, boolean highIsGood) {
    /** Drawn where a compound has no value yet: a grey that is not on the ramp. */
    public static final Color NO_DATA = new Color(200, 200, 200);

    /** Viridis at 0, 1/8, ..., 1 (R's viridisLite::viridis(9): #440154 ... #FDE725); linear in between. */
    private static final int[][] VIRIDIS = {
        {0x44, 0x01, 0x54}, {0x47, 0x2D, 0x7B}, {0x3B, 0x52, 0x8B}, {0x2C, 0x72, 0x8E}, {0x21, 0x90, 0x8C},
        {0x27, 0xAD, 0x81}, {0x5D, 0xC8, 0x63}, {0xAA, 0xDC, 0x32}, {0xFD, 0xE7, 0x25}};

    public ColourScale {
        if (!(high > low)) {
            throw new IllegalArgumentException("a colour scale needs low < high, got [" + low + ", " + high + "]");
        }
    }

    /** The colour of a value; values outside the scale get the colour of the nearer end, NaN the no-data grey. */
    public Color colour(double value) {
        if (!Double.isFinite(value)) {
            return NO_DATA;
        }
        return atPosition((Math.max(low, Math.min(high, value)) - low) / (high - low));
    }

    /** The colour at a position along the scale, 0 at {@code low} and 1 at {@code high}. */
    public Color atPosition(double position) {
        double p = Math.max(0, Math.min(1, position));
        return viridis(highIsGood ? p : 1 - p);
    }

    /** Whether a value lies beyond an end of the scale (and is drawn in that end's colour). */
    public boolean clamps(double value) {
        return Double.isFinite(value) && (value < low || value > high);
    }

    /** The value at the middle of the scale. */
    public double mid() {
        return (low + high) / 2;
    }

    /** The scale's five ticks: its ends, its middle and its quarters. */
    public double[] ticks() {
        double q = (high - low) / 4;
        return new double[] {low, low + q, low + 2 * q, low + 3 * q, high};
    }

    /** A tick or value as the legend writes it: as many decimals as the scale's span needs, and no more. */
    public String format(double value) {
        double span = high - low;
        int decimals = span >= 20 ? 0 : span >= 2 ? 1 : 2;
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** Viridis at {@code t} in [0, 1]: dark purple at 0, yellow at 1. */
    static Color viridis(double t) {
        double p = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(p));
        double u = p - i;
        int[] a = VIRIDIS[i];
        int[] b = VIRIDIS[i + 1];
        return new Color((int) Math.round(a[0] + u * (b[0] - a[0])), (int) Math.round(a[1] + u * (b[1] - a[1])),
                (int) Math.round(a[2] + u * (b[2] - a[2])));
    }
}
