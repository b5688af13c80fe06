package dev.sessionjwt.servlet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import dev.sessionjwt.internal.message.Message;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The rollout without logouts ({@code session-jwt.accept-plain-session-ids-until}): until that instant, a cookie
 * that is not a token but the bare id of a live session created before this application started (what the
 * container's own cookie held before the library was deployed) binds the request to that session once; the caller
 * then rotates the id and issues a token, so the plain id reaches nothing afterwards. Refused, as any bad cookie:
 * an unknown id, a session created after the start, a session that was ever issued a token (its id has been
 * readable in a token), the window closed or never opened. The plain id is looked for under the library's cookie
 * name (the container's session cookie name, which the browser already holds) and, when that name is not
 * {@code JSESSIONID} and has no {@code __Host-} or {@code __Secure-} prefix, under {@code JSESSIONID} too (that
 * cookie is then deleted in the upgrading response). "Ever issued a token" is the mark {@link TokenIssuedMark} keeps,
 * which survives the application removing the session's attributes.
 */
final class PlainSessionIdUpgrade {

    /** The container's default session cookie name, which browsers hold from before a rename. */
    static final String CONTAINER_DEFAULT_NAME = "JSESSIONID";

    private static final Logger LOG = Logger.getLogger(PlainSessionIdUpgrade.class.getName());
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_.-]{8,256}");

    private final Instant started;

    /**
     * @param started when this application started: only sessions created before it can be upgraded
     */
    PlainSessionIdUpgrade(Instant started) {
        this.started = started;
    }

    /**
     * Binds the request to the pre-existing session a plain id names, if the window is open and one qualifies.
     *
     * @param runtime the application's runtime, not null
     * @param state   the request, not yet bound to any session
     * @param values  the values of the token cookie, none of which verified
     * @return the bound session, or null (then the request may be bound to nothing; the caller clears it)
     */
    HttpSession upgrade(SessionJwtRuntime runtime, RequestState state, List<String> values) {
        Optional<Instant> until = runtime.settings().acceptPlainSessionIdsUntil();
        if (until.isEmpty() || !runtime.clock().instant().isBefore(until.get())) {
            return null;
        }
        HttpServletRequest request = state.request();
        String cookieName = runtime.cookies().attributes().name();
        List<String> fromToken = candidates(values);
        List<String> all = new ArrayList<>(fromToken);
        if (!CONTAINER_DEFAULT_NAME.equals(cookieName) && !isPrefixed(cookieName)) {
            all.addAll(candidates(containerCookieValues(request)));
        }
        for (String id : all.size() > 4 ? all.subList(0, 4) : all) {
            if (!runtime.replication().admits(id)) {
                continue;
            }
            HttpSession session;
            state.setBinding(true);
            try {
                session = runtime.adapter().bind(request, id, runtime.replication().requestedVersion(request));
            } finally {
                state.setBinding(false);
            }
            if (session == null) {
                continue;
            }
            if (session.getCreationTime() < started.toEpochMilli() && !TokenIssuedMark.isSet(session)) {
                Message.PLAIN_ID_UPGRADED.log(LOG);
                if (!fromToken.contains(id) && state.response() != null) {
                    TokenCookies container = new TokenCookies(runtime.cookies().attributes().withName(
                            CONTAINER_DEFAULT_NAME));
                    container.put(state.response(), container.deletionHeader(request.isSecure()));
                }
                return session;
            }
            Message.PLAIN_ID_REFUSED.log(LOG);
            runtime.adapter().bind(request, null, null);
        }
        return null;
    }

    /**
     * Whether the name carries a prefix that browsers guard ({@code __Host-}, {@code __Secure-}): only a secure page
     * of the host itself can set such a cookie, whereas a {@code JSESSIONID} can be set by a sibling subdomain or a
     * plain-HTTP page, so reading one would undo the prefix's promise (a planted session id).
     */
    static boolean isPrefixed(String cookieName) {
        return cookieName.startsWith(CookiePrefixRules.HOST) || cookieName.startsWith(CookiePrefixRules.SECURE);
    }

    /** The values that can be a container session id. */
    private static List<String> candidates(List<String> values) {
        List<String> candidates = new ArrayList<>();
        for (String value : values) {
            if (value != null && PLAIN_ID.matcher(value).matches() && value.indexOf('.') == value.lastIndexOf('.')) {
                candidates.add(value);
            }
        }
        return candidates;
    }

    /** The values of the container's default cookie ({@code JSESSIONID}). */
    private static List<String> containerCookieValues(HttpServletRequest request) {
        List<String> values = new ArrayList<>();
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (CONTAINER_DEFAULT_NAME.equals(cookie.getName())) {
                    values.add(cookie.getValue());
                }
            }
        }
        return values;
    }
}
