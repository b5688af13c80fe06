package dev.sessionjwt.it.starter;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.claims.SessionJwtReader;
import dev.sessionjwt.it.IntegrationTestBase;
import dev.sessionjwt.it.PageSnippets;
import dev.sessionjwt.it.starter.app.StarterSessionServlet;
import dev.sessionjwt.it.starter.login.StarterLoginServlet;
import dev.sessionjwt.test.SessionJwtClient;

/**
 * A Tomcat application set up exactly as src/site/markdown/tomcat.md says with a starter: in WEB-INF/lib the starter and
 * what Maven resolves for it at run time, nothing else (a folder the project fills by running maven-dependency-plugin's
 * {@code copy-dependencies} on the installed starter's POM, system properties {@value #LIBS} and
 * {@value #SECURITY_LIBS}); in WEB-INF/classes the application's classes and its
 * {@code META-INF/microprofile-config.properties} with the key; no web.xml, beans.xml, context.xml or initializer
 * list. Over real HTTP: a session gets a signed cookie naming it, the cookie reaches the same session and its
 * {@code @SessionScoped} bean, a tampered cookie gets a new session and no error, and with the security starter a login
 * through the library's own mechanism puts the caller in the token. A subclass per Tomcat line deploys the two WARs.
 */
public abstract class StarterTestBase extends IntegrationTestBase {

    /** System property: the folder of the jars the starter brings (the starter's own jar among them). */
    public static final String LIBS = "it.starter.libs";
    /** System property: the folder of the jars the security starter brings. */
    public static final String SECURITY_LIBS = "it.starter.security.libs";
    /** System property: the starter's artifactId (its security variant adds {@code -security}). */
    public static final String STARTER = "it.starter";
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");
    /** The application's one setting, as the README's minimal set-up gives it; a fresh secret per test JVM. */
    private static final String SECRET = randomSecret();

    /** The deployment of {@link #sessionsWar}. */
    protected abstract URL sessions();

    /** The deployment of {@link #loginsWar}. */
    protected abstract URL logins();

    /** The application without logins: the starter's jars, the counter and its servlet, the key. */
    protected static WebArchive sessionsWar(String name) {
        return application(name, LIBS).addPackage(StarterSessionServlet.class.getPackage());
    }

    /** The application with logins: the security starter's jars, plus an identity store and a login servlet. */
    protected static WebArchive loginsWar(String name) {
        return application(name, SECURITY_LIBS).addPackage(StarterSessionServlet.class.getPackage())
                .addPackage(StarterLoginServlet.class.getPackage());
    }

