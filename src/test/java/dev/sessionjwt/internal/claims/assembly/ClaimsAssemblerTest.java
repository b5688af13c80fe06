package dev.sessionjwt.internal.claims.assembly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.enterprise.inject.spi.BeanManager;

import dev.sessionjwt.internal.message.Message;

import dev.sessionjwt.internal.claims.ClaimField;
import dev.sessionjwt.internal.claims.ClaimSettings;

/** Unit tests of {@link ClaimsAssembler} without CDI: identity claims, principal fields and long names. */
class ClaimsAssemblerTest {

    private static final List<ClaimField> FIELDS = List.of(ClaimField.parse("email:e:email"),
            ClaimField.parse("profile.displayName:dn:display_name"), ClaimField.parse("locale"));

    private final AtomicInteger beanManagerLookups = new AtomicInteger();
    private final Supplier<BeanManager> noCdi = () -> {
        beanManagerLookups.incrementAndGet();
        throw new IllegalStateException("no CDI in a unit test");
    };
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger log = Logger.getLogger(ClaimsAssembler.class.getName());

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
    }

    private ClaimsAssembler assembler(boolean identityClaims, List<ClaimField> fields) {
        return new ClaimsAssembler(new ClaimSettings(identityClaims, fields, true), "sk", noCdi);
    }

    private static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private List<String> fieldWarnings() {
        String prefix = Message.FIELD_UNRESOLVED.id() + ": field \"";
        return logged.stream().map(LogRecord::getMessage).filter(m -> m.startsWith(prefix))
                .map(m -> m.substring(prefix.length(), m.indexOf('"', prefix.length()))).toList();
    }

    @Test
    void anonymousRequestGetsNoClaims() {
        assertThat(assembler(true, FIELDS).claims(FakeRequests.anonymous()), is(Map.of()));
    }

    @Test
    void anonymousRequestLogsNoMissingField() {
        assembler(true, FIELDS).claims(FakeRequests.anonymous());

        assertThat(fieldWarnings(), is(List.of()));
    }

    @Test
    void authenticatedCallerGetsSubUpnAndEmptyGroupsWithoutJakartaSecurity() {
        Map<String, Object> claims = assembler(true, List.of()).claims(FakeRequests.withUser(new NamedPrincipal("alice")));

        assertThat(claims, is(map("sub", "alice", "upn", "alice", "groups", List.of())));
        assertThat(List.copyOf(claims.keySet()), contains("sub", "upn", "groups"));
    }

    @Test
    void identityClaimsOffLeavesOutSubUpnAndGroups() {
        Map<String, Object> claims = assembler(false, List.of()).claims(FakeRequests.withUser(new NamedPrincipal("alice")));

        assertThat(claims, is(Map.of()));
    }

    @Test
    void fieldsAreResolvedFromThePrincipalUnderTheirShortNamesAfterIdentity() {
        Map<String, Object> claims = assembler(true, FIELDS).claims(FakeRequests.withUser(new AppUser("alice")));

        assertThat(claims, is(map("sub", "alice", "upn", "alice", "groups", List.of(),
                "e", "alice@example.com", "dn", "Alice A.", "locale", "fr-FR")));
        assertThat(List.copyOf(claims.keySet()), contains("sub", "upn", "groups", "e", "dn", "locale"));
    }

    @Test
    void fieldsAreAddedWithIdentityClaimsOff() {
        Map<String, Object> claims = assembler(false, FIELDS).claims(FakeRequests.withUser(new AppUser("alice")));

        assertThat(claims, is(map("e", "alice@example.com", "dn", "Alice A.", "locale", "fr-FR")));
    }

    @Test
    void fieldsAreResolvedFromTheApplicationPrincipalInsideAContainerWrapper() {
        Principal wrapper = new WebPrincipal("alice-container", new AppUser("alice"));

        Map<String, Object> claims = assembler(true, FIELDS).claims(FakeRequests.withUser(wrapper));

        assertThat(claims, is(map("sub", "alice-container", "upn", "alice-container", "groups", List.of(),
                "e", "alice@example.com", "dn", "Alice A.", "locale", "fr-FR")));
    }

    @Test
    void fieldValuesAreConverted() {
        List<ClaimField> fields = List.of(ClaimField.parse("lastLogin:ll"), ClaimField.parse("role:r"));

        Map<String, Object> claims = assembler(false, fields).claims(FakeRequests.withUser(new AppUser("alice")));

        assertThat(claims, is(map("ll", 1_735_732_800L, "r", "ADMIN")));
    }

    @Test
    void sqlDateFieldBecomesEpochSecondsInsteadOfFailingTheRequest() {
        Map<String, Object> claims = assembler(false, List.of(ClaimField.parse("birthDate:bd")))
                .claims(FakeRequests.withUser(new AppUser("alice")));

        assertThat(claims, is(map("bd", 86_400L)));
    }

    @Test
    void fieldWithUnsupportedValueIsOmittedWhileOtherFieldsStay() {
        List<ClaimField> fields = List.of(ClaimField.parse("email:e"), ClaimField.parse("thread:t"),
                ClaimField.parse("locale"));

        Map<String, Object> claims = assembler(false, fields).claims(FakeRequests.withUser(new AppUser("alice")));

        assertThat(claims, is(map("e", "alice@example.com", "locale", "fr-FR")));
    }

    @Test
    void missingAttributeOrNullOnThePathOmitsTheClaim() {
        AppUser user = new AppUser("alice");
        user.profile = null;
        List<ClaimField> fields = List.of(ClaimField.parse("phone:p"), ClaimField.parse("email:e"),
                ClaimField.parse("profile.displayName:dn"));

        Map<String, Object> claims = assembler(false, fields).claims(FakeRequests.withUser(user));

        assertThat(claims, is(map("e", "alice@example.com")));
    }

    @Test
    void missingFieldIsLoggedOncePerFieldNotOnEveryRequest() {
        ClaimsAssembler assembler = assembler(false, List.of(ClaimField.parse("phone:p"), ClaimField.parse("fax:f"),
                ClaimField.parse("email:e")));

        assembler.claims(FakeRequests.withUser(new AppUser("alice")));
        assembler.claims(FakeRequests.withUser(new AppUser("bob")));
        assembler.claims(FakeRequests.withUser(new AppUser("carol")));

        assertThat(fieldWarnings(), contains("phone", "fax"));
    }

    @Test
    void beanManagerIsLookedUpOnceAndItsAbsenceLeavesOtherClaimsIntact() {
        ClaimsAssembler assembler = assembler(true, FIELDS);

        assembler.claims(FakeRequests.withUser(new AppUser("alice")));
        Map<String, Object> claims = assembler.claims(FakeRequests.withUser(new AppUser("bob")));
        assembler.longNames();

        assertThat(claims.get("sub"), is("bob"));
        assertThat(claims.get("e"), is("bob@example.com"));
        assertThat(beanManagerLookups.get(), is(1));
    }

    @Test
    void longNamesMapEveryFieldShortNameToItsLongName() {
        Map<String, String> names = assembler(true, FIELDS).longNames();

        assertThat(names, is(Map.of("e", "email", "dn", "display_name", "locale", "locale")));
        assertThrows(UnsupportedOperationException.class, () -> names.put("x", "y"));
    }

    @Test
    void toLongFormRenamesFieldsAndKeepsOtherClaimsAndTheirOrder() {
        Map<String, Object> token = map("sk", "S1", "iat", 1L, "sub", "alice", "e", "alice@example.com",
                "dn", "Alice A.", "tenant", "acme");

        Map<String, Object> longForm = assembler(true, FIELDS).toLongForm(token);

        assertThat(longForm, is(map("sk", "S1", "iat", 1L, "sub", "alice", "email", "alice@example.com",
                "display_name", "Alice A.", "tenant", "acme")));
        assertThat(List.copyOf(longForm.keySet()), contains("sk", "iat", "sub", "email", "display_name", "tenant"));
    }

    @Test
    void toLongFormOfAssembledClaimsGivesTheLongNames() {
        ClaimsAssembler assembler = assembler(true, FIELDS);

        Map<String, Object> longForm = assembler.toLongForm(assembler.claims(FakeRequests.withUser(new AppUser("alice"))));

        assertThat(longForm, is(map("sub", "alice", "upn", "alice", "groups", List.of(),
                "email", "alice@example.com", "display_name", "Alice A.", "locale", "fr-FR")));
    }

    /** A principal with only a name. */
    public static final class NamedPrincipal implements Principal {
        private final String name;

        NamedPrincipal(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** The application's own principal, with the attributes the fields name. */
    public static final class AppUser implements Principal {
        private final String name;
        public Profile profile = new Profile("Alice A.");

        AppUser(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        public String getEmail() {
            return name + "@example.com";
        }

        public Profile getProfile() {
            return profile;
        }

        public String getLocale() {
            return "fr-FR";
        }

        public Instant getLastLogin() {
            return Instant.ofEpochSecond(1_735_732_800L);
        }

        public Role getRole() {
            return Role.ADMIN;
        }

        public java.sql.Date getBirthDate() {
            return new java.sql.Date(86_400_000L);
        }

        public Thread getThread() {
            return Thread.currentThread();
        }
    }

    /** A role, put into the token by name. */
    public enum Role {
        USER, ADMIN
    }

    /** A record reached through the principal. */
    public record Profile(String displayName) {
    }

    /** Container principal wrapping the application's one, as Payara's {@code WebPrincipal} does. */
    public static final class WebPrincipal implements Principal {
        private final String name;
        private final Principal custom;

        WebPrincipal(String name, Principal custom) {
            this.name = name;
            this.custom = custom;
        }

        @Override
        public String getName() {
            return name;
        }

        public Principal getCustomPrincipal() {
            return custom;
        }
    }
}
