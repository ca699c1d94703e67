package org.govsim.model;

import org.govsim.model.issue.IssueType;
import org.govsim.model.param.ParamValues;

/** Small parameter sets for tests of one mechanism at a time. */
final class TestParams {
    private TestParams() {
    }

    /** Defaults with every issue type's arrival rate set to zero. */
    static ParamValues silent() {
        ParamValues p = ModelCatalog.defaults();
        for (IssueType t : IssueType.values()) {
            p = p.with("issues." + t.key() + ".ratePer1000HouseholdsMonth", 0.0);
        }
        return p;
    }

    /** A district of one commercial compound of exactly {@code households} households in one community. */
    static ParamValues oneCompound(ParamValues p, int households) {
        return p.with("district.compounds", 1)
                .with("district.oldCompoundShare", 0.0)
                .with("district.compoundsPerCommunity", 1)
                .with("district.householdsPerCompoundMean", (double) households)
                .with("district.householdsPerCompoundCv", 0.0)
                .with("district.minHouseholdsPerCompound", 1);
    }

    /** A small district for fast tests of the whole model. */
    static ParamValues small() {
        return ModelCatalog.defaults().with("district.compounds", 40).with("run.days", 360).with("run.burnInDays", 90);
    }
}
