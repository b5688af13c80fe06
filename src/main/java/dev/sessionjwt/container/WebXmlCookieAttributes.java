package dev.sessionjwt.container;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import jakarta.servlet.ServletContext;

/**
 * Reads the Servlet 6 {@code <cookie-config><attribute>} entries (such as {@code SameSite}) of
 * {@code WEB-INF/web.xml}. Payara 6 does not parse them into its {@code SessionCookieConfig}, so the library
 * reads them itself and uses them where the container reports no value.
 */
public final class WebXmlCookieAttributes {

    private static final Logger LOG = Logger.getLogger(WebXmlCookieAttributes.class.getName());

    private WebXmlCookieAttributes() {
    }

    /**
     * @param context the web application's context, not null
     * @return the declared attributes by name, in order; empty when web.xml is absent, has none, or cannot be read
     */
    public static Map<String, String> of(ServletContext context) {
        try (InputStream webXml = context.getResourceAsStream("/WEB-INF/web.xml")) {
            return webXml == null ? Map.of() : parse(webXml);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            LOG.log(Level.FINE, "WEB-INF/web.xml could not be read for cookie attributes", e);
            return Map.of();
        }
    }

    static Map<String, String> parse(InputStream webXml) throws IOException, ParserConfigurationException,
            SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document document = builder.parse(webXml);
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
