package dev.sessionjwt.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser tests do with a page, in their words: open a URL, click a button by its id (a form post followed
 * by the redirect back to the page), read an element's text, look at the cookie jar as the browser holds it.
 */
public final class Browser {

    private static final Duration NAVIGATION_TIMEOUT = Duration.ofSeconds(30);

    private final ChromeDriver driver;

    Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** The underlying WebDriver. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Loads a page and waits until it has loaded. */
    public Browser open(URI uri) {
        driver.get(uri.toString());
        return this;
    }

    /**
     * Clicks the element with this id and waits for the page it leads to (every button of the demo posts a form
     * that redirects back): until the old document is gone and the new one has loaded. WebDriver's click alone may
     * return while the post is still on its way.
     */
    public Browser click(String id) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).click();
        long deadline = System.nanoTime() + NAVIGATION_TIMEOUT.toNanos();
        while (!isStale(oldPage) || !"complete".equals(driver.executeScript("return document.readyState"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Clicking #" + id + " led to no new page within " + NAVIGATION_TIMEOUT
                        + "; still at " + driver.getCurrentUrl());
            }
            pause();
        }
        return this;
    }

    /** Whether the element's document is gone; during the navigation Chromium may also say its node is unknown. */
    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** Types into the input with this id. */
    public Browser type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Signs in through the demo page's form. */
    public Browser signIn(String user, String password) {
        return type("username", user).type("password", password).click("sign-in");
    }

    /** The visible text of the element with this id; fails when there is none. */
    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Whether the page has an element with this id. */
    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The page's title and visible text, for failure messages. */
    public String page() {
        return driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("body")).getText();
    }

    /** The cookie of this name the browser would send to the current page, or null. */
    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** Every cookie the browser would send to the current page. */
    public List<Cookie> cookies() {
        return List.copyOf(driver.manage().getCookies());
    }

    /** Replaces a cookie in the browser's jar, as a user with the developer tools (or malware) would. */
    public Browser setCookie(Cookie cookie) {
        driver.manage().deleteCookieNamed(cookie.getName());
        driver.manage().addCookie(cookie);
        return this;
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script) {
        return driver.executeScript(script);
    }

    /**
     * Saves a screenshot of the whole page (the window resized to its height) as a PNG file.
     *
     * @param width the window width in CSS pixels
     */
    public Path screenshot(Path file, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 800));
        long inner = ((Number) driver.executeScript("return window.innerHeight")).longValue();
        long page = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        int chrome = driver.manage().window().getSize().getHeight() - (int) inner;
        driver.manage().window().setSize(new Dimension(width, (int) page + chrome));
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The browser's back button. */
    public Browser back() {
        driver.navigate().back();
        return this;
    }

    /** The browser's reload button. */
    public Browser reload() {
        driver.navigate().refresh();
        return this;
    }
}
