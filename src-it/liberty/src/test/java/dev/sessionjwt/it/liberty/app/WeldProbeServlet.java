package dev.sessionjwt.it.liberty.app;

import java.io.IOException;

import dev.sessionjwt.demo.app.Counter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code GET weld/holder}: whether Weld's session holder is visible to the application's class loader and to the
 * class loader of Weld's {@code BeanManager}. {@code POST weld/count}: increments the {@code @SessionScoped} counter
 * and answers the request's session id and the new value ({@code ?create=false} resolves no new session).
 */
@WebServlet("/weld/*")
public class WeldProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SESSION_HOLDER = "org.jboss.weld.module.web.servlet.SessionHolder";

    @Inject
    private Counter counter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print("application=" + visible(Thread.currentThread().getContextClassLoader())
                + " beanManager=" + visible(CDI.current().getBeanManager().getClass().getClassLoader()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(!"false".equals(request.getParameter("create")));
        int value = session == null ? -1 : counter.increment();
        response.setContentType("text/plain");
        response.getWriter().print("session=" + (session == null ? "none" : session.getId()) + " counter=" + value);
    }

    private static String visible(ClassLoader loader) {
        try {
            Class.forName(SESSION_HOLDER, false, loader);
            return "visible";
        } catch (ClassNotFoundException | LinkageError e) {
            return "hidden";
        }
    }
}
