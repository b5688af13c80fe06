package dev.sessionjwt.internal.container;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link WebXmlDocument}: the distributable flag, read from the document and not from text. */
class WebXmlDocumentTest {

    @Test
    void distributableElementMarksTheApplication() {
        assertThat(WebXmlDocument.isDistributable(context("""
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"><distributable/></web-app>""")),
                is(true));
    }

    @Test
    void aCommentedOutElementDoesNot() {
        assertThat(WebXmlDocument.isDistributable(context("""
                <web-app version="6.0"><!-- <distributable/> --><display-name>x</display-name></web-app>""")),
                is(false));
    }

    @Test
    void noWebXmlOrAnUnreadableOneIsNotDistributable() {
        assertThat(WebXmlDocument.isDistributable(context(null)), is(false));
        assertThat(WebXmlDocument.isDistributable(context("<web-app><distributable/>")), is(false));
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        assertThat(WebXmlDocument.isDistributable(context("""
                <?xml version="1.0"?><!DOCTYPE web-app [<!ENTITY e "x">]><web-app><distributable/></web-app>""")),
                is(false));
    }

    private static ServletContext context(String webXml) {
        return (ServletContext) Proxy.newProxyInstance(WebXmlDocumentTest.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getResourceAsStream") && "/WEB-INF/web.xml".equals(args[0])) {
                        return webXml == null ? null
                                : (InputStream) new ByteArrayInputStream(webXml.getBytes(StandardCharsets.UTF_8));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
