package org.govsim.model.issue;

import java.util.List;

/**
 * The escalation ladder of domain-notes §2.2, lowest first. An issue starts at its type's lowest competent
 * level and, on failure, moves to the next level that exists for its compound. Levels a compound lacks
 * (no branch, no building party group, no deliberation hall) are skipped.
 */
public enum Level {
    /** the household settles it itself or with a neighbour (L0); not a server pool */
    SELF("self", true),
    /** the property company's repair and service staff (L1, 物业) */
    PROPERTY("property", true),
    /** building party group and party-member central households (L1, 楼栋党小组/党员中心户) */
    BUILDING_GROUP("buildingGroup", true),
    /** the grid worker (L1, 网格员) */
    GRID("grid", true),
    /** the compound party branch with the owners' committee (L2, 小区党支部) */
    BRANCH("branch", true),
    /** the deliberation hall or grid council (L3, 议事堂) */
    HALL("hall", true),
    /** community party committee with sub-district cadres (L4, 社区党委) */
    COMMUNITY("community", false),
    /** sectoral departments through the joint meeting (L5, 行业部门) */
    DEPARTMENT("department", false);

    public static final int COUNT = values().length;
    private static final Level[] VALUES = values();

    private final String key;
    private final boolean inCompound;

    Level(String key, boolean inCompound) {
        this.key = key;
        this.inCompound = inCompound;
    }

    public String key() {
        return key;
    }

    /** True for the levels that count as "settled in the compound or grid" (小事不出网格): L0 to L3. */
    public boolean inCompound() {
        return inCompound;
    }

    public static Level of(int ordinal) {
        return VALUES[ordinal];
    }

    /** The levels an issue can be routed to (every level but SELF). */
    public static List<Level> routable() {
        return List.of(PROPERTY, BUILDING_GROUP, GRID, BRANCH, HALL, COMMUNITY, DEPARTMENT);
    }
}
