package dev.sessionjwt.servlet;

import java.util.ArrayList;
import java.util.List;

import dev.sessionjwt.internal.config.ConfigProblem;
import dev.sessionjwt.internal.message.Message;

/**
 * The rules browsers apply to cookie-name prefixes, checked at deployment so a misconfigured cookie fails
 * loudly instead of being silently dropped by every browser: {@code __Host-} needs Secure, path {@code /}
 * and no domain; {@code __Secure-} needs Secure.
 */
final class CookiePrefixRules {

    /** The prefix of a cookie bound to its host: Secure, path {@code /}, no domain. */
    static final String HOST = "__Host-";
    /** The prefix of a cookie that only a secure page can set. */
    static final String SECURE = "__Secure-";

    /** Where the cookie is configured, as named in messages. */
    static final String WHERE = "<session-config><cookie-config> (or SessionCookieConfig)";

    private CookiePrefixRules() {
    }

    /**
     * @param cookie the cookie's attributes as configured
     * @return the problems, empty when the name has no prefix or the attributes fit it
     */
    static List<ConfigProblem> problems(CookieAttributes cookie) {
        List<ConfigProblem> problems = new ArrayList<>();
        String name = cookie.name();
        if (name.startsWith(HOST)) {
            if (!cookie.secure() || !"/".equals(cookie.path()) || cookie.domain() != null) {
                problems.add(new ConfigProblem(Message.COOKIE_PREFIX, WHERE, "name " + ConfigProblem.shown(name)
                        + ", secure " + cookie.secure() + ", path " + ConfigProblem.shown(cookie.path()) + ", domain "
                        + ConfigProblem.shown(cookie.domain())));
            }
        } else if (name.startsWith(SECURE) && !cookie.secure()) {
            problems.add(new ConfigProblem(Message.COOKIE_PREFIX, WHERE, "name " + ConfigProblem.shown(name)
                    + ", secure false"));
        }
        return problems;
    }
}
