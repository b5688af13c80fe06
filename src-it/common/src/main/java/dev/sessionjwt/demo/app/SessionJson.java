package dev.sessionjwt.demo.app;

import java.io.StringReader;

import org.jose4j.json.JsonUtil;

import dev.sessionjwt.servlet.SessionJwt;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Builds the demo API's answer: {@code {"server":..., "sessionId":..., "counter":..., "claims":{...},
 * "longClaims":{...}}}, the server that answers ({@code ServletContext.getServerInfo()}) and the claims as in the
 * token and as the application reads them ({@link SessionJwt}, long names).
 */
final class SessionJson {

    private SessionJson() {
    }

    static String of(HttpServletRequest request, Counter counter) {
        HttpSession session = request.getSession(false);
        JsonObjectBuilder json = Json.createObjectBuilder().add("server", request.getServletContext().getServerInfo());
        if (session == null) {
            json.addNull("sessionId").add("counter", 0);
        } else {
            json.add("sessionId", session.getId()).add("counter", counter.value());
        }
        String longClaims = JsonUtil.toJson(CDI.current().select(SessionJwt.class).get().claims());
        try (var reader = Json.createReader(new StringReader(longClaims))) {
            json.add("longClaims", reader.readObject());
        }
        return json.add("claims", DecodedToken.of(request).claims()).build().toString();
    }
}
