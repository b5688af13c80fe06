package dev.sessionjwt.demo.app;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Builds the demo API's answer: {@code {"sessionId":..., "counter":..., "claims":{...}}}. */
final class SessionJson {

    private SessionJson() {
    }

    static String of(HttpServletRequest request, Counter counter) {
        HttpSession session = request.getSession(false);
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (session == null) {
            json.addNull("sessionId").add("counter", 0);
        } else {
            json.add("sessionId", session.getId()).add("counter", counter.value());
        }
        return json.add("claims", DecodedToken.of(request).claims()).build().toString();
    }
}
