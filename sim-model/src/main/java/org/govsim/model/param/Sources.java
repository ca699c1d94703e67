package org.govsim.model.param;

/** Wording for the {@code source} column, so that "assumption" is always spelt the same way. */
public final class Sources {
    public static final String ASSUMPTION = "assumption";

    private Sources() {
    }

    public static String assumption(String where) {
        return ASSUMPTION + " (" + where + ")";
    }

    public static String article(String figure) {
        return "article " + figure;
    }

    /** A figure that calibration fitted, naming where the targets are. */
    public static String calibrated(String how) {
        return "calibrated (" + how + ")";
    }
}
