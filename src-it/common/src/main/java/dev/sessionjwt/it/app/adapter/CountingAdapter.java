package dev.sessionjwt.it.app.adapter;

import java.util.Map;

import dev.sessionjwt.container.CallerPrincipals;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.RetiredSessionIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** Counts the binds of a request in the request attribute {@value #BINDS} and delegates every call. */
public final class CountingAdapter implements ContainerAdapter {

    /** Request attribute: how often the library called {@link #bind} for the request. */
    public static final String BINDS = "counting-adapter.binds";

    private final ContainerAdapter delegate;

    CountingAdapter(ContainerAdapter delegate) {
        this.delegate = delegate;
    }

    @Override
    public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
        Object binds = request.getAttribute(BINDS);
        request.setAttribute(BINDS, binds instanceof Integer n ? n + 1 : 1);
        return delegate.bind(request, sessionId, version);
    }

    @Override
    public void detach(HttpServletRequest request) {
        delegate.detach(request);
    }

    @Override
    public void refreshSessionCaches(HttpServletRequest request) {
        delegate.refreshSessionCaches(request);
    }

    @Override
    public HttpServletResponse responseOf(HttpServletRequest request) {
        return delegate.responseOf(request);
    }

    @Override
    public String sessionVersion(HttpServletRequest request) {
        return delegate.sessionVersion(request);
    }

    @Override
    public String newSessionVersion() {
        return delegate.newSessionVersion();
    }

    @Override
    public RetiredSessionIds retiredSessionIds(String clusterStore) {
        return delegate.retiredSessionIds(clusterStore);
    }

    @Override
    public Map<String, String> declaredCookieAttributes() {
        return delegate.declaredCookieAttributes();
    }

    @Override
    public CallerPrincipals callerPrincipals() {
        return delegate.callerPrincipals();
    }
}
