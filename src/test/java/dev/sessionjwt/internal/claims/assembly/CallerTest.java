package dev.sessionjwt.internal.claims.assembly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.claims.assembly.ClaimsAssemblerTest.AppUser;
import dev.sessionjwt.internal.claims.assembly.ClaimsAssemblerTest.NamedPrincipal;
import dev.sessionjwt.internal.claims.assembly.ClaimsAssemblerTest.WebPrincipal;
import dev.sessionjwt.container.CallerPrincipals;
import dev.sessionjwt.claims.Caller;

/** Unit tests of {@link Caller} without CDI: the container principal, unwrapped by the adapter's reader, with no groups. */
class CallerTest {

    @Test
    void anonymousRequestHasNoCaller() {
        assertThat(Caller.of(FakeRequests.anonymous()), is(Optional.empty()));
        assertThat(Caller.nameOf(FakeRequests.anonymous()), is(nullValue()));
    }

    @Test
    void withoutCdiTheCallerIsTheContainerPrincipalWithNoGroups() {
        Principal principal = new NamedPrincipal("alice");

        Caller caller = Caller.of(FakeRequests.withUser(principal)).orElseThrow();

        assertThat(caller.name(), is("alice"));
        assertThat(caller.principal(), is(sameInstance(principal)));
        assertThat(caller.groups(), is(List.of()));
    }

    @Test
    void containerWrapperIsUnwrappedButTheNameIsTheContainerOne() {
        AppUser own = new AppUser("alice");

        Caller caller = Caller.of(FakeRequests.withUser(new WebPrincipal("alice@realm", own))).orElseThrow();

        assertThat(caller.name(), is("alice@realm"));
        assertThat(caller.principal(), is(sameInstance(own)));
        assertThat(Caller.nameOf(FakeRequests.withUser(new WebPrincipal("alice@realm", own))), is("alice@realm"));
    }

    @Test
    void withoutSecurityContextTheGroupsComeFromTheContainersPrincipalsAsTheAdapterReadsThem() {
        CallerPrincipals rolesFromContainer = new CallerPrincipals() {
            @Override
            public List<String> groups(Collection<? extends Principal> principals) {
                return principals.stream().map(p -> p.getName() + "-group").toList();
            }

            @Override
            public Principal applicationPrincipal(Principal principal) {
                return principal;
            }

            @Override
            public boolean callerFromSecurityContext() {
                return false;
            }
        };

        Caller caller = Caller.of(FakeRequests.withUser(new NamedPrincipal("alice"), rolesFromContainer)).orElseThrow();

        assertThat(caller.name(), is("alice"));
        assertThat(caller.groups(), is(List.of("alice-group")));
    }

    @Test
    void withoutAPublishedReaderTheContainerPrincipalIsKeptAsItIs() {
        Principal wrapper = new WebPrincipal("alice@realm", new AppUser("alice"));

        Caller caller = Caller.of(FakeRequests.withUser(wrapper, null)).orElseThrow();

        assertThat(caller.principal(), is(sameInstance(wrapper)));
        assertThat(caller.groups(), is(List.of()));
    }

    @Test
    void groupsAreFrozen() {
        List<String> groups = new ArrayList<>(List.of("admin"));
        Caller caller = new Caller("alice", new NamedPrincipal("alice"), groups);
        groups.add("root");

        assertThat(caller.groups(), is(List.of("admin")));
        assertThrows(UnsupportedOperationException.class, () -> caller.groups().add("root"));
    }

    @Test
    void callerJustAuthenticatedByAMechanismCountsBeforeTheContainerKnowsIt() {
        jakarta.servlet.http.HttpServletRequest request = FakeRequests.anonymous();
        Principal principal = () -> "alice";
        int[] notified = {0};
        request.setAttribute(Caller.LISTENER, (Runnable) () -> notified[0]++);

        Caller.authenticated(request, new Caller("alice", principal, List.of("user")));

        assertThat(notified[0], is(1));
        assertThat(Caller.nameOf(request), is("alice"));
        assertThat(Caller.of(request).orElseThrow().groups(),
                is(List.of("user")));
    }
}
