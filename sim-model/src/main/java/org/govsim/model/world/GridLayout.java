package org.govsim.model.world;

/**
 * Divides a community's buildings into grids (网格) of about {@code target} households each: neighbouring small
 * compounds share a grid, a compound is added to the grid being filled when that brings the grid nearer the target
 * than starting a new one would, and a compound of one and a half grids or more is divided among grids of its own,
 * building by building. Grids never cross a community's boundary. Each grid then has one grid worker per
 * target-sized block of households (usually one).
 */
final class GridLayout {
    private final double target;
    private final int[] gridOfBuilding;
    private int grids;
    private int filled;
    private int lastCommunity = -1;

    GridLayout(double target, int buildings) {
        this.target = target;
        this.gridOfBuilding = new int[buildings];
    }

    /** Places one compound's buildings [first, first + count), whose households the {@code sizes} give. */
    void place(int community, int firstBuilding, int buildings, int households, Buildings b) {
        if (community != lastCommunity) {
            close();
            lastCommunity = community;
        }
        if (households >= 1.5 * target) {
            close();
            int parts = (int) Math.round(households / target);
            int cumulative = 0;
            int base = grids;
            for (int k = firstBuilding; k < firstBuilding + buildings; k++) {
                int size = b.households(k);
                // a building goes to the part that holds the middle of its households
                int part = Math.min(parts - 1, (int) ((cumulative + size / 2.0) / households * parts));
                gridOfBuilding[k] = base + part;
                cumulative += size;
            }
            grids = base + parts;
            filled = 0;
            return;
        }
        if (filled > 0 && filled + households / 2.0 > target) {
            close();
        }
        if (filled == 0) {
            grids++;
        }
        for (int k = firstBuilding; k < firstBuilding + buildings; k++) {
            gridOfBuilding[k] = grids - 1;
        }
        filled += households;
    }

    private void close() {
        filled = 0;
    }

    int grids() {
        return grids;
    }

    int gridOf(int building) {
        return gridOfBuilding[building];
    }
}
