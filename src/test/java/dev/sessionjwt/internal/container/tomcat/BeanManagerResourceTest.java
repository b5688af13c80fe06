package dev.sessionjwt.internal.container.tomcat;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.lang.reflect.Proxy;
import java.util.Set;

import org.apache.catalina.Globals;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.deploy.NamingResourcesImpl;
import org.apache.tomcat.util.descriptor.web.ContextResource;
import org.junit.jupiter.api.Test;

import jakarta.servlet.ServletContext;

/**
 * Unit tests of {@link BeanManagerResource} and {@link BeanManagerJndiInitializer}: the resource is the one Weld's
 * documented {@code context.xml} declares, on the naming resources of the servlet context's own Tomcat context.
 */
class BeanManagerResourceTest {

    @Test
    void declaresTheResourceAContextXmlWouldDeclare() {
        NamingResourcesImpl naming = new NamingResourcesImpl();

        assertThat(BeanManagerResource.declare(naming), is(true));

        ContextResource resource = naming.findResource("BeanManager");
        assertThat(resource.getType(), equalTo("jakarta.enterprise.inject.spi.BeanManager"));
        assertThat(resource.getAuth(), equalTo("Container"));
        assertThat(resource.getProperty("factory"), equalTo("org.jboss.weld.resources.ManagerObjectFactory"));
    }

    @Test
    void anApplicationsOwnResourceOfThatNameStays() {
        NamingResourcesImpl naming = new NamingResourcesImpl();
        ContextResource own = new ContextResource();
        own.setName("BeanManager");
        own.setType("jakarta.enterprise.inject.spi.BeanManager");
        own.setProperty("factory", "com.example.OwnFactory");
        naming.addResource(own);

        assertThat(BeanManagerResource.declare(naming), is(false));
        assertThat(naming.findResource("BeanManager").getProperty("factory"), equalTo("com.example.OwnFactory"));
    }

    @Test
    void theInitializerDeclaresItOnTheTomcatContextOfTheApplication() {
        StandardContext tomcat = new StandardContext();

        new BeanManagerJndiInitializer().onStartup(Set.of(), servletContext(resourceRoot(tomcat)));

        assertThat(tomcat.getNamingResources().findResource("BeanManager").getProperty("factory"),
                equalTo(BeanManagerResource.FACTORY));
    }

    @Test
    void outsideTomcatNothingIsDeclared() {
        assertThat(BeanManagerResource.declare(servletContext(null)), is(false));
        assertThat(BeanManagerResource.declare(servletContext("not Tomcat's resources")), is(false));
    }

    @Test
    void withoutWeldTheInitializerDeclaresNothing() {
        StandardContext tomcat = new StandardContext();
        ClassLoader withoutWeld = new ClassLoader(loader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.jboss.weld.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };

        new BeanManagerJndiInitializer().onStartup(Set.of(), servletContext(resourceRoot(tomcat), withoutWeld));

        assertThat(tomcat.getNamingResources().findResource("BeanManager"), is(nullValue()));
    }

    private static WebResourceRoot resourceRoot(StandardContext context) {
        return (WebResourceRoot) Proxy.newProxyInstance(loader(), new Class<?>[] {WebResourceRoot.class},
                (proxy, method, args) -> method.getName().equals("getContext") ? context : null);
    }

    /** A servlet context whose Tomcat resources attribute is {@code resources}, with this test's class loader. */
    private static ServletContext servletContext(Object resources) {
        return servletContext(resources, loader());
    }

    /** The same with the class loader of the application (and of the context's own class). */
    private static ServletContext servletContext(Object resources, ClassLoader application) {
        return (ServletContext) Proxy.newProxyInstance(application, new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> Globals.RESOURCES_ATTR.equals(args[0]) ? resources : null;
                    case "getClassLoader" -> application;
                    default -> null;
                });
    }

    private static ClassLoader loader() {
        return BeanManagerResourceTest.class.getClassLoader();
    }
}
