package dev.sessionjwt.internal.container.liberty;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpSession;

/** The Liberty members are found once, and a Liberty that lacks one fails the deployment naming it. */
class LibertyMembersTest {

    private static final String SERVER = "Open Liberty/99.0.0.1";

    /** Stand-ins with the shape of Liberty 25.0.0.12's classes. */
    public static class Request {
        public Object getSessionAffinityContext() {
            return new Hashtable<>();
        }

        public RequestContext getRequestContext() {
            return new RequestContext();
        }

        public Object getResponse() {
            return null;
        }
    }

    /** Like Request, without getSessionAffinityContext(). */
    public static class RequestWithoutAffinity {
        public RequestContext getRequestContext() {
            return new RequestContext();
        }

        public Object getResponse() {
            return null;
        }
    }

    public static class RequestContext {
        protected Hashtable<Object, Object> webappToSessionMap = new Hashtable<>();
    }

    public static class RequestContextWithList {
        protected List<Object> webappToSessionMap = new ArrayList<>();
    }

    public static class AffinityContext {
        String requested;

        public AffinityContext(List<?> ids, boolean cookie, boolean url, boolean ssl) {
        }

        public final void setRequestedSessionID(String id) {
            requested = id;
        }

        public final void setInputCloneInfo(String info) {
        }
    }

    public static class WebApp {
        public SessionContext getSessionContext() {
            return null;
        }
    }

    public interface SessionContext {
        void sessionPostInvoke(HttpSession session);
    }

    @Test
    void findsEveryMemberOfLibertyShapedClasses() throws Exception {
        LibertyMembers members = LibertyMembers.of(SERVER, Request.class, RequestContext.class, AffinityContext.class,
                WebApp.class, SessionContext.class);

        Map<?, ?> sessions = members.sessionsByWebApp(new RequestContext());
        Object context = members.newAffinityContext(new ArrayList<>(List.of("abc")), true);
        members.invoke(members.setRequestedSessionId, context, "abc");

        assertThat(sessions.getClass().getName(), containsString("Hashtable"));
        assertThat(((AffinityContext) context).requested, containsString("abc"));
    }

    @Test
    void aMissingMethodFailsNamingClassMemberAndServer() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LibertyMembers.of(SERVER,
                RequestWithoutAffinity.class, RequestContext.class, AffinityContext.class, WebApp.class,
                SessionContext.class));

        assertThat(e.getMessage(), allOf(startsWith("SJWT0017: "), containsString(SERVER),
                containsString(RequestWithoutAffinity.class.getName() + " getSessionAffinityContext()"),
                containsString("tested on Open Liberty 25.0.0.12")));
    }

    @Test
    void aFieldOfAnotherTypeFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LibertyMembers.of(SERVER,
                Request.class, RequestContextWithList.class, AffinityContext.class, WebApp.class, SessionContext.class));

        assertThat(e.getMessage(), allOf(startsWith("SJWT0017: "),
                containsString(RequestContextWithList.class.getName() + " webappToSessionMap"),
                containsString("not a java.util.Map")));
    }

    @Test
    void aMissingConstructorFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LibertyMembers.of(SERVER,
                Request.class, RequestContext.class, WebApp.class, WebApp.class, SessionContext.class));

        assertThat(e.getMessage(), allOf(startsWith("SJWT0017: "),
                containsString(WebApp.class.getName() + " <init>(List, boolean, boolean, boolean)")));
    }

    @Test
    void aMissingClassFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LibertyMembers.of(SERVER,
                Object.class));

        assertThat(e.getMessage(), allOf(startsWith("SJWT0017: "), containsString(LibertyMembers.REQUEST_CONTEXT),
                containsString(SERVER)));
    }
}
