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

    /**
     * A value fitted by `govsim calibrate` to a targets file that is a point of the posterior, not its median: one that
     * meets the targets jointly at full size, where the marginal medians of a wide, correlated posterior need not; the
     * 90% interval ("[3.1, 7.2]") is the posterior's.
     */
    public static String posteriorPoint(String targets, String interval) {
        return calibrated(targets + ": a point of the ABC-SMC posterior that meets every target at full size, 90% interval " + interval
                + "; docs/ODD.md §8.3");
    }

    /** A value fitted by `govsim calibrate` to a targets file: the posterior median, with the 90% interval ("[3.1, 7.2]"). */
    public static String posteriorMedian(String targets, String interval) {
        return calibrated(targets + ": ABC-SMC posterior median, 90% interval " + interval + "; docs/ODD.md §8");
    }
}
