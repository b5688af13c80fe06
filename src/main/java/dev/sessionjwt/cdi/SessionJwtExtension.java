package dev.sessionjwt.cdi;

import java.util.ArrayList;
import java.util.List;

import dev.sessionjwt.claims.SessionClaim;
import dev.sessionjwt.config.InvalidSettingsException;
import dev.sessionjwt.config.MicroProfileConfig;
import dev.sessionjwt.config.SessionJwtSettings;
import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.config.SettingsReader;
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
 * that stays dormant without Jakarta Security ({@code SJWT0024}), collects every {@link SessionClaim}
 * producer, and at deployment validates the settings and the claim names, reporting every problem at once. It names
 * no Jakarta Security type, so it loads where the application has none (Tomcat with Weld).
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

    /** Whether {@code session-jwt.mechanism} allows the library's mechanism; without MicroProfile Config see validate. */
    private static boolean mechanismWanted() {
        return MicroProfileConfig.of(Thread.currentThread().getContextClassLoader())
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
            settings = SettingsReader.read(MicroProfileConfig.of(Thread.currentThread().getContextClassLoader()));
        } catch (InvalidSettingsException | IllegalStateException e) {
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
