package dev.sessionjwt.internal.claims.assembly;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves a dotted attribute path against an object: {@code Map} keys, JavaBeans getters
 * ({@code getX}/{@code isX}), record-style accessors ({@code x()}) and public fields, nested. Accessors are
 * looked up once per class and name.
 */
final class AttributePath {

    private static final Object MISSING = new Object();
    private static final ClassValue<Map<String, Object>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private AttributePath() {
    }

    /**
     * @param root the object the path starts at, may be null
     * @param path the path segments, not empty
     * @return the value, or empty when an attribute is missing or a value on the way is null
     */
    static Optional<Object> resolve(Object root, List<String> path) {
        Object current = root;
        for (String name : path) {
            if (current == null) {
                return Optional.empty();
            }
            current = attribute(current, name);
            if (current == MISSING) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(current);
    }

    /** Whether the attribute exists on the object's class (or the object is a map holding the key). */
    static boolean has(Object target, String name) {
        return target instanceof Map<?, ?> map ? map.containsKey(name) : accessor(target.getClass(), name) != MISSING;
    }

    private static Object attribute(Object target, String name) {
        if (target instanceof Map<?, ?> map) {
            return map.containsKey(name) ? map.get(name) : MISSING;
        }
        Object accessor = accessor(target.getClass(), name);
        try {
            if (accessor instanceof Method method) {
                return method.invoke(target);
            }
            if (accessor instanceof Field field) {
                return field.get(target);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return MISSING;
        }
        return MISSING;
    }

    private static Object accessor(Class<?> type, String name) {
        return ACCESSORS.get(type).computeIfAbsent(name, n -> find(type, n));
    }

    private static Object find(Class<?> type, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of("get" + capitalized, "is" + capitalized, name)) {
            try {
                Method method = type.getMethod(candidate);
                if (method.getReturnType() != void.class && !Modifier.isStatic(method.getModifiers())
                        && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) ? MISSING : field;
        } catch (NoSuchFieldException e) {
            return MISSING;
        }
    }
}
