package dev.sessionjwt.servlet;

import java.util.Map;
import java.util.Optional;

import dev.sessionjwt.token.SessionToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * The current request's session token, for the application: its verified claims by long name, the raw
 * token, and a way to have a new token issued in this response. Also {@code #{sessionJwt}} in EL.
 *
 * <pre>
 * &#64;Inject SessionJwt jwt;
 * String email = (String) jwt.claim("email").orElse(null);
 * jwt.refresh();   // after changing something a claim depends on
 * </pre>
 *
 * @since 1.0
 */
@RequestScoped
@Named("sessionJwt")
public class SessionJwt {

    /** The claims of the token valid for this request's session, by long name; empty without a session. */
    public Map<String, Object> claims() {
        RequestState state = CurrentRequest.get();
        if (state != null) {
            state.updates().signOwed(state); // the claims of the token this response carries
        }
        if (state == null || state.token() == null) {
            return Map.of();
        }
        return state.updates().claims().toLongForm(state.token().claims());
    }

    /**
     * @param longName a claim's long name (for example {@code email} for the field {@code email:e:email})
     * @return its value, if the token has it
     */
    public Optional<Object> claim(String longName) {
        return Optional.ofNullable(claims().get(longName));
    }

    /** The compact token valid for this request's session (received or just issued), if any. */
    public Optional<String> token() {
        RequestState state = CurrentRequest.get();
        if (state != null) {
            state.updates().signOwed(state);
        }
        return Optional.ofNullable(state == null ? null : state.token()).map(SessionToken::compact);
    }

    /**
     * Issues a new token with freshly computed claims in this response. Does nothing without a session or
     * outside a request handled by the library.
     */
    public void refresh() {
        RequestState state = CurrentRequest.get();
        if (state == null) {
            return;
        }
        HttpSession session = state.request().getSession(false);
        if (session != null) {
            state.updates().issue(state, session);
        }
    }
}
