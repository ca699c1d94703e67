package org.govsim.runner.gui;

/**
 * What the district map colours compounds by. Each metric reads one figure per compound from
 * {@link DistrictFigures}, says whether a high value is good (satisfaction) or bad (open issues), and has a
 * fixed colour scale {@code [low, high]}, so that a colour means the same value on every day and in every run:
 * a map that refitted its scale each frame would paint a spread of 0.53 to 0.56 from one end of the ramp to
 * the other. Values outside the scale are drawn at its ends and the legend says how many.
 *
 * <p>The ranges cover the 1st to 99th percentiles of the compounds' values in the bundled scenarios (baseline,
 * meilan-2025, fee-quality-linkage; every 90th day of replication 0, 800 compounds): open issues 1.2 to 15.3
 * per 100 households, disputes 0 to 8.0 per 100 households in 30 days, satisfaction 0.53 to 0.71, fee
 * collection 0.61 to 0.97. They belong with the model's metric declarations once those carry a display range.
 */
public enum MapMetric {
    OPEN_ISSUES("open issues", "per 100 households", false, 0, 15) {
        @Override
        double value(DistrictFigures f, int c) {
            return f.openIssuesPer100(c);
        }
    },
    DISPUTES_30_DAYS("disputes in the last 30 days", "per 100 households", false, 0, 8) {
        @Override
        double value(DistrictFigures f, int c) {
            return f.recentDisputesPer100(c);
        }
    },
    SATISFACTION("satisfaction", "mean of property and governance, 0 to 1", true, 0.4, 0.8) {
        @Override
        double value(DistrictFigures f, int c) {
            return f.satisfaction(c);
        }
    },
    FEE_COLLECTION("fee collection rate", "collected / billed, last month", true, 0.5, 1.0) {
        @Override
        double value(DistrictFigures f, int c) {
            return f.feeCollectionRate(c);
        }
    };

    private final String label;
    private final String unit;
    private final boolean highIsGood;
    private final double low;
    private final double high;

    MapMetric(String label, String unit, boolean highIsGood, double low, double high) {
        this.label = label;
        this.unit = unit;
        this.highIsGood = highIsGood;
        this.low = low;
        this.high = high;
    }

    /** The compound's figure, or NaN when there is none yet (no bill before the first month). */
    abstract double value(DistrictFigures figures, int compound);

    public String label() {
        return label;
    }

    /** What the value is measured in, for the legend. */
    public String unit() {
        return unit;
    }

    public boolean highIsGood() {
        return highIsGood;
    }

    /** The metric's fixed colour scale. */
    public ColourScale scale() {
        return new ColourScale(low, high, highIsGood);
    }

    /** What the colour chooser shows. */
    @Override
    public String toString() {
        return label + " (" + unit + ")";
    }
}
