package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.security.KeyPair;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.smoke.OkServlet;

/**
 * A bad configuration fails the deployment with messages that name the key, the value and what is
 * expected, all problems at once; the application is then not reachable.
 */
class DeploymentFailureIT extends IntegrationTestBase {

    private static final KeyPair WEAK_RSA = KeyPairs.generate("RSA", 1024);
    /** A secret as configured before secret: was required: base64 of 48 bytes, as `openssl rand -base64 48` gives. */
    private static final String UNLABELLED_SECRET = "YW4tdXBncmFkZWQtYXBwbGljYXRpb24tcy1vbGQtaG1hYy1zZWNyZXQtNDgtYnl0";
    private static final KeyPair EC = KeyPairs.generate("EC", 256);

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "healthy", testable = false)
    static WebArchive healthy() {
        return withConfig(webArchive("healthy").addClass(OkServlet.class), Map.of("session-jwt.key", randomKey()));
    }

    @Deployment(name = "nokey", testable = false, managed = false)
    static WebArchive noKey() {
        return webArchive("nokey").addClass(OkServlet.class);
    }

    @Deployment(name = "badconfig", testable = false, managed = false)
    static WebArchive badConfig() {
        return withConfig(webArchive("badconfig").addClass(OkServlet.class), Map.of(
                "session-jwt.key", "secret:too-short-secret",
                "session-jwt.expires", "ten minutes",
                "session-jwt.session-field", "exp",
                "session-jwt.accept-plain-session-ids-until", "2027-13-01"));
    }

    @Deployment(name = "distributable", testable = false, managed = false)
    static WebArchive distributable() {
        return withConfig(webArchive("distributable").addClass(OkServlet.class)
                        .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                                + "<distributable/></web-app>")),
                Map.of("session-jwt.key", randomKey()));
    }

    @Deployment(name = "hostprefix", testable = false, managed = false)
    static WebArchive hostPrefixWithoutSecure() {
        return withConfig(webArchive("hostprefix").addClass(OkServlet.class)
                        .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                                + "<session-config><cookie-config><name>__Host-session</name><path>/</path>"
                                + "</cookie-config></session-config></web-app>")),
                Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void hostPrefixedCookieThatIsNotSecureFailsTheDeployment(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployFailing(deployer, "hostprefix");
            assertThat(log.messages().toString(), log.contains("SJWT0012: <session-config><cookie-config> (or"
                    + " SessionCookieConfig) = name \"__Host-session\", secure false"), is(true));
        }
        assertThat(get(at(healthy, "../hostprefix/ok")).status(), is(404));
    }

    @Deployment(name = "badkeys", testable = false, managed = false)
    static WebArchive badKeys() {
        return withConfig(webArchive("badkeys").addClass(OkServlet.class)
                        .addAsResource(new StringAsset(KeyPairs.privatePem(WEAK_RSA)), "keys/weak.pem"),
                Map.of("session-jwt.key", "classpath:keys/weak.pem",
                        "session-jwt.algorithm", "none",
                        "session-jwt.public-key", "file:/nonexistent/session-public.pem",
                        "session-jwt.verification-keys", "{\"kty\":\"oct\",\"k\":\"c2hvcnQ\"}",
                        "session-jwt.jwks.path", "/keys/*"));
    }

    @Test
    void everyKeyProblemFailsTheDeploymentAtOnceWithoutShowingKeyMaterial(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployFailing(deployer, "badkeys");
            String all = log.messages().toString();
            assertThat(all, log.contains("SJWT0032: session-jwt.algorithm = \"none\" is invalid; expected a signing"
                    + " algorithm (unsigned tokens are never issued or accepted)"), is(true));
            assertThat(all, log.contains("SJWT0034: session-jwt.key = \"classpath:keys/weak.pem\" (an RSA key of 1024"
                    + " bits) is invalid; expected an RSA key of at least 2048 bits"), is(true));
            assertThat(all, log.contains("SJWT0030: session-jwt.public-key = \"file:/nonexistent/session-public.pem\""
                    + " (no such file) is invalid"), is(true));
            assertThat(all, log.contains("SJWT0002: session-jwt.verification-keys = (a secret of 5 bytes, not shown)"),
                    is(true));
            assertThat(all, log.contains("SJWT0038: session-jwt.jwks.path = \"/keys/*\" is invalid"), is(true));
            String body = KeyPairs.privatePem(WEAK_RSA).lines().skip(1).findFirst().orElseThrow();
            assertThat(all, log.contains(body), is(false));
        }
        assertThat(get(at(healthy, "../badkeys/ok")).status(), is(404));
    }

    @Deployment(name = "unlabelled", testable = false, managed = false)
    static WebArchive unlabelledSecretAndTextThatWasTakenForSecrets() {
        String bareEcPublicKey = java.util.Base64.getEncoder().encodeToString(EC.getPublic().getEncoded());
        return withConfig(webArchive("unlabelled").addClass(OkServlet.class), Map.of(
                "session-jwt.key", UNLABELLED_SECRET,
                "session-jwt.verification-keys", bareEcPublicKey + ",/run/secrets/session_signing_key,"
                        + "https://login.example.com/.well-known/jwks.json"));
    }

    @Test
    void secretWithoutItsPrefixAndKeysThatWouldBeGuessedIntoSecretsFailTheDeployment(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployFailing(deployer, "unlabelled");
            String all = log.messages().toString();
            assertThat(all, log.contains("SJWT0031: session-jwt.key = (base64 text of 48 bytes (an HMAC secret without"
                    + " its secret: prefix?), not shown) is invalid; expected a PEM document, a JWK or JWK set, one"
                    + " OpenSSH public key line, or an HMAC secret written secret:<the secret>; if this is an HMAC"
                    + " secret, write secret: before it"), is(true));
            assertThat(all, log.contains("SJWT0031: session-jwt.verification-keys = (bare base64 of an EC key on P-256"
                    + " (a public key without its PEM lines), not shown)"), is(true));
            assertThat(all, log.contains("SJWT0030: session-jwt.verification-keys = (a plain path to a file that does"
                    + " not exist (or an HMAC secret without its secret: prefix), not shown)"), is(true));
            assertThat(all, log.contains("SJWT0031: session-jwt.verification-keys = (a URL (https://...), not shown)"),
                    is(true));
            assertThat(all, log.contains(UNLABELLED_SECRET), is(false));
        }
        assertThat(get(at(healthy, "../unlabelled/ok")).status(), is(404));
    }

    @Test
    void missingKeyFailsTheDeploymentNamingTheKey(@ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployFailing(deployer, "nokey");
            assertThat(log.messages().toString(), log.contains("SJWT0001: session-jwt.key = (absent) is invalid;"
                    + " expected a private key (PEM, JWK or JWK set"), is(true));
            assertThat(log.messages().toString(), log.contains("or an HMAC secret of at least 32 bytes written"
                    + " secret:<the secret>"), is(true));
        }
        assertThat(get(at(healthy, "../nokey/ok")).status(), is(404));
    }

    @Test
    void everyBadValueIsReportedAtOnceWithoutShowingTheSecret(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployFailing(deployer, "badconfig");
            String all = log.messages().toString();
            assertThat(all, log.contains("4 problems"), is(true));
            assertThat(all, log.contains("SJWT0008: session-jwt.accept-plain-session-ids-until = \"2027-13-01\" is"
                    + " invalid; expected an ISO-8601 instant with its offset"), is(true));
            assertThat(all, log.contains("SJWT0002: session-jwt.key = (a secret of 16 bytes, not shown)"), is(true));
            assertThat(all, log.contains("SJWT0004: session-jwt.expires = \"ten minutes\" is invalid; expected a whole"
                    + " number of seconds"), is(true));
            assertThat(all, log.contains("SJWT0003: session-jwt.session-field = \"exp\""), is(true));
            assertThat(all, log.contains("too-short-secret"), is(false));
        }
        assertThat(get(at(healthy, "../badconfig/ok")).status(), is(404));
    }

    @Test
    void distributableApplicationWithoutAClusterStoreIsRefusedSayingWhatTheServerNeeds(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        if (ServerUnderTest.current().hasClusterStore()) {
            distributableApplicationWithAClusterStoreDeploysReplicated(healthy);
            return;
        }
        // embedded Payara runs with Hazelcast disabled (nothing is bound at payara/Hazelcast); the others have no store
        try (LogCapture log = LogCapture.start()) {
            deployFailing(deployer, "distributable");
            EveryProblemAtOnce.assertNoClusterStore(log, "payara/Hazelcast");
            assertThat(log.messages().toString(), log.contains("because /distributable is <distributable/>"),
                    is(true));
        }
        assertThat(get(at(healthy, "../distributable/ok")).status(), is(404));
    }

    /** Where the server has its cluster store (Payara Micro's Hazelcast), the same WAR deploys with replicated sessions. */
    private void distributableApplicationWithAClusterStoreDeploysReplicated(URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployer.deploy("distributable");
            assertThat(log.messages().toString(), log.contains("SJWT0020: session-jwt active for /distributable"), is(true));
            assertThat(log.messages().toString(), log.contains("sessions are replicated"), is(true));
        }
        try {
            assertThat(get(at(healthy, "../distributable/ok")).status(), is(200));
        } finally {
            deployer.undeploy("distributable");
        }
    }

    @Deployment(name = "everything", testable = false, managed = false)
    static WebArchive everythingWrong() {
        return EveryProblemAtOnce.war("everything");
    }

    @Test
    void settingsCookieClusterStoreAndProducerProblemsFailTheDeploymentInOneError(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployFailing(deployer, "everything");
            EveryProblemAtOnce.assertReportedInOneError(log);
        }
        assertThat(get(at(healthy, "../everything/ok")).status(), is(404));
    }

    @Test
    void healthyApplicationServes(@ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        assertThat(get(at(healthy, "ok")).status(), is(200));
    }
}
