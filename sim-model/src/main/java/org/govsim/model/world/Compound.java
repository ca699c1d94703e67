package org.govsim.model.world;

import java.io.Serializable;
import org.govsim.model.actors.OwnersCommittee;
import org.govsim.model.actors.PartyBranch;
import org.govsim.model.actors.PropertyCompany;

/**
 * A residential compound (小区): its households and buildings (contiguous index ranges), its property company,
 * owners' committee and party branch (if any), and the counts of its issues. How its issues are served (the
 * levels' pools) is the issue pipeline's; what levers add to it (advisors, halls, security) is theirs.
 */
public final class Compound implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final boolean old;
    private final int firstHousehold;
    private final int households;
    private final int firstBuilding;
    private final int buildings;
    private final Community community;
    private final Grid grid;
    private final PropertyCompany company;
    private final OwnersCommittee ownersCommittee;
    private PartyBranch branch;
    private CaseCompound asCase;
    private double socialCapital;
    private int openIssues;
    private int disputes;
    private int propertyDisputes;

    public Compound(int index, boolean old, int firstHousehold, int households, int firstBuilding, int buildings,
                    Community community, Grid grid, PropertyCompany company, OwnersCommittee ownersCommittee, double socialCapital) {
        this.index = index;
        this.old = old;
        this.firstHousehold = firstHousehold;
        this.households = households;
        this.firstBuilding = firstBuilding;
        this.buildings = buildings;
        this.community = community;
        this.grid = grid;
        this.company = company;
        this.ownersCommittee = ownersCommittee;
        this.socialCapital = socialCapital;
    }

    public int index() {
        return index;
    }

    /** The name a scenario gave it as a case compound (e.g. junyuwan), or "" for an anonymous one. */
    public String name() {
        return asCase == null ? "" : asCase.name();
    }

    /** A lever's attribute the scenario gave this case compound, or NaN (the lever's own rule applies). */
    public double caseAttribute(String key) {
        return asCase == null ? Double.NaN : asCase.attribute(key);
    }

    void nameAsCase(CaseCompound c) {
        asCase = c;
    }

    /** An old walk-up compound (老旧小区) rather than a commercial one. */
    public boolean isOld() {
        return old;
    }

    public int firstHousehold() {
        return firstHousehold;
    }

    public int households() {
        return households;
    }

    public int firstBuilding() {
        return firstBuilding;
    }

    public int buildings() {
        return buildings;
    }

    public Community community() {
        return community;
    }

    /** The grid of the compound's first building; a large compound is divided among several grids (see {@link Buildings#grid}). */
    public Grid grid() {
        return grid;
    }

    public PropertyCompany company() {
        return company;
    }

    public OwnersCommittee ownersCommittee() {
        return ownersCommittee;
    }

    /** True when the compound has a party branch (小区党支部); an advisor's desk alone is not a branch. */
    public boolean hasBranch() {
        return branch != null;
    }

    /** The compound's party branch, or null. */
    public PartyBranch branch() {
        return branch;
    }

    public void setBranch(PartyBranch branch) {
        this.branch = branch;
    }

    public double socialCapital() {
        return socialCapital;
    }

    public void setSocialCapital(double value) {
        socialCapital = Math.max(0, Math.min(1, value));
    }

    /** Disputes that arose in the compound since the start. */
    public int disputes() {
        return disputes;
    }

    public void disputed(boolean property) {
        disputes++;
        if (property) {
            propertyDisputes++;
        }
    }

    /** Disputes about the property company (repairs, service and fees) since the start: its complaints. */
    public int propertyDisputes() {
        return propertyDisputes;
    }

    public int openIssues() {
        return openIssues;
    }

    public void issueOpened() {
        openIssues++;
    }

    public void issueClosed() {
        openIssues--;
    }
}
