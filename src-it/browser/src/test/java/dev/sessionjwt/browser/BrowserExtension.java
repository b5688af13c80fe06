package dev.sessionjwt.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Gives each test a fresh {@link Browser} (a parameter of the test method) and quits it afterwards. When the test
 * fails, it saves what the browser shows first, before any {@code @AfterEach} runs: a screenshot and the page
 * source, as target/browser-failures/CLASS.METHOD.png and .html.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback,
        ParameterResolver {

    /** Where failing tests leave their screenshot and page source, relative to the project directory. */
    static final Path FAILURES = Path.of("target", "browser-failures");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile-");
        context.getStore(NAMESPACE).put(Path.class, profile);
        context.getStore(NAMESPACE).put(Browser.class, new Browser(Chromium.start(profile)));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (context.getExecutionException().isPresent() && browser != null) {
            saveEvidence(browser.driver(), context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        Path profile = context.getStore(NAMESPACE).remove(Path.class, Path.class);
        if (browser != null) {
            Chromium.quit(browser.driver(), profile);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }

    /**
     * Writes {@code name}.png and {@code name}.html under {@link #FAILURES}; a browser that no longer answers is
     * reported on stderr, never hiding the test's own failure.
     */
    static void saveEvidence(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(FAILURES.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n"
                    + driver.getPageSource(), StandardCharsets.UTF_8);
            System.err.println("Browser test " + name + " failed: screenshot and page source in "
                    + FAILURES.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("Browser test " + name + " failed, and its screenshot could not be saved: " + e);
        }
    }
}
