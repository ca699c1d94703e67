package org.govsim.model.actors;

import java.io.Serializable;

/**
 * A compound's owners' committee (业委会). Its quality Q_oc in [0, 1] (integrity and activity) sharpens the owners'
 * rating of the property company, helps a deliberation decide, and lowers the risk of fund misuse.
 */
public final class OwnersCommittee implements Serializable {
    private static final long serialVersionUID = 1L;

    private double quality;

    public OwnersCommittee(double quality) {
        setQuality(quality);
    }

    public double quality() {
        return quality;
    }

    public void setQuality(double q) {
        quality = Math.max(0, Math.min(1, q));
    }
}
