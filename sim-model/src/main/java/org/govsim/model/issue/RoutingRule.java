package org.govsim.model.issue;

import java.io.Serializable;

/**
 * A lever's hook on where a reported issue starts: given the level the core chose (the lowest competent level the
 * compound has), it may send the issue elsewhere, e.g. a collective issue to the compound's deliberation hall.
 * Rules apply in the order levers installed; each sees the previous one's choice.
 */
public interface RoutingRule extends Serializable {

    Level firstLevel(Issue issue, Level chosen);
}
