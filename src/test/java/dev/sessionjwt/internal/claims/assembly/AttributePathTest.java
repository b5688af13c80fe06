package dev.sessionjwt.internal.claims.assembly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link AttributePath}: getters, record accessors, public fields, map keys, nesting and misses. */
class AttributePathTest {

    private static Optional<Object> resolve(Object root, String... path) {
        return AttributePath.resolve(root, List.of(path));
    }

    @Test
    void javaBeansGetterIsRead() {
        assertThat(resolve(new User(), "email"), is(Optional.of("alice@example.com")));
    }

    @Test
    void booleanIsGetterIsRead() {
        assertThat(resolve(new User(), "active"), is(Optional.of(true)));
    }

    @Test
    void recordAccessorIsRead() {
        assertThat(resolve(new Profile("Alice A.", null), "displayName"), is(Optional.of("Alice A.")));
    }

    @Test
    void publicFieldIsRead() {
        assertThat(resolve(new User(), "nickname"), is(Optional.of("ally")));
    }

    @Test
    void mapKeyIsRead() {
        assertThat(resolve(Map.of("tenant", "acme"), "tenant"), is(Optional.of("acme")));
    }

    @Test
    void nestedPathGoesThroughGettersRecordsFieldsAndMaps() {
        User user = new User();

        assertThat(resolve(user, "profile", "displayName"), is(Optional.of("Alice A.")));
        assertThat(resolve(user, "profile", "address", "city"), is(Optional.of("Lyon")));
        assertThat(resolve(user, "attributes", "tenant"), is(Optional.of("acme")));
        assertThat(resolve(user, "attributes", "limits", "daily"), is(Optional.of(10)));
        assertThat(resolve(Map.of("user", user), "user", "profile", "address", "zip"), is(Optional.of("69001")));
    }

    @Test
    void valueIsReturnedAsIsWithoutConversion() {
        User user = new User();

        assertThat(resolve(user, "profile"), is(Optional.of(user.profile)));
    }

    @Test
    void getterWinsOverIsGetterWhichWinsOverAccessorAndField() {
        Precedence precedence = new Precedence();

        assertThat(resolve(precedence, "both"), is(Optional.of("getBoth")));
        assertThat(resolve(precedence, "flag"), is(Optional.of("isFlag")));
        assertThat(resolve(precedence, "plain"), is(Optional.of("plain()")));
    }

    @Test
    void nullInTheMiddleOfThePathGivesEmpty() {
        User user = new User();
        user.profile = null;

        assertThat(resolve(user, "profile", "displayName"), is(Optional.empty()));
        assertThat(resolve(new Profile("x", null), "address", "city"), is(Optional.empty()));
    }

    @Test
    void nullAtTheEndOfThePathGivesEmpty() {
        Map<String, Object> map = new HashMap<>();
        map.put("tenant", null);

        assertThat(resolve(map, "tenant"), is(Optional.empty()));
        assertThat(resolve(new Profile(null, null), "displayName"), is(Optional.empty()));
    }

    @Test
    void nullRootGivesEmpty() {
        assertThat(resolve(null, "email"), is(Optional.empty()));
    }

    @Test
    void missingAttributeGivesEmpty() {
        assertThat(resolve(new User(), "phone"), is(Optional.empty()));
        assertThat(resolve(new User(), "profile", "phone"), is(Optional.empty()));
        assertThat(resolve(new User(), "attributes", "phone"), is(Optional.empty()));
        assertThat(resolve(new User(), "email", "domain"), is(Optional.empty()));
    }

    @Test
    void nonPublicMembersOfAPublicClassAreNotReachable() {
        Secretive secretive = new Secretive();

        assertThat(resolve(secretive, "secret"), is(Optional.empty()));
        assertThat(resolve(secretive, "packageField"), is(Optional.empty()));
        assertThat(resolve(secretive, "hidden"), is(Optional.empty()));
        assertThat(resolve(secretive, "guarded"), is(Optional.empty()));
        assertThat(resolve(secretive, "privateAccessor"), is(Optional.empty()));
    }

    @Test
    void publicGetterOfANonPublicClassIsNotReachable() {
        assertThat(resolve(new Hidden(), "name"), is(Optional.empty()));
    }

