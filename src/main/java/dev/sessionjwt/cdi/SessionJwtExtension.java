package dev.sessionjwt.cdi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.sessionjwt.claims.SessionClaim;
import dev.sessionjwt.config.InvalidSettingsException;
import dev.sessionjwt.config.SessionJwtSettings;
import dev.sessionjwt.config.SettingsReader;
import dev.sessionjwt.servlet.SessionJwt;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessProducerField;
import jakarta.enterprise.inject.spi.ProcessProducerMethod;

/**
 * The library's CDI extension: registers {@link SessionJwt}, collects every {@link SessionClaim} producer,
 * and at deployment validates the settings and the claim names, reporting every problem at once.
 */
public class SessionJwtExtension implements Extension {

    private final List<ProducerClaim> producers = new ArrayList<>();

    void registerBeans(@Observes BeforeBeanDiscovery discovery, BeanManager beans) {
        discovery.addAnnotatedType(beans.createAnnotatedType(SessionJwt.class), SessionJwt.class.getName());
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
