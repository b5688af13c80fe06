package dev.sessionjwt.internal.container.tomcat;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.ContainerAdapterProvider;
import jakarta.servlet.ServletContext;

/**
 * Provides {@link TomcatContainerAdapter} where Catalina's request facade is Tomcat's: it keeps the Catalina request in
 * its field {@value #FIELD} and has no {@code getUnwrappedCoyoteRequest()} (Payara's and GlassFish's facades have that
 * method, and their own adapter). The check loads no class the server lacks and names none at compile time.
 */
public final class TomcatAdapterProvider implements ContainerAdapterProvider {

    static final String REQUEST_FACADE = "org.apache.catalina.connector.RequestFacade";
    static final String FIELD = "request";
    private static final String PAYARA_UNWRAP = "getUnwrappedCoyoteRequest";

    @Override
    public String serverName() {
        return "Apache Tomcat 10.1 and 11.0";
    }

    @Override
    public int priority() {
        return BUILT_IN;
    }

    @Override
    public boolean supports(ServletContext context) {
        return ContainerAdapterProvider.findClass(context, REQUEST_FACADE).map(facade -> {
            try {
                facade.getMethod(PAYARA_UNWRAP);
                return false;
            } catch (NoSuchMethodException e) {
                return hasField(facade);
            } catch (LinkageError | RuntimeException e) {
                return false;
            }
        }).orElse(false);
    }

    private static boolean hasField(Class<?> facade) {
        try {
            return facade.getDeclaredField(FIELD) != null;
        } catch (NoSuchFieldException | LinkageError | RuntimeException e) {
            return false;
        }
    }

    @Override
    public ContainerAdapter create(ServletContext context) {
        return TomcatContainerAdapter.of(context);
    }
}
