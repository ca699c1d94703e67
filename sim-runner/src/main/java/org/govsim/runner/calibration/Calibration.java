package org.govsim.runner.calibration;

import org.govsim.runner.scenario.Scenario;

/** A loaded and checked calibration file: the scenario it runs and its calibration block. */
public record Calibration(Scenario scenario, CalibrationSpec spec) {
}
