package org.govsim.model.world;

import java.io.Serializable;
import org.govsim.model.actors.PropertyCompany;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ServerPool;

/**
 * A residential compound (小区): its households and buildings (contiguous index ranges), its property
 * company, and the server pools of the levels that handle its issues. A level the compound lacks has no pool.
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
    private final ServerPool[] pools = new ServerPool[Level.COUNT];
    private double socialCapital;
    private double ownersCommitteeQuality;
    private int openIssues;
    private int disputes;
    private int advisors;
    private boolean branch;
    private int securityLevel;

    public Compound(int index, boolean old, int firstHousehold, int households, int firstBuilding, int buildings,
                    Community community, Grid grid, PropertyCompany company, double socialCapital,
                    double ownersCommitteeQuality) {
        this.index = index;
        this.old = old;
        this.firstHousehold = firstHousehold;
        this.households = households;
        this.firstBuilding = firstBuilding;
        this.buildings = buildings;
        this.community = community;
        this.grid = grid;
        this.company = company;
        this.socialCapital = socialCapital;
        this.ownersCommitteeQuality = ownersCommitteeQuality;
    }

    public int index() {
        return index;
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

    public Grid grid() {
        return grid;
    }

    public PropertyCompany company() {
        return company;
    }

    /** The pool that handles this compound's issues at a level, or null when the level is absent here. */
    public ServerPool pool(Level level) {
        return pools[level.ordinal()];
    }

    public void setPool(Level level, ServerPool pool) {
        pools[level.ordinal()] = pool;
    }

    /** True when the compound has a party branch (小区党支部); an advisor's desk alone is not a branch. */
    public boolean hasBranch() {
        return branch;
    }

    public void setBranch(boolean value) {
        branch = value;
    }

    public double socialCapital() {
        return socialCapital;
    }

    public void setSocialCapital(double value) {
        socialCapital = Math.max(0, Math.min(1, value));
    }

    /** Quality of the owners' committee (业委会) in [0, 1]: its integrity and activity. */
    public double ownersCommitteeQuality() {
        return ownersCommitteeQuality;
    }

    public void setOwnersCommitteeQuality(double q) {
        ownersCommitteeQuality = Math.max(0, Math.min(1, q));
    }

    /** Party-building advisors (党建指导员) stationed in the compound. */
    public int advisors() {
        return advisors;
    }

    public void setAdvisors(int count) {
        advisors = count;
    }

    /** Smart-security level: 0 none, 1 basic, 2 standard, 3 demonstration (智慧安防). */
    public int securityLevel() {
        return securityLevel;
    }

    public void setSecurityLevel(int level) {
        securityLevel = level;
    }

    /** Disputes that arose in the compound since the start. */
    public int disputes() {
        return disputes;
    }

    public void disputed() {
        disputes++;
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
