package org.govsim.model.lever;

import java.io.Serializable;
import org.govsim.model.world.Compound;

/**
 * A service of the branches lever: the quality in [0, 1] of the secretary of a branch it formed (chosen by the "four
 * haves" 四有, appointed or elected), from the day the branch starts working. Levers whose members answer to the branch
 * read it for their mobilisation.
 */
public interface BranchSecretaries extends Serializable {

    /** The secretary's quality, or NaN where the lever has formed no branch (yet). */
    double quality(Compound compound);
}