    private static WebArchive application(String name, String libsProperty) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        for (File jar : jars(libsProperty)) {
            war.addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, jar));
        }
        return withConfig(war, Map.of("session-jwt.key", "secret:" + SECRET));
    }

    /** The jars of the folder the system property names, sorted by name; fails when there are none. */
    static List<File> jars(String libsProperty) {
        String folder = System.getProperty(libsProperty, "");
        File[] jars = new File(folder).listFiles((dir, file) -> file.endsWith(".jar"));
        if (folder.isBlank() || jars == null || jars.length == 0) {
            throw new IllegalStateException("System property " + libsProperty + " names no folder of jars: '" + folder
                    + "'; run through Maven, whose execution starter-libs fills it");
        }
        Arrays.sort(jars);
        return List.of(jars);
    }

    /**
     * For the page's snippet tests (no server): the Tomcat page gives the starter ({@value #STARTER}) and its security
     * variant each as a code block of one dependency, and the folders StarterIT deploys from hold exactly that jar.
     */
    public static void assertTheTomcatPageGivesTheStartersStarterItDeploys() {
        PageSnippets page = PageSnippets.of("tomcat");
        String starter = System.getProperty(STARTER, "");
        assertThat(STARTER, starter, startsWith("session-jwt-tomcat"));
        for (Map.Entry<String, String> folder : Map.of(starter, LIBS, starter + "-security", SECURITY_LIBS).entrySet()) {
            String block = page.blockWith("<artifactId>" + folder.getKey() + "</artifactId>");
            Matcher dependency = DEPENDENCY.matcher(block);
            assertThat(block, dependency.find(), is(true));
            assertThat(block, dependency.group(1) + ":" + dependency.group(2), equalTo("dev.sessionjwt:" + folder.getKey()));
            String jar = dependency.group(2) + "-" + dependency.group(3) + ".jar";
            assertThat("one dependency: " + block, dependency.find(), is(false));
            List<String> jars = jars(folder.getValue()).stream().map(File::getName).toList();
            assertThat(jar + " among " + jars, jars.contains(jar), is(true));
        }
    }

    private SessionJwtClient client(URL deployment) {
        return SessionJwtClient.at(at(deployment, "")).verifyingWith(SessionJwtReader.builder().hmacSecret(SECRET).build());
    }

    /** The lines {@code name=value} of an answer of {@link StarterSessionServlet} or the login servlet. */
    private static Map<String, String> lines(HttpResponse<String> response) {
        assertThat(response.body(), response.statusCode(), is(200));
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : response.body().split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }

    @Test
    void theWarsHoldTheStartersJarsTheApplicationsClassesAndItsConfigurationOnly() {
        for (WebArchive war : List.of(sessionsWar("sessions-shape"), loginsWar("logins-shape"))) {
            Set<String> other = new TreeSet<>();
            for (ArchivePath path : war.getContent().keySet()) {
                String name = path.get();
                if (!name.startsWith("/WEB-INF/lib/") && !name.startsWith("/WEB-INF/classes/dev/sessionjwt/it/starter/")
                        && !name.equals("/WEB-INF/classes/META-INF/microprofile-config.properties")
                        && war.get(path).getAsset() != null) {
                    other.add(name);
                }
            }
            assertThat(war.getName(), other, is(empty()));
        }
        List<String> sessionsLibs = jars(LIBS).stream().map(File::getName).toList();
        assertThat(sessionsLibs, everyItem(not(startsWith("jakarta.security.enterprise"))));
        assertThat(jars(SECURITY_LIBS).stream().map(File::getName).toList().containsAll(sessionsLibs), is(true));
    }

    @Test
    void aNewSessionGetsASignedCookieWhoseSkNamesIt() {
        SessionJwtClient client = client(sessions());

        Map<String, String> first = lines(client.get("session"));

        assertThat(first.get("counter"), equalTo("1"));
        // verified with the application's secret by the reader
        assertThat(client.claims(), hasEntry("sk", (Object) first.get("session")));
        assertThat(client.token().orElseThrow().split("\\.").length, is(3));
    }

    @Test
    void theCookieReachesTheSameSessionAndItsSessionScopedBean() {
        SessionJwtClient client = client(sessions());
        Map<String, String> first = lines(client.get("session"));

        Map<String, String> second = lines(client.get("session"));

        assertThat(second.get("session"), equalTo(first.get("session")));
        assertThat(second.get("counter"), equalTo("2"));
    }

    @Test
    void aTamperedCookieGetsANewSessionAndNoError() {
        SessionJwtClient client = client(sessions());
        Map<String, String> first = lines(client.get("session"));
        lines(client.get("session"));
        String token = client.token().orElseThrow();
        // one character in the middle of the signature (the last one may carry only padding bits)
        int middle = token.lastIndexOf('.') + (token.length() - token.lastIndexOf('.')) / 2;
        client.useToken(token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A')
                + token.substring(middle + 1));

        Map<String, String> answer = lines(client.get("session"));

        assertThat(answer.get("session"), not(equalTo(first.get("session"))));
        assertThat(answer.get("counter"), equalTo("1"));
        assertThat(client.claims(), hasEntry("sk", (Object) answer.get("session")));
    }

    @Test
    void aLoginThroughTheLibrarysMechanismPutsTheCallerInTheToken() {
        SessionJwtClient client = client(logins());
        Map<String, String> anonymous = lines(client.get("session"));
        assertThat(anonymous.get("caller"), equalTo(""));

        assertThat(lines(client.login("login", "alice", "alice-password")).get("caller"), equalTo("alice"));

        assertThat(client.claims(), hasEntry("sub", (Object) "alice"));
        Map<String, String> after = lines(client.get("session"));
        assertThat(after.get("session"), not(equalTo(anonymous.get("session"))));
        assertThat(client.claims(), hasEntry("sk", (Object) after.get("session")));
        assertThat(after.get("counter"), equalTo("2"));
        assertThat(after.get("caller"), equalTo("alice"));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutAnError() {
        SessionJwtClient client = client(logins());

        HttpResponse<String> refused = client.post("login", Map.of("username", "alice", "password", "wrong"));

        assertThat(refused.statusCode(), is(401));
        assertThat(refused.body(), not(containsString("Exception")));
    }
}
