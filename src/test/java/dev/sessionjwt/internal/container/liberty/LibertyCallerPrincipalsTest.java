package dev.sessionjwt.internal.container.liberty;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.sameInstance;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.container.CallerPrincipals;

/** Liberty's group ids become group names; without Liberty's API no groups are read. */
class LibertyCallerPrincipalsTest {

    @Test
    void groupIdLosesItsPrefixAndRealm() {
        assertThat(LibertyCallerPrincipals.name("group:defaultRealm/admin"), equalTo("admin"));
        assertThat(LibertyCallerPrincipals.name("group:defaultRealm/team/ops"), equalTo("team/ops"));
    }

    @Test
    void groupIdWithoutRealmOrPrefixIsKeptReadable() {
        assertThat(LibertyCallerPrincipals.name("group:admin"), equalTo("admin"));
        assertThat(LibertyCallerPrincipals.name("admin"), equalTo("admin"));
    }

    @Test
    void withoutLibertysApiTheStandardReaderIsUsed() {
        assertThat(LibertyCallerPrincipals.forClassLoader(getClass().getClassLoader()),
                sameInstance(CallerPrincipals.STANDARD));
    }
}
