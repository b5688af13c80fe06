package dev.sessionjwt.it.app.adapter;

import java.util.ServiceLoader;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.ContainerAdapterProvider;
import jakarta.servlet.ServletContext;

/**
 * An application-supplied provider, as in src/site/markdown/contributing.md#container-adapters: default priority,
 * so it wins over the built-in one; its adapter counts the binds of each request and hands every call to the built-in
 * adapter for this server.
 */
public final class CountingAdapterProvider implements ContainerAdapterProvider {

    @Override
    public String serverName() {
        return "counting test adapter";
    }

    @Override
    public boolean supports(ServletContext context) {
        return true;
    }

    @Override
    public ContainerAdapter create(ServletContext context) {
        for (ContainerAdapterProvider provider : ServiceLoader.load(ContainerAdapterProvider.class,
                context.getClassLoader())) {
            if (provider.getClass() != getClass() && provider.supports(context)) {
                return new CountingAdapter(provider.create(context));
            }
        }
        throw new IllegalStateException("no built-in adapter for " + context.getServerInfo());
    }
}
