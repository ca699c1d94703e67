package org.govsim.model.process;

import java.io.Serializable;

/** How often an owners' committee misuses the maintenance fund, and what that costs its compound in trust. */
public record CommitteeRisk(double misusePerYear, double misuseTrustDrop) implements Serializable {
}
