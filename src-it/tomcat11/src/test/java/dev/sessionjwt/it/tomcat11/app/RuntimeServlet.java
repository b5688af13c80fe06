package dev.sessionjwt.it.tomcat11.app;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Says what the application runs on: the server, the Servlet version it implements and the Java version. */
@WebServlet("/runtime")
public class RuntimeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print("server=" + getServletContext().getServerInfo()
                + "\nservlet=" + getServletContext().getMajorVersion() + "." + getServletContext().getMinorVersion()
                + "\njava=" + Runtime.version().feature() + "\n");
    }
}
