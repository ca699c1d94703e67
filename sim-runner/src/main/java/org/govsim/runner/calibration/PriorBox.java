package org.govsim.runner.calibration;

import ec.util.MersenneTwisterFast;
import java.util.List;

/** The product of the uniform priors: the box every particle lies in, and its (constant) density inside. */
public final class PriorBox {
    private final List<Prior> priors;
    private final double volume;

    public PriorBox(List<Prior> priors) {
        if (priors.isEmpty()) {
            throw new IllegalArgumentException("a prior box needs at least one parameter");
        }
        this.priors = List.copyOf(priors);
        double v = 1;
        for (Prior p : priors) {
            v *= p.width();
        }
        this.volume = v;
    }

    public List<Prior> priors() {
        return priors;
    }

    public int dimensions() {
        return priors.size();
    }

    public List<String> names() {
        return priors.stream().map(Prior::path).toList();
    }

    boolean contains(double[] theta) {
        for (int k = 0; k < theta.length; k++) {
            if (!priors.get(k).contains(theta[k])) {
                return false;
            }
        }
        return true;
    }

    /** The prior density inside the box, 1 / volume. */
    double density() {
        return 1 / volume;
    }

    /** A draw from the prior. */
    double[] draw(MersenneTwisterFast rng) {
        double[] theta = new double[priors.size()];
        for (int k = 0; k < theta.length; k++) {
            Prior p = priors.get(k);
            theta[k] = p.min() + rng.nextDouble() * p.width();
        }
        return theta;
    }
}
