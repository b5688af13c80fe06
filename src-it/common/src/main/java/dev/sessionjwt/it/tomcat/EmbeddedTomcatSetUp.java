package dev.sessionjwt.it.tomcat;

import java.security.Security;

import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What a Tomcat embedded in a JVM of this build needs for logins through Jakarta Security (Soteria) and for answering
 * malformed requests without details, for the tests' ({@link LoopbackTomcatContainer}) and for the demo's and the
 * benchmark's ({@code TomcatServer}).
 */
public final class EmbeddedTomcatSetUp {

    private static final String AUTH_CONFIG_FACTORY = "authconfigprovider.factory";

    private EmbeddedTomcatSetUp() {
    }

    /**
     * Turns on JNDI, on by default in a Tomcat installation (Catalina's {@code useNaming}) but off when embedded
     * (Soteria finds CDI only through {@code java:comp/env/BeanManager}, which a WAR declares in its
     * META-INF/context.xml), and names Tomcat's own Jakarta Authentication factory: this JVM holds two copies of the
     * Jakarta Authentication API, Tomcat's, whose {@code AuthConfigFactory.getFactory()} defaults to Tomcat's
     * {@code AuthConfigFactoryImpl}, and the Jakarta EE API jar's (which the tests compile against), ahead of it on the
     * class path, whose {@code getFactory()} answers null without the security property {@value #AUTH_CONFIG_FACTORY}:
     * Tomcat would then look for no authentication module and Soteria find no factory to register one with. A Tomcat
     * installation has only its own copy ({@code jakarta.security.auth.message} always comes from Tomcat, never from
     * WEB-INF/lib), so the property names the factory Tomcat's copy would have chosen.
     *
     * <p>
     * It also gives the host the error report a Tomcat installation gets from
     * {@code <Valve className="org.apache.catalina.valves.ErrorReportValve" showReport="false" showServerInfo="false"/>}
     * in its {@code <Host>}: Tomcat's default report answers a request its connector refuses (a cookie with control
     * characters, a header beyond {@code maxHttpHeaderSize}) and every {@code sendError} with the exception's message
     * and stack trace and "Apache Tomcat/10.1.x"; this one says only the status ({@code MalformedRequestIT}). The host
     * adds no report of its own when one of that class is already in its pipeline.
     *
     * @param tomcat a Tomcat not yet started, its host name already set (this creates the host)
     */
    public static void configure(Tomcat tomcat) {
        ErrorReportValve report = new ErrorReportValve();
        report.setShowReport(false);
        report.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(report);
        tomcat.enableNaming();
        if (Security.getProperty(AUTH_CONFIG_FACTORY) == null) {
            Security.setProperty(AUTH_CONFIG_FACTORY, "org.apache.catalina.authenticator.jaspic.AuthConfigFactoryImpl");
        }
    }
}
