package dev.sessionjwt.demo.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The per-session anti-forgery token of the demo's forms: a random value kept in the session, written into every
 * form of a page that has a session (hidden field {@value #FIELD}) and required back on every form post that
 * reaches a session. A page of another site can neither read it nor guess it.
 */
final class FormToken {

    /** The hidden form field that carries the token. */
    static final String FIELD = "csrf";
    private static final String ATTRIBUTE = "dev.sessionjwt.demo.form-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The session's token, created on first use. */
    static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String value) {
            return value;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, value);
        return value;
    }

    /**
     * Whether a form post may act on the session it reached: it reaches none (nothing to act on), or it carries the
     * session's token. A session without a token never had a form rendered for it, so no post of one can match.
     */
    static boolean accepts(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true;
        }
        Object expected = session.getAttribute(ATTRIBUTE);
        String given = request.getParameter(FIELD);
        return expected instanceof String token && given != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
