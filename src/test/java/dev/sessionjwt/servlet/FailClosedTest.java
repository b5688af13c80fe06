package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.config.SettingsReader;
import dev.sessionjwt.container.ContainerAdapter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Unit tests of the fail-closed path ({@link FailClosed}) through the real listener and filter, with a fake
 * container whose request had already resolved a foreign session by itself (as Catalina does for a
 * {@code ;jsessionid=} in the URL) and a fake adapter that throws where the test says.
 */
class FailClosedTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    private final FakeContainer container = new FakeContainer();
    private final FakeHttpResponse response = new FakeHttpResponse();
    private final ScriptedAdapter adapter = new ScriptedAdapter(container);
    /** Whether the context throws when the library first builds its runtime from it (a broken context). */
    private boolean brokenContext;
    private final RuntimeHolder holder = new RuntimeHolder(context(), SettingsReader.read(
            new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of("session-jwt.key", "secret:" + SECRET),
                    "test", 100)).build(), FailClosedTest.class.getClassLoader()), adapter, null, null);
    private final HttpServletRequest request = container.request(response.proxy());
    /** What the application saw: whether it ran and the session it found. */
    private boolean applicationRan;
    private HttpSession applicationSession;

    @Test
    void throwingBindDetachesTheRequestFromTheSessionTheContainerResolvedAndTheApplicationRunsWithout() throws Exception {
        adapter.failBind = true;

        serve("JSESSIONID=not-a-token");

        assertThat(adapter.calls, is(List.of("responseOf", "bind(null)", "detach", "refreshSessionCaches")));
        assertThat(applicationRan, is(true));
        assertThat(applicationSession, is(nullValue()));
        assertThat(response.status, is(200));
    }

    @Test
    void throwingCacheRefreshAfterASuccessfulBindAlsoDetaches() throws Exception {
        adapter.failRefresh = 1;

        serve();

        assertThat(adapter.calls, is(List.of("responseOf", "bind(null)", "refreshSessionCaches", "detach",
                "refreshSessionCaches")));
        assertThat(applicationRan, is(true));
        assertThat(applicationSession, is(nullValue()));
    }

    @Test
    void throwingResponseLookupDetachesToo() throws Exception {
        adapter.failResponseOf = true;
        container.resolved = container.session("victim");

        serve();

        assertThat(adapter.calls, is(List.of("responseOf", "detach", "refreshSessionCaches")));
        assertThat(applicationRan, is(true));
        assertThat(applicationSession, is(nullValue()));
    }

    @Test
    void throwingBindAndDetachRefuseTheRequestWithA503AndNoSessionReachesTheApplication() throws Exception {
        adapter.failBind = true;
        adapter.failDetach = true;

        serve("JSESSIONID=not-a-token");

        assertThat(adapter.calls, is(List.of("responseOf", "bind(null)", "detach")));
        assertThat(applicationRan, is(false));
        assertThat(response.status, is(503));
        assertThat(response.headers.get("retry-after"), is("1"));
        assertThat(response.headers.get("cache-control"), is("no-store"));
        assertThat(response.cookies, is(empty()));
        assertThat(response.body.toString(), containsString("try again"));
        assertThat(response.body.toString(), containsString("cannot handle"));
    }

    @Test
    void throwingDetachAfterAThrowingCacheRefreshRefusesTheRequest() throws Exception {
        adapter.failRefresh = 2;

        serve();

        assertThat(applicationRan, is(false));
        assertThat(response.status, is(503));
    }

    @Test
    void runtimeThatCannotBeBuiltDetachesTheRequestFromTheSessionTheContainerResolved() throws Exception {
        brokenContext = true;

        serve("JSESSIONID=not-a-token");

        assertThat(adapter.calls, is(List.of("detach", "refreshSessionCaches")));
        assertThat(applicationSession, is(nullValue()));
    }

    @Test
    void runtimeThatCannotBeBuiltAndAFailingDetachRefuseTheRequestWithA503() throws Exception {
        brokenContext = true;
        adapter.failDetach = true;

        serve("JSESSIONID=not-a-token");

        assertThat(applicationRan, is(false));
        assertThat(response.status, is(503));
        assertThat(response.cookies, is(empty()));
    }

    @Test
    void requestTheListenerNeverSawIsAnswered503AndTheApplicationDoesNotRun() throws Exception {
        container.resolved = container.session("foreign");

        new CookieCommitFilter(holder).doFilter(request, response.proxy(), (req, res) -> applicationRan = true);

        assertThat(applicationRan, is(false));
        assertThat(response.status, is(503));
        assertThat(response.headers.get("cache-control"), is("no-store"));
    }

    @Test
    void aHealthyAdapterIsCalledOnceAndTheRequestIsNotMarked() throws Exception {
        serve();

        assertThat(adapter.calls, is(List.of("responseOf", "bind(null)", "refreshSessionCaches")));
        assertThat(applicationRan, is(true));
        assertThat(FailClosed.isRefused(request), is(false));
        assertThat(request.getAttribute(FailClosed.ADMITTED), is(Boolean.TRUE));
    }

    /** Listener, filter, application, end of request; nothing may escape. */
    private void serve(String... cookieHeaders) throws Exception {
        container.cookies = List.of(cookieHeaders);
        container.resolved = container.resolved != null ? container.resolved : container.session("foreign");
        RequestBindingListener listener = new RequestBindingListener(holder);
        ServletRequestEvent event = new ServletRequestEvent(holder.context(), request);
        listener.requestInitialized(event);
        FilterChain application = (req, res) -> {
            applicationRan = true;
            applicationSession = ((HttpServletRequest) req).getSession(false);
        };
        try {
            new CookieCommitFilter(holder).doFilter(request, response.proxy(), application);
        } finally {
            listener.requestDestroyed(event);
        }
    }

    private ServletContext context() {
        FakeSessionCookieConfig cookieConfig = new FakeSessionCookieConfig();
        return (ServletContext) Proxy.newProxyInstance(FailClosedTest.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSessionTimeout" -> {
                        if (brokenContext) {
                            throw new IllegalStateException("the context cannot say its session timeout");
                        }
                        yield 30;
                    }
                    case "getSessionCookieConfig" -> cookieConfig.proxy();
                    case "getContextPath" -> "/app";
                    case "getAttribute" -> null;
                    case "toString" -> "FakeContext";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** An adapter that records its calls and throws where told; its detach clears the container's session. */
    private static final class ScriptedAdapter implements ContainerAdapter {
        final List<String> calls = new ArrayList<>();
        final FakeContainer container;
        boolean failBind;
        boolean failDetach;
        boolean failResponseOf;
        /** How many calls of refreshSessionCaches throw. */
        int failRefresh;

        ScriptedAdapter(FakeContainer container) {
            this.container = container;
        }

        @Override
        public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
            calls.add("bind(" + sessionId + ")");
            if (failBind) {
                throw new IllegalStateException("bind failed");
            }
            container.resolved = null;
            return null;
        }

        @Override
        public void detach(HttpServletRequest request) {
            calls.add("detach");
            if (failDetach) {
                throw new IllegalStateException("detach failed");
            }
            container.resolved = null;
        }

        @Override
        public void refreshSessionCaches(HttpServletRequest request) {
            calls.add("refreshSessionCaches");
            if (failRefresh-- > 0) {
                throw new NoSuchMethodError("SessionHolder.requestInitialized");
            }
        }

        @Override
        public HttpServletResponse responseOf(HttpServletRequest request) {
            calls.add("responseOf");
            if (failResponseOf) {
                throw new IllegalStateException("no response");
            }
            return null;
        }
    }

    /** The container's side of one request: the session it resolved by itself, and the request it hands out. */
    private static final class FakeContainer {
        HttpSession resolved;
        List<String> cookies = List.of();

        HttpSession session(String id) {
            return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> id;
                        case "toString" -> "Session[" + id + "]";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        HttpServletRequest request(HttpServletResponse response) {
            Map<String, Object> attributes = new HashMap<>();
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getHeaders" -> Collections.enumeration("Cookie".equalsIgnoreCase((String) args[0])
                                ? cookies : List.of());
                        case "getSession" -> args == null || !(Boolean) args[0] ? resolved
                                : resolved != null ? resolved : (resolved = session("new"));
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "removeAttribute" -> attributes.remove((String) args[0]);
                        case "getUserPrincipal", "getContextPath" -> null;
                        case "isSecure" -> false;
                        case "toString" -> "FakeRequest";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    /** A response that keeps status, headers and body, and can be reset. */
    private static final class FakeHttpResponse {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final List<String> cookies = new ArrayList<>();
        final StringWriter body = new StringWriter();
        boolean committed;

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> invoke(proxy, method, args));
        }

        private Object invoke(Object proxy, Method method, Object[] args) {
            switch (method.getName()) {
                case "isCommitted":
                    return committed;
                case "reset":
                    status = 200;
                    headers.clear();
                    cookies.clear();
                    return null;
                case "setStatus":
                    status = (Integer) args[0];
                    return null;
                case "setHeader":
                case "addHeader":
                    if ("Set-Cookie".equalsIgnoreCase((String) args[0])) {
                        cookies.add((String) args[1]);
                    } else {
                        headers.put(((String) args[0]).toLowerCase(), (String) args[1]);
                    }
                    return null;
                case "getHeaders":
                    return "Set-Cookie".equalsIgnoreCase((String) args[0]) ? List.copyOf(cookies) : List.of();
                case "containsHeader":
                    return "Set-Cookie".equalsIgnoreCase((String) args[0]) && !cookies.isEmpty();
                case "setContentType":
                    headers.put("content-type", (String) args[0]);
                    return null;
                case "getWriter":
                    return new PrintWriter(body, true);
                case "flushBuffer":
                    committed = true;
                    return null;
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                case "toString":
                    return "FakeHttpResponse";
                default:
                    throw new UnsupportedOperationException(method.getName());
            }
        }
    }
}