    @Test
    void staticMembersAreIgnored() {
        assertThat(resolve(new Statics(), "global"), is(Optional.of("instance field")));
        assertThat(resolve(new Statics(), "constant"), is(Optional.empty()));
        assertThat(resolve(new Statics(), "shared"), is(Optional.empty()));
    }

    @Test
    void voidMethodsAndMethodsWithParametersAreNotAccessors() {
        assertThat(resolve(new Odd(), "reset"), is(Optional.empty()));
        assertThat(resolve(new Odd(), "lookup"), is(Optional.empty()));
    }

    @Test
    void getterThatThrowsGivesEmpty() {
        assertThat(resolve(new Odd(), "broken"), is(Optional.empty()));
        assertThat(resolve(new Odd(), "broken", "anything"), is(Optional.empty()));
    }

    @Test
    void sameNameOnDifferentClassesResolvesToEachClassOwnMember() {
        assertThat(resolve(new User(), "email"), is(Optional.of("alice@example.com")));
        assertThat(resolve(new OtherUser(), "email"), is(Optional.of("bob@example.com")));
        assertThat(resolve(new Profile("x", null), "email"), is(Optional.empty()));
    }

    @Test
    void hasTellsWhetherTheAttributeExists() {
        Map<String, Object> map = new HashMap<>();
        map.put("present", null);

        assertThat(AttributePath.has(new User(), "email"), is(true));
        assertThat(AttributePath.has(new User(), "nickname"), is(true));
        assertThat(AttributePath.has(new User(), "phone"), is(false));
        assertThat(AttributePath.has(new Secretive(), "secret"), is(false));
        assertThat(AttributePath.has(map, "present"), is(true));
        assertThat(AttributePath.has(map, "absent"), is(false));
    }

    /** A JavaBean with a getter, an is-getter, a public field, a record and a map. */
    public static class User {
        public String nickname = "ally";
        public Profile profile = new Profile("Alice A.", new Address("Lyon", "69001"));

        public String getEmail() {
            return "alice@example.com";
        }

        public boolean isActive() {
            return true;
        }

        public Profile getProfile() {
            return profile;
        }

        public Map<String, Object> getAttributes() {
            return Map.of("tenant", "acme", "limits", Map.of("daily", 10));
        }
    }

    /** Another class with an {@code email} getter. */
    public static class OtherUser {
        public String getEmail() {
            return "bob@example.com";
        }
    }

    /** A record reached through a getter. */
    public record Profile(String displayName, Address address) {
    }

    /** A class reached only through public fields. */
    public static class Address {
        public final String city;
        public final String zip;

        Address(String city, String zip) {
            this.city = city;
            this.zip = zip;
        }
    }

    /** Several accessor forms for the same names. */
    public static class Precedence {
        public String both = "field";
        public String flag = "field";
        public String plain = "field";

        public String getBoth() {
            return "getBoth";
        }

        public String isBoth() {
            return "isBoth";
        }

        public String both() {
            return "both()";
        }

        public String isFlag() {
            return "isFlag";
        }

        public String flag() {
            return "flag()";
        }

        public String plain() {
            return "plain()";
        }
    }

    /** A public class whose members are not public. */
    @SuppressWarnings("unused")
    public static class Secretive {
        private String secret = "secret";
        String packageField = "package";

        String getHidden() {
            return "hidden";
        }

        protected String getGuarded() {
            return "guarded";
        }

        private String privateAccessor() {
            return "private";
        }
    }

    /** A non-public class with a public getter. */
    static class Hidden {
        public String getName() {
            return "hidden";
        }
    }

    /** Static members next to instance ones. */
    public static class Statics {
        public static final String constant = "constant";
        public String global = "instance field";

        public static String getGlobal() {
            return "static getter";
        }

        public static String getShared() {
            return "static getter";
        }
    }

    /** Methods that are not accessors, and a getter that throws. */
    public static class Odd {
        public void reset() {
        }

        public String getLookup(String key) {
            return key;
        }

        public String getBroken() {
            throw new IllegalStateException("broken");
        }
    }
}
