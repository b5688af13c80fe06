package dev.sessionjwt.servlet;

/**
 * Names of the request attributes the library sets for the application.
 *
 * <pre>
 * String token = (String) request.getAttribute(RequestAttributes.TOKEN);
 * </pre>
 *
 * @since 1.0
 */
public final class RequestAttributes {

    /**
     * The compact token valid for the request's session at this point of the request: the one received,
     * or the one issued in this response (new session, new id, re-issue). Absent when the request has no
     * session.
     */
    public static final String TOKEN = "dev.sessionjwt.token";

    private RequestAttributes() {
    }
}
