package org.govsim.runner.calibration;

import java.nio.file.Path;
import java.util.List;

/**
 * A checked {@code calibration:} block: the free parameters with their priors and the targets, in file order.
 *
 * @param file          the file the block was read from
 * @param line          the line of its {@code calibration:} key
 * @param parameters    the free parameters (may be empty: {@code --check} needs only targets)
 * @param targets       at least one target: the block's own and those of its {@code targets_from} files, in the order the block gives them
 * @param districtShare the share of the targets' district that the scenario simulates (1: all of it); a district-wide
 *                      count is divided by it, so that a reduced district meets the whole district's counts
 */
public record CalibrationSpec(Path file, int line, List<Prior> parameters, List<Target> targets, double districtShare) {

    public CalibrationSpec {
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
        if (!(districtShare > 0 && districtShare <= 1)) {
            throw new IllegalArgumentException("a district share lies in (0, 1], got " + districtShare);
        }
    }

    /** A block that simulates the whole district its targets describe. */
    public CalibrationSpec(Path file, int line, List<Prior> parameters, List<Target> targets) {
        this(file, line, parameters, targets, 1);
    }
}
