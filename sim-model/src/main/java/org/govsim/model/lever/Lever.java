package org.govsim.model.lever;

import java.io.Serializable;
import org.govsim.model.District;

/**
 * A governance mechanism a planner can switch on (MODEL.md §3). A lever is one class that installs itself
 * on a freshly built district: it adds pools or capacity, schedules its periodic processes, and registers
 * hooks (rate modifiers, detection and reporting channels, issue modifiers, arrival listeners). It draws
 * only from its own random stream. A lever that is off is never installed, so it cannot change a run.
 */
public interface Lever extends Serializable {

    /** The parameter section of the lever, e.g. {@code advisors}. */
    String name();

    /** Installs the lever on the district after the world is built and before the first event. */
    void install(District district);
}
