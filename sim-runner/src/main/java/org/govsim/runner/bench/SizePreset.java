package org.govsim.runner.bench;

import org.govsim.model.ModelCatalog;
import org.govsim.model.param.ParamValues;

/** Standard district sizes by residents; compounds scale with residents as in the Meilan-sized L (800 compounds). */
public enum SizePreset {
    S(3_500), M(50_000), L(500_000), XL(1_500_000);

    private final int residents;

    SizePreset(int residents) {
        this.residents = residents;
    }

    public int residents() {
        return residents;
    }

    public int compounds() {
        return Math.max(1, (int) Math.round(residents * 800.0 / 500_000));
    }

    /** The defaults at this size, with no burn-in and the given number of simulated years. */
    public ParamValues values(int years) {
        return ModelCatalog.defaults().with("district.compounds", compounds()).with("run.burnInDays", 0).with("run.days", 360 * years);
    }
}
