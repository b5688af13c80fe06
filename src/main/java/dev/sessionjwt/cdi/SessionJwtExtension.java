package dev.sessionjwt.cdi;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import dev.sessionjwt.claims.SessionClaim;
import dev.sessionjwt.config.CheckedSettings;
import dev.sessionjwt.config.ConfigProblem;
import dev.sessionjwt.config.DeploymentSettings;
import dev.sessionjwt.config.InvalidSettingsException;
import dev.sessionjwt.message.Message;
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
 * producer, and at deployment reads the settings (once, in {@link DeploymentSettings}) and checks the producers'
 * claim names. Their problems are reported by the servlet initializer, in one error with every other problem of the
 * deployment; the extension fails the deployment itself only if the initializer ran before it.
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
            Message.MECHANISM_INSTALLED.log(LOG);
        } else if (applicationMechanisms.isEmpty() && identityStores.isEmpty()) {
            Message.NO_IDENTITY_STORE.log(LOG);
        } else if (!applicationMechanisms.isEmpty()) {
            Message.APPLICATION_MECHANISM.log(LOG, applicationMechanisms);
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
        return deployment().settings().mechanism();
    }

    private static DeploymentSettings deployment() {
        return DeploymentSettings.of(Thread.currentThread().getContextClassLoader());
    }

    void collectProducerMethod(@Observes ProcessProducerMethod<?, ?> producer) {
        collect(producer.getAnnotated(), producer.getAnnotatedProducerMethod().getJavaMember().toString());
    }

    void collectProducerField(@Observes ProcessProducerField<?, ?> producer) {
        collect(producer.getAnnotated(), producer.getAnnotatedProducerField().getJavaMember().toString());
    }

    void validate(@Observes AfterDeploymentValidation validation) {
        DeploymentSettings deployment = deployment();
        CheckedSettings settings = deployment.settings();
        List<ConfigProblem> problems = ProducerClaimValidation.problems(producers, settings.sessionField(),
                settings.fields());
        if (!deployment.reportWithInitializer(problems) && !problems.isEmpty()) {
            validation.addDeploymentProblem(new InvalidSettingsException(problems));
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
