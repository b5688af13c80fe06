package dev.sessionjwt.it.starter.app;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;

/** A counter that lives as long as the session: proves that CDI found the application's own beans. */
@SessionScoped
public class StarterCounter implements Serializable {

    private static final long serialVersionUID = 1L;

    private int value;

    /** Adds one and returns the new value. */
    public int increment() {
        return ++value;
    }
}
