package org.govsim.runner.calibration;

/** A calibration that cannot start as asked (its folder holds another one, a bad option); nothing was run. */
public final class CalibrationRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public CalibrationRefused(String message) {
        super(message);
    }
}
