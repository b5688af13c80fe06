package dev.sessionjwt.it.cluster.app;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;

/** Session-scoped state of the cluster test application; Serializable, so Payara replicates it. */
@SessionScoped
public class VisitCounter implements Serializable {

    private static final long serialVersionUID = 1L;

    private int visits;

    /** Counts one visit and returns the new count. */
    public int increment() {
        return ++visits;
    }

    /** The visits counted so far. */
    public int visits() {
        return visits;
    }
}
