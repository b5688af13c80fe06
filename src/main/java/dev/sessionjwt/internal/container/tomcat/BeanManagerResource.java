package dev.sessionjwt.internal.container.tomcat;

import org.apache.catalina.Context;
import org.apache.catalina.Globals;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.deploy.NamingResourcesImpl;
import org.apache.tomcat.util.descriptor.web.ContextResource;

import jakarta.servlet.ServletContext;

/**
 * The BeanManager's resource in a Tomcat context's naming resources, through Tomcat's public API. Tomcat binds a
 * resource added at run time at once: its {@code NamingContextListener} listens to the context's
 * {@link NamingResourcesImpl} and, on the {@code "resource"} change that {@code addResource} fires, binds it under
 * {@code java:comp/env} (the context's naming context is otherwise read-only once configured). Without naming (an
 * embedded Tomcat without {@code enableNaming()}) nothing is bound, as with a {@code context.xml}.
 */
final class BeanManagerResource {

    /** The resource's name: {@code java:comp/env/BeanManager}. */
    static final String NAME = "BeanManager";
    static final String TYPE = "jakarta.enterprise.inject.spi.BeanManager";
    /** Weld's JNDI object factory for its BeanManager (weld-core-impl). */
    static final String FACTORY = "org.jboss.weld.resources.ManagerObjectFactory";
    static final String RESOURCE_ROOT = "org.apache.catalina.WebResourceRoot";

    private BeanManagerResource() {
    }

    /**
     * Declares the resource in the naming resources of the Tomcat context that {@code servletContext} belongs to,
     * reached through the attribute {@value Globals#RESOURCES_ATTR}, which {@code StandardContext.startInternal} sets
     * before it calls the initializers.
     *
     * @return whether it was added (false outside Tomcat and when the context already declares one)
     */
    static boolean declare(ServletContext servletContext) {
        Object resources = servletContext.getAttribute(Globals.RESOURCES_ATTR);
        if (!(resources instanceof WebResourceRoot root)) {
            return false;
        }
        Context context = root.getContext();
        return context != null && declare(context.getNamingResources());
    }

    /**
     * Adds the resource unless one of that name exists (an application's own {@code context.xml} wins).
     *
     * @param naming a context's naming resources, may be null
     * @return whether it was added
     */
    static boolean declare(NamingResourcesImpl naming) {
        if (naming == null || naming.findResource(NAME) != null) {
            return false;
        }
        ContextResource resource = new ContextResource();
        resource.setName(NAME);
        resource.setAuth("Container");
        resource.setType(TYPE);
        resource.setProperty("factory", FACTORY);
        naming.addResource(resource);
        return true;
    }
}
