package org.govsim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.govsim.model.config.CoreConfig;
import org.govsim.model.lever.Lever;
import org.govsim.model.lever.LeverSetup;
import org.govsim.model.param.ParamValues;

/**
 * The typed, immutable configuration a district runs on: the core's records and every registered lever's
 * settings, read once from a complete set of parameter values at the edge. Inside the model nothing looks a
 * parameter up by its path.
 */
public final class ModelConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CoreConfig core;
    private final List<LeverSetup<?>> levers;

    public ModelConfig(ParamValues values) {
        this.core = new CoreConfig(values);
        List<LeverSetup<?>> setups = new ArrayList<>();
        for (Lever<?> lever : ModelCatalog.levers()) {
            setups.add(LeverSetup.of(lever, values));
        }
        this.levers = List.copyOf(setups);
    }

    public CoreConfig core() {
        return core;
    }

    /** Every registered lever with its settings, in install order, switched on or not. */
    public List<LeverSetup<?>> levers() {
        return levers;
    }
}
