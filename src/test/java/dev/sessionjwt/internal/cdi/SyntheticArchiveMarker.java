package dev.sessionjwt.internal.cdi;

/**
 * An empty bean class the Weld SE tests add to their container, so that Weld builds its synthetic bean archive with
 * discovery disabled: without one bean class Weld looks for a {@code META-INF/beans.xml} on the class path and fails
 * with WELD-ENV-000016 when there is none (the unit tests' class path has none; it used to have one only because
 * embedded Payara's jar, which carries one, was on it).
 */
public class SyntheticArchiveMarker {
}
