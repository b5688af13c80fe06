package dev.sessionjwt.claims;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A back-channel logout endpoint for a service that reads the application's cookie: the application's POST of
 * {@code logout_token} is given to {@link SessionJwtReader#acceptLogoutToken}, and answered 200 when it was taken,
 * 400 otherwise (OpenID Connect Back-Channel Logout 1.0), never cached. Register it yourself, at the URL the
 * application lists in {@code session-jwt.backchannel-logout.uris}:
 *
 * <pre>
 * context.addServlet("logout", new LogoutTokenServlet(reader, "https://orders.example.com/logout"))
 *         .addMapping("/logout");
 * </pre>
 *
 * @since 1.0
 */
public final class LogoutTokenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LogoutTokenServlet.class.getName());

    private final transient SessionJwtReader reader;
    private final String audience;

    /**
     * @param reader   the reader whose tokens a logout ends
     * @param audience this endpoint's URL, exactly as the application lists it
     */
    public LogoutTokenServlet(SessionJwtReader reader, String audience) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.audience = Objects.requireNonNull(audience, "audience");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> problem = reader.acceptLogoutToken(request.getParameter("logout_token"), audience);
        response.setHeader("Cache-Control", "no-store");
        if (problem.isPresent()) {
            Message.LOGOUT_TOKEN_REFUSED.log(LOG, problem.get());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            response.setStatus(HttpServletResponse.SC_OK);
        }
    }
}
