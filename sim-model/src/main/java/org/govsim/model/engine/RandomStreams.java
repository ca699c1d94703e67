package org.govsim.model.engine;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;

/**
 * Named random streams derived from one run seed (SSJ's habit): arrivals, service and behaviour each draw
 * from their own generator, so that a lever that changes how many service draws are made does not shift
 * which issues arrive. Two runs with the same seed meet the same arrivals wherever their rates agree
 * (common random numbers).
 */
public final class RandomStreams implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MersenneTwisterFast world;
    private final MersenneTwisterFast arrivals;
    private final MersenneTwisterFast service;
    private final MersenneTwisterFast behaviour;
    private final MersenneTwisterFast committees;
    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
        world = new MersenneTwisterFast(derive(seed, 1));
        arrivals = new MersenneTwisterFast(derive(seed, 2));
        service = new MersenneTwisterFast(derive(seed, 3));
        behaviour = new MersenneTwisterFast(derive(seed, 4));
        committees = new MersenneTwisterFast(derive(seed, 5));
    }

    /** SplitMix64 finaliser of seed and stream number: well-separated seeds for nearby inputs. */
    public static long derive(long seed, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Building the district: sizes, households, initial states. */
    public MersenneTwisterFast world() {
        return world;
    }

    /** When issues arise, where and to whom. */
    public MersenneTwisterFast arrivals() {
        return arrivals;
    }

    /** Service times and whether a level succeeds. */
    public MersenneTwisterFast service() {
        return service;
    }

    /** Households' choices: reporting, patience, self-help, fee payment; the company's quality noise. */
    public MersenneTwisterFast behaviour() {
        return behaviour;
    }

    /** Owners' committees' conduct (fund misuse). */
    public MersenneTwisterFast committees() {
        return committees;
    }

    /**
     * A lever's own stream, named after it: a lever that is switched on draws only from here, so the
     * baseline's streams see the same draws with and without it, and a lever switched off draws nothing.
     */
    public MersenneTwisterFast lever(String name) {
        return new MersenneTwisterFast(derive(seed, 1000 + (name.hashCode() & 0x7fffffffL)));
    }

    /** Draws a lognormal value with the given median and log standard deviation. */
    public static double lognormal(MersenneTwisterFast rng, double median, double sigma) {
        return sigma == 0 ? median : median * Math.exp(sigma * rng.nextGaussian());
    }

    /** Draws an exponential value with the given rate (per day). */
    public static double exponential(MersenneTwisterFast rng, double rate) {
        return -Math.log(1.0 - rng.nextDouble()) / rate;
    }
}
