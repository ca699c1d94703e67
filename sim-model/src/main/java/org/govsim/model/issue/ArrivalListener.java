package org.govsim.model.issue;

import java.io.Serializable;

/** A lever that needs to know of every new issue (to mark it, or to count it). */
public interface ArrivalListener extends Serializable {

    void arrived(Issue issue, double now);
}
