package org.govsim.model.lever;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.govsim.model.District;
import org.govsim.model.Ordering;
import org.govsim.model.config.ModelConfig;
import org.govsim.model.issue.BasicService;
import org.govsim.model.issue.DetectionChannel;
import org.govsim.model.issue.Issue;
import org.govsim.model.issue.IssueModifier;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;
import org.govsim.model.issue.ServerPool;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Party-building advisors (党建指导员) stationed in compounds (Meilan: 1003 advisors in 424 compounds,
 * 1401 problems solved by "household visits + joint meetings", 走访入户+联席会议). Advisors visit households
 * and find latent issues, add capacity and skill at the branch level (keeping a desk where there is no
 * branch), and bring the community in at joint meetings. Issues they took part in are marked, and counted.
 */
public final class AdvisorDeployment implements Lever {
    private static final long serialVersionUID = 1L;

    private final int total;
    private final int compounds;
    private final String allocation;
    private final int startDay;
    private final double visitsPerWeek;
    private final int serversPerAdvisor;
    private final double successUplift;
    private final double jointMeetingUplift;

    public AdvisorDeployment(ParamValues p) {
        this.total = p.integer("advisors.total");
        this.compounds = p.integer("advisors.compounds");
        this.allocation = p.choice("advisors.allocation");
        this.startDay = p.integer("advisors.startDay");
        this.visitsPerWeek = p.real("advisors.visitsPerWeek");
        this.serversPerAdvisor = p.integer("advisors.serversPerAdvisor");
        this.successUplift = p.real("advisors.successUplift");
        this.jointMeetingUplift = p.real("advisors.jointMeetingUplift");
    }

    @Override
    public String name() {
        return "advisors";
    }

    @Override
    public void install(District district) {
        district.pipeline().addDetectionChannel(new HouseholdVisits(visitsPerWeek));
        district.pipeline().addModifier(new AdvisorInvolvement(successUplift, jointMeetingUplift, serversPerAdvisor,
                district.streams().lever(name() + ".involvement")));
        district.schedule.scheduleOnce(startDay, Ordering.LEVERS, new Deploy(this));
    }

    private List<Compound> choose(District district) {
        Compound[] all = district.compounds();
        return switch (allocation) {
            case "LARGEST" -> CompoundPicker.top(all, c -> true, compounds, Compound::households);
            case "MOST_DISPUTES" -> CompoundPicker.top(all, c -> true, compounds, Compound::disputes);
            default -> CompoundPicker.random(all, c -> true, compounds, district.streams().lever(name()));
        };
    }

    /** Advisors arrive: each chosen compound gets total/compounds of them, the remainder going to the first chosen. */
    private static final class Deploy implements Steppable {
        private static final long serialVersionUID = 1L;
        private final AdvisorDeployment lever;

        Deploy(AdvisorDeployment lever) {
            this.lever = lever;
        }

        @Override
        public void step(SimState state) {
            District d = (District) state;
            List<Compound> chosen = lever.choose(d);
            if (chosen.isEmpty()) {
                return;
            }
            int each = lever.total / chosen.size();
            int extra = lever.total % chosen.size();
            ModelConfig config = d.config();
            for (int i = 0; i < chosen.size(); i++) {
                Compound c = chosen.get(i);
                int advisors = each + (i < extra ? 1 : 0);
                c.setAdvisors(c.advisors() + advisors);
                int servers = advisors * lever.serversPerAdvisor;
                ServerPool branch = c.pool(Level.BRANCH);
                if (branch == null) {
                    if (servers > 0) {
                        c.setPool(Level.BRANCH, new ServerPool(Level.BRANCH, servers, new BasicService(config.level(Level.BRANCH))));
                    }
                } else {
                    branch.setServers(branch.servers() + servers);
                    d.pipeline().capacityChanged(branch, state.schedule.getTime());
                }
            }
        }
    }

    /** Advisors' household visits (走访入户) find latent issues: each visit covers one household. */
    private record HouseholdVisits(double visitsPerWeek) implements DetectionChannel {
        @Override
        public String name() {
            return "advisor_visit";
        }

        @Override
        public double hazardPerDay(Compound compound) {
            return compound.advisors() * visitsPerWeek / 7.0 / compound.households();
        }
    }

    /**
     * Advisors take part in their compounds' hard problems (not routine repairs): in every one they found on
     * a visit, and at the branch in proportion to the cases they carry there (their servers' share).
     */
    private record AdvisorInvolvement(double successUplift, double jointMeetingUplift, int serversPerAdvisor,
                                      MersenneTwisterFast rng) implements IssueModifier {
        @Override
        public void beforeService(Issue issue, Level level) {
            Compound c = issue.compound();
            if (c.advisors() == 0 || issue.type() == IssueType.REPAIR) {
                return;
            }
            boolean involved = foundByAdvisor(issue);
            if (!involved && level == Level.BRANCH) {
                int servers = issue.pool().servers();
                involved = servers > 0 && rng.nextDouble() * servers < c.advisors() * serversPerAdvisor;
            }
            if (involved) {
                issue.mark(Issue.Mark.ADVISOR);
            }
        }

        private static boolean foundByAdvisor(Issue issue) {
            return issue.found() == Issue.Found.CHANNEL && issue.channelName().equals("advisor_visit");
        }

        @Override
        public double successShift(Issue issue, Level level) {
            int a = issue.compound().advisors();
            if (a == 0) {
                return 0;
            }
            if (level == Level.BRANCH) {
                return successUplift * Math.min(a, 3) / 3.0;
            }
            return level == Level.COMMUNITY ? jointMeetingUplift : 0;
        }
    }
}
