package org.govsim.model.world;

import java.io.Serializable;

/**
 * Every building (楼栋, one stairwell unit) as parallel arrays. A building's households are the contiguous
 * range [firstHousehold, firstHousehold + households) of {@link Households}.
 */
public final class Buildings implements Serializable {
    private static final long serialVersionUID = 1L;

    private int count;
    private final int[] compound;
    private final int[] firstHousehold;
    private final int[] households;
    private final byte[] floors;
    private final boolean[] elevator;
    /** the grid (网格) a building belongs to: a large compound is divided among several */
    private final int[] grid;
    /** share of the building's households that paid the fee last month: the neighbours' norm */
    private final float[] paidShare;

    /** Arrays sized for at most {@code capacity} buildings; {@link #finish} sets how many were built. */
    Buildings(int capacity) {
        this.count = capacity;
        compound = new int[capacity];
        firstHousehold = new int[capacity];
        households = new int[capacity];
        floors = new byte[capacity];
        elevator = new boolean[capacity];
        grid = new int[capacity];
        paidShare = new float[capacity];
    }

    void set(int b, int compoundIndex, int first, int householdCount, int floorCount, boolean hasElevator) {
        compound[b] = compoundIndex;
        firstHousehold[b] = first;
        households[b] = householdCount;
        floors[b] = (byte) Math.min(floorCount, Byte.MAX_VALUE);
        elevator[b] = hasElevator;
        paidShare[b] = 1f;
    }

    void finish(int built) {
        count = built;
    }

    public int count() {
        return count;
    }

    public int compound(int b) {
        return compound[b];
    }

    public int firstHousehold(int b) {
        return firstHousehold[b];
    }

    public int households(int b) {
        return households[b];
    }

    public int floors(int b) {
        return floors[b];
    }

    public int grid(int b) {
        return grid[b];
    }

    void setGrid(int b, int g) {
        grid[b] = g;
    }

    public boolean hasElevator(int b) {
        return elevator[b];
    }

    public void setElevator(int b, boolean value) {
        elevator[b] = value;
    }

    public double paidShare(int b) {
        return paidShare[b];
    }

    public void setPaidShare(int b, double share) {
        paidShare[b] = (float) share;
    }
}
