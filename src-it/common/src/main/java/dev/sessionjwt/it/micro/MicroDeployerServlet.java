package dev.sessionjwt.it.micro;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The deployer application's one servlet, inside Payara Micro: {@code GET} answers 200 once it runs; {@code POST deploy?name=N&path=P} deploys the WAR file P
 * under the context root /N, {@code POST undeploy?name=N} removes it; the answer is {@code true} or {@code false}. A
 * {@code POST} without the secret of the file that the system property {@code sessionjwt.deployer.secret.file} names,
 * in the header {@code X-Session-Jwt-Deployer}, gets 403 and does nothing: a cross-site form cannot set that header,
 * and only the user who started the server can read the file.
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
        if (!hasSecret(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
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

    /** Whether the request carries the secret of the file the server was started with (never true without one). */
    private static boolean hasSecret(HttpServletRequest request) throws IOException {
        String file = System.getProperty("sessionjwt.deployer.secret.file");
        String given = request.getHeader("X-Session-Jwt-Deployer");
        if (file == null || given == null) {
            return false;
        }
        byte[] expected = Files.readString(Path.of(file)).strip().getBytes(StandardCharsets.UTF_8);
        return expected.length > 0 && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
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
