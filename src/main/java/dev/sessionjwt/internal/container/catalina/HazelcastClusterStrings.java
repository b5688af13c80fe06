package dev.sessionjwt.internal.container.catalina;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import dev.sessionjwt.container.ClusterStrings;

/**
 * {@link ClusterStrings} in a Hazelcast {@code ReplicatedMap} of the container's own Hazelcast instance (Payara binds
 * it in JNDI, by default as {@code payara/Hazelcast}). A replicated map keeps a full copy on every member, so a read
 * is a local lookup; a write reaches the other members asynchronously, within milliseconds. Entries with a retention
 * expire after it. Hazelcast is used through its public interfaces, found reflectively, so the library has no
 * compile-time tie to it.
 */
final class HazelcastClusterStrings implements ClusterStrings {

    private static final String INSTANCE = "com.hazelcast.core.HazelcastInstance";
    private static final String REPLICATED_MAP = "com.hazelcast.replicatedmap.ReplicatedMap";

    private final Map<Object, Object> map;
    private final Method putWithTtl;

    private HazelcastClusterStrings(Map<Object, Object> map, Method putWithTtl) {
        this.map = map;
        this.putWithTtl = putWithTtl;
    }

    /**
     * Looks up the Hazelcast instance and opens a replicated map.
     *
     * @param jndiName the JNDI name of the container's Hazelcast instance
     * @param mapName  the name of the replicated map, one per application and use
     * @return the map
     * @throws IllegalStateException if no Hazelcast instance is bound at {@code jndiName} or it lacks the
     *                               replicated-map API; the message says what was found and what to do
     */
    @SuppressWarnings("unchecked")
    static HazelcastClusterStrings lookUp(String jndiName, String mapName) {
        Object instance;
        try {
            instance = new InitialContext().lookup(jndiName);
        } catch (NamingException | RuntimeException e) {
            throw new IllegalStateException("nothing is bound at that JNDI name (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        if (instance == null) {
            throw new IllegalStateException("nothing is bound at that JNDI name");
        }
        try {
            ClassLoader loader = instance.getClass().getClassLoader();
            Class<?> hazelcast = Class.forName(INSTANCE, false, loader);
            if (!hazelcast.isInstance(instance)) {
                throw new ClassCastException(instance.getClass().getName());
            }
            Object map = hazelcast.getMethod("getReplicatedMap", String.class).invoke(instance, mapName);
            Method put = Class.forName(REPLICATED_MAP, false, loader).getMethod("put", Object.class, Object.class,
                    long.class, TimeUnit.class);
            return new HazelcastClusterStrings((Map<Object, Object>) map, put);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the Hazelcast instance bound there could not open a replicated map ("
                    + e.getCause() + ")", e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the object bound there (" + instance.getClass().getName()
                    + ") is not a Hazelcast instance with replicated maps", e);
        }
    }

    @Override
    public void put(String key, String value, Duration retention) {
        if (retention.isZero()) {
            map.put(key, value);
            return;
        }
        try {
            putWithTtl.invoke(map, key, value, Math.max(1, retention.toSeconds()), TimeUnit.SECONDS);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Hazelcast refused to store an entry of a replicated map", e.getCause());
        }
    }

    @Override
    public String get(String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    @Override
    public String putIfAbsent(String key, String value) {
        Object seen = map.putIfAbsent(key, value);
        return seen == null ? null : seen.toString();
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Map<String, String> snapshot() {
        Map<String, String> copy = new HashMap<>();
        map.forEach((key, value) -> copy.put(key.toString(), value.toString()));
        return copy;
    }
}
