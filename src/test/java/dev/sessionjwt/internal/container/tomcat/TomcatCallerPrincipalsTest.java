package dev.sessionjwt.internal.container.tomcat;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.realm.GenericPrincipal;
import org.jboss.weld.proxy.WeldClientProxy;
import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Unit tests of {@link TomcatCallerPrincipals}: the groups are the roles of Tomcat's {@link GenericPrincipal}, which
 * {@code Request.getPrincipal()} holds while the servlet API's {@code getUserPrincipal()} answers the principal inside.
 */
class TomcatCallerPrincipalsTest {

    private final Map<HttpServletRequest, Request> catalina = new IdentityHashMap<>();
    private final TomcatCallerPrincipals principals = new TomcatCallerPrincipals(catalina::get);

    @Test
    void groupsAreTheRolesOfTomcatsPrincipalSortedWithoutDuplicates() {
        Principal tomcat = new GenericPrincipal("alice", List.of("user", "admin", "user"));

        assertThat(principals.groups(List.of(tomcat, () -> "other")), is(List.of("admin", "user")));
        assertThat(principals.groups(List.of(() -> "alice")), is(List.of()));
    }

    @Test
    void applicationPrincipalIsThePrincipalTheMechanismGaveTomcat() {
        Principal own = () -> "alice";

        assertThat(principals.applicationPrincipal(new GenericPrincipal("alice", List.of("user"), own)),
                is(sameInstance(own)));
        assertThat(principals.applicationPrincipal(own), is(sameInstance(own)));
    }

    @Test
    void containerPrincipalsAreTheCatalinaRequestsNotTheServletApisUserPrincipal() {
        HttpServletRequest request = request();
        GenericPrincipal tomcat = new GenericPrincipal("alice", List.of("user"), () -> "alice");
        catalina.put(request, catalinaRequest(tomcat));

        assertThat(List.copyOf(principals.containerPrincipals(request)), is(List.of(tomcat)));
        assertThat(principals.groups(principals.containerPrincipals(request)), is(List.of("user")));
    }

    @Test
    void anInjectedRequestIsReadThroughTheRequestBehindWeldsProxy() {
        HttpServletRequest request = request();
        GenericPrincipal tomcat = new GenericPrincipal("admin", List.of("admin", "user"));
        catalina.put(request, catalinaRequest(tomcat));

        assertThat(principals.groups(principals.containerPrincipals(weldProxyOf(request))), is(List.of("admin", "user")));
    }

    @Test
    void anAnonymousRequestHasNoContainerPrincipals() {
        HttpServletRequest request = request();
        catalina.put(request, catalinaRequest(null));

        assertThat(List.copyOf(principals.containerPrincipals(request)), is(List.of()));
    }

    private static Request catalinaRequest(Principal principal) {
        Request request = new Request(null);
        request.setUserPrincipal(principal);
        return request;
    }

    /** A request object that answers nothing; only its identity matters here. */
    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(TomcatCallerPrincipalsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** What Weld injects for {@code @Inject HttpServletRequest}: a client proxy whose metadata names the request. */
    private static HttpServletRequest weldProxyOf(HttpServletRequest request) {
        WeldClientProxy.Metadata metadata = (WeldClientProxy.Metadata) Proxy.newProxyInstance(
                TomcatCallerPrincipalsTest.class.getClassLoader(), new Class<?>[] {WeldClientProxy.Metadata.class},
                (proxy, method, args) -> "getContextualInstance".equals(method.getName()) ? request : null);
        return (HttpServletRequest) Proxy.newProxyInstance(TomcatCallerPrincipalsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class, WeldClientProxy.class},
                (proxy, method, args) -> "getMetadata".equals(method.getName()) ? metadata : null);
    }
}
