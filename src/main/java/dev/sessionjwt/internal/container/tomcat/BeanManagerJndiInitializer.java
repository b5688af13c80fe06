package dev.sessionjwt.internal.container.tomcat;

import java.util.Set;

import dev.sessionjwt.container.ContainerAdapterProvider;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

/**
 * Declares Weld's BeanManager in a Tomcat application's JNDI context ({@code java:comp/env/BeanManager}), as a WAR's
 * {@code META-INF/context.xml} with a {@code Resource} named {@code BeanManager} and Weld's
 * {@code org.jboss.weld.resources.ManagerObjectFactory} would. Soteria's initializer ({@code SamRegistrationInstaller},
 * 3.0 and 4.0) finds CDI only by a JNDI lookup ({@code CdiUtils.getBeanManager()}: {@code java:comp/BeanManager}, then
 * {@code java:comp/env/BeanManager}) and, without it, registers no authentication module, so no Jakarta Security
 * mechanism is ever called.
 *
 * <p>Not listed in the library's own {@code META-INF/services}: the Tomcat starters ({@code session-jwt-tomcat},
 * {@code session-jwt-tomcat11}) list it, and their web fragment's ordering makes Tomcat run it before the initializers
 * of the other jars, Soteria's among them. Nothing happens without Weld or outside Tomcat, or when the application
 * declares the resource itself.
 *
 * <p>Internal: public only for the container, which instantiates it by name; not part of the supported API.
 */
public final class BeanManagerJndiInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        if (ContainerAdapterProvider.hasClass(context, BeanManagerResource.FACTORY)
                && ContainerAdapterProvider.hasClass(context, BeanManagerResource.RESOURCE_ROOT)) {
            BeanManagerResource.declare(context);
        }
    }
}
