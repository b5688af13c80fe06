package dev.sessionjwt.it.app.adapter;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** {@code /adapter}: "binds=N session=ID" (ID "none" without a session); {@code /adapter?create} creates one. */
@WebServlet("/adapter")
public class AdapterProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(request.getParameter("create") != null);
        response.setContentType("text/plain");
        response.getWriter().write("binds=" + request.getAttribute(CountingAdapter.BINDS) + " session="
                + (session == null ? "none" : session.getId()));
    }
}
