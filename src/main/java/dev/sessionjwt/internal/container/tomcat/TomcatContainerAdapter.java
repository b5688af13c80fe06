package dev.sessionjwt.internal.container.tomcat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.RequestFacade;
import org.apache.catalina.connector.Response;
import org.apache.catalina.session.PersistentManagerBase;

import dev.sessionjwt.container.CallerPrincipals;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.internal.container.ServletRequests;
import dev.sessionjwt.internal.container.UnsupportedContainerException;
import dev.sessionjwt.internal.container.WeldSessionRefresh;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@link ContainerAdapter} for Apache Tomcat 10.1 and 11.0 (the same members in tomcat-embed-core 11.0.29, where the
 * whole conformance suite runs: src-it/tomcat11). Tomcat's {@code RequestFacade} keeps the Catalina {@link Request}
 * in a protected field, read through one {@link Field} found at deployment; everything after it is Tomcat's public
 * API: {@link Request#recycleSessionInfo()} (ends the access of the session the request resolved and forgets the
 * requested id), the {@code setRequested*} setters and {@link Request#getSession(boolean)}, whose lookup is lazy.
 *
 * <p>Per request: forget whatever the request resolved, request the token's id as if from a cookie, resolve it; when no
 * session has that id, forget the id again, because Tomcat's {@code doGetSession(true)} would otherwise create the new
 * session with the id the client sent (it reuses a cookie-sourced id when the session cookie path is {@code /}).
 * Tomcat has no foreground lock, only {@code access()} and {@code endAccess()}, which {@code getSession} and
 * {@code recycleSessionInfo} pair. With the tracking modes empty Tomcat neither reads {@code ;jsessionid=} nor
 * writes its cookie.
 *
 * <p>{@link #peek}: {@code Manager.findSession} of Tomcat's {@code ManagerBase} is a plain map read that changes no
 * access time; {@code PersistentManagerBase.findSession} would load a session from its store, so there only a session
 * already in memory ({@code isLoaded}) is looked at.
 */
final class TomcatContainerAdapter implements ContainerAdapter {

    private static final Logger LOG = Logger.getLogger(TomcatContainerAdapter.class.getName());

    private final Field facadeRequest;
    private final WeldSessionRefresh weld;
    private final CallerPrincipals callerPrincipals = new TomcatCallerPrincipals(this::catalina);

    TomcatContainerAdapter(Field facadeRequest, WeldSessionRefresh weld) {
        this.facadeRequest = facadeRequest;
        this.weld = weld;
    }

    /**
     * @param context the web application's context, during deployment
     * @return the adapter for that application
     * @throws UnsupportedContainerException naming the member a different Tomcat lacks
     */
    static TomcatContainerAdapter of(ServletContext context) {
        try {
            Field field = RequestFacade.class.getDeclaredField(TomcatAdapterProvider.FIELD);
            if (field.getType() != Request.class) {
                throw new NoSuchFieldException(RequestFacade.class.getName() + "." + TomcatAdapterProvider.FIELD
                        + " of type " + Request.class.getName());
            }
            field.setAccessible(true);
            return new TomcatContainerAdapter(field, WeldSessionRefresh.forClassLoader(context.getClassLoader()));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new UnsupportedContainerException(String.valueOf(context.getServerInfo()), e);
        }
    }

    @Override
    public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
        Request catalina = catalina(request);
        catalina.recycleSessionInfo();
        if (sessionId == null) {
            return null;
        }
        catalina.setRequestedSessionId(sessionId);
        catalina.setRequestedSessionCookie(true);
        catalina.setRequestedSessionURL(false);
        HttpSession session = catalina.getSession(false);
        if (session == null) {
            // never let a later getSession(true) create a session with the id the client chose
            catalina.recycleSessionInfo();
        }
        return session;
    }

    @Override
    public boolean peeks() {
        return true;
    }

    @Override
    public HttpSession peek(HttpServletRequest request, String sessionId) {
        Context context = catalina(request).getContext();
        Manager manager = context == null ? null : context.getManager();
        if (manager == null || manager instanceof PersistentManagerBase persistent && !persistent.isLoaded(sessionId)) {
            return null;
        }
        try {
            Session session = manager.findSession(sessionId);
            return session == null ? null : session.getSession();
        } catch (IOException e) {
            LOG.log(Level.FINE, "no session to peek at", e);
            return null;
        }
    }

    /** Forgets the requested id and the resolved session, without a lookup. */
    @Override
    public void detach(HttpServletRequest request) {
        catalina(request).recycleSessionInfo();
    }

    @Override
    public void refreshSessionCaches(HttpServletRequest request) {
        weld.refresh(request);
    }

    /** The roles of Tomcat's {@code GenericPrincipal} ({@link TomcatCallerPrincipals}). */
    @Override
    public CallerPrincipals callerPrincipals() {
        return callerPrincipals;
    }

    @Override
    public HttpServletResponse responseOf(HttpServletRequest request) {
        Response response = catalina(request).getResponse();
        return response == null ? null : response.getResponse();
    }

    private Request catalina(HttpServletRequest request) {
        ServletRequest current = ServletRequests.innermost(request);
        if (current instanceof Request catalina) {
            return catalina;
        }
        if (!(current instanceof RequestFacade)) {
            throw new IllegalStateException("not a Tomcat request: " + current.getClass().getName());
        }
        try {
            Object catalina = facadeRequest.get(current);
            if (catalina == null) {
                throw new IllegalStateException("the request facade was recycled");
            }
            return (Request) catalina;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
