package org.govsim.runner.gui;

/**
 * What the district map colours compounds by. Each metric reads one figure per compound from
 * {@link DistrictFigures} and says whether a high value is good (satisfaction) or bad (open issues), so that
 * the map is always green where things go well and red where they do not.
 */
public enum MapMetric {
    OPEN_ISSUES("open issues per 100 households", false) {
        @Override
        double value(DistrictFigures f, int c) {
            return f.openIssuesPer100(c);
        }
    },
    DISPUTES_THIS_MONTH("disputes this month per 100 households", false) {
        @Override
        double value(DistrictFigures f, int c) {
            return f.disputesThisMonthPer100(c);
        }
    },
    SATISFACTION("satisfaction (mean of property and governance)", true) {
        @Override
        double value(DistrictFigures f, int c) {
            return f.satisfaction(c);
        }
    },
    FEE_COLLECTION("fee collection rate, last month", true) {
        @Override
        double value(DistrictFigures f, int c) {
            return f.feeCollectionRate(c);
        }
    };

    private final String label;
    private final boolean highIsGood;

    MapMetric(String label, boolean highIsGood) {
        this.label = label;
        this.highIsGood = highIsGood;
    }

    /** The compound's figure, or NaN when there is none yet (no bill before the first month). */
    abstract double value(DistrictFigures figures, int compound);

    public String label() {
        return label;
    }

    public boolean highIsGood() {
        return highIsGood;
    }

    /** What the colour chooser shows. */
    @Override
    public String toString() {
        return label;
    }
}
