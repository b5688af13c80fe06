package dev.sessionjwt.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * GlassFish 8 (Jakarta EE 11) for the demo and the HTTP benchmark ({@code -Ddemo.server=glassfish8},
 * {@code -Dbench.server=glassfish8}), run as src-it/glassfish8 runs it: the full server the build unpacked (system
 * property {@code glassfish8.home}), its domain {@code domain1} written from the loopback-only domain of that project
 * (the copy the build filtered, {@code glassfish8.domain.template}) with the HTTP listener on {@code 127.0.0.1} at the
 * given port, the heap {@link LocalServer#HEAP} and the options {@link LocalServer#JVM_OPTIONS}, started by
 * {@code asadmin start-domain} on this JVM's java ({@code AS_JAVA}). WARs go in through {@code asadmin deploy} on the
 * admin listener of 127.0.0.1 ({@code it.glassfish8.admin.port}). GlassFish runs detached from this JVM (asadmin
 * starts it so), so {@link #close()}, which also runs when this JVM ends, stops the domain.
 *
 * <pre>
 * try (GlassFishDomainServer server = GlassFishDomainServer.start(8080)) {
 *     server.deploy(DemoArchive.create(), "demo");
 * }
 * </pre>
 */
public final class GlassFishDomainServer implements LocalServer {

    private static final String DOMAIN = "domain1";
    private static final long ASADMIN_TIMEOUT_MINUTES = 5;

    private final Path home;
    private final int port;
    private final Thread stopAtExit;
    private boolean stopped;

    private GlassFishDomainServer(Path home, int port) {
        this.home = home;
        this.port = port;
        this.stopAtExit = new Thread(this::stopQuietly, "glassfish8-stop");
    }

    /**
     * Writes the domain for {@code port} and starts it; returns once asadmin says the domain is up.
     *
     * @param port the HTTP port; it must be free
     * @throws IllegalStateException if asadmin fails to start the domain (with what it printed)
     */
    public static GlassFishDomainServer start(int port) throws Exception {
        LocalServer.requireFreePort(port);
        Path home = Path.of(required("glassfish8.home"));
        writeDomain(Path.of(required("glassfish8.domain.template")), domainDir(home).resolve("config/domain.xml"), port);
        GlassFishDomainServer server = new GlassFishDomainServer(home, port);
        server.asadmin("start-domain", DOMAIN);
        Runtime.getRuntime().addShutdownHook(server.stopAtExit);
        return server;
    }

    /**
     * The template with {@code http-listener-1} of {@code server-config} on {@code port}, the heap of
     * {@link LocalServer#HEAP} in place of the template's {@code -Xmx}, and each option of {@link LocalServer#JVM_OPTIONS}
     * (split at white space) added as a {@code jvm-options} element.
     */
    static void writeDomain(Path template, Path domainXml, int port) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document domain = factory.newDocumentBuilder().parse(template.toFile());
        Element config = child(domain.getDocumentElement(), "configs", null, null);
        config = child(config, "config", "name", "server-config");
        Element listener = child(child(child(config, "network-config", null, null), "network-listeners", null, null),
                "network-listener", "name", "http-listener-1");
        listener.setAttribute("port", Integer.toString(port));
        Element javaConfig = child(config, "java-config", null, null);
        List<String> options = new ArrayList<>();
        String heap = System.getProperty(LocalServer.HEAP);
        if (heap != null && !heap.isBlank()) {
            NodeList existing = javaConfig.getElementsByTagName("jvm-options");
            for (int i = existing.getLength() - 1; i >= 0; i--) {
                if (existing.item(i).getTextContent().trim().startsWith("-Xmx")) {
                    javaConfig.removeChild(existing.item(i));
                }
            }
            options.add("-Xmx" + heap);
        }
        for (String option : System.getProperty(LocalServer.JVM_OPTIONS, "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        for (String option : options) {
            Element element = domain.createElement("jvm-options");
            element.setTextContent(option);
            javaConfig.appendChild(element);
        }
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
        transformer.transform(new DOMSource(domain), new StreamResult(domainXml.toFile()));
    }

    @Override
    public int port() {
        return port;
    }

    /** GlassFish's JVM, named by the pid file the domain writes. */
    @Override
    public Optional<ProcessHandle> jvm() {
        try {
            long pid = Long.parseLong(Files.readString(domainDir(home).resolve("config/pid")).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Deploys a WAR at {@code /name} with {@code asadmin deploy}, which returns once the application has started.
     *
     * @throws IllegalStateException if the deployment fails (with what asadmin printed; the domain's server.log says more)
     */
    @Override
    public void deploy(WebArchive war, String name) throws Exception {
        Path file = Files.createTempFile(name, ".war");
        try {
            war.as(ZipExporter.class).exportTo(file.toFile(), true);
            asadmin("--host", "127.0.0.1", "--port", required("it.glassfish8.admin.port"), "deploy", "--force=true",
                    "--name", name, "--contextroot", name, file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Stops the domain ({@code asadmin stop-domain}); a second call does nothing. */
    @Override
    public synchronized void close() throws Exception {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // this is the hook, or another one, running at exit
        }
        Optional<ProcessHandle> jvm = jvm();
        asadmin("stop-domain", DOMAIN);
        // polled, not ProcessHandle.onExit(): at JVM exit the common pool that completes onExit may itself be blocked in
        // System.exit (LocalServer.exitWithParent), and a join on it never returned (measured with jstack)
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(ASADMIN_TIMEOUT_MINUTES);
        while (jvm.isPresent() && jvm.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (Exception e) {
            System.err.println("Could not stop GlassFish's " + DOMAIN + ": " + e);
        }
    }

    private void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("glassfish/bin/asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        // into a file, not a pipe: the server that start-domain detaches inherits asadmin's output and keeps it open
        Path output = Files.createTempFile("asadmin", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("AS_JAVA", System.getProperty("java.home"));
            builder.environment().remove("JAVA_HOME");
            Process process = builder.start();
            process.getOutputStream().close(); // --interactive=false: asadmin reads nothing
            boolean ended = process.waitFor(ASADMIN_TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!ended || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + (ended ? " failed" : " timed out")
                        + " on GlassFish (" + domainDir(home).resolve("logs/server.log") + "):\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Path domainDir(Path home) {
        return home.resolve("glassfish/domains").resolve(DOMAIN);
    }

    /** The first child element of {@code parent} named {@code tag} (with {@code attribute} = {@code value} if given). */
    private static Element child(Node parent, String tag, String attribute, String value) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)
                    && (attribute == null || value.equals(element.getAttribute(attribute)))) {
                return element;
            }
        }
        throw new IllegalStateException("The GlassFish domain template has no <" + tag + ">"
                + (attribute == null ? "" : " with " + attribute + "=\"" + value + "\"") + " under <"
                + parent.getNodeName() + ">");
    }

    private static String required(String property) {
        return LocalServer.requiredProperty(property, "glassfish8");
    }
}
