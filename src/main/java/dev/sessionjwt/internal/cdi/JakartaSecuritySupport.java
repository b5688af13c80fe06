package dev.sessionjwt.internal.cdi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.security.LoginObserver;
import dev.sessionjwt.internal.security.SessionJwtAuthenticationMechanism;
import dev.sessionjwt.internal.security.SessionJwtLogin;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition;

/**
 * {@link SecuritySupport} with Jakarta Security on the class path: registers {@link LoginObserver}, binds it to every
 * concrete {@link HttpAuthenticationMechanism}, and installs {@link SessionJwtAuthenticationMechanism} when the
 * application has identity stores but defines no authentication mechanism of its own (with neither, requests never
 * pass through Jakarta Security). Loaded only through {@link SecuritySupport#detect}.
 */
final class JakartaSecuritySupport implements SecuritySupport {

    private static final Logger LOG = Logger.getLogger(SessionJwtExtension.class.getName());

    private static final List<Class<? extends Annotation>> MECHANISM_DEFINITIONS = List.of(
            BasicAuthenticationMechanismDefinition.class, FormAuthenticationMechanismDefinition.class,
            CustomFormAuthenticationMechanismDefinition.class, OpenIdAuthenticationMechanismDefinition.class);
    private static final List<Class<? extends Annotation>> STORE_DEFINITIONS = List.of(
            DatabaseIdentityStoreDefinition.class, LdapIdentityStoreDefinition.class);
    /**
     * Jakarta Security 4.0's (Jakarta EE 11) in-memory store definition, absent from the EE 10 API the library is built
     * against, so matched by name: Soteria 4 adds its store as a bean of its own, and the application has no
     * {@code IdentityStore} class (InMemoryIdentityStoreIT on the EE 11 servers).
     */
    static final String IN_MEMORY_STORE_DEFINITION =
            "jakarta.security.enterprise.identitystore.InMemoryIdentityStoreDefinition";

    /** The package of Soteria, the Jakarta Security implementation a Tomcat application brings in WEB-INF/lib. */
    private static final String SOTERIA_PACKAGE = "org.glassfish.soteria.";

    private final List<String> applicationMechanisms = new ArrayList<>();
    private final List<String> identityStores = new ArrayList<>();

    @Override
    public void registerBeans(BeforeBeanDiscovery discovery, BeanManager beans) {
        discovery.addAnnotatedType(beans.createAnnotatedType(LoginObserver.class), LoginObserver.class.getName());
    }

    @Override
    public void inspect(ProcessAnnotatedType<?> type) {
        AnnotatedType<?> annotated = type.getAnnotatedType();
        Class<?> javaClass = annotated.getJavaClass();
        if (MECHANISM_DEFINITIONS.stream().anyMatch(annotated::isAnnotationPresent)) {
            applicationMechanisms.add(javaClass.getName());
        }
        if (STORE_DEFINITIONS.stream().anyMatch(annotated::isAnnotationPresent) || annotated.getAnnotations().stream()
                .anyMatch(annotation -> annotation.annotationType().getName().equals(IN_MEMORY_STORE_DEFINITION))) {
            identityStores.add(javaClass.getName());
        }
        boolean concrete = !javaClass.isInterface() && !Modifier.isAbstract(javaClass.getModifiers());
        if (concrete && HttpAuthenticationMechanism.class.isAssignableFrom(javaClass)) {
            type.configureAnnotatedType().add(SessionJwtLogin.Literal.INSTANCE);
            if (javaClass != SessionJwtAuthenticationMechanism.class && isApplicationClass(javaClass)) {
                applicationMechanisms.add(javaClass.getName());
            }
        }
        if (concrete && IdentityStore.class.isAssignableFrom(javaClass) && isApplicationClass(javaClass)) {
            identityStores.add(javaClass.getName());
        }
    }

    @Override
    public void installMechanism(AfterTypeDiscovery discovery, BeanManager beans, BooleanSupplier mechanismWanted) {
        if (applicationMechanisms.isEmpty() && !identityStores.isEmpty() && mechanismWanted.getAsBoolean()) {
            discovery.addAnnotatedType(beans.createAnnotatedType(SessionJwtAuthenticationMechanism.class),
                    SessionJwtAuthenticationMechanism.class.getName());
            Message.MECHANISM_INSTALLED.log(LOG);
        } else if (applicationMechanisms.isEmpty() && identityStores.isEmpty()) {
            Message.NO_IDENTITY_STORE.log(LOG);
        } else if (!applicationMechanisms.isEmpty()) {
            Message.APPLICATION_MECHANISM.log(LOG, applicationMechanisms);
        }
    }

    /**
     * Whether a class belongs to the application rather than the server or the Jakarta Security implementation:
     * loaded by the thread's context class loader during deployment (Payara, GlassFish, WildFly, Tomcat) or by the
     * loader of the library itself, which sits in the application's WEB-INF/lib (Open Liberty, whose context class
     * loader during CDI start-up is a wrapper around the application's). Payara fires {@code ProcessAnnotatedType}
     * for its own built-in mechanisms too (Soteria's, OpenID, OAuth2...), active only when the application asks for
     * them by a definition annotation; on Tomcat, Soteria is in the WAR, so its built-in mechanisms share the
     * application's class loader and are told apart by their package.
     */
    private static boolean isApplicationClass(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader != null && (loader == Thread.currentThread().getContextClassLoader()
                || loader == JakartaSecuritySupport.class.getClassLoader())
                && !type.getName().startsWith(SOTERIA_PACKAGE);
    }
}
