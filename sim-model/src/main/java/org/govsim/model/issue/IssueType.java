package org.govsim.model.issue;

/**
 * The kinds of issue (诉求) a household can raise. Each has its own arrival rate, lowest competent level
 * and effect on satisfaction; all of these are scenario parameters under {@code issues.<key>}.
 * Collective projects (elevator retrofit, handrails) are not issues of this kind: they are levers.
 */
public enum IssueType {
    /** routine repair, 维修 */
    REPAIR("repair", Domain.PROPERTY, "routine repairs", "维修"),
    /** property-service dispute over fee and quality, 物业纠纷 */
    PROPERTY_SERVICE("propertyService", Domain.PROPERTY, "property-service disputes", "物业纠纷"),
    /** parking difficulty, 停车难 */
    PARKING("parking", Domain.GOVERNANCE, "parking", "停车难"),
    /** neighbour dispute, 邻里纠纷 */
    NEIGHBOUR("neighbour", Domain.GOVERNANCE, "neighbour disputes", "邻里纠纷"),
    /** illegal construction, 违建 */
    ILLEGAL_CONSTRUCTION("illegalConstruction", Domain.GOVERNANCE, "illegal construction", "违建"),
    /** e-bike / EV charging difficulty, 电动车充电难 */
    EV_CHARGING("evCharging", Domain.GOVERNANCE, "e-bike charging", "电动车充电难"),
    /** objects thrown from height, 高空抛物 */
    THROWN_OBJECTS("thrownObjects", Domain.GOVERNANCE, "objects thrown from height", "高空抛物"),
    /** security incident, 安防 */
    SECURITY("security", Domain.GOVERNANCE, "security incidents", "安防"),
    /** shared-infrastructure cost dispute (sewer etc.) */
    SHARED_INFRASTRUCTURE("sharedInfrastructure", Domain.GOVERNANCE, "shared infrastructure", "公共设施"),
    /** elderly or emergency care, 独居老人 */
    ELDERLY_CARE("elderlyCare", Domain.GOVERNANCE, "elderly care", "独居老人"),
    /** flood hazard, 防汛隐患 (flood season only) */
    FLOOD_HAZARD("floodHazard", Domain.GOVERNANCE, "flood hazards", "防汛隐患"),
    /** old-compound renovation item, 老旧小区改造 */
    RENOVATION("renovation", Domain.GOVERNANCE, "renovation items", "老旧小区改造"),
    /** an emergency with a deadline: an elderly person alone in danger, a flood evacuation, a fire risk (急难险情) */
    EMERGENCY("emergency", Domain.GOVERNANCE, "emergencies", "急难险情");

    /** Which satisfaction an issue moves: with the property company, or with the branch and community. */
    public enum Domain { PROPERTY, GOVERNANCE }

    public static final int COUNT = values().length;
    private static final IssueType[] VALUES = values();

    private final String key;
    private final Domain domain;
    private final String label;
    private final String term;

    IssueType(String key, Domain domain, String label, String term) {
        this.key = key;
        this.domain = domain;
        this.label = label;
        this.term = term;
    }

    /** Plain English for tables and charts, e.g. "parking". */
    public String label() {
        return label;
    }

    /** The Chinese term, e.g. 停车难. */
    public String term() {
        return term;
    }

    /** The scenario-file key, e.g. {@code evCharging}. */
    public String key() {
        return key;
    }

    /** The column-name form, e.g. {@code ev_charging}. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Domain domain() {
        return domain;
    }

    public static IssueType of(int ordinal) {
        return VALUES[ordinal];
    }
}
