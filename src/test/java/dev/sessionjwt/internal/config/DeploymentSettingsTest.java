package dev.sessionjwt.internal.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.message.Message;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import dev.sessionjwt.config.SettingKeys;

/**
 * Unit tests of {@link DeploymentSettings}: one read per application, shared by the CDI extension and the servlet
 * initializer; the producers' problems reach the initializer, or go back to the extension once it has run.
 */
class DeploymentSettingsTest {

    private static final ConfigProblem PRODUCER = new ConfigProblem(Message.BAD_PRODUCER_CLAIM_NAME,
            "@SessionClaim on app.Claims.exp()", "value \"exp\", longName \"exp\"", "aud, exp, sk");

    private final AtomicInteger reads = new AtomicInteger();

    private Function<ClassLoader, CheckedSettings> countingReader(Map<String, String> properties) {
        return loader -> {
            reads.incrementAndGet();
            return SettingsReader.check(new SmallRyeConfigBuilder()
                    .withSources(new PropertiesConfigSource(properties, "test", 100)).build(), loader);
        };
    }

    private static ClassLoader application() {
        return new ClassLoader(DeploymentSettingsTest.class.getClassLoader()) {
        };
    }

    @Test
    void theSettingsOfAnApplicationAreReadOnceForTheExtensionAndTheInitializer() {
        ClassLoader application = application();
        Function<ClassLoader, CheckedSettings> reader = countingReader(Map.of(SettingKeys.KEY, "secret:" + "s".repeat(32)));

        DeploymentSettings byExtension = DeploymentSettings.of(application, reader);
        DeploymentSettings byInitializer = DeploymentSettings.of(application, reader);

        assertThat(byInitializer, sameInstance(byExtension));
        assertThat(byInitializer.settings(), sameInstance(byExtension.settings()));
        assertThat(byInitializer.settings().valid(), is(true));
        assertThat(reads.get(), is(1));
    }

    @Test
    void anotherApplicationReadsItsOwnSettings() {
        Function<ClassLoader, CheckedSettings> reader = countingReader(Map.of(SettingKeys.KEY, "secret:" + "s".repeat(32)));

        DeploymentSettings first = DeploymentSettings.of(application(), reader);
        DeploymentSettings second = DeploymentSettings.of(application(), reader);

        assertThat(second, not(sameInstance(first)));
        assertThat(reads.get(), is(2));
    }

    @Test
    void producerProblemsHandedOverBeforeTheInitializerAreReportedByIt() {
        DeploymentSettings deployment = DeploymentSettings.of(application(), countingReader(Map.of()));

        assertThat(deployment.reportWithInitializer(List.of(PRODUCER)), is(true));
        assertThat(deployment.initialize(), contains(PRODUCER));
    }

    @Test
    void producerProblemsFoundAfterTheInitializerRanStayWithTheExtension() {
        DeploymentSettings deployment = DeploymentSettings.of(application(), countingReader(Map.of()));

        assertThat(deployment.initialize(), is(empty()));
        assertThat(deployment.reportWithInitializer(List.of(PRODUCER)), is(false));
    }

    @Test
    void aFailingInitializerThatRanBeforeTheProducerCheckWaitsForItsProblems() {
        DeploymentSettings deployment = DeploymentSettings.of(application(), countingReader(Map.of()));

        assertThat(deployment.initialize(), is(empty()));
        assertThat(deployment.deferFailureUntilProducersChecked(), is(true));
        assertThat(deployment.reportWithInitializer(List.of(PRODUCER)), is(true));
        assertThat(deployment.lateProducerProblems(), contains(PRODUCER));
    }

    @Test
    void aFailingInitializerThatRanAfterTheProducerCheckDoesNotWait() {
        DeploymentSettings deployment = DeploymentSettings.of(application(), countingReader(Map.of()));

        assertThat(deployment.reportWithInitializer(List.of(PRODUCER)), is(true));
        assertThat(deployment.initialize(), contains(PRODUCER));
        assertThat(deployment.deferFailureUntilProducersChecked(), is(false));
        assertThat(deployment.lateProducerProblems(), is(empty()));
    }

    @Test
    void aDeferredFailureListsTheInitializersProblemsThenTheLateOnes() {
        ConfigProblem key = new ConfigProblem(Message.KEY_ABSENT, SettingKeys.KEY, null);
        InvalidSettingsException first = new InvalidSettingsException(List.of(key), List.of("SJWT0010: no adapter"));

        InvalidSettingsException combined = first.with(List.of(PRODUCER));

        assertThat(combined.problems(), contains(key, PRODUCER));
        assertThat(combined.getMessage().lines().toList(), contains(
                "SJWT0000: session-jwt cannot start, its configuration has 3 problems (fix each where its key is set:"
                        + " microprofile-config.properties, system properties, environment variables, web.xml or the"
                        + " named annotation) [see src/site/markdown/messages.md#sjwt0000]:",
                "  SJWT0010: no adapter", "  " + key.message(), "  " + PRODUCER.message()));
    }

    @Test
    void invalidSettingsKeepTheValuesTheOtherChecksNeed() {
        CheckedSettings settings = DeploymentSettings.of(application(), countingReader(Map.of(
                SettingKeys.MECHANISM, "no", SettingKeys.SESSION_FIELD, "sid", SettingKeys.FIELDS, "email:e",
                SettingKeys.CLUSTER_HAZELCAST_JNDI, "java:global/hz"))).settings();

        assertThat(settings.valid(), is(false));
        assertThat(settings.problems().stream().map(ConfigProblem::key).toList(),
                contains(SettingKeys.KEY, SettingKeys.MECHANISM));
        assertThat(settings.mechanism(), is(SettingKeys.DEFAULT_MECHANISM));
        assertThat(settings.sessionField(), is("sid"));
        assertThat(settings.fields().get(0).shortName(), is("e"));
        assertThat(settings.clusterStore(), is("java:global/hz"));
    }
}
