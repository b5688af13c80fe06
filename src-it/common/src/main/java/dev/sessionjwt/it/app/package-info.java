/** Small applications the integration tests deploy next to the demo to probe edge cases. */
package dev.sessionjwt.it.app;
