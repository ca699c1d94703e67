package org.govsim.runner.gui;

import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.param.ParamValues;

/**
 * The district the GUI runs: a plain {@link District}, which also carries the parameter values and title it was
 * built from, so that a checkpoint saved from the Console reopens with its Model tab and title. The model itself
 * reads only its typed configuration.
 */
final class GuiDistrict extends District {
    private static final long serialVersionUID = 1L;

    private final ParamValues values;
    private final String title;

    GuiDistrict(long seed, ParamValues values, String title) {
        super(seed, new ModelConfig(values));
        this.values = values;
        this.title = title;
    }

    ParamValues values() {
        return values;
    }

    String title() {
        return title;
    }
}
