package org.govsim.model.world;

import java.io.Serializable;

/**
 * Every household of the district as parallel arrays (居民/业主), indexed 0..count-1 and stored compound by
 * compound, building by building. Households are never objects or Steppables: events that concern one
 * read and write its slots here, which keeps a 180,000-household district within a few megabytes.
 */
public final class Households implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final byte PARTY_MEMBER = 1;
    private static final byte ELDERLY = 2;
    private static final byte PAID_LAST_MONTH = 4;

    private final int count;
    private final int[] compound;
    private final int[] building;
    private final byte[] floor;
    private final byte[] persons;
    private final float[] area;
    private final byte[] flags;
    private final byte[] openIssues;
    /** satisfaction with the property company, S_pm in [0, 1] */
    private final float[] propertySatisfaction;
    /** satisfaction with the branch and community, S_gov in [0, 1] */
    private final float[] governanceSatisfaction;
    /** trust in the branch and community, T in [0, 1] */
    private final float[] trust;

    Households(int count) {
        this.count = count;
        compound = new int[count];
        building = new int[count];
        floor = new byte[count];
        persons = new byte[count];
        area = new float[count];
        flags = new byte[count];
        openIssues = new byte[count];
        propertySatisfaction = new float[count];
        governanceSatisfaction = new float[count];
        trust = new float[count];
    }

    void set(int h, int compoundIndex, int buildingIndex, int floorNumber, int personCount, double areaM2,
             boolean partyMember, boolean elderly, double satisfaction, double governance, double trustValue) {
        compound[h] = compoundIndex;
        building[h] = buildingIndex;
        floor[h] = (byte) Math.min(floorNumber, Byte.MAX_VALUE);
        persons[h] = (byte) Math.min(personCount, Byte.MAX_VALUE);
        area[h] = (float) areaM2;
        flags[h] = (byte) ((partyMember ? PARTY_MEMBER : 0) | (elderly ? ELDERLY : 0) | PAID_LAST_MONTH);
        propertySatisfaction[h] = (float) satisfaction;
        governanceSatisfaction[h] = (float) governance;
        trust[h] = (float) trustValue;
    }

    public int count() {
        return count;
    }

    public int compound(int h) {
        return compound[h];
    }

    public int building(int h) {
        return building[h];
    }

    public int floor(int h) {
        return floor[h];
    }

    public int persons(int h) {
        return persons[h];
    }

    public double area(int h) {
        return area[h];
    }

    public boolean isPartyMember(int h) {
        return (flags[h] & PARTY_MEMBER) != 0;
    }

    public boolean isElderly(int h) {
        return (flags[h] & ELDERLY) != 0;
    }

    public boolean paidLastMonth(int h) {
        return (flags[h] & PAID_LAST_MONTH) != 0;
    }

    public void setPaidLastMonth(int h, boolean paid) {
        flags[h] = (byte) (paid ? flags[h] | PAID_LAST_MONTH : flags[h] & ~PAID_LAST_MONTH);
    }

    public int openIssues(int h) {
        return openIssues[h];
    }

    public void issueOpened(int h) {
        if (openIssues[h] < Byte.MAX_VALUE) {
            openIssues[h]++;
        }
    }

    public void issueClosed(int h) {
        if (openIssues[h] > 0) {
            openIssues[h]--;
        }
    }

    public double propertySatisfaction(int h) {
        return propertySatisfaction[h];
    }

    public void setPropertySatisfaction(int h, double s) {
        propertySatisfaction[h] = (float) clamp(s);
    }

    public double governanceSatisfaction(int h) {
        return governanceSatisfaction[h];
    }

    public void setGovernanceSatisfaction(int h, double s) {
        governanceSatisfaction[h] = (float) clamp(s);
    }

    public double trust(int h) {
        return trust[h];
    }

    public void setTrust(int h, double t) {
        trust[h] = (float) clamp(t);
    }

    /**
     * Taking part (an event, an election, a hall meeting) raises trust a share {@code gain} of the way to 1: the more
     * a household already trusts, the less one more event adds, so trust approaches 1 only under constant contact.
     */
    public void raiseTrust(int h, double gain) {
        trust[h] = (float) clamp(trust[h] + gain * (1 - trust[h]));
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
