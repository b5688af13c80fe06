package dev.sessionjwt.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.demo.LoopbackServer;

/**
 * The one embedded Payara of the browser tests' JVM, booted on first use from the loopback-only domain.xml: HTTP on
 * 127.0.0.1:{@code it.http.port} and HTTPS on 127.0.0.1:{@code it.https.port} with a self-signed certificate made
 * by keytool for this run. Stopped when the JVM exits.
 */
final class BrowserServer {

    /** The key store password; Payara's default master password, which it uses to open the key store. */
    private static final String PASSWORD = "changeit";

    private static LoopbackServer server;
    private static final Set<String> DEPLOYED = new HashSet<>();

    private BrowserServer() {
    }

    /** http://127.0.0.1:PORT/ + path. */
    static URI http(String path) {
        start();
        return URI.create("http://127.0.0.1:" + Integer.getInteger("it.http.port", 18080) + "/" + path);
    }

    /** https://127.0.0.1:PORT/ + path. */
    static URI https(String path) {
        start();
        return URI.create("https://127.0.0.1:" + Integer.getInteger("it.https.port", 18443) + "/" + path);
    }

    /** Deploys {@code war} at /{@code name} unless an application of that name is already deployed. */
    static synchronized void deployOnce(String name, WebArchive war) {
        if (DEPLOYED.contains(name)) {
            return;
        }
        redeploy(name, war);
    }

    /** Deploys {@code war} at /{@code name}, first undeploying what is deployed under that name. */
    static synchronized void redeploy(String name, WebArchive war) {
        start();
        try {
            if (DEPLOYED.remove(name)) {
                server.undeploy(name);
            }
            server.deploy(war, name);
            DEPLOYED.add(name);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot deploy " + name, e);
        }
    }

    private static synchronized void start() {
        if (server != null) {
            return;
        }
        Path keyStore = selfSignedKeyStore(Path.of("target", "browser-tls", "keystore.p12"));
        System.setProperty("javax.net.ssl.keyStore", keyStore.toAbsolutePath().toString());
        System.setProperty("javax.net.ssl.keyStorePassword", PASSWORD);
        System.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
        try {
            server = LoopbackServer.start(Integer.getInteger("it.http.port", 18080),
                    Integer.getInteger("it.https.port", 18443));
        } catch (Exception e) {
            throw new IllegalStateException("Embedded Payara for the browser tests did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Browser test server shutdown: " + e);
            }
        }, "browser-server-shutdown"));
    }

    /** A fresh PKCS#12 key store with one self-signed P-256 certificate for 127.0.0.1, alias s1as (Payara's). */
    private static Path selfSignedKeyStore(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "s1as",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                    "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD,
                    "-keypass", PASSWORD)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.isRegularFile(file)) {
                throw new IllegalStateException("keytool could not make the test certificate: " + output);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
