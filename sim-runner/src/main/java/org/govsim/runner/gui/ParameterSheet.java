package org.govsim.runner.gui;

import org.govsim.model.param.ParamValues;

/**
 * The parameters of the next run the GUI starts: the scenario's values, with whatever the user changed in
 * the Model tab. Every change is checked against its declaration and refused when it is not allowed; the
 * running district keeps the values it was built with, and the next Play builds one from these.
 */
final class ParameterSheet {
    private ParamValues scenario;
    private ParamValues values;

    ParameterSheet(ParamValues scenario) {
        this.scenario = scenario;
        this.values = scenario;
    }

    /** The values the next run will use. */
    synchronized ParamValues values() {
        return values;
    }

    /** The scenario's own values, before any change in the GUI. */
    synchronized ParamValues scenario() {
        return scenario;
    }

    synchronized Object get(String path) {
        return values.get(path);
    }

    /** Sets one value (Integer, Double, Boolean or String, as the parameter's type); false when it is not allowed. */
    synchronized boolean set(String path, Object value) {
        try {
            values = values.with(path, value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Undoes every change: the next run uses the scenario's values. */
    synchronized void revert() {
        values = scenario;
    }

    /** Replaces the scenario and every value (a reopened checkpoint brings its own). */
    synchronized void reset(ParamValues newValues) {
        scenario = newValues;
        values = newValues;
    }
}
