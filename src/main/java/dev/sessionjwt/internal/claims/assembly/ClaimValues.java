package dev.sessionjwt.internal.claims.assembly;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a Java value into a JSON claim value: strings, numbers, booleans, lists and maps of those; times
 * become epoch seconds, enums their name, UUIDs their string.
 */
final class ClaimValues {

    private ClaimValues() {
    }

    /**
     * @param value any value; null and an empty {@link Optional} give an empty result (the claim is omitted)
     * @return the JSON value
     * @throws IllegalArgumentException naming the type that has no JSON form
     */
    public static Optional<Object> toJson(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.flatMap(ClaimValues::toJson);
        }
        return Optional.ofNullable(value == null ? null : convert(value));
    }

    private static Object convert(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof Double
                || value instanceof Float || value instanceof BigDecimal || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof Character || value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        Instant instant = instantOf(value);
        if (instant != null) {
            return instant.getEpochSecond();
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            collection.forEach(item -> list.add(item == null ? null : convert(item)));
            return list;
        }
        if (value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                Object item = Array.get(value, i);
                list.add(item == null ? null : convert(item));
            }
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> json = new LinkedHashMap<>();
            map.forEach((k, v) -> json.put(String.valueOf(k), v == null ? null : convert(v)));
            return json;
        }
        throw new IllegalArgumentException("a " + value.getClass().getName() + " has no JSON form");
    }

    private static Instant instantOf(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Date date) {
            return Instant.ofEpochMilli(date.getTime()); // java.sql.Date and Time throw from toInstant()
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return null;
    }
}
