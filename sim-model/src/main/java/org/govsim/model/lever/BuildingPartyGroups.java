package org.govsim.model.lever;

import java.io.Serializable;

/** A service of the building-groups lever: whether a building has a party group (楼栋党小组) that can lead it. */
public interface BuildingPartyGroups extends Serializable {

    boolean has(int building);
}
