package dev.sessionjwt.internal.container;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.ContainerAdapterProvider;

/** Unit tests of {@link ContainerAdapters}: which provider wins, and the {@code SJWT0010} refusal. */
class ContainerAdaptersTest {

    private static final ServletContext CONTEXT = context("Acme AppServer 9.1");

    @Test
    void theBuiltInCatalinaUndertowLibertyAndTomcatProvidersAreListedInTheJarsServiceFile() {
        List<ContainerAdapterProvider> providers = ContainerAdapters.providers(CONTEXT);

        assertThat(providers.stream().map(p -> p.getClass().getName()).toList(),
                is(List.of("dev.sessionjwt.internal.container.catalina.CatalinaAdapterProvider",
                        "dev.sessionjwt.internal.container.undertow.UndertowAdapterProvider",
                        "dev.sessionjwt.internal.container.liberty.LibertyAdapterProvider",
                        "dev.sessionjwt.internal.container.tomcat.TomcatAdapterProvider")));
    }

    @Test
    void aServerWithoutAdapterIsRefusedNamingItAndTheSupportedServers() {
        UnsupportedContainerException e = assertThrows(UnsupportedContainerException.class,
                () -> ContainerAdapters.forContext(CONTEXT));

        assertThat(e.getMessage(), startsWith("SJWT0010: session-jwt cannot bind sessions in the server"
                + " \"Acme AppServer 9.1\": it has no container adapter; the adapters found support:"
                + " Payara 6 and GlassFish 7 (Catalina); Open Liberty 25 and WebSphere Liberty (Liberty web container);"
                + " Apache Tomcat 10.1 and 11.0; WildFly 37 and JBoss EAP 8 (Undertow)."));
    }

    @Test
    void refusalListsEverySupportedServerOnce() {
        UnsupportedContainerException e = assertThrows(UnsupportedContainerException.class,
                () -> ContainerAdapters.choose(CONTEXT, List.of(new Fixed("B 1", 0, false, null),
                        new Fixed("A 2", 5, false, null), new Fixed("B 1", 1, false, null))));

        assertThat(e.getMessage(), containsString("the adapters found support: A 2; B 1."));
    }

    @Test
    void noProviderAtAllSaysTheServiceFileIsMissing() {
        UnsupportedContainerException e = assertThrows(UnsupportedContainerException.class,
                () -> ContainerAdapters.choose(CONTEXT, List.of()));

        assertThat(e.getMessage(), containsString("none (META-INF/services/"
                + "dev.sessionjwt.container.ContainerAdapterProvider is missing)"));
    }

    @Test
    void theHighestPrioritySupportingProviderWins() {
        ContainerAdapter builtIn = new NoAdapter();
        ContainerAdapter application = new NoAdapter();

        ContainerAdapter chosen = ContainerAdapters.choose(CONTEXT, List.of(
                new Fixed("built-in", ContainerAdapterProvider.BUILT_IN, true, builtIn),
                new Fixed("application", ContainerAdapterProvider.APPLICATION, true, application),
                new Fixed("higher but unsupported", 1000, false, new NoAdapter())));

        assertThat(chosen, is(sameInstance(application)));
    }

    @Test
    void anApplicationProviderWinsOverABuiltInOneByDefault() {
        ContainerAdapterProvider plain = new ContainerAdapterProvider() {
            @Override
            public String serverName() {
                return "mine";
            }

            @Override
            public boolean supports(ServletContext context) {
                return true;
            }

            @Override
            public ContainerAdapter create(ServletContext context) {
                return new NoAdapter();
            }
        };

        assertThat(plain.priority() > ContainerAdapterProvider.BUILT_IN, is(true));
    }

    @Test
    void aProviderWhoseSupportCheckThrowsIsSkipped() {
        ContainerAdapter fallback = new NoAdapter();
        Fixed broken = new Fixed("broken", 500, true, null) {
            @Override
            public boolean supports(ServletContext context) {
                throw new NoClassDefFoundError("com/acme/Missing");
            }
        };

        assertThat(ContainerAdapters.choose(CONTEXT, List.of(broken, new Fixed("ok", 0, true, fallback))),
                is(sameInstance(fallback)));
    }

    @Test
    void hasClassSeesOnlyLoadableClassesAndInitializesNone() {
        assertThat(ContainerAdapterProvider.hasClass(CONTEXT, "java.lang.String"), is(true));
        assertThat(ContainerAdapterProvider.hasClass(CONTEXT, "org.apache.catalina.connector.RequestFacade"),
                is(false));
        assertThat(ContainerAdapterProvider.hasClass(CONTEXT, ExplodesWhenInitialized.class.getName()), is(true));
        assertThat(INITIALIZED.get(), is(false));
    }

    private static final AtomicBoolean INITIALIZED = new AtomicBoolean();

    /** Records its initialization, which only loading it must not trigger. */
    static final class ExplodesWhenInitialized {
        static {
            INITIALIZED.set(true);
        }
    }

    private static class Fixed implements ContainerAdapterProvider {
        private final String name;
        private final int priority;
        private final boolean supports;
        private final ContainerAdapter adapter;

        Fixed(String name, int priority, boolean supports, ContainerAdapter adapter) {
            this.name = name;
            this.priority = priority;
            this.supports = supports;
            this.adapter = adapter;
        }

        @Override
        public String serverName() {
            return name;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public boolean supports(ServletContext context) {
            return supports;
        }

        @Override
        public ContainerAdapter create(ServletContext context) {
            return adapter;
        }
    }

    private static final class NoAdapter implements ContainerAdapter {
        @Override
        public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
            return null;
        }

        @Override
        public void detach(HttpServletRequest request) {
        }

        @Override
        public HttpServletResponse responseOf(HttpServletRequest request) {
            return null;
        }
    }

    /** A context of a server without Catalina (the test class path has embedded Payara: its classes are hidden). */
    private static ServletContext context(String serverInfo) {
        ClassLoader withoutCatalina = new ClassLoader(ContainerAdaptersTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.apache.catalina.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        return (ServletContext) Proxy.newProxyInstance(withoutCatalina,
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServerInfo" -> serverInfo;
                    case "getClassLoader" -> withoutCatalina;
                    case "toString" -> "FakeContext";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
