package dev.sessionjwt.internal.claims.assembly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link ClaimValues#toJson}: every supported type, nesting, absence and unsupported types. */
class ClaimValuesTest {

    /** 2025-01-01T12:00:00Z. */
    private static final long EPOCH = 1_735_732_800L;
    private static final Instant INSTANT = Instant.ofEpochSecond(EPOCH);

    /** Asserts that {@code value} converts to exactly {@code expected} (same type, same value). */
    private static void assertJson(Object value, Object expected) {
        assertThat(ClaimValues.toJson(value), is(Optional.of(expected)));
    }

    private static Object json(Object value) {
        return ClaimValues.toJson(value).orElseThrow();
    }

    @Test
    void stringStaysAsIs() {
        assertJson("alice@example.com", "alice@example.com");
        assertJson("", "");
    }

    @Test
    void everyNumberTypeStaysAsIs() {
        assertJson(42, 42);
        assertJson(42L, 42L);
        assertJson((short) 7, (short) 7);
        assertJson((byte) -3, (byte) -3);
        assertJson(1.5d, 1.5d);
        assertJson(2.25f, 2.25f);
        assertJson(new BigDecimal("12.3400"), new BigDecimal("12.3400"));
        assertJson(new BigInteger("123456789012345678901234567890"),
                new BigInteger("123456789012345678901234567890"));
    }

    @Test
    void booleansStayAsIs() {
        assertJson(true, true);
        assertJson(Boolean.FALSE, false);
    }

    @Test
    void characterBecomesAOneCharacterString() {
        assertJson('x', "x");
    }

