package fish.payara.nucleus.hazelcast;

/**
 * Stands in, on the unit tests' class path, for Payara's class of this name, by which {@code ServerAdvice} tells Payara
 * from GlassFish (both have GlassFish's web class loader): ServerAdviceTest loads it as a Payara application would.
 */
public final class HazelcastCore {

    private HazelcastCore() {
    }
}
