package dev.sessionjwt.internal.container.catalina;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link GlassFishCallerPrincipals}: groups from {@code Group} principals and the unwrapped application principal. */
class GlassFishCallerPrincipalsTest {

    @Test
    void groupsComeOnlyFromPrincipalsWhoseClassIsNamedGroup() {
        List<Principal> principals = List.of(new Group("user"), new User("alice"), new GroupPrincipal("not-a-group"),
                new Group("admin"));

        assertThat(GlassFishCallerPrincipals.INSTANCE.groups(principals), is(List.of("admin", "user")));
    }

    @Test
    void groupsAreSortedAndDistinct() {
        List<Principal> principals = List.of(new Group("b"), new Group("a"), new Group("c"), new Group("a"),
                new Group("B"), new Group("b"));

        assertThat(GlassFishCallerPrincipals.INSTANCE.groups(principals), is(List.of("B", "a", "b", "c")));
    }

    @Test
    void noGroupPrincipalsGiveNoGroups() {
        assertThat(GlassFishCallerPrincipals.INSTANCE.groups(List.of(new User("alice"))), is(List.of()));
        assertThat(GlassFishCallerPrincipals.INSTANCE.groups(Set.of()), is(List.of()));
    }

    @Test
    void wrappedApplicationPrincipalIsUnwrapped() {
        User own = new User("alice");

        assertThat(GlassFishCallerPrincipals.INSTANCE.applicationPrincipal(new WebPrincipal(own)), is(sameInstance(own)));
    }

    @Test
    void wrapperWithoutACustomPrincipalIsReturnedItself() {
        WebPrincipal wrapper = new WebPrincipal(null);

        assertThat(GlassFishCallerPrincipals.INSTANCE.applicationPrincipal(wrapper), is(sameInstance(wrapper)));
    }

    @Test
    void principalWithoutGetCustomPrincipalIsReturnedItself() {
        User user = new User("alice");

        assertThat(GlassFishCallerPrincipals.INSTANCE.applicationPrincipal(user), is(sameInstance(user)));
    }

    @Test
    void getCustomPrincipalReturningSomethingElseIsIgnored() {
        OddWrapper wrapper = new OddWrapper();

        assertThat(GlassFishCallerPrincipals.INSTANCE.applicationPrincipal(wrapper), is(sameInstance(wrapper)));
    }

    @Test
    void failingGetCustomPrincipalIsIgnored() {
        FailingWrapper wrapper = new FailingWrapper();

        assertThat(GlassFishCallerPrincipals.INSTANCE.applicationPrincipal(wrapper), is(sameInstance(wrapper)));
    }

    /** A group principal, named like GlassFish's {@code org.glassfish.security.common.Group}. */
    public static final class Group implements Principal {
        private final String name;

        Group(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** A principal whose class name only contains "Group". */
    public static final class GroupPrincipal implements Principal {
        private final String name;

        GroupPrincipal(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** An application's own principal. */
    public static final class User implements Principal {
        private final String name;

        User(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** A container principal wrapping the application's, like Payara's {@code WebPrincipal}. */
    public static final class WebPrincipal implements Principal {
        private final Principal custom;

        WebPrincipal(Principal custom) {
            this.custom = custom;
        }

        @Override
        public String getName() {
            return "web";
        }

        public Principal getCustomPrincipal() {
            return custom;
        }
    }

    /** A principal whose {@code getCustomPrincipal()} returns no principal. */
    public static final class OddWrapper implements Principal {
        @Override
        public String getName() {
            return "odd";
        }

        public Object getCustomPrincipal() {
            return "alice";
        }
    }

    /** A principal whose {@code getCustomPrincipal()} throws. */
    public static final class FailingWrapper implements Principal {
        @Override
        public String getName() {
            return "failing";
        }

        public Principal getCustomPrincipal() {
            throw new IllegalStateException("no subject");
        }
    }
}
