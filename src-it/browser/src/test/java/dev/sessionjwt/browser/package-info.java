/**
 * Browser tests: the demo, its reader and test variants of it on embedded Payara (HTTP and a self-signed HTTPS
 * listener, both on 127.0.0.1), driven in the operating system's headless Chromium through its chromedriver
 * (Selenium's Java client). They run with {@code mvn -B verify -Pbrowser}, in a network namespace holding only
 * loopback. A failing test leaves a screenshot and the page source in target/browser-failures.
 */
package dev.sessionjwt.browser;