    @Test
    void uuidBecomesItsString() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertJson(id, "123e4567-e89b-12d3-a456-426614174000");
    }

    @Test
    void enumBecomesItsName() {
        assertJson(TimeUnit.SECONDS, "SECONDS");
        assertJson(Level.HIGH, "HIGH");
    }

    @Test
    void enumConstantWithBodyBecomesItsNameNotItsToString() {
        assertJson(Level.LOW, "LOW");
    }

    @Test
    void instantBecomesEpochSecondsRoundedDown() {
        assertJson(INSTANT, EPOCH);
        assertJson(INSTANT.plusMillis(999), EPOCH);
        assertJson(Instant.ofEpochMilli(-1), -1L);
    }

    @Test
    void dateBecomesEpochSeconds() {
        assertJson(new Date(EPOCH * 1000 + 500), EPOCH);
    }

    @Test
    void sqlDateTimeAndTimestampBecomeEpochSeconds() {
        assertJson(new java.sql.Date(EPOCH * 1000), EPOCH);
        assertJson(new java.sql.Time(EPOCH * 1000), EPOCH);
        assertJson(new java.sql.Timestamp(EPOCH * 1000 + 250), EPOCH);
    }

    @Test
    void zonedAndOffsetDateTimesBecomeEpochSecondsOfTheirInstant() {
        assertJson(ZonedDateTime.of(2025, 1, 1, 13, 0, 0, 0, ZoneId.of("Europe/Paris")), EPOCH);
        assertJson(OffsetDateTime.of(2025, 1, 1, 7, 0, 0, 0, ZoneOffset.ofHours(-5)), EPOCH);
    }

    @Test
    void localDateTimeIsTakenAsUtc() {
        assertJson(LocalDateTime.of(2025, 1, 1, 12, 0, 0), EPOCH);
    }

    @Test
    void localDateIsMidnightUtc() {
        assertJson(LocalDate.of(2025, 1, 1), EPOCH - 12 * 3600);
        assertJson(LocalDate.of(1970, 1, 2), 86_400L);
    }

    @Test
    void nullGivesNoValue() {
        assertThat(ClaimValues.toJson(null), is(Optional.empty()));
    }

    @Test
    void emptyOptionalGivesNoValue() {
        assertThat(ClaimValues.toJson(Optional.empty()), is(Optional.empty()));
    }

    @Test
    void presentOptionalIsUnwrappedAndConverted() {
        assertThat(ClaimValues.toJson(Optional.of("x")), is(Optional.of("x")));
        assertThat(ClaimValues.toJson(Optional.of(INSTANT)), is(Optional.of(EPOCH)));
        assertThat(ClaimValues.toJson(Optional.of(Optional.of(Level.HIGH))), is(Optional.of("HIGH")));
    }

    @Test
    void listItemsAreConvertedInOrderKeepingNulls() {
        List<Object> list = new ArrayList<>(Arrays.asList("a", 1, null, INSTANT, Level.HIGH));

        assertJson(list, Arrays.asList("a", 1, null, EPOCH, "HIGH"));
    }

    @Test
    void setBecomesAListInIterationOrder() {
        assertJson(new LinkedHashSet<>(List.of("b", "a", "c")), List.of("b", "a", "c"));
    }

    @Test
    void objectArrayBecomesAConvertedList() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");

        assertJson(new Object[] {id, null, 'c'},
                Arrays.asList("00000000-0000-0000-0000-000000000001", null, "c"));
    }

    @Test
    void primitiveArraysBecomeLists() {
        assertJson(new int[] {1, 2, 3}, List.of(1, 2, 3));
        assertJson(new boolean[] {true, false}, List.of(true, false));
        assertJson(new long[0], List.of());
    }

    @Test
    void mapBecomesAStringKeyedMapWithConvertedValuesInOrder() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("since", LocalDate.of(1970, 1, 2));
        map.put(7, Level.HIGH);
        map.put(Thread.State.NEW, null);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("since", 86_400L);
        expected.put("7", "HIGH");
        expected.put("NEW", null);
        assertJson(map, expected);
        assertThat(List.copyOf(((Map<?, ?>) json(map)).keySet()), is(List.of("since", "7", "NEW")));
    }

    @Test
    void nestedListsArraysAndMapsAreConvertedAllTheWayDown() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("at", INSTANT);
        inner.put("tags", new String[] {"x", "y"});
        List<Object> value = List.of(List.of(Level.HIGH, List.of('z')), inner);

        Map<String, Object> expectedInner = new LinkedHashMap<>();
        expectedInner.put("at", EPOCH);
        expectedInner.put("tags", List.of("x", "y"));
        assertJson(value, List.of(List.of("HIGH", List.of("z")), expectedInner));
    }

    @Test
    void unsupportedTypeIsRejectedNamingTheType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClaimValues.toJson(new StringBuilder("x")));

        assertThat(e.getMessage(), is("a java.lang.StringBuilder has no JSON form"));
    }

    @Test
    void unsupportedNumberSubtypeIsRejectedNamingTheType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClaimValues.toJson(new AtomicInteger(1)));

        assertThat(e.getMessage(), is("a java.util.concurrent.atomic.AtomicInteger has no JSON form"));
    }

    @Test
    void unsupportedTypeInsideAListOrMapIsRejectedNamingTheType() {
        IllegalArgumentException inList = assertThrows(IllegalArgumentException.class,
                () -> ClaimValues.toJson(List.of("ok", new Object())));
        IllegalArgumentException inMap = assertThrows(IllegalArgumentException.class,
                () -> ClaimValues.toJson(Map.of("k", List.of(Thread.State.NEW, new Opaque()))));

        assertThat(inList.getMessage(), is("a java.lang.Object has no JSON form"));
        assertThat(inMap.getMessage(), is("a " + Opaque.class.getName() + " has no JSON form"));
    }

    @Test
    void optionalInsideAListIsNotUnwrapped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClaimValues.toJson(List.of(Optional.of("x"))));

        assertThat(e.getMessage(), is("a java.util.Optional has no JSON form"));
    }

    /** An enum with a constant body, whose class is an anonymous subclass, and a custom toString. */
    enum Level {
        LOW {
            @Override
            public String toString() {
                return "low!";
            }
        },
        HIGH
    }

    /** A type with no JSON form. */
    static final class Opaque {
    }
}
