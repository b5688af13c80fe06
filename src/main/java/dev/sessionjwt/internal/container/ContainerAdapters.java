package dev.sessionjwt.internal.container;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;

import jakarta.servlet.ServletContext;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.ContainerAdapterProvider;

/**
 * Chooses the {@link ContainerAdapter} for the running server among the {@link ContainerAdapterProvider}s
 * that {@link ServiceLoader} finds through the web application's class loader, or refuses the deployment
 * ({@code SJWT0010}, naming the server and the supported ones). Precedence: see {@link ContainerAdapterProvider}.
 */
public final class ContainerAdapters {

    private static final Logger LOG = Logger.getLogger(ContainerAdapters.class.getName());
    /** Bounds the providers tried, so a broken service file cannot keep the iteration going. */
    private static final int MAX_PROVIDERS = 64;

    /** The order of precedence: highest priority first, then by class name. */
    static final Comparator<ContainerAdapterProvider> PRECEDENCE = Comparator
            .comparingInt(ContainerAdapterProvider::priority).reversed()
            .thenComparing(provider -> provider.getClass().getName());

    private ContainerAdapters() {
    }

    /**
     * @param context the web application's context, not null
     * @return the adapter for this server
     * @throws UnsupportedContainerException if no provider supports it
     */
    public static ContainerAdapter forContext(ServletContext context) {
        return choose(context, providers(context));
    }

    /**
     * @param context   the web application's context, not null
     * @param providers the candidates, in any order
     * @return the adapter of the first supporting provider in order of precedence
     * @throws UnsupportedContainerException if none supports the server
     */
    static ContainerAdapter choose(ServletContext context, List<ContainerAdapterProvider> providers) {
        List<ContainerAdapterProvider> ordered = new ArrayList<>(providers);
        ordered.sort(PRECEDENCE);
        for (ContainerAdapterProvider provider : ordered) {
            if (supports(provider, context)) {
                Message.ADAPTER_CHOSEN.log(LOG, provider.getClass().getName(), provider.serverName());
                return provider.create(context);
            }
        }
        throw new UnsupportedContainerException(String.valueOf(context.getServerInfo()),
                ordered.stream().map(ContainerAdapterProvider::serverName).distinct().toList());
    }

    private static boolean supports(ContainerAdapterProvider provider, ServletContext context) {
        try {
            return provider.supports(context);
        } catch (RuntimeException | LinkageError e) {
            Message.ADAPTER_PROVIDER_SKIPPED.log(LOG, e, provider.getClass().getName(),
                    "it failed to say whether it supports this server");
            return false;
        }
    }

    /** Every provider the application's class loader lists; one that cannot be loaded is logged and skipped. */
    static List<ContainerAdapterProvider> providers(ServletContext context) {
        ClassLoader loader = context.getClassLoader();
        Iterator<ContainerAdapterProvider> found = ServiceLoader.load(ContainerAdapterProvider.class,
                loader != null ? loader : ContainerAdapters.class.getClassLoader()).iterator();
        List<ContainerAdapterProvider> providers = new ArrayList<>();
        for (int tried = 0; tried < MAX_PROVIDERS; tried++) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                providers.add(found.next());
            } catch (ServiceConfigurationError e) {
                Message.ADAPTER_PROVIDER_SKIPPED.log(LOG, "listed in META-INF/services",
                        "it could not be loaded (" + e.getMessage() + ")");
            }
        }
        return providers;
    }

}
