package org.govsim.runner.calibration;

/** One finished simulation of a generation's proposal, as the journal holds it. */
record SimulationRecord(int generation, int index, double[] theta, double[][] values) {
}
