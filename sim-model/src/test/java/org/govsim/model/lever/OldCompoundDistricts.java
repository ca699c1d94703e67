package org.govsim.model.lever;

import org.govsim.model.ModelCatalog;
import org.govsim.model.issue.IssueType;
import org.govsim.model.param.ParamValues;

/** Small districts of old walk-up compounds (about 9,000 households, 760 walk-ups) for the retrofit levers' tests. */
public final class OldCompoundDistricts {
    private OldCompoundDistricts() {
    }

    /** 40 old compounds, the default 720 observed days after 180 of burn-in. */
    public static ParamValues oldCompounds() {
        return ModelCatalog.defaults().with("district.compounds", 40).with("district.oldCompoundShare", 1.0);
    }

    /**
     * The same district with no issues arising. The elevator and handrail levers read no issue state (advisors
     * are off) and draw only from their own streams, so their counts are exactly those of the full model
     * (checked when the defaults were chosen: identical on 12 seeds), in a seventh of the time.
     */
    public static ParamValues quietOldCompounds(int days, int burnInDays) {
        ParamValues p = oldCompounds().with("run.days", days).with("run.burnInDays", burnInDays);
        for (IssueType t : IssueType.values()) {
            p = p.with("issues." + t.key() + ".ratePer1000HouseholdsMonth", 0.0);
        }
        return p;
    }
}
