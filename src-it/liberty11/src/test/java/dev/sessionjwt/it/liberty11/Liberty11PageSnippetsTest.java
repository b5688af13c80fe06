package dev.sessionjwt.it.liberty11;

import static dev.sessionjwt.it.PageSnippets.normalized;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.PageSnippets;

/**
 * What the "Jakarta EE 11" section of src/site/markdown/liberty.md tells a user to put in server.xml is in the server.xml
 * this project's tests run on (server/server.xml): every feature it lists, the Jakarta EE 11 lines among them, and the
 * session security integration switched off as for EE 10.
 */
class Liberty11PageSnippetsTest {

    private static final PageSnippets PAGE = PageSnippets.of("liberty");
    private static final Pattern FEATURE = Pattern.compile("<feature>([^<]+)</feature>");

    @Test
    void everyFeatureTheEe11BlockListsIsEnabled() throws IOException {
        String server = normalized(serverXml());
        Matcher feature = FEATURE.matcher(PAGE.blockWith("<feature>servlet-6.1</feature>"));
        List<String> listed = new ArrayList<>();
        while (feature.find()) {
            listed.add(feature.group(1));
            assertThat(server, containsString("<feature>" + feature.group(1) + "</feature>"));
        }
        assertThat(listed, hasItems("servlet-6.1", "cdi-4.1", "appSecurity-6.0", "mpConfig-3.1"));
    }

    @Test
    void sessionSecurityIntegrationIsOffAsThePageSays() throws IOException {
        assertThat(normalized(serverXml()), containsString(normalized(PAGE.blockWith("<httpSession"))));
    }

    private static String serverXml() throws IOException {
        return Files.readString(Path.of("server", "server.xml"), StandardCharsets.UTF_8);
    }
}
