package dev.sessionjwt.internal.container.liberty;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.ContainerAdapterProvider;
import jakarta.servlet.ServletContext;

/**
 * Provides {@link LibertyContainerAdapter} where the server's class loader knows Liberty's web-container request
 * ({@value LibertyMembers#REQUEST}): Open Liberty and WebSphere Liberty. The check loads that class without
 * initializing it and names no Liberty class at compile time.
 */
public final class LibertyAdapterProvider implements ContainerAdapterProvider {

    @Override
    public String serverName() {
        return "Open Liberty 25 and WebSphere Liberty (Liberty web container)";
    }

    @Override
    public int priority() {
        return BUILT_IN;
    }

    @Override
    public boolean supports(ServletContext context) {
        return ContainerAdapterProvider.hasClass(context, LibertyMembers.REQUEST);
    }

    @Override
    public ContainerAdapter create(ServletContext context) {
        return LibertyContainerAdapter.of(context);
    }
}
