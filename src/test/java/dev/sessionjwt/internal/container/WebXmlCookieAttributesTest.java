package dev.sessionjwt.internal.container;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** Unit tests of {@link WebXmlCookieAttributes}: the Servlet 6 cookie attributes Payara 6 and WildFly 37 do not parse. */
class WebXmlCookieAttributesTest {

    @Test
    void readsEveryAttributeOfTheCookieConfig() throws Exception {
        Map<String, String> attributes = parse("""
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <session-config><cookie-config>
                    <name>SID</name>
                    <attribute><attribute-name>SameSite</attribute-name><attribute-value> Strict </attribute-value></attribute>
                    <attribute><attribute-name>Partitioned</attribute-name><attribute-value>true</attribute-value></attribute>
                  </cookie-config></session-config>
                </web-app>""");

        assertThat(attributes, is(Map.of("SameSite", "Strict", "Partitioned", "true")));
    }

    @Test
    void webXmlWithoutCookieConfigHasNone() throws Exception {
        assertThat(parse("<web-app version=\"6.0\"><session-config/></web-app>"), is(anEmptyMap()));
    }

    @Test
    void doctypeIsRefusedSoNoEntityIsEverExpanded() {
        assertThrows(SAXException.class, () -> parse("<!DOCTYPE web-app [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<web-app>&x;</web-app>"));
    }

    private static Map<String, String> parse(String xml) throws Exception {
        return WebXmlCookieAttributes.attributes(
                WebXmlDocument.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }
}
