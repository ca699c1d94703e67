package org.govsim.model.issue;

import java.util.List;

/**
 * The escalation ladder of the article's four-level structure, lowest first. An issue starts at its type's lowest
 * competent level and, on failure, moves to the next level that exists for its compound. A rung exists where a
 * pool serves it: a compound without a branch, building party groups or a deliberation hall skips that rung.
 */
public enum Level {
    /** the household settles it itself or with a neighbour (L0); not a server pool */
    SELF("self", true, false, "household itself", "居民自己"),
    /** the property company's repair and service staff (L1, 物业) */
    PROPERTY("property", true, false, "property company", "物业"),
    /** building party group and party-member central households (L1, 楼栋党小组/党员中心户) */
    BUILDING_GROUP("buildingGroup", true, true, "building party group", "楼栋党小组"),
    /** the grid worker (L1, 网格员) */
    GRID("grid", true, true, "grid worker", "网格员"),
    /** the compound party branch with the owners' committee (L2, 小区党支部) */
    BRANCH("branch", true, true, "compound party branch", "小区党支部"),
    /** the deliberation hall or grid council (L3, 议事堂) */
    HALL("hall", true, true, "deliberation hall", "议事堂"),
    /** community party committee with sub-district cadres (L4, 社区党委) */
    COMMUNITY("community", false, true, "community party committee", "社区党委"),
    /** sectoral departments through the joint meeting (L5, 行业部门) */
    DEPARTMENT("department", false, false, "departments", "行业部门");

    public static final int COUNT = values().length;
    private static final Level[] VALUES = values();

    private final String key;
    private final boolean inCompound;
    private final boolean governance;
    private final String label;
    private final String term;

    Level(String key, boolean inCompound, boolean governance, String label, String term) {
        this.key = key;
        this.inCompound = inCompound;
        this.governance = governance;
        this.label = label;
        this.term = term;
    }

    /** Plain English, e.g. "grid worker". */
    public String label() {
        return label;
    }

    /** The Chinese term, e.g. 网格员. */
    public String term() {
        return term;
    }

    /** The column-name form, e.g. {@code building_group}. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String key() {
        return key;
    }

    /** True for the levels that count as "settled in the compound or grid" (小事不出网格): L0 to L3. */
    public boolean inCompound() {
        return inCompound;
    }

    /**
     * True for the party and community organs (building group, grid, branch, hall, community): how they handle a
     * case moves residents' trust in them; the property company's and the departments' handling does not.
     */
    public boolean governance() {
        return governance;
    }

    public static Level of(int ordinal) {
        return VALUES[ordinal];
    }

    /** The levels an issue can be routed to (every level but SELF). */
    public static List<Level> routable() {
        return List.of(PROPERTY, BUILDING_GROUP, GRID, BRANCH, HALL, COMMUNITY, DEPARTMENT);
    }
}
