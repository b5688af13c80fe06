package dev.sessionjwt.internal.cdi;

import java.util.ArrayList;
import java.util.List;

import dev.sessionjwt.claims.SessionClaim;
import dev.sessionjwt.internal.config.CheckedSettings;
import dev.sessionjwt.internal.config.ConfigProblem;
import dev.sessionjwt.internal.config.DeploymentSettings;
import dev.sessionjwt.internal.config.InvalidSettingsException;
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

/**
 * The library's CDI extension: registers {@link SessionJwt}, hands the Jakarta Security part (the login interceptor,
 * the library's own mechanism where the application has identity stores and no mechanism) to a {@link SecuritySupport}
 * that stays dormant without Jakarta Security ({@code SJWT0024}), collects every {@link SessionClaim} producer, and at
 * deployment reads the settings (once, in {@link DeploymentSettings}) and checks the producers' claim names. Their
 * problems are reported by the servlet initializer, in one error with every other problem of the deployment; the
 * extension fails the deployment itself only if the initializer ran before it. It names no Jakarta Security type, so
 * it loads where the application has none (Tomcat with Weld).
 */
public class SessionJwtExtension implements Extension {

    private final List<ProducerClaim> producers = new ArrayList<>();
    private final SecuritySupport security = SecuritySupport.detect(SessionJwtExtension.class.getClassLoader());

    void registerBeans(@Observes BeforeBeanDiscovery discovery, BeanManager beans) {
        discovery.addAnnotatedType(beans.createAnnotatedType(SessionJwt.class), SessionJwt.class.getName());
        security.registerBeans(discovery, beans);
    }

    /** Every type, for the security part (a generic observer: Jakarta Security's types may be absent). */
    void findSecurityTypes(@Observes ProcessAnnotatedType<?> type) {
        security.inspect(type);
    }

    void installMechanismIfNone(@Observes AfterTypeDiscovery discovery, BeanManager beans) {
        security.installMechanism(discovery, beans, SessionJwtExtension::mechanismWanted);
    }

    /** Whether {@code session-jwt.mechanism} allows the library's mechanism. */
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
