package dev.sessionjwt.internal.container;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import jakarta.servlet.ServletContext;

/**
 * Parses {@code WEB-INF/web.xml} for the few facts the container does not report through the Servlet API,
 * with document type declarations refused (no external entities, no entity expansion).
 */
public final class WebXmlDocument {

    private static final Logger LOG = Logger.getLogger(WebXmlDocument.class.getName());

    private WebXmlDocument() {
    }

    /**
     * @param context the web application's context, not null
     * @return the parsed web.xml, or empty when it is absent or cannot be read
     */
    public static Optional<Document> of(ServletContext context) {
        try (InputStream webXml = context.getResourceAsStream("/WEB-INF/web.xml")) {
            return webXml == null ? Optional.empty() : Optional.of(parse(webXml));
        } catch (IOException | ParserConfigurationException | SAXException e) {
            LOG.log(Level.FINE, "WEB-INF/web.xml could not be read", e);
            return Optional.empty();
        }
    }

    /**
     * Whether web.xml marks the application {@code <distributable/>}, so the container replicates its sessions.
     *
     * @param context the web application's context, not null
     */
    public static boolean isDistributable(ServletContext context) {
        return of(context).map(document -> document.getDocumentElement() != null
                && document.getDocumentElement().getElementsByTagNameNS("*", "distributable").getLength() > 0)
                .orElse(false);
    }

    /**
     * @param webXml the document, not null
     * @return the parsed document; a document type declaration is refused
     * @throws IOException if it cannot be read
     * @throws ParserConfigurationException if the platform's parser lacks the safety features
     * @throws SAXException if it is not well-formed or declares a document type
     */
    public static Document parse(InputStream webXml) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(webXml);
    }
}
