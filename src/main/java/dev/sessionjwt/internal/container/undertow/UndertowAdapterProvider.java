package dev.sessionjwt.internal.container.undertow;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.ContainerAdapterProvider;
import jakarta.servlet.ServletContext;

/**
 * Provides the Undertow adapter where the servlet context is Undertow's: WildFly 37 and JBoss EAP 8. The check
 * compares a class name and loads nothing; this class names no Undertow class, only its adapter does.
 */
public final class UndertowAdapterProvider implements ContainerAdapterProvider {

    private static final String SERVLET_CONTEXT = "io.undertow.servlet.spec.ServletContextImpl";

    @Override
    public String serverName() {
        return "WildFly 37 and JBoss EAP 8 (Undertow)";
    }

    @Override
    public int priority() {
        return BUILT_IN;
    }

    @Override
    public boolean supports(ServletContext context) {
        return context.getClass().getName().equals(SERVLET_CONTEXT);
    }

    @Override
    public ContainerAdapter create(ServletContext context) {
        return UndertowAdapters.create(context);
    }
}
