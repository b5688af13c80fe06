package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.config.ConfigProblem;
import dev.sessionjwt.internal.config.DeploymentSettings;
import dev.sessionjwt.internal.config.InvalidSettingsException;
import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.internal.config.SettingsReader;
import dev.sessionjwt.internal.message.Message;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.servlet.ServletContext;

/**
 * The configuration test: a deployment with several problems (settings, the server, the cookie name, a claim
 * producer) fails with one error that names each key, value and what is expected.
 */
class DeploymentCheckTest {

    /** Loads no Catalina class, so no container adapter supports the fake server. */
    private static final ClassLoader APPLICATION = new ClassLoader(DeploymentCheckTest.class.getClassLoader()) {
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.apache.catalina.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    };

    private static ServletContext context(FakeSessionCookieConfig cookie) {
        return (ServletContext) Proxy.newProxyInstance(APPLICATION, new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServerInfo" -> "Acme AppServer 9.1";
                    case "getClassLoader" -> APPLICATION;
                    case "getContextPath" -> "/shop";
                    case "getSessionCookieConfig" -> cookie.proxy();
                    case "getResourceAsStream" -> null;
                    case "toString" -> "FakeContext";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static DeploymentSettings deployment(Map<String, String> properties) {
        return DeploymentSettings.of(new ClassLoader(APPLICATION) {
        }, loader -> SettingsReader.check(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build(), loader));
    }

    @Test
    void everyProblemOfADeploymentIsReportedInOneErrorNamingKeyValueAndExpectation() {
        FakeSessionCookieConfig cookie = new FakeSessionCookieConfig();
        cookie.name = "__Host-session";
        cookie.path = "/";
        DeploymentSettings deployment = deployment(Map.of(
                SettingKeys.KEY, "secret:too-short",
                SettingKeys.MECHANISM, "sometimes",
                SettingKeys.SESSION_FIELD, "exp",
                SettingKeys.CACHE_SIZE, "lots"));
        ConfigProblem producer = new ConfigProblem(Message.BAD_PRODUCER_CLAIM_NAME, "@SessionClaim on app.Claims.x()",
                "value \"exp\", longName \"exp\"", "aud, exp, sk");
        deployment.reportWithInitializer(List.of(producer));

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> DeploymentCheck.run(context(cookie), deployment));

        List<String> lines = e.getMessage().lines().toList();
        assertThat(lines.get(0), is("SJWT0000: session-jwt cannot start, its configuration has 7 problems (fix each"
                + " where its key is set: microprofile-config.properties, system properties, environment variables,"
                + " web.xml or the named annotation) [see src/site/markdown/messages.md#sjwt0000]:"));
        assertThat(lines.subList(1, lines.size()), contains(
                "  SJWT0010: session-jwt cannot bind sessions in the server \"Acme AppServer 9.1\": it has no container"
                        + " adapter; the adapters found support: Payara 6 and GlassFish 7 (Catalina); Open Liberty 25 and"
                        + " WebSphere Liberty (Liberty web container); Apache Tomcat 10.1 and 11.0; WildFly 37 and"
                        + " JBoss EAP 8 (Undertow). Deploy on one of these, add an adapter for this server"
                        + " (src/site/markdown/contributing.md#container-adapters), or remove session-jwt from this"
                        + " application. [see src/site/markdown/messages.md#sjwt0010]",
                "  SJWT0002: session-jwt.key = (a secret of 9 bytes, not shown) is invalid; expected at least 32 bytes"
                        + " for HS256, for example the output of `openssl rand -base64 48` [see src/site/markdown/messages.md#sjwt0002]",
                "  SJWT0003: session-jwt.session-field = \"exp\" is invalid; expected a claim name (a letter or '_',"
                        + " then letters, digits, '_', '-' or '.', at most 64) that is none of the reserved names aud,"
                        + " exp, groups, iat, iss, jti, nbf, sub, typ, upn [see src/site/markdown/messages.md#sjwt0003]",
                "  SJWT0005: session-jwt.mechanism = \"sometimes\" is invalid; expected true or false [see src/site/markdown/messages.md#sjwt0005]",
                "  SJWT0060: session-jwt.cache-size = \"lots\" is invalid; expected a whole number of entries from 0 to"
                        + " 1000000 (default 4096) [see src/site/markdown/messages.md#sjwt0060]",
                "  SJWT0012: <session-config><cookie-config> (or SessionCookieConfig) = name \"__Host-session\", secure"
                        + " false, path \"/\", domain (absent) is invalid; expected a __Host- cookie to be"
                        + " <secure>true</secure> with <path>/</path> and no <domain>, a __Secure- cookie to be"
                        + " <secure>true</secure>; browsers drop it otherwise [see src/site/markdown/messages.md#sjwt0012]",
                "  SJWT0043: @SessionClaim on app.Claims.x() = value \"exp\", longName \"exp\" is invalid; expected"
                        + " claim names of a letter or '_', then letters, digits, '_', '-' or '.' (at most 64), none of"
                        + " them reserved: aud, exp, sk [see src/site/markdown/messages.md#sjwt0043]"));
        assertThat(e.problems().stream().map(ConfigProblem::id).toList(), contains(Message.SECRET_TOO_SHORT.id(),
                Message.BAD_SESSION_FIELD.id(), Message.BAD_BOOLEAN.id(), Message.BAD_CACHE_SIZE.id(),
                Message.COOKIE_PREFIX.id(), Message.BAD_PRODUCER_CLAIM_NAME.id()));
    }

    @Test
    void theExtensionReportsProducerProblemsItselfOnceTheCheckHasRun() {
        FakeSessionCookieConfig cookie = new FakeSessionCookieConfig();
        DeploymentSettings deployment = deployment(Map.of(SettingKeys.KEY, "secret:" + "s".repeat(32)));

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> DeploymentCheck.run(context(cookie), deployment));

        assertThat(e.getMessage().lines().skip(1).map(line -> line.substring(2, 10)).toList(),
                contains(Message.UNSUPPORTED_CONTAINER.id()));
        assertThat(deployment.reportWithInitializer(List.of()), is(false));
    }
}
