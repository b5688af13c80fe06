package dev.sessionjwt.it.liberty;

import static dev.sessionjwt.it.PageSnippets.normalized;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.PageSnippets;

/**
 * What src/site/markdown/liberty.md tells a Liberty user to put in server.xml is in the server.xml this project's
 * tests run on (server/server.xml): every feature it lists, and each element it gives.
 */
class LibertyPageSnippetsTest {

    private static final PageSnippets PAGE = PageSnippets.of("liberty");
    private static final Pattern FEATURE = Pattern.compile("<feature>([^<]+)</feature>");

    @Test
    void everyFeatureThePageListsIsEnabled() throws IOException {
        String server = normalized(serverXml());
        Matcher feature = FEATURE.matcher(PAGE.blockWith("<feature>cdi-4.0</feature>"));
        int listed = 0;
        while (feature.find()) {
            listed++;
            assertThat(server, containsString("<feature>" + feature.group(1) + "</feature>"));
        }
        assertThat(listed >= 4, is(true));
    }

    @Test
    void sessionSecurityIntegrationIsOffAsThePageSays() throws IOException {
        assertThat(normalized(serverXml()), containsString(normalized(PAGE.blockWith("<httpSession"))));
    }

    @Test
    void microProfileJwtAsksForTheApplicationsAuthMethodAsThePageSays() throws IOException {
        String block = PAGE.blockWith("<mpJwt ");
        String element = block.substring(block.indexOf("<mpJwt "), block.indexOf("/>", block.indexOf("<mpJwt ")) + 2);
        assertThat(normalized(serverXml()), containsString(normalized(element)));
    }

    private static String serverXml() throws IOException {
        return Files.readString(Path.of("server", "server.xml"), StandardCharsets.UTF_8);
    }
}
