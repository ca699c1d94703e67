package org.govsim.model.world;

import java.io.Serializable;
import org.govsim.model.issue.ServerPool;

/** A community party committee (社区党委) and the compounds it serves; its pool is level L4. */
public final class Community implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final ServerPool pool;

    public Community(int index, ServerPool pool) {
        this.index = index;
        this.pool = pool;
    }

    public int index() {
        return index;
    }

    public ServerPool pool() {
        return pool;
    }
}
