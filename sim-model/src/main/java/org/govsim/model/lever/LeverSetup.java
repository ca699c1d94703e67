package org.govsim.model.lever;

import java.io.Serializable;

/** A lever with the settings of one run. */
public record LeverSetup<S extends LeverSettings>(Lever<S> lever, S settings) implements Serializable {

    /** Reads the lever's settings from the scenario's values. */
    public static <S extends LeverSettings> LeverSetup<S> of(Lever<S> lever, org.govsim.model.param.ParamValues values) {
        return new LeverSetup<>(lever, lever.settings(values));
    }

    public boolean enabled() {
        return settings.enabled();
    }

    public void install(LeverContext context) {
        lever.install(settings, context);
    }
}
