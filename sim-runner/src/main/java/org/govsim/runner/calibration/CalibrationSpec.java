package org.govsim.runner.calibration;

import java.nio.file.Path;
import java.util.List;

/**
 * A checked {@code calibration:} block: the free parameters with their priors and the targets, in file order.
 *
 * @param file       the file the block was read from
 * @param line       the line of its {@code calibration:} key
 * @param parameters the free parameters (may be empty: {@code --check} needs only targets)
 * @param targets    at least one target
 */
public record CalibrationSpec(Path file, int line, List<Prior> parameters, List<Target> targets) {

    public CalibrationSpec {
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
    }
}
