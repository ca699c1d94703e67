package org.govsim.model.lever;

import java.io.Serializable;
import org.govsim.model.world.Community;

/**
 * A service of the double-reporting lever: the in-service party members who report to a community (在职党员双报到) and
 * the chance that one of them takes up a task this month, for levers that call on them (emergency teams).
 */
public interface ReportingMembers extends Serializable {

    /** Members reporting to the community (0 where none do). */
    int members(Community community);

    /** This month's chance that one of them answers a call (their team's acceptance; 0 where none report). */
    double acceptance(Community community);
}
