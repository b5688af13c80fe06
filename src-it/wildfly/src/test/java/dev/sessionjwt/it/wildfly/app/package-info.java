/** Classes of the WildFly-only test WARs; packaged by their class files (the test JVM has no Undertow classes). */
package dev.sessionjwt.it.wildfly.app;
