package dev.sessionjwt.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: Arquillian on the {@link ServerUnderTest} (embedded Payara or GlassFish), real HTTP
 * with hand-made cookies, test WARs.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class IntegrationTestBase {

    // Use: @Deployment(testable = false) methods built with webArchive(name) (+ withConfig), then
    // @ArquillianResource @OperateOnDeployment("name") URL url, and at(url, "path") for a 127.0.0.1 URI.

    /** No cookie handler (cookies are set by hand), no redirects followed, HTTP/1.1. */
    protected static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A test WAR with the built library jar, jose4j (and its runtime deps), shaped for the {@link ServerUnderTest}. */
    protected static WebArchive webArchive(String name) {
        return Wars.libraryWar(name);
    }

    /**
     * Deploys a WAR that is meant to fail. An embedded server's deployer returns quietly, a managed server's (WildFly)
     * throws; either way the WAR is then not deployed, and the test reads the reason from the log ({@link LogCapture}).
     */
    protected static void deployFailing(Deployer deployer, String name) {
        try {
            deployer.deploy(name);
        } catch (Exception e) {
            // the managed container throws Arquillian's checked DeploymentException through Deployer.deploy
            if (ServerUnderTest.current().isEmbedded()) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        }
    }

    /** A fresh random signing secret (48 bytes, base64) for {@code session-jwt.key}. */
    protected static String randomKey() {
        return Wars.randomKey();
    }

    /** A fresh random secret (48 bytes, base64) to sign with; configure it as {@code "secret:" + secret}. */
    protected static String randomSecret() {
        return Wars.randomSecret();
    }

    /** Adds META-INF/microprofile-config.properties (in WEB-INF/classes) with the given entries. */
    protected static WebArchive withConfig(WebArchive war, Map<String, String> config) {
        return Wars.withConfig(war, config);
    }

    /** Adds META-INF/microprofile-config.properties (in WEB-INF/classes) with the given text. */
    protected static WebArchive withConfig(WebArchive war, String properties) {
        return Wars.withConfig(war, properties);
    }

    /** Resolves {@code path} against a deployment URL, host forced to 127.0.0.1 (Arquillian says localhost). */
    protected static URI at(URL deployment, String path) {
        try {
            URI base = new URI("http", null, "127.0.0.1", deployment.getPort(), deployment.getPath(), null, null);
            return base.resolve(path.startsWith("/") ? path.substring(1) : path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(deployment.toString(), e);
        }
    }

    /** GET with the given cookies ("name=value" each, joined into one Cookie header; none if empty). */
    protected static HttpResult get(URI uri, String... cookies) {
        return send(request(uri, cookies).GET());
    }

    /** POST of an application/x-www-form-urlencoded body with the given cookies. */
    protected static HttpResult post(URI uri, String formBody, String... cookies) {
        return post(uri, "application/x-www-form-urlencoded", BodyPublishers.ofString(formBody), cookies);
    }

    /** POST of any body with the given content type and cookies. */
    protected static HttpResult post(URI uri, String contentType, BodyPublisher body, String... cookies) {
        return send(request(uri, cookies).header("Content-Type", contentType).POST(body));
    }

    /** A request builder for {@code uri} with the Cookie header from {@code cookies}, for other methods/headers. */
    protected static HttpRequest.Builder request(URI uri, String... cookies) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        if (cookies.length > 0) {
            builder.header("Cookie", String.join("; ", cookies));
        }
        return builder;
    }

    /** Sends a request and reads the whole body as text. */
    protected static HttpResult send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
