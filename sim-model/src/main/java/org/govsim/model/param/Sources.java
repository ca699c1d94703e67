package org.govsim.model.param;

/** Wording for the {@code source} column, so that "assumption" is always spelt the same way. */
public final class Sources {
    public static final String ASSUMPTION = "assumption";
    /** Where the Meilan and Yindu fits' targets are. */
    public static final String MEILAN = "scenarios/targets/meilan.yaml";
    public static final String YINDU = "scenarios/targets/yindu.yaml";

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

    /** A value fitted by `govsim calibrate` to a targets file: the posterior median, with the 90% interval ("[3.1, 7.2]"). */
    public static String posteriorMedian(String targets, String interval) {
        return calibrated(targets + ": ABC-SMC posterior median, 90% interval " + interval + "; docs/ODD.md §8");
    }
}
