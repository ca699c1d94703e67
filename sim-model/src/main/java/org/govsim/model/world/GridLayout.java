package org.govsim.model.world;

/**
 * Divides each community's buildings into grids (网格) of about {@code target} households: a community of H households
 * gets max(1, round(H / target)) grids, so the district's grids honour the target however its communities are sized.
 * Walking the community's compounds in order, a compound goes whole to the grid that holds the middle of its
 * households, so neighbouring small compounds share a grid; a compound of one and a half grids or more is divided
 * building by building the same way. Grids never cross a community's boundary; a grid nothing fell into is dropped.
 * Each grid then has one grid worker per target-sized block of households (usually one).
 */
final class GridLayout {
    private final double target;
    private final int[] communityHouseholds;
    private final int[] gridOfBuilding;
    private final int[] communityBase;
    private int lastCommunity = -1;
    private int placed;
    private int nextBase;
    private int[] compacted;

    /** @param communityHouseholds each community's households, known before its compounds are placed */
    GridLayout(double target, int buildings, int[] communityHouseholds) {
        this.target = target;
        this.communityHouseholds = communityHouseholds;
        this.gridOfBuilding = new int[buildings];
        this.communityBase = new int[communityHouseholds.length];
    }

    private int gridsIn(int community) {
        return Math.max(1, (int) Math.round(communityHouseholds[community] / target));
    }

    /** Places one compound's buildings [first, first + count), whose households the buildings give; compounds of a community come together. */
    void place(int community, int firstBuilding, int buildings, int households, Buildings b) {
        if (community != lastCommunity) {
            communityBase[community] = nextBase;
            nextBase += gridsIn(community);
            lastCommunity = community;
            placed = 0;
        }
        int parts = gridsIn(community);
        double total = communityHouseholds[community];
        int base = communityBase[community];
        if (households >= 1.5 * target) {
            for (int k = firstBuilding; k < firstBuilding + buildings; k++) {
                int size = b.households(k);
                gridOfBuilding[k] = base + part(placed + size / 2.0, total, parts);
                placed += size;
            }
        } else {
            int grid = base + part(placed + households / 2.0, total, parts);
            for (int k = firstBuilding; k < firstBuilding + buildings; k++) {
                gridOfBuilding[k] = grid;
            }
            placed += households;
        }
        compacted = null;
    }

    private static int part(double middle, double total, int parts) {
        return Math.min(parts - 1, (int) (middle / total * parts));
    }

    /** The grids that received a building. */
    int grids() {
        compact();
        int n = 0;
        for (int id : compacted) {
            n = Math.max(n, id + 1);
        }
        return n;
    }

    int gridOf(int building) {
        compact();
        return compacted[gridOfBuilding[building]];
    }

    /** Numbers the grids that received a building 0, 1, ... in order, dropping the empty ones. */
    private void compact() {
        if (compacted != null) {
            return;
        }
        boolean[] used = new boolean[nextBase];
        for (int g : gridOfBuilding) {
            used[g] = true;
        }
        compacted = new int[nextBase];
        int next = 0;
        for (int g = 0; g < nextBase; g++) {
            compacted[g] = used[g] ? next++ : -1;
        }
    }
}
