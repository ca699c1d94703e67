package org.govsim.runner.calibration;

import java.util.List;

/** A point of the prior box as the model takes it: integer parameters rounded to the nearest whole number. */
final class ParameterPoint {
    private ParameterPoint() {
    }

    static double[] asRun(List<Prior> priors, double[] theta) {
        double[] v = theta.clone();
        for (int k = 0; k < v.length; k++) {
            if (priors.get(k).integer()) {
                v[k] = Math.round(v[k]);
            }
        }
        return v;
    }

    /** The value of parameter k as the model takes it: an Integer for an integer parameter, else a Double. */
    static Object value(Prior prior, double theta) {
        return prior.integer() ? (Object) (int) Math.round(theta) : (Object) theta;
    }
}
