package org.govsim.model.lever.emergency;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.List;
import org.govsim.model.lever.BranchSecretaries;
import org.govsim.model.lever.ReportingMembers;
import org.govsim.model.world.Community;
import org.govsim.model.world.Compound;

/**
 * One community's emergency team, pooled across its grids and compounds: the in-service members reporting there
 * (answering with their volunteer team's acceptance this month), resident party members of each compound (a logit that
 * the branch secretary's quality raises) and residents who are not members. A call is answered by those who accept;
 * each arrives after an exponential time, so the k-th arrival is a sum of k exponentials (the order statistic).
 */
final class CommunityTeam implements Serializable {
    private static final long serialVersionUID = 1L;

    private final EmergencySettings s;
    private final Community community;
    private final List<Compound> compounds;
    private final int[] residentMembers;
    private final int residentVolunteers;
    private final int households;
    private final ReportingMembers reporting;
    private final BranchSecretaries secretaries;

    CommunityTeam(EmergencySettings s, Community community, List<Compound> compounds, int[] residentMembers, int residentVolunteers,
                  ReportingMembers reporting, BranchSecretaries secretaries) {
        this.s = s;
        this.community = community;
        this.compounds = compounds;
        this.residentMembers = residentMembers;
        this.residentVolunteers = residentVolunteers;
        this.reporting = reporting;
        this.secretaries = secretaries;
        int h = 0;
        for (Compound c : compounds) {
            h += c.households();
        }
        this.households = h;
    }

    List<Compound> compounds() {
        return compounds;
    }

    int households() {
        return households;
    }

    /** Everyone on the team. */
    int size() {
        int n = residentVolunteers + inService();
        for (int m : residentMembers) {
            n += m;
        }
        return n;
    }

    private int inService() {
        return reporting == null ? 0 : reporting.members(community);
    }

    /** How many members accept a call now (each decides on its own). */
    int accepting(MersenneTwisterFast rng) {
        int n = 0;
        if (reporting != null) {
            n += binomial(reporting.members(community), reporting.acceptance(community), rng);
        }
        for (int i = 0; i < residentMembers.length; i++) {
            n += binomial(residentMembers[i], logistic(s.acceptIntercept() + s.residentMemberWeight() + secretary(compounds.get(i))), rng);
        }
        return n + binomial(residentVolunteers, logistic(s.acceptIntercept()), rng);
    }

    private double secretary(Compound c) {
        double q = secretaries == null ? Double.NaN : secretaries.quality(c);
        return Double.isNaN(q) ? 0 : s.secretaryWeight() * (q - 0.5);
    }

    /** Hours until the k-th of n accepting members arrives, or +∞ when fewer than k accept. */
    static double kthArrivalHours(int n, int k, double meanHours, MersenneTwisterFast rng) {
        if (n < k) {
            return Double.POSITIVE_INFINITY;
        }
        double t = 0;
        for (int i = 0; i < k; i++) {
            t += -Math.log(1 - rng.nextDouble()) / (n - i);
        }
        return meanHours * t;
    }

    /** How many of n accepting members arrive within the window. */
    static int arrivedWithin(int n, double windowHours, double meanHours, MersenneTwisterFast rng) {
        return binomial(n, 1 - Math.exp(-windowHours / meanHours), rng);
    }

    static int binomial(int n, double p, MersenneTwisterFast rng) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += rng.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
