package dev.sessionjwt.browser;

import java.util.Map;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.demo.DemoArchive;
import dev.sessionjwt.it.Wars;

/** Test variants of the demo: its classes and key under another name, with another web.xml or configuration. */
final class DemoVariants {

    /** A web.xml with the container's default cookie configuration (name JSESSIONID, path = the context path). */
    static final String DEFAULT_WEB_XML = "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"/>";

    /** A web.xml with the recommended production cookie: {@code __Host-session}, Secure, path /, HttpOnly. */
    static final String HOST_PREFIX_WEB_XML = """
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <session-config>
                    <cookie-config>
                        <name>__Host-session</name>
                        <path>/</path>
                        <secure>true</secure>
                        <http-only>true</http-only>
                    </cookie-config>
                </session-config>
            </web-app>
            """;

    private DemoVariants() {
    }

    /** The demo's configuration (its demo-only key, issuer and fields) plus {@code extra} entries. */
    static String demoConfig(Map<String, String> extra) {
        StringBuilder config = new StringBuilder("""
                session-jwt.key=classpath:demo-only-es256-private-key.pem
                session-jwt.issuer=session-jwt-demo
                session-jwt.fields=email:e:email,profile.displayName:dn:display_name
                """);
        extra.forEach((key, value) -> config.append(key).append('=').append(value).append('\n'));
        return config.toString();
    }

    /** The demo as {@code name}.war with the given web.xml and the demo's configuration plus {@code extra}. */
    static WebArchive demo(String name, String webXml, Map<String, String> extra) {
        return DemoArchive.variant(name, webXml, demoConfig(extra));
    }

    /** The demo as {@code name}.war signing with {@code privatePem} instead of the demo key. */
    static WebArchive demoWithKey(String name, String privatePem) {
        WebArchive war = DemoArchive.variant(name, DEFAULT_WEB_XML, "");
        war.delete("WEB-INF/classes/META-INF/microprofile-config.properties");
        return Wars.withConfig(war, Map.of("session-jwt.key", privatePem, "session-jwt.issuer", "session-jwt-demo"));
    }
}
