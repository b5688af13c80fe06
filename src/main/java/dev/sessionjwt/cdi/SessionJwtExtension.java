package dev.sessionjwt.cdi;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.sessionjwt.claims.SessionClaim;
import dev.sessionjwt.config.InvalidSettingsException;
import dev.sessionjwt.config.SessionJwtSettings;
import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.config.SettingsReader;
import dev.sessionjwt.security.LoginObserver;
import dev.sessionjwt.security.SessionJwtAuthenticationMechanism;
import dev.sessionjwt.security.SessionJwtLogin;
import dev.sessionjwt.servlet.SessionJwt;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessProducerField;
import jakarta.enterprise.inject.spi.ProcessProducerMethod;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition;

/**
 * The library's CDI extension: registers {@link SessionJwt}, installs {@link SessionJwtAuthenticationMechanism}
 * when the application has identity stores but defines no authentication mechanism of its own (with neither,
 * requests never pass through Jakarta Security), collects every {@link SessionClaim}
 * producer, and at deployment validates the settings and the claim names, reporting every problem at once.
 */
public class SessionJwtExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(SessionJwtExtension.class.getName());

    private final List<ProducerClaim> producers = new ArrayList<>();
    private final List<String> applicationMechanisms = new ArrayList<>();
    private final List<String> identityStores = new ArrayList<>();

    void registerBeans(@Observes BeforeBeanDiscovery discovery, BeanManager beans) {
        discovery.addAnnotatedType(beans.createAnnotatedType(SessionJwt.class), SessionJwt.class.getName());
        discovery.addAnnotatedType(beans.createAnnotatedType(LoginObserver.class), LoginObserver.class.getName());
    }

    void findMechanismDefinitions(@Observes @WithAnnotations({BasicAuthenticationMechanismDefinition.class,
            FormAuthenticationMechanismDefinition.class, CustomFormAuthenticationMechanismDefinition.class,
            OpenIdAuthenticationMechanismDefinition.class}) ProcessAnnotatedType<?> type) {
        applicationMechanisms.add(type.getAnnotatedType().getJavaClass().getName());
    }

    void findMechanismClasses(@Observes ProcessAnnotatedType<? extends HttpAuthenticationMechanism> type) {
        Class<?> mechanism = type.getAnnotatedType().getJavaClass();
        if (!mechanism.isInterface() && !Modifier.isAbstract(mechanism.getModifiers())) {
            type.configureAnnotatedType().add(SessionJwtLogin.Literal.INSTANCE);
        }
        if (mechanism != SessionJwtAuthenticationMechanism.class && !mechanism.isInterface()
                && !Modifier.isAbstract(mechanism.getModifiers()) && isApplicationClass(mechanism)) {
            applicationMechanisms.add(mechanism.getName());
        }
    }

    void findIdentityStoreDefinitions(@Observes @WithAnnotations({DatabaseIdentityStoreDefinition.class,
            LdapIdentityStoreDefinition.class}) ProcessAnnotatedType<?> type) {
        identityStores.add(type.getAnnotatedType().getJavaClass().getName());
    }

    void findIdentityStoreClasses(@Observes ProcessAnnotatedType<? extends IdentityStore> type) {
        Class<?> store = type.getAnnotatedType().getJavaClass();
        if (!store.isInterface() && !Modifier.isAbstract(store.getModifiers()) && isApplicationClass(store)) {
            identityStores.add(store.getName());
        }
    }

    void installMechanismIfNone(@Observes AfterTypeDiscovery discovery, BeanManager beans) {
        if (applicationMechanisms.isEmpty() && !identityStores.isEmpty() && mechanismWanted()) {
            discovery.addAnnotatedType(beans.createAnnotatedType(SessionJwtAuthenticationMechanism.class),
                    SessionJwtAuthenticationMechanism.class.getName());
            LOG.log(Level.INFO, "SJWT0021: the application defines no authentication mechanism; session-jwt installs"
                    + " its own (programmatic login through the application's identity stores)");
        } else if (applicationMechanisms.isEmpty() && identityStores.isEmpty()) {
            LOG.log(Level.FINE, "SJWT0023: the application has no identity store; session-jwt installs no"
                    + " authentication mechanism, so requests do not pass through Jakarta Security at all");
        } else if (!applicationMechanisms.isEmpty()) {
            LOG.log(Level.INFO, "SJWT0022: the application has its own authentication mechanism ({0}); session-jwt"
                    + " installs none", applicationMechanisms);
        }
    }

    /**
     * Whether a class belongs to the application rather than the server: Payara fires
     * {@code ProcessAnnotatedType} for its own built-in mechanisms too (Soteria's, OpenID, OAuth2...), which
     * are active only when the application asks for them by a definition annotation.
     */
    /**
     * Whether the class is the application's, not the server's: loaded by the thread's context class loader during
     * deployment (Payara, GlassFish, WildFly) or by the loader of the library itself, which sits in the application's
     * WEB-INF/lib (Open Liberty, whose context class loader during CDI start-up is a wrapper around the application's).
     */
    private static boolean isApplicationClass(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader != null && (loader == Thread.currentThread().getContextClassLoader()
                || loader == SessionJwtExtension.class.getClassLoader());
    }

    private static boolean mechanismWanted() {
        return ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader())
                .getOptionalValue(SettingKeys.MECHANISM, String.class).map(v -> !"false".equalsIgnoreCase(v.strip()))
                .orElse(SettingKeys.DEFAULT_MECHANISM);
    }

    void collectProducerMethod(@Observes ProcessProducerMethod<?, ?> producer) {
        collect(producer.getAnnotated(), producer.getAnnotatedProducerMethod().getJavaMember().toString());
    }

    void collectProducerField(@Observes ProcessProducerField<?, ?> producer) {
        collect(producer.getAnnotated(), producer.getAnnotatedProducerField().getJavaMember().toString());
    }

    void validate(@Observes AfterDeploymentValidation validation) {
        SessionJwtSettings settings;
        try {
            settings = SettingsReader.read(ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader()));
        } catch (InvalidSettingsException e) {
            validation.addDeploymentProblem(e);
            return;
        }
        List<String> problems = ProducerClaimValidation.problems(producers, settings);
        if (!problems.isEmpty()) {
            validation.addDeploymentProblem(new IllegalStateException(String.join("\n  ", problems)));
        }
    }

    private void collect(Annotated annotated, String member) {
        SessionClaim claim = annotated.getAnnotation(SessionClaim.class);
        if (claim != null) {
            producers.add(new ProducerClaim(claim.value(),
                    claim.longName().isEmpty() ? claim.value() : claim.longName(), member));
        }
    }
}
