package dev.sessionjwt.it.micro;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The deployer application's one servlet, inside Payara Micro: {@code GET} answers 200 once it runs; {@code POST deploy?name=N&path=P} deploys the WAR file P
 * under the context root /N, {@code POST undeploy?name=N} removes it; the answer is {@code true} or {@code false}.
 * It calls Payara Micro's public {@code PayaraMicro.getInstance().getRuntime()}, which an application sees (measured
 * on 7.2026.11), by reflection so that the test code needs no Payara jar. Each call runs on a thread of its own, which
 * ends with it: a deployment that fails while starting may leave its invocation on the deploying thread (as embedded
 * Payara 6 does, see DeploymentGuard), and an HTTP worker thread would carry it into later requests.
 */
@WebServlet("/*")
public class MicroDeployerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Any GET answers 200: the server is up and this application deployed. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write("ready");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        String path = request.getParameter("path");
        String operation = request.getPathInfo();
        if (name == null || !("/deploy".equals(operation) && path != null || "/undeploy".equals(operation))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> outcome.set(call(operation, name, path)), "session-jwt-deployer");
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write(String.valueOf(outcome.get()));
    }

    private static Object call(String operation, String name, String path) {
        try {
            Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
            Object instance = micro.getMethod("getInstance").invoke(null);
            Object runtime = micro.getMethod("getRuntime").invoke(instance);
            Class<?> api = Class.forName("fish.payara.micro.PayaraMicroRuntime");
            Thread.currentThread().setContextClassLoader(runtime.getClass().getClassLoader());
            if ("/deploy".equals(operation)) {
                Method deploy = api.getMethod("deploy", String.class, String.class, File.class);
                Object deployed = deploy.invoke(runtime, name, "/" + name, new File(path));
                // deploy answers true for an application that failed to start (measured on 7.2026.11: "Exception
                // while loading the app"), which is then not among the deployed ones
                return Boolean.TRUE.equals(deployed)
                        && ((Collection<?>) api.getMethod("getDeployedApplicationNames").invoke(runtime)).contains(name);
            }
            api.getMethod("undeploy", String.class).invoke(runtime, name);
            return Boolean.TRUE;
        } catch (InvocationTargetException e) {
            return "false: " + e.getCause();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "false: " + e;
        }
    }
}
