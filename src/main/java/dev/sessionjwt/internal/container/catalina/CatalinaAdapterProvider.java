package dev.sessionjwt.internal.container.catalina;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.ContainerAdapterProvider;
import jakarta.servlet.ServletContext;

/**
 * Provides {@link CatalinaContainerAdapter} where Catalina's request facade offers the public
 * {@code getUnwrappedCoyoteRequest()}: Payara 6 and GlassFish 7 (Tomcat's facade has no such method). The
 * check loads no class the server lacks and names none at compile time.
 */
public final class CatalinaAdapterProvider implements ContainerAdapterProvider {

    private static final String REQUEST_FACADE = "org.apache.catalina.connector.RequestFacade";
    private static final String UNWRAP = "getUnwrappedCoyoteRequest";

    @Override
    public String serverName() {
        return "Payara 6 and GlassFish 7 (Catalina)";
    }

    @Override
    public int priority() {
        return BUILT_IN;
    }

    @Override
    public boolean supports(ServletContext context) {
        return ContainerAdapterProvider.findClass(context, REQUEST_FACADE).map(facade -> {
            try {
                return facade.getMethod(UNWRAP) != null;
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                return false;
            }
        }).orElse(false);
    }

    @Override
    public ContainerAdapter create(ServletContext context) {
        return CatalinaContainerAdapter.of(context);
    }
}
