package dev.sessionjwt.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the operating system's Chromium ({@code browser.binary}, default /usr/bin/chromium) through its own
 * chromedriver ({@code browser.driver}, default /usr/bin/chromedriver), headless, with a fresh profile and every
 * background service that would call out to the network switched off. Both paths are given explicitly, so
 * Selenium Manager never runs and nothing is downloaded.
 */
final class Chromium {

    private Chromium() {
    }

    /** A new browser with an empty profile (no cookies, no cache); {@link #quit} removes the profile. */
    static ChromeDriver start(Path profile) {
        File binary = requiredFile("browser.binary", "/usr/bin/chromium");
        File driver = requiredFile("browser.driver", "/usr/bin/chromedriver");
        // the driver path as a property too: Selenium's DriverFinder then has nothing to look up
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.getPath());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        // a self-signed certificate on the HTTPS listener, accepted by this browser only
        options.setAcceptInsecureCerts(true);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
                "--metrics-recording-only", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
                "--password-store=basic", "--window-size=1200,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    /** Quits the browser and deletes its profile directory. */
    static void quit(ChromeDriver chrome, Path profile) {
        try {
            chrome.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static File requiredFile(String property, String fallback) {
        File file = new File(System.getProperty(property, fallback));
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " (" + property + ") is missing: install Chromium and its driver"
                    + " with apt-get install -y chromium chromium-driver");
        }
        return file;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the browser profile " + dir, e);
        }
    }
}
