package dev.sessionjwt.internal.container;

import java.util.LinkedHashMap;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import jakarta.servlet.ServletContext;

/**
 * Reads the Servlet 6 {@code <cookie-config><attribute>} entries (such as {@code SameSite}) of
 * {@code WEB-INF/web.xml}. Neither Payara 6 nor WildFly 37 parses them into its {@code SessionCookieConfig}, so
 * their adapters read them here ({@link dev.sessionjwt.container.ContainerAdapter#declaredCookieAttributes()}) and the library uses them where
 * the container reports no value.
 */
public final class WebXmlCookieAttributes {

    private WebXmlCookieAttributes() {
    }

    /**
     * @param context the web application's context, not null
     * @return the declared attributes by name, in order; empty when web.xml is absent, has none, or cannot be read
     */
    public static Map<String, String> of(ServletContext context) {
        return WebXmlDocument.of(context).map(WebXmlCookieAttributes::attributes).orElse(Map.of());
    }

    static Map<String, String> attributes(Document document) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NodeList cookieConfigs = document.getElementsByTagNameNS("*", "cookie-config");
        for (int i = 0; i < cookieConfigs.getLength(); i++) {
            NodeList entries = ((Element) cookieConfigs.item(i)).getElementsByTagNameNS("*", "attribute");
            for (int j = 0; j < entries.getLength(); j++) {
                Element entry = (Element) entries.item(j);
                String name = text(entry, "attribute-name");
                String value = text(entry, "attribute-value");
                if (name != null && value != null) {
                    attributes.put(name, value);
                }
            }
        }
        return attributes;
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
