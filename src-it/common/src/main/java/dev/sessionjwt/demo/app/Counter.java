package dev.sessionjwt.demo.app;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;

/** The demo's session-scoped state: a counter that lives as long as the session. */
@SessionScoped
public class Counter implements Serializable {

    private static final long serialVersionUID = 1L;

    private int value;

    /** The current value. */
    public int value() {
        return value;
    }

    /** Adds one and returns the new value. */
    public int increment() {
        return ++value;
    }
}
